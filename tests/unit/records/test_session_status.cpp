// How a session went, recorded after the fact: held, cancelled or missed
// (no-show), or planned again; each change audited, and a word that is not
// a status, or a session still ahead marked as held, refused with nothing
// stored.
#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/records/record_service.hpp"
#include "counselor/core/records/session_service.hpp"

#include "database_snapshot.hpp"
#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;
using counselor::test::row_count;
using counselor::test::TempDir;

namespace {

struct Planned {
    TempDir dir;
    std::filesystem::path file = dir / "practice.db";
    Database db = Database::open(file);
    std::int64_t session = 0;

    Planned() {
        RecordService records(db, "test");
        const auto client = records.add_client({"Ruth", "Ames", {}, {}, {}});
        const auto case_id = records.open_case(CaseKind::individual, {client}, "");
        session = SessionService(db, "test").add(case_id, "2026-01-05 10:00", 50, {}).id;
    }

    std::string status() { return SessionService(db, "test").view(session).status; }
    std::string last_audit_detail() {
        auto query =
            db.prepare("SELECT action || ' ' || detail FROM audit_log ORDER BY id DESC LIMIT 1");
        query.step();
        return query.text(0);
    }
};

constexpr const char* kDuring = "2026-01-05 10:20";
constexpr const char* kTheDayBefore = "2026-01-04 16:00";

}  // namespace

TEST_CASE("a session is marked held, missed or cancelled, and each change is audited",
          "[session]") {
    Planned planned;
    SessionService sessions(planned.db, "counselor");
    REQUIRE(planned.status() == "scheduled");

    sessions.set_status(planned.session, "held", kDuring);
    CHECK(planned.status() == "held");
    CHECK(planned.last_audit_detail() == "session.status from=scheduled to=held");

    sessions.set_status(planned.session, "no-show", kDuring);  // as a person writes it
    CHECK(planned.status() == "no_show");
    CHECK(planned.last_audit_detail() == "session.status from=held to=no_show");

    const auto audit_rows = row_count(planned.db, "audit_log");
    sessions.set_status(planned.session, "no_show", kDuring);  // no change: nothing to audit
    CHECK(row_count(planned.db, "audit_log") == audit_rows);

    // Called off the day before: cancelling does not wait for the hour.
    sessions.set_status(planned.session, "cancelled", kTheDayBefore);
    CHECK(planned.status() == "cancelled");
    sessions.set_status(planned.session, "scheduled", kTheDayBefore);
    CHECK(planned.status() == "scheduled");
}

TEST_CASE("a status that is not one, or a session still ahead marked held, changes nothing",
          "[session][bad-input]") {
    Planned planned;
    SessionService sessions(planned.db, "counselor");
    const auto before = counselor::test::database_snapshot(planned.file);

    CHECK_THROWS_WITH(sessions.set_status(planned.session, "attended", kDuring),
                      "'attended' is not a session status; use held, cancelled, no-show or "
                      "scheduled");
    CHECK_THROWS_WITH(sessions.set_status(planned.session, "held", kTheDayBefore),
                      "session " + std::to_string(planned.session) +
                          " starts 2026-01-05 10:00, still ahead; it can be marked held once "
                          "it has begun, or cancelled now");
    CHECK_THROWS_WITH(sessions.set_status(planned.session, "no-show", kTheDayBefore),
                      Catch::Contains("it can be marked no-show once it has begun"));
    CHECK_THROWS_AS(sessions.set_status(planned.session + 100, "held", kDuring), NotFound);

    CHECK(counselor::test::database_snapshot(planned.file) == before);
    CHECK(planned.status() == "scheduled");
}
