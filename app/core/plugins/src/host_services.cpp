#include "counselor/core/plugins/host_services.hpp"

#include "counselor/core/platform/logging.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <cstring>

namespace counselor::core {

namespace {
HostServices& self(void* context) {
    return *static_cast<HostServices*>(context);
}

char* copy_text(const std::string& text) {
    char* out = static_cast<char*>(std::malloc(text.size() + 1));
    if (out) std::memcpy(out, text.c_str(), text.size() + 1);
    return out;
}
}  // namespace

HostServices::HostServices(HostEnvironment* environment, std::string plugin_id)
    : environment_(environment), plugin_id_(std::move(plugin_id)) {
    services_.abi_major = COUNSELOR_ABI_MAJOR;
    services_.abi_minor = COUNSELOR_ABI_MINOR;
    services_.struct_size = sizeof(counselor_host_services);
    services_.context = this;
    services_.log = &HostServices::log;
    services_.store_get = &HostServices::store_get;
    services_.store_set = &HostServices::store_set;
    services_.practice_info = &HostServices::practice_info;
    services_.free_text = &HostServices::free_text;
}

void HostServices::log(void* context, int32_t level, const char* message) {
    try {
        auto& host = self(context);
        auto spd_level = level >= COUNSELOR_LOG_ERROR     ? spdlog::level::err
                         : level == COUNSELOR_LOG_WARNING ? spdlog::level::warn
                         : level == COUNSELOR_LOG_INFO    ? spdlog::level::info
                                                          : spdlog::level::debug;
        core::log().log(spd_level, "[{}] {}", host.plugin_id_, message ? message : "");
    } catch (...) {
    }
}

char* HostServices::store_get(void* context, const char* key) {
    try {
        auto& host = self(context);
        if (!key || !host.environment_) return nullptr;
        auto value = host.environment_->plugin_value(host.plugin_id_, key);
        return value ? copy_text(*value) : nullptr;
    } catch (const std::exception& e) {
        core::log().warn("[{}] store_get failed: {}", self(context).plugin_id_, e.what());
        return nullptr;
    }
}

int32_t HostServices::store_set(void* context, const char* key, const char* value) {
    try {
        auto& host = self(context);
        if (!key || !host.environment_) return COUNSELOR_BAD_INPUT;
        std::optional<std::string> stored;
        if (value) stored = value;
        return host.environment_->set_plugin_value(host.plugin_id_, key, stored) ? COUNSELOR_OK
                                                                                 : COUNSELOR_ERROR;
    } catch (...) {
        return COUNSELOR_ERROR;
    }
}

char* HostServices::practice_info(void* context) {
    try {
        auto& host = self(context);
        if (!host.environment_) return copy_text("{}");
        return copy_text(host.environment_->practice_info().dump());
    } catch (...) {
        return nullptr;
    }
}

void HostServices::free_text(void* /*context*/, char* text) {
    std::free(text);
}

}  // namespace counselor::core
