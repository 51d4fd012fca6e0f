#include "commands.hpp"
#include "text_table.hpp"

#include <nlohmann/json.hpp>

namespace counselor::cli {

namespace {

nlohmann::json session_json(const core::Session& session) {
    return {{"id", session.id},
            {"case_id", session.case_id},
            {"starts_at", session.starts_at},
            {"duration_minutes", session.duration_minutes},
            {"status", session.status},
            {"attendees", session.attendees}};
}

void add_session_list(CommandSetup& setup, CLI::App& group) {
    auto* list = group.add_subcommand("list", "List a case's sessions and how each went");
    auto case_id = std::make_shared<std::int64_t>(0);
    list->add_option("--case", *case_id, "Case id")->required();
    list->callback([&setup, case_id] {
        setup.action = [&setup, case_id] {
            const auto sessions = setup.context.sessions().of_case(*case_id);
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& session : sessions)
                    all.push_back(session_json(session));
                setup.out << all.dump(2) << '\n';
                return;
            }
            if (sessions.empty()) {
                setup.out << "No sessions in case " << *case_id << ".\n";
                return;
            }
            TextTable table({"ID", "WHEN", "STATUS", "MINUTES", "ATTENDING"});
            for (const auto& s : sessions) {
                table.add({std::to_string(s.id), s.starts_at,
                           s.status == "no_show" ? "no-show" : s.status,
                           std::to_string(s.duration_minutes), std::to_string(s.attendees.size())});
            }
            table.print(setup.out);
        };
    });
}

// Checked by the core, not by CLI11: the refusal then names the statuses,
// and "no-show" is taken as a person writes it.
void add_session_status(CommandSetup& setup, CLI::App& group) {
    auto* status = group.add_subcommand("status", "Record how a session went");
    auto id = std::make_shared<std::int64_t>(0);
    auto value = std::make_shared<std::string>();
    status->add_option("ID", *id, "Session id")->required();
    status->add_option("STATUS", *value, "held, cancelled, no-show or scheduled")->required();
    status->callback([&setup, id, value] {
        setup.action = [&setup, id, value] {
            setup.context.sessions().set_status(*id, *value);
            if (!setup.context.json()) setup.out << "Session " << *id << ": " << *value << '\n';
        };
    });
}

}  // namespace

void add_session_commands(CommandSetup& setup) {
    auto* session = setup.app.add_subcommand("session", "Plan counseling sessions");
    session->require_subcommand(1);
    auto* add = session->add_subcommand("add", "Add a session to a case; prints its id");
    struct Options {
        std::int64_t case_id = 0;
        std::string at;
        int minutes = 50;
        std::vector<std::int64_t> attendees;
        bool despite_safety_hold = false;
    };
    auto options = std::make_shared<Options>();
    add->add_option("--case", options->case_id, "Case id")->required();
    add->add_option("--at", options->at, "Start, \"YYYY-MM-DD HH:MM\"")->required();
    add->add_option("--minutes", options->minutes, "Length in minutes (default 50)");
    add->add_option("--attendees", options->attendees, "Client ids who attend (default: all)")
        ->delimiter(',');
    add->add_flag("--despite-safety-hold", options->despite_safety_hold,
                  "Plan a joint session although the case's safety hold is open (after you "
                  "have seen each spouse alone); the audit trail records it");
    add->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto planned =
                setup.context.sessions().add(options->case_id, options->at, options->minutes,
                                             options->attendees, options->despite_safety_hold);
            print_warnings(planned.warnings);
            print_id(setup, planned.id);
        };
    });
    add_session_list(setup, *session);
    add_session_status(setup, *session);
}

}  // namespace counselor::cli
