#include "counselor/core/workspace/workspace.hpp"

#include "counselor/core/platform/logging.hpp"
#include "counselor/core/platform/paths.hpp"
#include "counselor/core/plugins/plugin_audit.hpp"
#include "counselor/core/plugins/plugin_search.hpp"

#include <spdlog/spdlog.h>

namespace counselor::core {

namespace fs = std::filesystem;

fs::path practice_database_path(const fs::path& named) {
    if (!named.empty()) return named;
    if (auto from_environment = database_from_environment()) return *from_environment;
    return default_database_path();
}

bool practice_database_named(const fs::path& named) {
    return !named.empty() || database_from_environment().has_value();
}

std::unique_ptr<Workspace> Workspace::open(const fs::path& path,
                                           const PracticeOpenOptions& options) {
    auto workspace = std::make_unique<Workspace>(open_practice_database(path, options));
    log().info("database open{}, schema version {}", options.passphrase ? " (encrypted)" : "",
               workspace->db.schema_version());
    return workspace;
}

PluginHost& Workspace::load_plugins(const PluginOptions& options, const std::string& actor) {
    if (plugins) return *plugins;
    auto search = standard_plugin_search(db, options.extra_dirs, options.safe_mode);
    environment = std::make_unique<StoreHostEnvironment>(db);
    plugins = std::make_unique<PluginHost>(environment.get());
    plugins->load(search);
    log().info("{} plugin(s) found", plugins->plugins().size());
    audit_plugin_changes(db, plugins->plugins(), options.safe_mode, actor);
    return *plugins;
}

}  // namespace counselor::core
