#include "counselor/core/records/store_host_environment.hpp"

#include "counselor/core/platform/logging.hpp"
#include "counselor/core/platform/paths.hpp"
#include "counselor/core/plugins/plugin_data_repository.hpp"
#include "counselor/core/records/practice.hpp"

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

// "form_dirs" tells the form-packs plugin where definition files live. It
// rides in practice_info rather than a new host service so the C boundary
// stays as it is: the payload is JSON, and a plugin that does not know the
// key ignores it.
nlohmann::json StoreHostEnvironment::practice_info() {
    auto info = core::practice_info(db_);
    auto dirs = nlohmann::json::array();
    for (const auto& dir : form_dirs())
        dirs.push_back(dir.string());
    info["form_dirs"] = std::move(dirs);
    return info;
}

}  // namespace counselor::core
