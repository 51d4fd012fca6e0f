// Each file adds one group of counselorctl commands. A command's callback
// only records what to run; main runs it after parsing, inside the one place
// that turns errors into a single line on stderr.
#pragma once

#include "cli_context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>

namespace counselor::cli {

using Action = std::function<void()>;

struct CommandSetup {
    CLI::App& app;
    CliContext& context;
    Action& action;
    std::ostream& out;
};

void add_init_command(CommandSetup& setup);
void add_client_commands(CommandSetup& setup);
void add_case_commands(CommandSetup& setup);
void add_plugin_commands(CommandSetup& setup);  // plugins list, tools list
void add_form_commands(CommandSetup& setup);    // form show

}  // namespace counselor::cli
