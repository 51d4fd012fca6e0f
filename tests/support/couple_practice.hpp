// Naomi and Daniel Hartwell in a couple case, in a fresh practice database:
// where the tests of a case's records start.
#pragma once

#include "temp_dir.hpp"

#include <counselor/core/records/record_service.hpp>
#include <counselor/core/store/database.hpp>

#include <cstdint>

namespace counselor::test {

struct CouplePractice {
    TempDir dir;
    core::Database db = core::Database::open(dir / "practice.db");
    core::RecordService records{db, "jmoss"};
    std::int64_t naomi = records.add_client({"Naomi", "Hartwell", {}, {}, {}});
    std::int64_t daniel = records.add_client({"Daniel", "Hartwell", {}, {}, {}});
    std::int64_t case_id = records.open_case(core::CaseKind::couple, {naomi, daniel});
};

}  // namespace counselor::test
