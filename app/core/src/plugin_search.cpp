#include "counselor/core/plugin_search.hpp"

#include "counselor/core/errors.hpp"
#include "counselor/core/paths.hpp"
#include "counselor/core/settings_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace counselor::core {

PluginSearch standard_plugin_search(Database& db, const std::vector<std::string>& extra_dirs,
                                    bool safe_mode) {
    namespace fs = std::filesystem;
    PluginSearch search;
    search.bundled = {bundled_plugin_dir()};
    search.user = {user_plugin_dir()};
    for (const auto& dir : extra_dirs) {
        if (!fs::is_directory(dir)) throw UserError("plugin folder " + dir + " does not exist");
        search.path.emplace_back(dir);
    }
    for (const auto& dir : plugin_dirs_from_environment())
        search.path.push_back(dir);
    search.safe_mode = safe_mode;

    auto enabled = nlohmann::json::parse(
        SettingsRepository(db).get("plugins.enabled").value_or("[]"), nullptr, false);
    search.user_plugin_enabled = [enabled](const std::string& id) {
        return enabled.is_array() && std::find(enabled.begin(), enabled.end(), id) != enabled.end();
    };
    return search;
}

}  // namespace counselor::core
