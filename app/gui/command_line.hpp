// The program's command line: the window's own switches (shell/window_options.hpp)
// and the test automation's (automation/automation_options.hpp), with
// --help, --version and the plugin probe. Read before the toolkit starts, so
// --version and usage mistakes work without a display.
#pragma once

#include "automation/automation_options.hpp"
#include "shell/window_options.hpp"

#include <string>
#include <vector>

namespace counselor::gui {

struct CommandLine {
    WindowOptions window;
    AutomationOptions automation;
    bool help = false;
    bool version = false;
    // --probe-plugin-here FILE: the child process of an examination (see
    // core::probe_plugin); prints the report as JSON and exits, no window.
    std::string probe_here;
};

struct ParseResult {
    CommandLine options;
    std::string error;  // empty when the command line made sense
};

ParseResult parse_command_line(const std::vector<std::string>& args);
std::string usage_text();

}  // namespace counselor::gui
