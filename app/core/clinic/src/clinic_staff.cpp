#include "counselor/core/clinic/clinic_staff.hpp"

#include "counselor/core/clinic/clinic_schema.hpp"
#include "counselor/core/clinic/server_connection.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

namespace counselor::core {

namespace {

constexpr std::array<std::pair<StaffKind, std::string_view>, 4> kKinds = {{
    {StaffKind::counselor, "counselor"},
    {StaffKind::supervisor, "supervisor"},
    {StaffKind::front_desk, "front-desk"},
    {StaffKind::administrator, "administrator"},
}};

// The kind as clinic.staff stores it, and the group role that carries its rights.
std::string stored_kind(StaffKind kind) {
    std::string text(staff_kind_text(kind));
    if (kind == StaffKind::front_desk) text = "front_desk";
    return text;
}
std::string group_role(StaffKind kind) {
    return "clinic_" + stored_kind(kind);
}

// Sign-in names stay plain, so they read the same in psql, in the audit
// trail and in a signature's record, and never need quoting by a person.
void check_role_name(const std::string& name) {
    const bool plain =
        !name.empty() && name.size() <= 63 && name.front() >= 'a' && name.front() <= 'z' &&
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
    if (!plain) {
        throw UserError("the sign-in name \"" + name +
                        "\" is not allowed: use lower-case letters, digits and _, starting with a "
                        "letter, at most 63 characters");
    }
    if (name.rfind("clinic_", 0) == 0 || name.rfind("pg_", 0) == 0 || name == "postgres")
        throw UserError("the sign-in name \"" + name + "\" is kept for the server itself");
}

void check_member(ServerConnection& server, const NewStaffMember& member) {
    check_role_name(member.role_name);
    if (member.full_name.find_first_not_of(" \t") == std::string::npos)
        throw UserError("a person needs a full name: it is what their signature says");
    if (!member.supervisor) return;
    if (member.kind != StaffKind::counselor)
        throw UserError("only a counselor is supervised (--supervisor goes with --role counselor)");
    const auto rows = server.query("SELECT kind, active FROM clinic.staff WHERE role_name = $1",
                                   {*member.supervisor});
    if (rows.empty() || rows.front()[0] != "supervisor" || rows.front()[1] != "t") {
        throw UserError("\"" + *member.supervisor +
                        "\" is not an active supervisor of this clinic (see `counselorctl clinic "
                        "users`)");
    }
}

void create_member(ServerConnection& server, const NewStaffMember& member, const Secret& password) {
    std::string sql = "CREATE ROLE " + server.quote_identifier(member.role_name) +
                      " LOGIN PASSWORD " +
                      server.quote_literal(server.encrypt_password(password, member.role_name)) +
                      " IN ROLE " + group_role(member.kind);
    // An administrator adds and disables people: that takes making roles.
    if (member.kind == StaffKind::administrator) sql += " CREATEROLE";
    try {
        server.execute(sql);
    } catch (const ServerError& error) {
        if (error.sqlstate() == "42710")
            throw UserError("a person or role named \"" + member.role_name + "\" already exists");
        if (error.sqlstate() == "42501")
            throw UserError(server.user() +
                            " may not add people: only an administrator of the "
                            "clinic may");
        throw;
    }
    server.query(
        "INSERT INTO clinic.staff (role_name, kind, full_name, credentials, supervisor)"
        " VALUES ($1, $2, $3, $4, $5)",
        {member.role_name, stored_kind(member.kind), member.full_name, member.credentials,
         member.supervisor});
}

}  // namespace

std::string_view staff_kind_text(StaffKind kind) {
    for (const auto& [k, text] : kKinds)
        if (k == kind) return text;
    return "counselor";
}

std::optional<StaffKind> staff_kind_from_text(std::string_view text) {
    for (const auto& [kind, name] : kKinds)
        if (name == text) return kind;
    return std::nullopt;
}

void init_clinic(ServerConnection& server, const NewStaffMember& administrator,
                 const Secret& password) {
    if (administrator.kind != StaffKind::administrator)
        throw UserError("the first person of a clinic is its administrator");
    ServerTransaction transaction(server);
    create_clinic_schema(server);
    check_member(server, administrator);
    create_member(server, administrator, password);
    transaction.commit();
    log().info("clinic created, schema version {}", latest_clinic_schema_version());
}

void add_staff_member(ServerConnection& server, const NewStaffMember& member,
                      const Secret& password) {
    check_clinic_schema(server);
    ServerTransaction transaction(server);
    check_member(server, member);
    create_member(server, member, password);
    transaction.commit();
    log().info("clinic: a {} added", staff_kind_text(member.kind));
}

std::vector<StaffMember> list_staff(ServerConnection& server) {
    check_clinic_schema(server);
    std::vector<StaffMember> staff;
    for (auto& row :
         server.query("SELECT role_name, kind, full_name, credentials, supervisor, active"
                      " FROM clinic.staff ORDER BY role_name")) {
        StaffMember member;
        member.role_name = row[0].value_or("");
        std::string kind = row[1].value_or("");
        if (kind == "front_desk") kind = "front-desk";
        member.kind = staff_kind_from_text(kind).value_or(StaffKind::counselor);
        member.full_name = row[2].value_or("");
        member.credentials = row[3].value_or("");
        member.supervisor = row[4];
        member.active = row[5] == "t";
        staff.push_back(std::move(member));
    }
    return staff;
}

void disable_staff_member(ServerConnection& server, const std::string& role_name) {
    check_clinic_schema(server);
    ServerTransaction transaction(server);
    const auto changed = server.query(
        "UPDATE clinic.staff SET active = FALSE WHERE role_name = $1 RETURNING role_name",
        {role_name});
    if (changed.empty())
        throw UserError("\"" + role_name +
                        "\" is not on this clinic's staff (see `counselorctl clinic users`)");
    try {
        server.execute("ALTER ROLE " + server.quote_identifier(role_name) + " NOLOGIN");
    } catch (const ServerError& error) {
        if (error.sqlstate() == "42501")
            throw UserError(server.user() +
                            " may not disable people: only an administrator of "
                            "the clinic may");
        throw;
    }
    transaction.commit();
    log().info("clinic: a staff member disabled");
}

}  // namespace counselor::core
