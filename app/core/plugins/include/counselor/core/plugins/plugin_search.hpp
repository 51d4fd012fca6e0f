// Where a program of the workstation looks for plugins: the bundled folder,
// the user's folder (each plugin there runs once switched on), folders named
// on the command line, then COUNSELOR_PLUGIN_PATH; a plugin switched off
// (PluginChoices) stays disabled wherever it is found.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <string>
#include <vector>

namespace counselor::core {

// Throws UserError when one of `extra_dirs` is not a folder. The search
// reads the choices from `db` while the host loads, so `db` must outlive it.
PluginSearch standard_plugin_search(Database& db, const std::vector<std::string>& extra_dirs,
                                    bool safe_mode);

}  // namespace counselor::core
