#include "counselor/core/records/case_repository.hpp"

#include "counselor/core/platform/dates.hpp"

#include <array>
#include <utility>

namespace counselor::core {

namespace {

constexpr std::array<std::pair<CaseKind, std::string_view>, 3> kind_names = {{
    {CaseKind::individual, "individual"},
    {CaseKind::couple, "couple"},
    {CaseKind::family, "family"},
}};

std::vector<CaseMember> members_of(Database& db, std::int64_t case_id) {
    Statement query = db.prepare(
        "SELECT c.id, c.first_name, c.last_name FROM case_members m"
        " JOIN clients c ON c.id = m.client_id"
        " WHERE m.case_id = ? ORDER BY m.position");
    query.bind(1, case_id);
    std::vector<CaseMember> members;
    while (query.step())
        members.push_back({query.int64(0), query.text(1), query.text(2)});
    return members;
}

}  // namespace

std::string_view to_string(CaseKind kind) {
    for (const auto& [value, name] : kind_names) {
        if (value == kind) return name;
    }
    return "individual";  // unreachable: every kind is listed
}

std::optional<CaseKind> case_kind_from_string(std::string_view text) {
    for (const auto& [value, name] : kind_names) {
        if (name == text) return value;
    }
    return std::nullopt;
}

std::int64_t CaseRepository::open(CaseKind kind, const std::vector<std::int64_t>& client_ids,
                                  const std::string& title) {
    Case record;
    record.kind = kind;
    record.title = title;
    record.status = "open";
    record.opened_at = utc_now();
    for (const std::int64_t client_id : client_ids)
        record.members.push_back({client_id, {}, {}});
    return insert(record);
}

std::int64_t CaseRepository::insert(const Case& record,
                                    const std::optional<std::string>& closed_at) {
    db_.prepare(
           "INSERT INTO cases (kind, title, status, opened_at, closed_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, to_string(record.kind))
        .bind(2, record.title)
        .bind(3, record.status)
        .bind(4, record.opened_at)
        .bind(5, closed_at)
        .run();
    const std::int64_t case_id = db_.last_insert_id();
    Statement add_member =
        db_.prepare("INSERT INTO case_members (case_id, client_id, position) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < record.members.size(); ++i) {
        add_member.bind(1, case_id)
            .bind(2, record.members[i].client_id)
            .bind(3, static_cast<std::int64_t>(i))
            .run();
    }
    return case_id;
}

std::optional<Case> CaseRepository::find(std::int64_t id) {
    Statement query =
        db_.prepare("SELECT id, kind, title, status, opened_at FROM cases WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    Case found;
    found.id = query.int64(0);
    // The schema's CHECK allows only known kinds.
    found.kind = case_kind_from_string(query.text(1)).value_or(CaseKind::individual);
    found.title = query.text(2);
    found.status = query.text(3);
    found.opened_at = query.text(4);
    found.members = members_of(db_, found.id);
    return found;
}

std::vector<Case> CaseRepository::for_client(std::int64_t client_id) {
    Statement query = db_.prepare(
        "SELECT c.id FROM cases c JOIN case_members m ON m.case_id = c.id"
        " WHERE m.client_id = ? ORDER BY c.opened_at DESC, c.id DESC");
    query.bind(1, client_id);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    std::vector<Case> cases;
    for (const std::int64_t id : ids) {
        if (auto found = find(id)) cases.push_back(std::move(*found));
    }
    return cases;
}

Membership CaseRepository::membership(std::int64_t client_id, std::optional<std::int64_t> case_id) {
    Statement found = db_.prepare(
        "SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?1),"
        " EXISTS (SELECT 1 FROM cases WHERE id = ?2),"
        " EXISTS (SELECT 1 FROM case_members WHERE case_id = ?2 AND client_id = ?1)");
    found.bind(1, client_id).bind(2, case_id);
    found.step();
    return {found.int64(0) != 0, found.int64(1) != 0, found.int64(2) != 0};
}

}  // namespace counselor::core
