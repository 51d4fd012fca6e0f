// The demo practice offered on the first run: three couples with sessions,
// their safety screens scored by the real plugin, one couple showing a
// safety concern, and homework only where safety allows it.
#include "bundled_host.hpp"

#include <counselor/core/demo/demo_practice.hpp>
#include <counselor/core/platform/dates.hpp>
#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/records/homework_repository.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/safety.hpp>
#include <counselor/core/records/session_service.hpp>
#include <counselor/core/records/timeline.hpp>

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor;

TEST_CASE("the demo practice holds three couples, one with an open safety concern",
          "[demo][plugins]") {
    test::TempDir dir;
    auto db = core::Database::open(dir / "practice.db");
    test::BundledHost bundled;

    auto demo = core::create_demo_practice(db, bundled.host, "demo");

    REQUIRE(demo.cases.size() == 3);
    CHECK(demo.clients.size() == 6);
    CHECK(core::RecordService(db, "demo").count_clients("") == 6);
    CHECK(core::safety_hold_flags(db, demo.cases[0]).empty());
    CHECK_FALSE(core::safety_hold_flags(db, demo.cases[1]).empty());
    // The couple under the hold is seen one at a time, the spouse who
    // reported fear first; the others meet together.
    core::SessionService sessions(db, "demo");
    const auto held = sessions.of_case(demo.cases[1]);
    REQUIRE(held.size() == 2);
    CHECK(held[0].attendees == std::vector<std::int64_t>{demo.clients[3]});
    CHECK(held[1].attendees == std::vector<std::int64_t>{demo.clients[2]});
    CHECK(sessions.of_case(demo.cases[0]).at(0).attendees.size() == 2);
    CHECK(core::HomeworkRepository(db).for_case(demo.cases[0]).size() == 1);
    CHECK(core::HomeworkRepository(db).for_case(demo.cases[1]).empty());
    // A session, two safety screens, two stage inventories and the homework.
    CHECK(core::case_timeline(db, demo.cases[0]).size() == 6);
    // Both spouses of the first couple took the stage inventory, with different answers.
    core::AdministrationRepository given(db);
    auto first = given.for_client(demo.clients[0], "stage-inventory");
    auto second = given.for_client(demo.clients[1], "stage-inventory");
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first[0].answers != second[0].answers);
}

// A demo made today must not show sessions long past that still say
// "scheduled": each couple's session is in the days ahead.
TEST_CASE("the demo practice's sessions are coming up, counted from the day it is made", "[demo]") {
    test::TempDir dir;
    auto db = core::Database::open(dir / "practice.db");
    test::MemoryEnvironment environment;
    core::PluginHost none(&environment);
    const std::string today = core::today_utc();

    auto demo = core::create_demo_practice(db, none, "demo");

    REQUIRE(demo.cases.size() == 3);
    for (std::size_t i = 0; i < demo.cases.size(); ++i) {
        const auto timeline = core::case_timeline(db, demo.cases[i]);
        REQUIRE(timeline.size() == 1);
        const std::string day = timeline[0].date.substr(0, 10);
        INFO("case " << i << ": " << timeline[0].date << ", made " << today);
        CHECK(day > today);
        CHECK(day <= core::days_after(today, 10));
    }
}

TEST_CASE("without plugins the demo practice still has its couples and sessions", "[demo]") {
    test::TempDir dir;
    auto db = core::Database::open(dir / "practice.db");
    test::MemoryEnvironment environment;
    core::PluginHost none(&environment);

    auto demo = core::create_demo_practice(db, none, "demo");

    REQUIRE(demo.cases.size() == 3);
    CHECK(core::case_timeline(db, demo.cases[2]).size() == 1);
}
