// One connection to a practice database (SQLCipher; plain SQLite when no key
// is given). Opening checks the schema version before anything is written:
// a database newer than this program is refused and left untouched; an older
// one is migrated. All SQL of the program lives in the store module.
#pragma once

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/store/migrations.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace counselor::core {

struct DatabaseOptions {
    bool create_if_missing = true;  // false: a missing file is DatabaseError::missing
    bool read_only = false;         // open without writing anything, no migration
    std::string raw_key_hex;        // 64 hex digits for SQLCipher; empty: not encrypted
    int busy_timeout_ms = 5000;
};

class Statement;

class Database {
  public:
    // Opens (creating when allowed), applies pragmas and migrates to the
    // newest schema in `migrations`. Throws DatabaseError with a clear reason.
    static Database open(const std::filesystem::path& path, const DatabaseOptions& options = {},
                         const std::vector<Migration>& migrations = embedded_migrations());

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    const std::filesystem::path& path() const;
    int schema_version() const;
    bool read_only() const;

    Statement prepare(std::string_view sql);
    void execute(std::string_view sql);  // one or more statements, no parameters
    std::int64_t last_insert_id() const;
    int changes() const;
    bool in_transaction() const;
    // Run by Transaction::commit() once COMMIT has succeeded, dropped on
    // rollback; one action per transaction, a later one replacing it (the
    // audit head: only the newest matters).
    void set_after_commit(std::function<void()> action);
    std::function<void()> take_after_commit();

    // Named operations whose SQL only SQLite understands (docs/architecture.md,
    // "The store seam"); a second back end gives its own.
    // Moves the write-ahead log into the file and empties it; DatabaseError
    // when a reader elsewhere holds it.
    void checkpoint();
    // Re-encrypts every page with `raw_key_hex` (64 hex digits).
    void rekey(std::string_view raw_key_hex);
    // Copies the database, as of one read transaction, into the empty file
    // `to`, encrypted with `raw_key_hex` ("" for a plain copy), its schema
    // version included; returns that version.
    int export_copy(const std::filesystem::path& to, std::string_view raw_key_hex);

  private:
    friend struct DatabaseAccess;  // the store's own sources (database_access.hpp)
    sqlite3* handle() const;
    struct Impl;
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// A prepared statement. Parameters are 1-based as in SQLite; columns 0-based.
class Statement {
  public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind_null(int index);

    bool step();  // true while a row is available
    void run();   // steps to completion; for statements without rows
    void reset();

    int column_count() const;
    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;

  private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE .. COMMIT; rolls back unless commit() was reached.
class Transaction {
  public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

}  // namespace counselor::core
