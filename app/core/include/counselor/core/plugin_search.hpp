// Where a program of the workstation looks for plugins: the bundled folder,
// the user's folder (each plugin there enabled by the `plugins.enabled`
// setting), folders named on the command line, then COUNSELOR_PLUGIN_PATH.
#pragma once

#include "counselor/core/database.hpp"
#include "counselor/core/plugin_host.hpp"

#include <string>
#include <vector>

namespace counselor::core {

// Throws UserError when one of `extra_dirs` is not a folder.
PluginSearch standard_plugin_search(Database& db, const std::vector<std::string>& extra_dirs,
                                    bool safe_mode);

}  // namespace counselor::core
