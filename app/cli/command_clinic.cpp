// counselorctl clinic init | add-user | users | disable-user: the clinic
// server's accounts. Each signs in to the server named by --server (or
// COUNSELOR_SERVER) with the password from --password-file, else libpq's
// own PGPASSFILE or ~/.pgpass; never from the command line.
#include "commands.hpp"
#include "text_table.hpp"

#include <counselor/core/clinic/clinic_schema.hpp>
#include <counselor/core/clinic/clinic_staff.hpp>
#include <counselor/core/clinic/server_connection.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace counselor::cli {

namespace {

struct ServerOptions {
    std::string server;
    std::string password_file;
};

struct PersonOptions {
    std::string name;
    std::string role = "counselor";
    std::string full_name;
    std::string credentials;
    std::string supervisor;
    std::string new_password_file;
};

void add_server_options(CLI::App* command, ServerOptions& options) {
    command
        ->add_option("--server", options.server,
                     "The clinic server: postgresql://host[:port]/database[?...] "
                     "(default: COUNSELOR_SERVER)")
        ->envname("COUNSELOR_SERVER")
        ->required();
    command->add_option("--password-file", options.password_file,
                        "Read your password on the server from FILE (default: PGPASSFILE, "
                        "then ~/.pgpass)");
}

void add_person_options(CLI::App* command, PersonOptions& person) {
    command->add_option("--full-name", person.full_name, "The name a signature carries")
        ->required();
    command->add_option("--credentials", person.credentials, "e.g. LPC, MDiv");
    command
        ->add_option("--new-password-file", person.new_password_file,
                     "Read the new person's first password from FILE")
        ->required();
}

std::unique_ptr<core::ServerConnection> connect(const ServerOptions& options) {
    const auto address = core::parse_server_address(options.server);
    std::optional<core::Secret> password;
    if (!options.password_file.empty())
        password = core::read_passphrase_file(options.password_file);
    return std::make_unique<core::ServerConnection>(address, password);
}

core::NewStaffMember new_member(const PersonOptions& person, core::StaffKind kind) {
    core::NewStaffMember member;
    member.role_name = person.name;
    member.kind = kind;
    member.full_name = person.full_name;
    member.credentials = person.credentials;
    if (!person.supervisor.empty()) member.supervisor = person.supervisor;
    return member;
}

core::StaffKind kind_named(const std::string& role) {
    const auto kind = core::staff_kind_from_text(role);
    if (!kind) {
        throw core::UserError(
            "--role takes counselor, supervisor, front-desk or administrator, not \"" + role +
            "\"");
    }
    return *kind;
}

void add_init(CommandSetup& setup, CLI::App* group) {
    auto* init = group->add_subcommand(
        "init",
        "Make the clinic on a PostgreSQL server: its schema, group roles and first "
        "administrator (as a role that may create roles)");
    auto server = std::make_shared<ServerOptions>();
    auto person = std::make_shared<PersonOptions>();
    add_server_options(init, *server);
    init->add_option("--admin", person->name, "The first administrator's sign-in name")->required();
    add_person_options(init, *person);
    init->callback([&setup, server, person] {
        setup.action = [&setup, server, person] {
            const auto password = core::read_passphrase_file(person->new_password_file);
            auto connection = connect(*server);
            core::init_clinic(*connection, new_member(*person, core::StaffKind::administrator),
                              password);
            setup.out << "Clinic created on " << connection->address().host << " (schema version "
                      << core::latest_clinic_schema_version()
                      << "); administrator: " << person->name << '\n';
        };
    });
}

void add_add_user(CommandSetup& setup, CLI::App* group) {
    auto* add = group->add_subcommand("add-user", "Add a person to the clinic (an administrator)");
    auto server = std::make_shared<ServerOptions>();
    auto person = std::make_shared<PersonOptions>();
    add_server_options(add, *server);
    add->add_option("name", person->name, "Their sign-in name")->required();
    add->add_option("--role", person->role,
                    "counselor, supervisor, front-desk or administrator (default: counselor)");
    add->add_option("--supervisor", person->supervisor,
                    "A counselor's supervisor (their sign-in name)");
    add_person_options(add, *person);
    add->callback([&setup, server, person] {
        setup.action = [&setup, server, person] {
            const auto kind = kind_named(person->role);
            const auto password = core::read_passphrase_file(person->new_password_file);
            auto connection = connect(*server);
            core::add_staff_member(*connection, new_member(*person, kind), password);
            setup.out << "Added " << person->name << " (" << core::staff_kind_text(kind) << ")\n";
        };
    });
}

void print_staff(CommandSetup& setup, const std::vector<core::StaffMember>& staff) {
    if (setup.context.json()) {
        auto list = nlohmann::json::array();
        for (const auto& member : staff) {
            list.push_back({{"name", member.role_name},
                            {"role", core::staff_kind_text(member.kind)},
                            {"full_name", member.full_name},
                            {"credentials", member.credentials},
                            {"supervisor", member.supervisor ? nlohmann::json(*member.supervisor)
                                                             : nlohmann::json()},
                            {"active", member.active}});
        }
        setup.out << list.dump(2) << '\n';
        return;
    }
    TextTable table({"NAME", "ROLE", "FULL NAME", "CREDENTIALS", "SUPERVISOR", "STATUS"});
    for (const auto& member : staff) {
        table.add({member.role_name, std::string(core::staff_kind_text(member.kind)),
                   member.full_name, member.credentials, member.supervisor.value_or(""),
                   member.active ? "active" : "disabled"});
    }
    table.print(setup.out);
}

void add_users(CommandSetup& setup, CLI::App* group) {
    auto* users = group->add_subcommand("users", "Everyone on the clinic's staff");
    auto server = std::make_shared<ServerOptions>();
    add_server_options(users, *server);
    users->callback([&setup, server] {
        setup.action = [&setup, server] {
            auto connection = connect(*server);
            print_staff(setup, core::list_staff(*connection));
        };
    });
}

void add_disable_user(CommandSetup& setup, CLI::App* group) {
    auto* disable = group->add_subcommand(
        "disable-user", "A person who left: they can no longer sign in; their signatures stay");
    auto server = std::make_shared<ServerOptions>();
    auto name = std::make_shared<std::string>();
    add_server_options(disable, *server);
    disable->add_option("name", *name, "Their sign-in name")->required();
    disable->callback([&setup, server, name] {
        setup.action = [&setup, server, name] {
            auto connection = connect(*server);
            core::disable_staff_member(*connection, *name);
            setup.out << "Disabled " << *name << '\n';
        };
    });
}

}  // namespace

void add_clinic_commands(CommandSetup& setup) {
    auto* group = setup.app.add_subcommand(
        "clinic", "The clinic server (PostgreSQL): its making, and the people who work there");
    group->require_subcommand(1);
    add_init(setup, group);
    add_add_user(setup, group);
    add_users(setup, group);
    add_disable_user(setup, group);
}

}  // namespace counselor::cli
