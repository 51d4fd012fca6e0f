#include "counselor/core/audit_log.hpp"

namespace counselor::core {

AuditEntry audit_entry(const std::string& actor, std::string action, std::string record_type,
                       std::optional<std::int64_t> record_id, std::string detail) {
    AuditEntry entry;
    entry.actor = actor;
    entry.action = std::move(action);
    entry.record_type = std::move(record_type);
    entry.record_id = record_id;
    entry.detail = std::move(detail);
    return entry;
}

std::int64_t AuditLog::append(const AuditEntry& entry) {
    db_.prepare(
           "INSERT INTO audit_log (at, actor, action, record_type, record_id, outcome, detail)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, entry.at.empty() ? utc_now() : entry.at)
        .bind(2, entry.actor)
        .bind(3, entry.action)
        .bind(4, entry.record_type)
        .bind(5, entry.record_id)
        .bind(6, entry.outcome)
        .bind(7, entry.detail)
        .run();
    return db_.last_insert_id();
}

std::vector<AuditEntry> AuditLog::recent(int limit) {
    // By id, not time: several rows share a second, and ids keep their order.
    Statement query = db_.prepare(
        "SELECT id, at, actor, action, record_type, record_id, outcome, detail"
        " FROM audit_log ORDER BY id DESC LIMIT ?");
    query.bind(1, limit);
    std::vector<AuditEntry> entries;
    while (query.step()) {
        AuditEntry entry;
        entry.id = query.int64(0);
        entry.at = query.text(1);
        entry.actor = query.text(2);
        entry.action = query.text(3);
        entry.record_type = query.text(4);
        entry.record_id = query.optional_int64(5);
        entry.outcome = query.text(6);
        entry.detail = query.text(7);
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace counselor::core
