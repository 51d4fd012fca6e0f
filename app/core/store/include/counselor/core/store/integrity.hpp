// The database's own consistency checks: SQLite's integrity check (pages,
// indexes) and its foreign-key check (rows pointing at missing rows). Run by
// `counselorctl check` and on a backup before it is trusted.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <string>

namespace counselor::core {

struct IntegrityCheck {
    std::string integrity_problem;  // the first line the integrity check gave; "" when ok
    std::int64_t orphan_rows = 0;   // rows whose foreign key points at no row
    std::string first_orphan_table;
    bool ok() const { return integrity_problem.empty() && orphan_rows == 0; }
};

IntegrityCheck check_integrity(Database& db);

}  // namespace counselor::core
