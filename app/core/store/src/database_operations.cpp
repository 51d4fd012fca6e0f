// The named operations of Database whose SQL only SQLite (with SQLCipher)
// understands: checkpoint, re-key, export. The modules above the store ask
// for the operation; a second back end gives its own.
#include "counselor/core/store/database.hpp"

#include "database_access.hpp"

#include <cstring>
#include <string>

namespace counselor::core {

namespace {

// A string literal of SQL for `text` (single quotes doubled).
std::string sql_text(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c;
        if (c == '\'') quoted += '\'';
    }
    return quoted + "'";
}

// Runs `sql`, which holds a key, and wipes it whatever happens.
void execute_keyed(Database& db, std::string sql) {
    try {
        db.execute(sql);
    } catch (...) {
        ::explicit_bzero(sql.data(), sql.size());
        throw;
    }
    ::explicit_bzero(sql.data(), sql.size());
}

std::string key_literal(std::string_view raw_key_hex) {
    return raw_key_hex.empty() ? "''" : "\"x'" + std::string(raw_key_hex) + "'\"";
}

}  // namespace

void Database::checkpoint() {
    execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Database::rekey(std::string_view raw_key_hex) {
    execute_keyed(*this, "PRAGMA rekey = " + key_literal(raw_key_hex));
}

int Database::export_copy(const std::filesystem::path& to, std::string_view raw_key_hex) {
    // The attached file is keyed with the copy's key, so it is encrypted
    // page by page as it is written; KEY '' makes a plain one.
    execute_keyed(*this, "ATTACH DATABASE " + sql_text(to.string()) + " AS exported KEY " +
                             key_literal(raw_key_hex));
    try {
        // One read transaction: the copy is the database as of its start,
        // whatever other connections commit meanwhile (WAL readers do not wait).
        execute("BEGIN");
        Statement version = prepare("PRAGMA main.user_version");
        version.step();
        const int schema_version = static_cast<int>(version.int64(0));
        version.reset();
        execute("SELECT sqlcipher_export('exported')");
        // SQLCipher 3.4's export leaves the schema version behind.
        execute("PRAGMA exported.user_version = " + std::to_string(schema_version));
        execute("COMMIT");
        execute("DETACH DATABASE exported");
        return schema_version;
    } catch (...) {
        for (const char* undo : {"ROLLBACK", "DETACH DATABASE exported"}) {
            try {
                execute(undo);
            } catch (const std::exception&) {
            }
        }
        throw;
    }
}

}  // namespace counselor::core
