#include "counselor/core/store/database.hpp"

#include "database_access.hpp"
#include "note_text_function.hpp"
#include "sqlite_error.hpp"

#include <spdlog/spdlog.h>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace counselor::core {

namespace fs = std::filesystem;
using Reason = DatabaseError::Reason;

struct Database::Impl {
    sqlite3* db = nullptr;
    fs::path path;
    int schema_version = 0;
    bool read_only = false;
    std::function<void()> after_commit;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    // close_v2: the connection goes once the last statement is finalized, so
    // a Statement outliving its Database is not a use-after-free.
    ~Impl() {
        detail::drop_statement_cache(db);
        sqlite3_close_v2(db);
    }
};

namespace {

// A connection that is closed on every early exit while opening.
struct ConnectionCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

std::string folder_of(const fs::path& path) {
    const fs::path parent = fs::absolute(path).parent_path();
    return parent.string();
}

bool folder_is_writable(const fs::path& path) {
    return ::access(folder_of(path).c_str(), W_OK) == 0;
}

// An open failure where the folder cannot be written is the folder's fault:
// SQLite needs to create its journal and -wal/-shm files beside the database.
[[noreturn]] void throw_open_error(const fs::path& path, sqlite3* db, int rc) {
    const Reason reason = detail::reason_for(rc);
    if ((reason == Reason::cannot_open || reason == Reason::read_only || reason == Reason::io) &&
        !folder_is_writable(path)) {
        throw DatabaseError(Reason::read_only, path.string() + " cannot be used: its folder " +
                                                   folder_of(path) +
                                                   " is read-only; check its permissions");
    }
    const std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DatabaseError(reason, detail::describe_sqlite_error(path, rc, message));
}

void check_migrations(const std::vector<Migration>& migrations) {
    int previous = 0;
    for (const auto& migration : migrations) {
        if (migration.version <= previous) {
            throw std::logic_error("migration " + migration.name +
                                   " is out of order: versions must start at 1 and increase");
        }
        previous = migration.version;
    }
}

// True when `path` names an existing database file; throws when it names
// something that cannot be one.
// SQLite takes an empty file for a new database and would fill it with the
// schema: where a database was expected, an empty file is damage (a failed
// copy, a disk that filled up), and creating a practice in it would hide that.
void refuse_empty_file(const fs::path& path) {
    std::error_code error;
    if (fs::file_size(path, error) != 0 || error) return;
    throw DatabaseError(Reason::corrupt,
                        path.string() +
                            " is empty (0 bytes), not a database; restore it from a backup, or "
                            "remove it and run `counselorctl init`");
}

bool database_file_exists(const fs::path& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) return false;
    if (error) {
        throw DatabaseError(Reason::cannot_open,
                            "cannot open " + path.string() + ": " + error.message());
    }
    if (status.type() == fs::file_type::directory) {
        throw DatabaseError(Reason::cannot_open,
                            path.string() + " is a folder; give the path of a database file");
    }
    return true;
}

void create_parent_directories(const fs::path& path) {
    const fs::path parent = fs::absolute(path).parent_path();
    std::error_code error;
    fs::create_directories(parent, error);
    if (!error) return;
    const Reason reason =
        error == std::errc::permission_denied || error == std::errc::read_only_file_system
            ? Reason::read_only
            : Reason::cannot_open;
    throw DatabaseError(reason, "cannot create the folder " + parent.string() + " for " +
                                    path.string() + ": " + error.message());
}

// SQLCipher's raw key: 64 hex digits, or 96 with the salt appended.
bool is_hex_key(const std::string& key) {
    if (key.size() != 64 && key.size() != 96) return false;
    for (const char c : key) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

void exec(sqlite3* db, const fs::path& path, const std::string& sql) {
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throw_open_error(path, db, rc);
}

// Runs a statement that yields one text or integer value, e.g. a pragma.
std::string query_single(sqlite3* db, const fs::path& path, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    if (rc != SQLITE_OK) throw_open_error(path, db, rc);
    rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE) return {};
    if (rc != SQLITE_ROW) throw_open_error(path, db, rc);
    const unsigned char* text = sqlite3_column_text(stmt.get(), 0);
    return text != nullptr ? reinterpret_cast<const char*>(text) : std::string();
}

