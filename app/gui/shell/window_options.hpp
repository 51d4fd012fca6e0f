// What a person may ask of the window on its command line: which practice,
// which plugins, how it locks. The whole command line (with --help,
// --version and the test automation's switches) is read by command_line.hpp
// beside main.cpp, before the toolkit starts.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace counselor::gui {

struct WindowOptions {
    std::string db;                        // --db FILE; empty: COUNSELOR_DB, then the default
    std::vector<std::string> plugin_dirs;  // --plugin-dir DIR, repeatable
    bool safe_mode = false;
    bool demo = false;  // --demo: a first run adds the demo practice without asking
    // --passphrase-file FILE: the passphrase of an encrypted practice (and of
    // the one a first run creates) from a file instead of the dialog. When
    // nobody is at the screen, a first run without it creates a plain
    // database: nobody is there to choose a passphrase.
    std::string passphrase_file;
    // --lock-after-seconds N: lock the window after N idle seconds instead of
    // the setting (security.lock_after_minutes in counselor.conf, default 15).
    std::optional<int> lock_after_seconds;
};

// Reads `arg` into `options` when it is one of the window's switches (taking
// its value through `value`); false when it is not one of them. A value that
// makes no sense sets `error`.
bool parse_window_option(const std::string& arg, WindowOptions& options,
                         const std::function<std::string()>& value, std::string& error);

std::string window_usage_text();

}  // namespace counselor::gui
