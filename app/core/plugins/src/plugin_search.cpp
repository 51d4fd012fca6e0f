#include "counselor/core/plugins/plugin_search.hpp"

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/platform/paths.hpp"
#include "counselor/core/plugins/plugin_choices.hpp"

#include <algorithm>
#include <memory>
#include <optional>

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

    // Asked while the host loads, which follows at once: `db` outlives it.
    search.user_plugin_enabled = [&db](const std::string& id) {
        return PluginChoices(db, {}).switched_on(id);
    };
    // The plugins switched off, read when the host first asks and kept for
    // the rest of this load (it asks for every plugin it finds); a crash
    // switching one off below makes the next question read them again.
    auto switched_off = std::make_shared<std::optional<std::vector<std::string>>>();
    search.switched_off = [&db, switched_off](const std::string& id) {
        if (!*switched_off) *switched_off = PluginChoices(db, {}).switched_off_ids();
        const auto& ids = **switched_off;
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    // A plugin a previous run died in stays off until the counselor says
    // otherwise: it would most likely take this run down too.
    search.crash_markers = state_dir() / "plugin-calls";
    search.crashed = [&db, switched_off](const PluginCrash& crash) {
        switched_off->reset();
        PluginChoices(db, "workstation").disable_after_crash(crash.plugin_id, what_happened(crash));
    };
    search.crash_note = [&db](const std::string& id) {
        return PluginChoices(db, {}).crash_note(id);
    };
    return search;
}

}  // namespace counselor::core
