// The audit trail: who did what to which record, when, and how it ended.
// Rows carry ids and action names, never names, note text or answers.
#pragma once

#include "counselor/core/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;           // UTC, set by append() when empty
    std::string actor;        // the signed-in counselor or OS user
    std::string action;       // e.g. "client.create", "case.open", "client.view"
    std::string record_type;  // e.g. "client", "case"
    std::optional<std::int64_t> record_id;
    std::string outcome = "ok";  // ok | refused | failed
    std::string detail;          // ids and counts only
};

// An audit row: `actor` did `action` to a record. Detail holds ids and counts only.
AuditEntry audit_entry(const std::string& actor, std::string action, std::string record_type,
                       std::optional<std::int64_t> record_id, std::string detail = {});

class AuditLog {
  public:
    explicit AuditLog(Database& db) : db_(db) {}

    std::int64_t append(const AuditEntry& entry);  // inside the action's transaction
    std::vector<AuditEntry> recent(int limit = 50);

  private:
    Database& db_;
};

}  // namespace counselor::core
