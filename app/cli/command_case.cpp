#include "commands.hpp"
#include "record_json.hpp"
#include "text_table.hpp"

#include <counselor/core/platform/errors.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

void add_case_open(CommandSetup& setup, CLI::App& group) {
    auto* open = group.add_subcommand("open", "Open a case for one client, a couple or a family");
    auto kind = std::make_shared<std::string>();
    auto clients = std::make_shared<std::vector<std::int64_t>>();
    auto title = std::make_shared<std::string>();
    open->add_option("--kind", *kind, "individual, couple or family")
        ->required()
        ->check(CLI::IsMember({"individual", "couple", "family"}));
    open->add_option("--client", *clients, "Client id; repeat for each member")->required();
    open->add_option("--title", *title, "A short title for the case");
    open->callback([&setup, kind, clients, title] {
        setup.action = [&setup, kind, clients, title] {
            auto id = setup.context.records().open_case(*core::case_kind_from_string(*kind),
                                                        *clients, *title);
            print_id(setup, id);
        };
    });
}

void add_case_show(CommandSetup& setup, CLI::App& group) {
    auto* show = group.add_subcommand("show", "Show a case and its members");
    auto id = std::make_shared<std::int64_t>(0);
    show->add_option("ID", *id, "Case id")->required();
    show->callback([&setup, id] {
        setup.action = [&setup, id] {
            auto found = setup.context.records().view_case(*id);
            if (setup.context.json()) {
                setup.out << to_json(found).dump(2) << '\n';
                return;
            }
            setup.out << "Case " << found.id << ": " << core::to_string(found.kind) << ", "
                      << found.status;
            if (!found.title.empty()) setup.out << " - " << found.title;
            setup.out << "\n  Opened:  " << found.opened_at << "\n  Members:\n";
            for (const auto& member : found.members) {
                setup.out << "    " << member.client_id << "  " << member.first_name << ' '
                          << member.last_name << '\n';
            }
        };
    });
}

void add_case_list(CommandSetup& setup, CLI::App& group) {
    auto* list = group.add_subcommand("list", "List the cases a client belongs to");
    auto client = std::make_shared<std::int64_t>(0);
    list->add_option("--client", *client, "Client id")->required();
    list->callback([&setup, client] {
        setup.action = [&setup, client] {
            auto records = setup.context.records();
            records.view_client(*client);  // an unknown id is an error, not an empty list
            auto cases = records.cases_of(*client);
            if (setup.context.json()) {
                setup.out << to_json(cases).dump(2) << '\n';
                return;
            }
            TextTable table({"ID", "KIND", "STATUS", "OPENED", "MEMBERS"});
            for (const auto& c : cases) {
                table.add({std::to_string(c.id), std::string(core::to_string(c.kind)), c.status,
                           c.opened_at.substr(0, 10), member_names(c)});
            }
            table.print(setup.out);
        };
    });
}

}  // namespace

void add_case_commands(CommandSetup& setup) {
    auto* group = setup.app.add_subcommand("case", "Open, list and show cases");
    group->require_subcommand(1);
    add_case_open(setup, *group);
    add_case_show(setup, *group);
    add_case_list(setup, *group);
}

}  // namespace counselor::cli
