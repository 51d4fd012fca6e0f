#include "counselor/core/audit/audit_log.hpp"

#include "counselor/core/audit/audit_head.hpp"
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include <sodium.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <utility>

namespace counselor::core {

namespace {

constexpr const char* kSelect =
    "SELECT id, at, actor, action, record_type, record_id, outcome, detail,"
    " COALESCE(prev_hash, ''), COALESCE(hash, '') FROM audit_log";

// The columns read_row() expects, then `rest` (filter and order). Appended
// rather than joined with +, which GCC 12 misreads as an overflow.
std::string select_rows(const char* rest) {
    std::string sql = kSelect;
    sql.append(rest);
    return sql;
}

AuditEntry read_row(Statement& row) {
    AuditEntry entry;
    entry.id = row.int64(0);
    entry.at = row.text(1);
    entry.actor = row.text(2);
    entry.action = row.text(3);
    entry.record_type = row.text(4);
    entry.record_id = row.optional_int64(5);
    entry.outcome = row.text(6);
    entry.detail = row.text(7);
    entry.prev_hash = row.text(8);
    entry.hash = row.text(9);
    return entry;
}

// The row as a JSON array, the bytes nlohmann's dump() gives. Rows of
// plain printable ASCII (all the program writes) are put together directly:
// a demo seed hashes 700,000 of them, and building a JSON document for each
// was a good part of its own time. Anything else goes through the library.
std::string row_bytes(const AuditEntry& row) {
    const std::string* texts[] = {&row.at,      &row.actor,  &row.action,   &row.record_type,
                                  &row.outcome, &row.detail, &row.prev_hash};
    const bool plain = std::all_of(std::begin(texts), std::end(texts), [](const std::string* text) {
        return std::all_of(text->begin(), text->end(),
                           [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
    });
    if (!plain) {
        return nlohmann::json{
            row.id,
            row.at,
            row.actor,
            row.action,
            row.record_type,
            row.record_id ? nlohmann::json(*row.record_id) : nlohmann::json(nullptr),
            row.outcome,
            row.detail,
            row.prev_hash}
            .dump();
    }
    std::string bytes;
    bytes.reserve(160 + row.detail.size());
    auto quoted = [&bytes](const std::string& text) {
        bytes += '"';
        bytes += text;
        bytes += "\",";
    };
    bytes += '[';
    bytes += std::to_string(row.id);
    bytes += ',';
    quoted(row.at);
    quoted(row.actor);
    quoted(row.action);
    quoted(row.record_type);
    bytes += row.record_id ? std::to_string(*row.record_id) : "null";
    bytes += ',';
    quoted(row.outcome);
    quoted(row.detail);
    bytes += '"';
    bytes += row.prev_hash;
    bytes += "\"]";
    return bytes;
}

// SHA-256 over the row as a JSON array: one unambiguous encoding of every
// column (a "|"-joined string could be shifted between columns).
std::string row_hash(const AuditEntry& row) {
    const std::string bytes = row_bytes(row);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace

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

namespace {

constexpr const char* kInsert =
    "INSERT INTO audit_log (id, at, actor, action, record_type, record_id, outcome, detail,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void insert_row(Statement& insert, const AuditEntry& row) {
    insert.bind(1, row.id)
        .bind(2, row.at)
        .bind(3, row.actor)
        .bind(4, row.action)
        .bind(5, row.record_type)
        .bind(6, row.record_id)
        .bind(7, row.outcome)
        .bind(8, row.detail)
        .bind(9, row.prev_hash)
        .bind(10, row.hash)
        .run();
}

// The id and hash of the newest row: where the chain goes on.
std::pair<std::int64_t, std::string> chain_end(Database& db) {
    Statement last =
        db.prepare("SELECT id, COALESCE(hash, '') FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!last.step()) return {0, {}};
    return {last.int64(0), last.text(1)};
}

// The intact chain's end against the head written after the last commit:
// behind and matching is a crash between commit and head write, fine.
void check_end(Database& db, AuditCheck& check) {
    const auto head = read_audit_head(db.path());
    if (!head) return;
    check.head_found = true;
    check.head_row = head->row;
    if (head->row > check.last_row) {
        check.rows_removed_at_end = head->row - check.last_row;
        return;
    }
    if (head->row == 0) return;
    Statement row = db.prepare("SELECT COALESCE(hash, '') FROM audit_log WHERE id = ?");
    row.bind(1, head->row);
    check.end_rewritten = !row.step() || row.text(0) != head->hash;
}

}  // namespace

std::int64_t AuditLog::append(const AuditEntry& entry) {
    AuditEntry row = entry;
    if (row.at.empty()) row.at = utc_now();
    // The id is part of what is hashed, so it is chosen here: the row after
    // the last one. The action's transaction holds the write lock meanwhile.
    auto [last_id, last_hash] = chain_end(db_);
    row.id = last_id + 1;
    row.prev_hash = std::move(last_hash);
    row.hash = row_hash(row);
    Statement insert = db_.prepare(kInsert);
    insert_row(insert, row);
    note_audit_head(db_, std::make_shared<AuditHead>(AuditHead{row.id, row.hash}));
    return row.id;
}

AuditChainWriter::AuditChainWriter(Database& db)
    : insert_(db.prepare(kInsert)), head_(std::make_shared<AuditHead>()) {
    auto [last_id, last_hash] = chain_end(db);
    next_id_ = last_id + 1;
    head_->row = last_id;
    head_->hash = std::move(last_hash);
    // Once for the whole transaction: the head is read when it commits.
    note_audit_head(db, head_);
}

std::int64_t AuditChainWriter::append(AuditEntry entry) {
    entry.id = next_id_;
    entry.prev_hash = std::move(head_->hash);
    entry.hash = row_hash(entry);
    insert_row(insert_, entry);
    head_->row = entry.id;
    head_->hash = std::move(entry.hash);
    return next_id_++;
}

AuditCheck AuditLog::verify() {
    AuditCheck check;
    const std::int64_t start =
        std::stoll(SettingsRepository(db_).get("audit.chain_starts_after").value_or("0"));
    Statement before = db_.prepare("SELECT COUNT(*) FROM audit_log WHERE id <= ?");
    before.bind(1, start);
    before.step();
    check.rows_before_chain = before.int64(0);

    Statement rows = db_.prepare(select_rows(" WHERE id > ? ORDER BY id"));
    rows.bind(1, start);
    std::string expected_prev;
    std::int64_t expected_id = start + 1;
    while (rows.step()) {
        const AuditEntry row = read_row(rows);
        auto broken = [&](std::string why) {
            check.broken_at = row.id;
            check.problem = std::move(why);
        };
        if (row.id != expected_id) {
            broken("rows " + std::to_string(expected_id) + " to " + std::to_string(row.id - 1) +
                   " are missing");
        } else if (row.prev_hash != expected_prev) {
            broken("it does not follow the row before it (a row was removed or inserted)");
        } else if (row.hash != row_hash(row)) {
            broken("its content was changed after it was written");
        }
        if (check.broken_at) return check;
        expected_prev = row.hash;
        expected_id = row.id + 1;
        ++check.rows_checked;
    }
    check.last_row = expected_id - 1;
    check_end(db_, check);
    return check;
}

std::string AuditCheck::describe() const {
    if (broken_at) {
        return "audit row " + std::to_string(*broken_at) + " is not as written: " + problem;
    }
    const std::string where = "(the log ended at row " + std::to_string(head_row);
    if (rows_removed_at_end > 0) {
        const std::string what =
            rows_removed_at_end == 1
                ? "the newest audit row was removed "
                : "the newest " + std::to_string(rows_removed_at_end) + " audit rows were removed ";
        return what + where + ", now ends at row " + std::to_string(last_row) + ")";
    }
    if (end_rewritten) {
        return "the newest audit rows were removed or rewritten " + where +
               ", which now holds other content)";
    }
    return {};
}

std::vector<AuditEntry> AuditLog::list(std::optional<std::int64_t> client_id, int limit) {
    if (!client_id) return recent(limit);
    // The client's own rows and those of the cases they belong to.
    Statement query =
        db_.prepare(select_rows(" WHERE (record_type = 'client' AND record_id = ?1)"
                                "    OR (record_type = 'case' AND record_id IN"
                                "        (SELECT case_id FROM case_members WHERE client_id = ?1))"
                                " ORDER BY id DESC LIMIT ?2"));
    query.bind(1, *client_id).bind(2, limit);
    std::vector<AuditEntry> entries;
    while (query.step())
        entries.push_back(read_row(query));
    return entries;
}

std::vector<AuditEntry> AuditLog::recent(int limit) {
    // By id, not time: several rows share a second, and ids keep their order.
    Statement query = db_.prepare(select_rows(" ORDER BY id DESC LIMIT ?"));
    query.bind(1, limit);
    std::vector<AuditEntry> entries;
    while (query.step())
        entries.push_back(read_row(query));
    return entries;
}

}  // namespace counselor::core
