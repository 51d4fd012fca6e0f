// The people who work at the clinic. Each is a PostgreSQL login role, member
// of the group role of their kind (clinic_counselor...), with a row in
// clinic.staff for their full name and credentials, which their signatures
// carry. A person who leaves is disabled (NOLOGIN, inactive), never dropped:
// their signatures stay theirs.
#pragma once

#include <counselor/core/security/secret.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

class ServerConnection;

enum class StaffKind { counselor, supervisor, front_desk, administrator };

// "counselor", "supervisor", "front-desk", "administrator": as typed on the
// command line and shown in lists.
std::string_view staff_kind_text(StaffKind kind);
std::optional<StaffKind> staff_kind_from_text(std::string_view text);

struct NewStaffMember {
    std::string role_name;  // the sign-in name: a-z, 0-9 and _, starting with a letter
    StaffKind kind = StaffKind::counselor;
    std::string full_name;
    std::string credentials;                // e.g. "LPC"; may be empty
    std::optional<std::string> supervisor;  // a counselor under supervision: who supervises
};

struct StaffMember {
    std::string role_name;
    StaffKind kind = StaffKind::counselor;
    std::string full_name;
    std::string credentials;
    std::optional<std::string> supervisor;
    bool active = true;
};

// `clinic init`, by a role that may create roles: the schema, then the first
// administrator, in one transaction. Nothing is left behind on failure.
void init_clinic(ServerConnection& server, const NewStaffMember& administrator,
                 const Secret& password);

// An administrator adds a person (one transaction). Throws UserError: a name
// taken or not allowed, an unknown supervisor, or a role that may not add people.
void add_staff_member(ServerConnection& server, const NewStaffMember& member,
                      const Secret& password);

// Everyone, active or not, by sign-in name.
std::vector<StaffMember> list_staff(ServerConnection& server);

// The person can no longer sign in; their row and signatures stay.
void disable_staff_member(ServerConnection& server, const std::string& role_name);

}  // namespace counselor::core
