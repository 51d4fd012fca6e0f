// counselor: the desktop window. The command line is read before the toolkit
// starts, so --version and --help work without a display.
#include "command_line.hpp"
#include "counselor_app.hpp"

#include <counselor/core/plugin_probe.hpp>
#include <counselor/core/version.hpp>

#include <chrono>
#include <iostream>

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    using counselor::gui::parse_command_line;
    auto parsed = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "counselor: " << parsed.error << "\n\n" << counselor::gui::usage_text();
        return 2;
    }
    if (parsed.options.help) {
        std::cout << counselor::gui::usage_text();
        return 0;
    }
    if (parsed.options.version) {
        std::cout << "counselor " << counselor::core::program_version() << '\n';
        return 0;
    }
    if (!parsed.options.probe_here.empty()) {
        // The child of the Plugins dialog's examination: no window, and a
        // plugin that crashes here takes only this process down.
        try {
            std::cout << counselor::core::probe_plugin_here(parsed.options.probe_here).dump()
                      << '\n';
            return 0;
        } catch (const std::exception& error) {
            std::cerr << "counselor: " << error.what() << '\n';
            return 1;
        }
    }

    // wx owns the application object and deletes it on exit, so the exit
    // code lives here.
    int exit_code = 0;
    auto* app = new counselor::gui::CounselorApp(parsed.options, started, exit_code);
    wxApp::SetInstance(app);
    int toolkit_argc = 1;  // our options are already read; wx sees only the program name
    const int result = wxEntry(toolkit_argc, argv);
    return exit_code != 0 ? exit_code : result;
}
