#include "commands.hpp"
#include "record_json.hpp"
#include "text_table.hpp"

#include <ostream>

namespace counselor::cli {

namespace {

std::optional<std::string> optional_text(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return text;
}

void add_client_add(CommandSetup& setup, CLI::App& client) {
    auto* add = client.add_subcommand("add", "Add a client; prints the new client id");
    auto fields = std::make_shared<std::array<std::string, 5>>();
    add->add_option("--first", (*fields)[0], "First name")->required();
    add->add_option("--last", (*fields)[1], "Last name")->required();
    add->add_option("--dob", (*fields)[2], "Date of birth, YYYY-MM-DD");
    add->add_option("--email", (*fields)[3], "Email address");
    add->add_option("--phone", (*fields)[4], "Phone number");
    add->callback([&setup, fields] {
        setup.action = [&setup, fields] {
            core::NewClient added{(*fields)[0], (*fields)[1], optional_text((*fields)[2]),
                                  optional_text((*fields)[3]), optional_text((*fields)[4])};
            auto id = setup.context.records().add_client(added);
            print_id(setup, id);
        };
    });
}

void add_client_list(CommandSetup& setup, CLI::App& client) {
    auto* list = client.add_subcommand("list", "List clients, optionally by name");
    auto search = std::make_shared<std::string>();
    auto limit = std::make_shared<int>(50);
    list->add_option("--search", *search, "First letters of a first or last name");
    list->add_option("--limit", *limit, "At most this many clients")->check(CLI::Range(1, 10000));
    list->callback([&setup, search, limit] {
        setup.action = [&setup, search, limit] {
            auto clients = setup.context.records().find_clients(*search, *limit);
            if (setup.context.json()) {
                setup.out << to_json(clients).dump(2) << '\n';
                return;
            }
            if (clients.empty()) {
                setup.out << "No clients" << (search->empty() ? "" : " match \"" + *search + "\"")
                          << ".\n";
                return;
            }
            TextTable table({"ID", "LAST NAME", "FIRST NAME", "BORN"});
            for (const auto& c : clients) {
                table.add({std::to_string(c.id), c.last_name, c.first_name,
                           c.date_of_birth.value_or("")});
            }
            table.print(setup.out);
        };
    });
}

void print_client(std::ostream& out, const core::Client& client,
                  const std::vector<core::Case>& cases) {
    out << client.display_name() << "  (client " << client.id << ")\n";
    if (client.date_of_birth) out << "  Born:   " << *client.date_of_birth << '\n';
    if (client.email) out << "  Email:  " << *client.email << '\n';
    if (client.phone) out << "  Phone:  " << *client.phone << '\n';
    out << "  Added:  " << client.created_at << '\n';
    if (cases.empty()) {
        out << "  Cases:  none\n";
        return;
    }
    out << "  Cases:\n";
    for (const auto& c : cases) {
        out << "    " << c.id << "  " << core::to_string(c.kind) << ", " << c.status << ", with "
            << member_names(c) << '\n';
    }
}

void add_client_show(CommandSetup& setup, CLI::App& client) {
    auto* show = client.add_subcommand("show", "Show one client and their cases");
    auto id = std::make_shared<std::int64_t>(0);
    show->add_option("ID", *id, "Client id")->required();
    show->callback([&setup, id] {
        setup.action = [&setup, id] {
            auto records = setup.context.records();
            auto found = records.view_client(*id);
            auto cases = records.cases_of(*id);
            if (setup.context.json()) {
                auto j = to_json(found);
                j["cases"] = to_json(cases);
                setup.out << j.dump(2) << '\n';
            } else {
                print_client(setup.out, found, cases);
            }
        };
    });
}

}  // namespace

void add_client_commands(CommandSetup& setup) {
    auto* client = setup.app.add_subcommand("client", "Add, find and show clients");
    client->require_subcommand(1);
    add_client_add(setup, *client);
    add_client_list(setup, *client);
    add_client_show(setup, *client);
}

}  // namespace counselor::cli
