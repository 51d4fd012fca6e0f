#include "counselor/core/database.hpp"

#include "sqlite_error.hpp"

#include <sqlcipher/sqlite3.h>

#include <array>
#include <ctime>
#include <stdexcept>
#include <utility>

namespace counselor::core {

namespace {

// True when nothing but blanks and semicolons is left after a statement.
bool nothing_left(std::string_view rest) {
    return rest.find_first_not_of(" \t\r\n;") == std::string_view::npos;
}

}  // namespace

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
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
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
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
    // Nothing to report from a destructor; a failed ROLLBACK leaves SQLite
    // to roll back when the connection closes.
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.execute("COMMIT");
    done_ = true;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    std::array<char, 32> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer.data();
}

}  // namespace counselor::core
