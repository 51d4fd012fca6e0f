// The audit trail: who did what to which record, when, and how it ended.
// Rows carry ids and action names, never names, note text or answers.
#pragma once

#include "counselor/core/audit/audit_head.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <memory>
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
    std::string prev_hash;       // the chain: the row before's hash ("" for the first)
    std::string hash;            // SHA-256 (hex) of this row's content and prev_hash
};

// What walking the chain found.
struct AuditCheck {
    std::int64_t rows_checked = 0;
    std::int64_t rows_before_chain = 0;     // written before the chain existed (not covered)
    std::optional<std::int64_t> broken_at;  // the first row that does not fit
    std::string problem;                    // why, when broken
    // The chain's end against its head file (see audit_head.hpp).
    bool head_found = false;    // false: no head file (a database from before it)
    std::int64_t head_row = 0;  // where the log ended when last written
    std::int64_t last_row = 0;  // where it ends now
    std::int64_t rows_removed_at_end = 0;
    bool end_rewritten = false;  // the head's row is there with other content
    bool intact() const { return !broken_at && rows_removed_at_end == 0 && !end_rewritten; }
    // One line saying what is wrong; empty when intact.
    std::string describe() const;
};

// An audit row: `actor` did `action` to a record. Detail holds ids and counts only.
AuditEntry audit_entry(const std::string& actor, std::string action, std::string record_type,
                       std::optional<std::int64_t> record_id, std::string detail = {});

class AuditLog {
  public:
    explicit AuditLog(Database& db) : db_(db) {}

    // Inside the action's transaction, which also keeps the chain in order.
    std::int64_t append(const AuditEntry& entry);
    std::vector<AuditEntry> recent(int limit = 50);
    // Newest first; with a client, the rows about them and their cases.
    std::vector<AuditEntry> list(std::optional<std::int64_t> client_id, int limit);
    // Walks the chain from its start: every row's hash recomputed, every
    // row linked to the one before. Without a secret key a determined
    // tamperer with the file could rebuild the whole chain; what this
    // catches is a row changed, inserted or removed on its own.
    AuditCheck verify();

  private:
    Database& db_;
};

// Appends many rows in order inside one transaction the caller holds (bulk
// work such as `demo seed`): the chain goes on from the last row written,
// each row hashed exactly as AuditLog::append() hashes it, through one
// prepared statement.
class AuditChainWriter {
  public:
    explicit AuditChainWriter(Database& db);
    // Writes `entry` as the next row (its id, prev_hash and hash are chosen
    // here; `at` must be set); returns its id.
    std::int64_t append(AuditEntry entry);

  private:
    Statement insert_;
    std::int64_t next_id_ = 1;
    std::shared_ptr<AuditHead> head_;  // the newest row written: the next one's prev_hash
};

}  // namespace counselor::core
