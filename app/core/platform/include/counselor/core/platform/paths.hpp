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
std::filesystem::path forms_dir();              // <data_dir>/forms: the counselor's own forms
// $XDG_STATE_HOME/counselor, or ~/.local/state/counselor: what a program
// leaves for its next start (the notes naming plugin code that is running).
std::filesystem::path state_dir();

// The clinic's forms, shared by every account on the machine. Under /etc
// (not /usr/share) because a clinic administrator writes them by hand, as
// configuration, and a package upgrade must never replace them.
std::filesystem::path clinic_forms_dir();  // /etc/counselor/forms

// COUNSELOR_DB when set and not empty.
std::optional<std::filesystem::path> database_from_environment();

// The entries of COUNSELOR_PLUGIN_PATH (colon-separated), empty ones skipped.
std::vector<std::filesystem::path> plugin_dirs_from_environment();

// The entries of COUNSELOR_FORMS_PATH (colon-separated), empty ones skipped.
std::vector<std::filesystem::path> form_dirs_from_environment();

// Every folder whose form definitions the form-packs plugin serves, in the
// order a duplicate form id is settled (first wins): the user's, the
// clinic's, then COUNSELOR_FORMS_PATH. Folders need not exist.
std::vector<std::filesystem::path> form_dirs();

// The plugins shipped with the program: <exe dir>/../lib/counselor/plugins,
// which holds both in a build tree and under an install prefix.
std::filesystem::path bundled_plugin_dir();

}  // namespace counselor::core
