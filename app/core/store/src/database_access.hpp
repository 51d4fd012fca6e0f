// The store's own way to the SQLite connection behind a Database: for the
// store's sources, and for the benchmarks' floors, which measure the same
// SQL through bare SQLite on the same connection. Nothing else reaches it:
// the modules above the store see only Database, Statement and the named
// operations, so a second back end can stand behind them.
#pragma once

#include "counselor/core/store/database.hpp"

struct sqlite3;

namespace counselor::core {

struct DatabaseAccess {
    static sqlite3* handle(const Database& db);
};

}  // namespace counselor::core
