#include "counselor/core/store/integrity.hpp"

namespace counselor::core {

IntegrityCheck check_integrity(Database& db) {
    IntegrityCheck check;
    auto integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step()) {
        const std::string line = integrity.text(0);
        if (line != "ok" && check.integrity_problem.empty()) check.integrity_problem = line;
    }
    auto orphans = db.prepare("PRAGMA foreign_key_check");
    while (orphans.step()) {
        if (check.orphan_rows++ == 0) check.first_orphan_table = orphans.text(0);
    }
    return check;
}

}  // namespace counselor::core
