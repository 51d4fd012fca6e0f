#include "command_line.hpp"

namespace counselor::gui {

ParseResult parse_command_line(const std::vector<std::string>& args) {
    ParseResult parsed;
    CommandLine& o = parsed.options;
    for (std::size_t i = 0; i < args.size() && parsed.error.empty(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 < args.size()) return args[++i];
            parsed.error = arg + " needs a value";
            return {};
        };
        if (parse_window_option(arg, o.window, value, parsed.error)) continue;
        if (parse_automation_option(arg, o.automation, value, parsed.error)) continue;
        if (arg == "--version")
            o.version = true;
        else if (arg == "--help" || arg == "-h")
            o.help = true;
        else if (arg == "--probe-plugin-here")
            o.probe_here = value();
        else
            parsed.error = "unknown option " + arg;
    }
    if (parsed.error.empty()) parsed.error = check_automation_options(o.automation);
    return parsed;
}

std::string usage_text() {
    return "Usage: counselor [--db FILE] [--passphrase-file FILE] [--plugin-dir DIR]...\n"
           "                 [--safe-mode] [--version]\n"
           "\n" +
           window_usage_text() + "\nFor tests and documentation:\n" + automation_usage_text();
}

}  // namespace counselor::gui
