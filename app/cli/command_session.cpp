#include "commands.hpp"

namespace counselor::cli {

void add_session_commands(CommandSetup& setup) {
    auto* session = setup.app.add_subcommand("session", "Plan counseling sessions");
    session->require_subcommand(1);
    auto* add = session->add_subcommand("add", "Add a session to a case; prints its id");
    struct Options {
        std::int64_t case_id = 0;
        std::string at;
        int minutes = 50;
        std::vector<std::int64_t> attendees;
    };
    auto options = std::make_shared<Options>();
    add->add_option("--case", options->case_id, "Case id")->required();
    add->add_option("--at", options->at, "Start, \"YYYY-MM-DD HH:MM\"")->required();
    add->add_option("--minutes", options->minutes, "Length in minutes (default 50)");
    add->add_option("--attendees", options->attendees, "Client ids who attend (default: all)")
        ->delimiter(',');
    add->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto planned = setup.context.sessions().add(options->case_id, options->at,
                                                        options->minutes, options->attendees);
            print_warnings(planned.warnings);
            print_id(setup, planned.id);
        };
    });
}

}  // namespace counselor::cli
