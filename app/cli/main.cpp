// counselorctl: every operation of Counselor Workstation from a terminal or a
// script, on the same core as the window.
#include "commands.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/platform/version.hpp>

#include <spdlog/spdlog.h>

#include <iostream>

using namespace counselor;

namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

std::string version_text() {
    return std::string("counselorctl ") + core::program_version() + " (plugin SDK " +
           std::to_string(core::kHostAbiMajor) + "." + std::to_string(core::kHostAbiMinor) + ")";
}

// "client add": the words of the command that ran, never its arguments,
// which may hold a client's name.
std::string command_name(const CLI::App& app) {
    std::string name;
    for (const CLI::App* sub = &app; !sub->get_subcommands().empty();) {
        sub = sub->get_subcommands().front();
        name += (name.empty() ? "" : " ") + sub->get_name();
    }
    return name;
}

int report(const std::exception& error) {
    std::cerr << "counselorctl: " << error.what() << '\n';
    return kExitError;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Counselor Workstation from the command line: clients, cases, assessments, notes, "
        "homework.",
        "counselorctl"};
    app.set_version_flag("--version", version_text());
    app.require_subcommand(1);
    // Global options may also follow the command: `counselorctl client list --json`.
    app.fallthrough();

    cli::GlobalOptions options;
    app.add_option("--db", options.db,
                   "Database file (default: COUNSELOR_DB, then the user data folder)");
    app.add_option("--plugin-dir", options.plugin_dirs,
                   "Also load plugins from this folder (repeatable)");
    app.add_option("--passphrase-file", options.passphrase_file,
                   "Read the database passphrase from FILE (default: COUNSELOR_PASSPHRASE_FILE)");
    app.add_flag("--json", options.json, "Machine-readable output");
    app.add_flag("--verbose", options.verbose, "Log to stderr as well as the log file");
    app.add_flag("--safe-mode", options.safe_mode, "Load bundled plugins only");

    cli::CliContext context(options);
    cli::Action action;
    cli::CommandSetup setup{app, context, action, std::cout};
    cli::add_init_command(setup);
    cli::add_practice_commands(setup);
    cli::add_client_commands(setup);
    cli::add_case_commands(setup);
    cli::add_plugin_commands(setup);
    cli::add_form_commands(setup);
    cli::add_assess_command(setup);
    cli::add_report_commands(setup);
    cli::add_session_commands(setup);
    cli::add_note_commands(setup);
    cli::add_homework_commands(setup);
    cli::add_flag_commands(setup);
    cli::add_audit_commands(setup);
    cli::add_passphrase_commands(setup);
    cli::add_demo_commands(setup);
    cli::add_backup_commands(setup);
    cli::add_clinic_commands(setup);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : kExitUsage;
    }

    core::init_logging(core::log_dir(), options.verbose);
    core::log().info("counselorctl {}: {}", core::program_version(), command_name(app));
    try {
        if (action) action();
        std::cout.flush();
        return std::cout ? 0 : kExitError;
    } catch (const cli::ProblemsFound& e) {
        core::log().warn("{} found {} problems", command_name(app), e.lines().size());
        for (const auto& line : e.lines())
            std::cerr << line << '\n';
        return kExitError;
    } catch (const core::UserError& e) {
        // The message may quote what was typed (a name, a date), so only the command is logged.
        core::log().warn("{} ended with an error", command_name(app));
        return report(e);
    } catch (const std::exception& e) {
        core::log().error("{} failed unexpectedly", command_name(app));
        return report(e);
    }
}