// Reading the version is the first access to the file's contents, so this is
// where a text file or a wrong key shows up (SQLITE_NOTADB).
int read_user_version(sqlite3* db, const fs::path& path) {
    return std::stoi(query_single(db, path, "PRAGMA user_version"));
}

Connection connect(const fs::path& path, const DatabaseOptions& options, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) throw_open_error(path, db.get(), rc);
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);
    detail::register_note_text(db.get());
    if (!options.raw_key_hex.empty()) {
        // Must come before anything reads the file. The key never appears in
        // a message: a failure here reports only SQLite's text.
        exec(db.get(), path, "PRAGMA key = \"x'" + options.raw_key_hex + "'\"");
    }
    return db;
}

// The schema version in a plain database's file header (big-endian at byte
// 60), read without SQLite; nullopt for encrypted or foreign files. SQLite
// remains the authority, since a -wal file may hold a newer header.
std::optional<int> header_user_version(const fs::path& path) {
    static constexpr std::string_view magic("SQLite format 3\0", 16);
    std::array<char, 64> header{};
    std::ifstream file(path, std::ios::binary);
    if (!file.read(header.data(), header.size())) return std::nullopt;
    if (std::string_view(header.data(), magic.size()) != magic) return std::nullopt;
    std::uint32_t version = 0;
    for (std::size_t i = 60; i < 64; ++i) {
        version = (version << 8) | static_cast<unsigned char>(header[i]);
    }
    return static_cast<int>(version);
}

void refuse_newer_schema(const fs::path& path, int version, int latest) {
    if (version <= latest) return;
    throw DatabaseError(Reason::newer_schema,
                        path.string() +
                            ": the database was written by a newer version of Counselor "
                            "Workstation (schema " +
                            std::to_string(version) + "; this program knows up to " +
                            std::to_string(latest) + "). Install the newer version to open it.");
}

void apply_write_pragmas(sqlite3* db, const fs::path& path) {
    exec(db, path, "PRAGMA foreign_keys = ON");
    const std::string mode = query_single(db, path, "PRAGMA journal_mode = WAL");
    if (mode != "wal") {
        throw DatabaseError(Reason::cannot_open,
                            path.string() +
                                ": could not switch to write-ahead logging (journal "
                                "mode stayed '" +
                                mode + "')");
    }
    // FULL: an acknowledged action (record and audit row) survives power loss.
    exec(db, path, "PRAGMA synchronous = FULL");
}

