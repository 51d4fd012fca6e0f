#include "counselor/core/store_host_environment.hpp"

#include "counselor/core/logging.hpp"
#include "counselor/core/plugin_data_repository.hpp"
#include "counselor/core/practice.hpp"

#include <spdlog/spdlog.h>

namespace counselor::core {

std::optional<std::string> StoreHostEnvironment::plugin_value(const std::string& plugin_id,
                                                              const std::string& key) {
    return PluginDataRepository(db_).get(plugin_id, key);
}

bool StoreHostEnvironment::set_plugin_value(const std::string& plugin_id, const std::string& key,
                                            const std::optional<std::string>& value) {
    try {
        Transaction transaction(db_);
        PluginDataRepository data(db_);
        if (value) {
            data.set(plugin_id, key, *value);
        } else {
            data.erase(plugin_id, key);
        }
        transaction.commit();
        return true;
    } catch (const std::exception& e) {
        log().warn("plugin {} could not store a value: {}", plugin_id, e.what());
        return false;
    }
}

nlohmann::json StoreHostEnvironment::practice_info() {
    return core::practice_info(db_);
}

}  // namespace counselor::core
