#include "counselor/core/store/database.hpp"

#include "database_access.hpp"
#include "sqlite_error.hpp"

#include <sqlcipher/sqlite3.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

namespace counselor::core {

namespace {

// True when nothing but blanks and semicolons is left after a statement.
bool nothing_left(std::string_view rest) {
    return rest.find_first_not_of(" \t\r\n;") == std::string_view::npos;
}

// Prepared statements kept per connection, so that a query the program runs
// again (every keystroke of a search, every record opened) skips SQLite's
// parse and plan. A Statement hands its statement back, reset and unbound,
// when it goes; one spare per SQL text, at most kCacheSize per connection.
// Keyed by the connection: only those the Database registered at open use
// it, and it is emptied before the connection closes.
class StatementCache {
  public:
    static StatementCache& get() {
        static StatementCache cache;
        return cache;
    }
    void open(sqlite3* db) {
        std::lock_guard lock(mutex_);
        connections_[db];
    }
    void close(sqlite3* db) {
        std::lock_guard lock(mutex_);
        auto found = connections_.find(db);
        if (found == connections_.end()) return;
        for (auto& [sql, stmt] : found->second)
            sqlite3_finalize(stmt);
        connections_.erase(found);
    }
    sqlite3_stmt* take(sqlite3* db, std::string_view sql) {
        std::lock_guard lock(mutex_);
        auto connection = connections_.find(db);
        if (connection == connections_.end()) return nullptr;
        auto found = connection->second.find(std::string(sql));
        if (found == connection->second.end()) return nullptr;
        sqlite3_stmt* stmt = found->second;
        connection->second.erase(found);
        return stmt;
    }
    // Keeps `stmt` for the next use, or finalizes it.
    void give(sqlite3* db, sqlite3_stmt* stmt) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        {
            std::lock_guard lock(mutex_);
            auto connection = connections_.find(db);
            const char* sql = sqlite3_sql(stmt);
            if (connection != connections_.end() && sql != nullptr &&
                connection->second.size() < kCacheSize &&
                connection->second.emplace(sql, stmt).second)
                return;
        }
        sqlite3_finalize(stmt);
    }

  private:
    static constexpr std::size_t kCacheSize = 128;
    std::mutex mutex_;
    std::unordered_map<sqlite3*, std::unordered_map<std::string, sqlite3_stmt*>> connections_;
};

}  // namespace

namespace detail {

void cache_statements(sqlite3* db) {
    StatementCache::get().open(db);
}

void drop_statement_cache(sqlite3* db) {
    StatementCache::get().close(db);
}

}  // namespace detail

Statement::Statement(Database& db, std::string_view sql) : db_(DatabaseAccess::handle(db)) {
    stmt_ = StatementCache::get().take(db_, sql);
    if (stmt_ != nullptr) return;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, &tail);
    if (rc != SQLITE_OK) detail::throw_sqlite_error(db_, rc);
    // A second statement would be silently ignored; that is a bug in our SQL.
    const std::string_view rest =
        tail != nullptr ? sql.substr(static_cast<std::size_t>(tail - sql.data())) : "";
    if (stmt_ == nullptr || !nothing_left(rest)) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw std::logic_error("Statement needs exactly one SQL statement: " + std::string(sql));
    }
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (stmt_ != nullptr) StatementCache::get().give(db_, stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    if (stmt_ != nullptr) StatementCache::get().give(db_, stmt_);
}

namespace {

void check_bind(sqlite3* db, int rc) {
    if (rc != SQLITE_OK) detail::throw_sqlite_error(db, rc);
}

}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    check_bind(db_, sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check_bind(db_, sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // data() of an empty view may be null, which SQLite would store as NULL.
    const char* text = value.data() != nullptr ? value.data() : "";
    check_bind(
        db_, sqlite3_bind_text64(stmt_, index, text, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bind_null(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_null(int index) {
    check_bind(db_, sqlite3_bind_null(stmt_, index));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset so the statement can be used again; the error text is read by
    // throw_sqlite_error from the connection, which keeps it.
    sqlite3_reset(stmt_);
    detail::throw_sqlite_error(db_, rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
}

int Statement::column_count() const {
    return sqlite3_column_count(stmt_);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr) return {};
    const int size = sqlite3_column_bytes(stmt_, column);
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column)) return std::nullopt;
    return int64(column);
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_) return;
    db_.take_after_commit();  // what it would have recorded was rolled back
    // Nothing to report from a destructor; a failed ROLLBACK leaves SQLite
    // to roll back when the connection closes.
    sqlite3_exec(DatabaseAccess::handle(db_), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.execute("COMMIT");
    done_ = true;
    if (auto action = db_.take_after_commit()) action();
}

}  // namespace counselor::core
