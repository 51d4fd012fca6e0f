#include "shell/window_options.hpp"

#include <charconv>

namespace counselor::gui {

namespace {

bool parse_seconds(const std::string& text, long long& seconds) {
    auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    return error == std::errc() && stop == text.data() + text.size() && seconds > 0 &&
           seconds <= 86400;
}

}  // namespace

bool parse_window_option(const std::string& arg, WindowOptions& options,
                         const std::function<std::string()>& value, std::string& error) {
    if (arg == "--safe-mode") {
        options.safe_mode = true;
    } else if (arg == "--demo") {
        options.demo = true;
    } else if (arg == "--db") {
        options.db = value();
    } else if (arg == "--passphrase-file") {
        options.passphrase_file = value();
    } else if (arg == "--plugin-dir") {
        options.plugin_dirs.push_back(value());
    } else if (arg == "--lock-after-seconds") {
        long long seconds = 0;
        const std::string text = value();
        if (error.empty() && !parse_seconds(text, seconds))
            error = "--lock-after-seconds takes a number of seconds from 1 to 86400";
        options.lock_after_seconds = static_cast<int>(seconds);
    } else {
        return false;
    }
    return true;
}

std::string window_usage_text() {
    return "  --db FILE          the practice database (default: COUNSELOR_DB, then\n"
           "                     ~/.local/share/counselor/counselor.db)\n"
           "  --passphrase-file FILE\n"
           "                     read the passphrase of an encrypted practice from FILE\n"
           "                     instead of asking for it\n"
           "  --lock-after-seconds N\n"
           "                     lock the window after N idle seconds (default: the\n"
           "                     setting, 15 minutes)\n"
           "  --plugin-dir DIR   also load the plugins in DIR (repeatable)\n"
           "  --safe-mode        load the bundled plugins only\n"
           "  --version          print the version and exit\n"
           "  --demo             on the first run, add the demo practice without asking\n";
}

}  // namespace counselor::gui
