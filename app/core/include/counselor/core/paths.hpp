// Where things live. Linux XDG layout, matching what wxStandardPaths gives the
// window: ~/.local/share/counselor/ for the database, user plugins and logs.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace counselor::core {

// $XDG_DATA_HOME/counselor, or ~/.local/share/counselor.
std::filesystem::path data_dir();
std::filesystem::path config_dir();             // $XDG_CONFIG_HOME/counselor: window layout
std::filesystem::path default_database_path();  // <data_dir>/counselor.db
std::filesystem::path log_dir();                // <data_dir>/logs
std::filesystem::path user_plugin_dir();        // <data_dir>/plugins

// COUNSELOR_DB when set and not empty.
std::optional<std::filesystem::path> database_from_environment();

// The entries of COUNSELOR_PLUGIN_PATH (colon-separated), empty ones skipped.
std::vector<std::filesystem::path> plugin_dirs_from_environment();

// The plugins shipped with the program: <exe dir>/../lib/counselor/plugins,
// which holds both in a build tree and under an install prefix.
std::filesystem::path bundled_plugin_dir();

}  // namespace counselor::core
