// Turns SQLite result codes into DatabaseError with a message for the person
// at the keyboard. Internal to the store module. Messages carry SQLite's own
// text and the database path, never bound values (they may be client data).
#pragma once

#include "counselor/core/platform/errors.hpp"

#include <filesystem>
#include <string>

struct sqlite3;

namespace counselor::core::detail {

DatabaseError::Reason reason_for(int result_code);

// One line naming `path` for the problems a user can act on (in use,
// read-only, not a database, damaged, disk full); SQLite's message otherwise.
// `system_errno` is the errno behind the failure, where SQLite knows it.
std::string describe_sqlite_error(const std::filesystem::path& path, int result_code,
                                  const std::string& sqlite_message, int system_errno = 0);

// Prepared statements of `db` are kept for reuse from here on (see
// statement.cpp), until drop_statement_cache finalizes them before it closes.
void cache_statements(sqlite3* db);
void drop_statement_cache(sqlite3* db);

// Throws the DatabaseError for the last failure on `db`.
[[noreturn]] void throw_sqlite_error(sqlite3* db, int result_code);

}  // namespace counselor::core::detail