// One migration, in one transaction with its version bump: on any failure the
// database stays at the version before it.
void apply_migration(sqlite3* db, const fs::path& path, const Migration& migration) {
    exec(db, path, "BEGIN IMMEDIATE");
    try {
        // Another program may have migrated while we waited for the lock.
        if (read_user_version(db, path) >= migration.version) {
            exec(db, path, "COMMIT");
            return;
        }
        const int rc = sqlite3_exec(db, migration.sql.c_str(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            const Reason reason = detail::reason_for(rc);
            throw DatabaseError(reason == Reason::io ? Reason::cannot_open : reason,
                                path.string() + ": could not apply migration " + migration.name +
                                    " (" + sqlite3_errmsg(db) +
                                    "); the database was left as it was");
        }
        exec(db, path, "PRAGMA user_version = " + std::to_string(migration.version));
        exec(db, path, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    spdlog::debug("database schema migrated to version {} ({})", migration.version, migration.name);
}

// True when the -wal file beside `path` holds pages not yet in the file.
bool wal_has_content(const fs::path& path) {
    std::error_code error;
    const auto size = fs::file_size(fs::path(path.string() + "-wal"), error);
    return !error && size > 0;
}

// Refuses a newer database before anything is written. The header answers
// without touching even the folder; when it may be stale or unreadable
// (pending -wal, encryption), a read-only connection asks SQLite, which
// cannot change the file but may leave -wal and -shm files beside it.
void refuse_if_newer(const fs::path& path, const DatabaseOptions& options, int latest) {
    const auto header_version = header_user_version(path);
    if (header_version) refuse_newer_schema(path, *header_version, latest);
    if (header_version && !wal_has_content(path)) return;
    Connection probe = connect(path, options, SQLITE_OPEN_READONLY);
    refuse_newer_schema(path, read_user_version(probe.get(), path), latest);
}

Connection connect_read_only(const fs::path& path, const DatabaseOptions& options, int latest) {
    if (const auto header_version = header_user_version(path)) {
        refuse_newer_schema(path, *header_version, latest);
    }
    Connection db = connect(path, options, SQLITE_OPEN_READONLY);
    refuse_newer_schema(path, read_user_version(db.get(), path), latest);
    exec(db.get(), path, "PRAGMA foreign_keys = ON");
    exec(db.get(), path, "PRAGMA query_only = ON");
    return db;
}

Connection connect_for_writing(const fs::path& path, const DatabaseOptions& options, bool exists,
                               int latest) {
    if (exists) {
        refuse_if_newer(path, options, latest);
    } else {
        create_parent_directories(path);
    }
    Connection db =
        connect(path, options, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE));
    if (sqlite3_db_readonly(db.get(), "main") == 1) {
        // SQLite quietly falls back to read-only when the file is not writable.
        throw DatabaseError(Reason::read_only,
                            path.string() +
                                " is read-only; check its permissions, or open it "
                                "read-only to look without changing anything");
    }
    // Once more on this connection, in case another program upgraded the
    // file meanwhile; still before the first write.
    refuse_newer_schema(path, read_user_version(db.get(), path), latest);
    apply_write_pragmas(db.get(), path);
    return db;
}

void migrate(sqlite3* db, const fs::path& path, const std::vector<Migration>& migrations) {
    const int current = read_user_version(db, path);
    for (const auto& migration : migrations) {
        if (migration.version > current) apply_migration(db, path, migration);
    }
}

}  // namespace

Database Database::open(const fs::path& path, const DatabaseOptions& options,
                        const std::vector<Migration>& migrations) {
    check_migrations(migrations);
    if (!options.raw_key_hex.empty() && !is_hex_key(options.raw_key_hex)) {
        throw DatabaseError(Reason::cannot_open, "the database key must be 64 hexadecimal digits");
    }
    const int latest = latest_schema_version(migrations);
    const bool exists = database_file_exists(path);
    if (!exists && (options.read_only || !options.create_if_missing)) {
        throw DatabaseError(Reason::missing, path.string() +
                                                 ": no database there; create one with "
                                                 "`counselorctl init` or check the path");
    }
    if (exists && (options.read_only || !options.create_if_missing)) refuse_empty_file(path);
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->read_only = options.read_only;
    Connection db = options.read_only ? connect_read_only(path, options, latest)
                                      : connect_for_writing(path, options, exists, latest);
    if (!options.read_only) migrate(db.get(), path, migrations);
    impl->schema_version = read_user_version(db.get(), path);
    impl->db = db.release();
    detail::cache_statements(impl->db);
    return Database(std::move(impl));
}

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

const fs::path& Database::path() const {
    return impl_->path;
}
int Database::schema_version() const {
    return impl_->schema_version;
}
bool Database::read_only() const {
    return impl_->read_only;
}
sqlite3* DatabaseAccess::handle(const Database& db) {
    return db.handle();
}

sqlite3* Database::handle() const {
    return impl_->db;
}

Statement Database::prepare(std::string_view sql) {
    return Statement(*this, sql);
}

void Database::execute(std::string_view sql) {
    const std::string text(sql);  // sqlite3_exec wants a terminated string
    const int rc = sqlite3_exec(impl_->db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) detail::throw_sqlite_error(impl_->db, rc);
}

std::int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(impl_->db);
}
int Database::changes() const {
    return sqlite3_changes(impl_->db);
}
bool Database::in_transaction() const {
    return sqlite3_get_autocommit(impl_->db) == 0;
}
void Database::set_after_commit(std::function<void()> action) {
    impl_->after_commit = std::move(action);
}
std::function<void()> Database::take_after_commit() {
    return std::exchange(impl_->after_commit, nullptr);
}

}  // namespace counselor::core
