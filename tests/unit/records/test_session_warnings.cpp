// The safety warning a window shows before a session is planned: asked for
// without storing anything, and the same warning add() then gives.
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/records/record_service.hpp"
#include "counselor/core/records/safety.hpp"
#include "counselor/core/records/session_repository.hpp"
#include "counselor/core/records/session_service.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;
using counselor::test::row_count;
using counselor::test::TempDir;

namespace {

struct Couple {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    std::int64_t wife = 0;
    std::int64_t husband = 0;
    std::int64_t case_id = 0;

    Couple() {
        RecordService records(db, "test");
        wife = records.add_client({"Ruth", "Ames", {}, {}, {}});
        husband = records.add_client({"Boaz", "Ames", {}, {}, {}});
        case_id = records.open_case(CaseKind::couple, {wife, husband}, "Ames");
    }

    void raise_safety_flag() {
        Flag flag;
        flag.client_id = wife;
        flag.code = "safety";
        flag.severity = "critical";
        flag.message = "afraid";
        flag.source = "test";
        flag.hold = true;
        Transaction transaction(db);
        FlagRepository(db).raise(flag);
        transaction.commit();
    }
};

}  // namespace

TEST_CASE("no safety flag: a joint session plans without a warning", "[session]") {
    Couple couple;
    SessionService sessions(couple.db, "test");
    CHECK(sessions.warnings(couple.case_id, {}).empty());
    CHECK(sessions.add(couple.case_id, "2026-01-05 10:00", 50, {}).warnings.empty());
}

TEST_CASE("an open safety flag warns before a joint session, and stores nothing to say so",
          "[session]") {
    Couple couple;
    couple.raise_safety_flag();
    SessionService sessions(couple.db, "test");
    const auto sessions_before = row_count(couple.db, "sessions");
    const auto audit_before = row_count(couple.db, "audit_log");

    auto joint = sessions.warnings(couple.case_id, {couple.wife, couple.husband});
    REQUIRE(joint.size() == 1);
    CHECK(joint[0].find("safety concern") != std::string::npos);
    CHECK(sessions.warnings(couple.case_id, {}) == joint);  // no attendees: everyone
    CHECK(sessions.warnings(couple.case_id, {couple.wife}).empty());
    CHECK(row_count(couple.db, "sessions") == sessions_before);
    CHECK(row_count(couple.db, "audit_log") == audit_before);

    // Not confirmed: refused with the warning, and nothing is stored.
    CHECK_THROWS_WITH(
        sessions.add(couple.case_id, "2026-01-05 10:00", 50, {}),
        Catch::Contains("safety concern") && Catch::Contains("--despite-safety-hold"));
    CHECK(row_count(couple.db, "sessions") == sessions_before);
    CHECK(row_count(couple.db, "audit_log") == audit_before);

    // The counselor confirmed: planned, with the same warning, and the
    // audit row records the override.
    CHECK(sessions.add(couple.case_id, "2026-01-05 10:00", 50, {}, true).warnings == joint);
    auto audit = couple.db.prepare("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1");
    REQUIRE(audit.step());
    CHECK_THAT(audit.text(0), Catch::Contains("despite-safety-hold"));
}

TEST_CASE("a critical flag that tells of no danger between the spouses does not hold joint work",
          "[session]") {
    Couple couple;
    Flag flag;
    flag.client_id = couple.wife;
    flag.code = "danger";  // the code says nothing: only `hold` does
    flag.severity = "critical";
    flag.message = "Reports thoughts of self-harm.";
    flag.source = "test";
    Transaction transaction(couple.db);
    FlagRepository(couple.db).raise(flag);
    transaction.commit();
    CHECK(SessionService(couple.db, "test").warnings(couple.case_id, {}).empty());
    CHECK(safety_hold_flags(couple.db, couple.case_id).empty());
}

TEST_CASE("warnings for a case that does not exist say so", "[session]") {
    Couple couple;
    CHECK_THROWS_AS(SessionService(couple.db, "test").warnings(9999, {}), NotFound);
}
