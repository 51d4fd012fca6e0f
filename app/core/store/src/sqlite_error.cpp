#include "sqlite_error.hpp"

#include <sqlcipher/sqlite3.h>

#include <cerrno>

namespace counselor::core::detail {

DatabaseError::Reason reason_for(int result_code) {
    using Reason = DatabaseError::Reason;
    switch (result_code & 0xff) {  // the primary code; extended codes add detail only
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Reason::locked;
        case SQLITE_READONLY:
            return Reason::read_only;
        case SQLITE_NOTADB:
            return Reason::not_a_database;
        case SQLITE_CORRUPT:
            return Reason::corrupt;
        case SQLITE_CANTOPEN:
            return Reason::cannot_open;
        default:
            return Reason::io;
    }
}

namespace {

// SQLite says SQLITE_FULL when the disk is full, but a refused write past a
// file size limit (EFBIG) or a quota (EDQUOT) reaches it as a write error.
bool out_of_space(int result_code, int system_errno) {
    if ((result_code & 0xff) == SQLITE_FULL) return true;
    return result_code == SQLITE_IOERR_WRITE &&
           (system_errno == ENOSPC || system_errno == EFBIG || system_errno == EDQUOT);
}

}  // namespace

std::string describe_sqlite_error(const std::filesystem::path& path, int result_code,
                                  const std::string& sqlite_message, int system_errno) {
    const std::string where = path.string();
    // A failed write ends its transaction, which SQLite and Transaction roll
    // back: what was stored before is still there, and the action is not.
    if (out_of_space(result_code, system_errno)) {
        return where +
               ": the disk is full (or a file size limit was reached): nothing was saved; "
               "free some space and try again";
    }
    switch (result_code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return where +
                   " is in use by another program; close it there (or wait for it) and try again";
        case SQLITE_READONLY:
            return where + " is read-only; check the permissions of the file and its folder";
        case SQLITE_NOTADB:
            return where +
                   " is not a Counselor Workstation database (or it is encrypted with another key)";
        case SQLITE_CORRUPT:
            return where + " is damaged (" + sqlite_message + "); restore it from a backup";
        case SQLITE_CANTOPEN:
            return "cannot open " + where + ": " + sqlite_message;
        case SQLITE_IOERR:
            return where + ": " + sqlite_message;
        default:
            // Constraint and trigger failures: SQLite's text is the whole story
            // (e.g. "signed notes cannot be changed").
            return sqlite_message;
    }
}

void throw_sqlite_error(sqlite3* db, int result_code) {
    const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    const std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(result_code);
    const int system_errno = db != nullptr ? sqlite3_system_errno(db) : 0;
    throw DatabaseError(
        reason_for(result_code),
        describe_sqlite_error(file != nullptr ? file : "", result_code, message, system_errno));
}

}  // namespace counselor::core::detail
