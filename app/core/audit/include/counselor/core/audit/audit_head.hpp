// The audit chain's head, `<db>.audithead`: the id and hash of the newest
// audit row, kept beside the database (format 2: two checksummed slots
// written in turn, see audit_head.cpp; format 1, JSON, is still read).
//
// A hash chain cannot see its own tail cut off: delete the newest rows and
// what is left is still a valid chain. The head lives outside the database,
// so the SQL that deletes rows does not reach it. It is written after each
// committed transaction that added audit rows (once per transaction, not per
// row), so it is never ahead of the database: a crash between the commit and
// the head write leaves it behind, pointing at a row still in the chain,
// which is fine. A head ahead of the chain, or naming a row whose hash
// differs, means the newest rows were removed or rewritten.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace counselor::core {

class Database;

struct AuditHead {
    std::int64_t row = 0;
    std::string hash;
};

std::filesystem::path audit_head_path(const std::filesystem::path& database);

// nullopt when there is no head file; UserError naming it when it is unreadable.
std::optional<AuditHead> read_audit_head(const std::filesystem::path& database);

// Overwrites the older of the two slots in place, without a sync: it runs
// after a commit the database has already synced, and a head lost or torn by
// a crash is only behind. A file of format 1 is replaced whole (synced).
void write_audit_head(const std::filesystem::path& database, const AuditHead& head);

// Syncs the head file to disk, where it is about to be renamed (a restore).
void sync_audit_head(const std::filesystem::path& database);

// Has `*head` written once `db`'s transaction commits (at once when `db` is
// not in a transaction), as it stands then: a bulk writer registers once and
// moves the head on per row at no cost. A failed write is logged, not
// thrown: the rows are committed, and a head left behind still matches.
void note_audit_head(Database& db, std::shared_ptr<const AuditHead> head);

}  // namespace counselor::core
