#include "counselor/core/records/flag_repository.hpp"

#include "counselor/core/platform/dates.hpp"

namespace counselor::core {

namespace {

// A row of "SELECT id, client_id, case_id, code, severity, message, source,
// raised_at, resolved_at, resolved_by, hold".
Flag read_flag(const Statement& row) {
    Flag flag;
    flag.id = row.int64(0);
    flag.client_id = row.optional_int64(1);
    flag.case_id = row.optional_int64(2);
    flag.code = row.text(3);
    flag.severity = row.text(4);
    flag.message = row.text(5);
    flag.source = row.text(6);
    flag.raised_at = row.text(7);
    flag.resolved_at = row.optional_text(8);
    flag.resolved_by = row.optional_text(9);
    flag.hold = row.int64(10) != 0;
    return flag;
}

std::vector<Flag> read_flags(Statement& query) {
    std::vector<Flag> flags;
    while (query.step())
        flags.push_back(read_flag(query));
    return flags;
}

bool exists(Database& db, std::int64_t id) {
    Statement query = db.prepare("SELECT 1 FROM flags WHERE id = ?");
    query.bind(1, id);
    return query.step();
}

}  // namespace

std::int64_t FlagRepository::raise(const Flag& flag) {
    // resolved_* are stored as given (normally empty) so a flag can be
    // copied between practices without losing how it was closed.
    db_.prepare(
           "INSERT INTO flags (client_id, case_id, code, severity, message, source, raised_at,"
           " resolved_at, resolved_by, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, flag.client_id)
        .bind(2, flag.case_id)
        .bind(3, flag.code)
        .bind(4, flag.severity)
        .bind(5, flag.message)
        .bind(6, flag.source)
        .bind(7, flag.raised_at.empty() ? utc_now() : flag.raised_at)
        .bind(8, flag.resolved_at)
        .bind(9, flag.resolved_by)
        .bind(10, flag.hold ? 1 : 0)
        .run();
    return db_.last_insert_id();
}

std::vector<Flag> FlagRepository::list(const FlagFilter& filter) {
    // Neither id set: every flag. Severity is ranked explicitly because its
    // names do not sort in the order a counselor must read them.
    Statement query = db_.prepare(
        "SELECT id, client_id, case_id, code, severity, message, source, raised_at, resolved_at,"
        " resolved_by, hold FROM flags"
        " WHERE ((?1 IS NULL AND ?2 IS NULL) OR client_id = ?1 OR case_id = ?2)"
        "   AND (?3 OR resolved_at IS NULL)"
        " ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,"
        "          raised_at DESC, id DESC");
    query.bind(1, filter.client_id)
        .bind(2, filter.case_id)
        .bind(3, filter.include_resolved ? 1 : 0);
    return read_flags(query);
}

std::vector<Flag> FlagRepository::open_of_case(std::int64_t case_id) {
    // One pass over the flags: the case's, and its members' (one membership
    // row at most per client, so no flag comes twice).
    Statement query = db_.prepare(
        "SELECT f.id, f.client_id, f.case_id, f.code, f.severity, f.message, f.source,"
        " f.raised_at, f.resolved_at, f.resolved_by, f.hold FROM flags AS f"
        " LEFT JOIN case_members AS m ON m.case_id = ?1 AND m.client_id = f.client_id"
        " WHERE f.resolved_at IS NULL AND (f.case_id = ?1 OR m.client_id IS NOT NULL)"
        " ORDER BY CASE WHEN f.case_id = ?1 THEN -1 ELSE m.position END,"
        "          CASE f.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,"
        "          f.raised_at DESC, f.id DESC");
    query.bind(1, case_id);
    return read_flags(query);
}

void FlagRepository::resolve(std::int64_t id, const std::string& resolved_by) {
    // The first resolution stands: resolving again keeps who closed it and when.
    db_.prepare(
           "UPDATE flags SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL")
        .bind(1, utc_now())
        .bind(2, resolved_by)
        .bind(3, id)
        .run();
    if (db_.changes() == 0 && !exists(db_, id)) {
        throw NotFound("no flag with id " + std::to_string(id));
    }
}

}  // namespace counselor::core
