// Each file adds one group of counselorctl commands. A command's callback
// only records what to run; main runs it after parsing, inside the one place
// that turns errors into a single line on stderr.
#pragma once

#include "cli_context.hpp"

#include <counselor/core/platform/errors.hpp>

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace counselor::cli {

using Action = std::function<void()>;

// A command that found several things wrong (e.g. `form validate`): main
// prints each line on its own on stderr and exits 1.
class ProblemsFound : public core::UserError {
  public:
    explicit ProblemsFound(std::vector<std::string> lines)
        : core::UserError(lines.empty() ? std::string() : lines.front()),
          lines_(std::move(lines)) {}
    const std::vector<std::string>& lines() const { return lines_; }

  private:
    std::vector<std::string> lines_;
};

struct CommandSetup {
    CLI::App& app;
    CliContext& context;
    Action& action;
    std::ostream& out;
};

void add_init_command(CommandSetup& setup);
void add_practice_commands(CommandSetup& setup);  // practice show/set
void add_client_commands(CommandSetup& setup);
void add_case_commands(CommandSetup& setup);
void add_plugin_commands(CommandSetup& setup);  // plugins list, tools list
void add_form_commands(CommandSetup& setup);    // form show/validate/import
void add_assess_command(CommandSetup& setup);
void add_report_commands(CommandSetup& setup);      // report couple
void add_session_commands(CommandSetup& setup);     // session add/list/status
void add_note_commands(CommandSetup& setup);        // note add/edit/sign/addendum/show
void add_homework_commands(CommandSetup& setup);    // homework templates/assign/status/export
void add_flag_commands(CommandSetup& setup);        // flags list
void add_audit_commands(CommandSetup& setup);       // audit list, audit verify
void add_passphrase_commands(CommandSetup& setup);  // passphrase change
void add_demo_commands(CommandSetup& setup);        // demo seed
void add_backup_commands(CommandSetup& setup);      // backup, restore, check
void add_clinic_commands(CommandSetup& setup);      // clinic init/add-user/users/disable-user

// Prints an id alone (or {"id": N} with --json), so scripts can capture it.
void print_id(CommandSetup& setup, std::int64_t id);
// Writes warnings to stderr, one "warning: ..." line each.
void print_warnings(const std::vector<std::string>& warnings);

}  // namespace counselor::cli
