// counselor: the desktop window. The command line is read before the toolkit
// starts, so --version and --help work without a display.
#include "automation/batch_run.hpp"
#include "command_line.hpp"
#include "shell/counselor_app.hpp"

#include <counselor/core/platform/version.hpp>
#include <counselor/core/plugins/plugin_probe.hpp>

#include <langinfo.h>
#include <unistd.h>
#include <cerrno>
#include <chrono>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// Every string the window shows is UTF-8, and wx turns narrow strings into
// text through the C library's locale. Under the C or POSIX locale (no LANG:
// `env -i`, a bare service or ssh session) each non-ASCII character of them
// became nothing ("6 clients6 plugins loaded", a case title without its
// quotes), so there the character type is made UTF-8; language and formats
// stay as they were.
void use_utf8_characters() {
    std::setlocale(LC_ALL, "");
    const char* codeset = ::nl_langinfo(CODESET);
    if (codeset != nullptr && std::string_view(codeset) == "UTF-8") return;
    const char* all = std::getenv("LC_ALL");
    ::setenv(all != nullptr && *all != '\0' ? "LC_ALL" : "LC_CTYPE", "C.UTF-8", 1);
    std::setlocale(LC_ALL, "");
}

// After a restore: this program again, on the practice now in place. Once the
// toolkit has let go of everything, exec is the clean way to a fresh start.
// A batch restore (--restore-from) comes back as a batch start that says it
// is ready and exits. Returns only when the exec failed.
void start_again(int argc, char** argv) {
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--restore-from" && i + 1 < argc) {
            args.emplace_back("--exit-when-ready");
            ++i;
            continue;
        }
        args.emplace_back(argv[i]);
    }
    std::vector<char*> exec_args;
    for (auto& arg : args)
        exec_args.push_back(arg.data());
    exec_args.push_back(nullptr);
    std::cout.flush();
    ::execv("/proc/self/exe", exec_args.data());
    std::cerr << "counselor: the practice is restored, but the window could not start again ("
              << std::strerror(errno) << "); start it by hand\n";
}

}  // namespace

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    use_utf8_characters();
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

    // wx owns the application object and deletes it on exit, so how the run
    // ended lives here.
    counselor::gui::AppExit exit;
    const auto& options = parsed.options;
    auto automation = counselor::gui::make_automation(options.automation, options.window);
    auto* app =
        new counselor::gui::CounselorApp(options.window, std::move(automation), started, exit);
    wxApp::SetInstance(app);
    int toolkit_argc = 1;  // our options are already read; wx sees only the program name
    const int result = wxEntry(toolkit_argc, argv);
    if (exit.code == 0 && exit.reopen) start_again(argc, argv);
    return exit.code != 0 ? exit.code : result;
}
