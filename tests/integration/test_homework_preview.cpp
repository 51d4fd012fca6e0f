// The live preview in the window's Assign dialog: the handout an order
// would print, with the names, due date and note the counselor has typed,
// and nothing stored or audited until they press Assign.
#include "bundled_host.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/render_text.hpp>
#include <counselor/core/records/homework_service.hpp>
#include <counselor/core/records/record_service.hpp>

#include <catch2/catch.hpp>

using namespace counselor;

namespace {

std::int64_t rows_in(core::Database& db, const std::string& table) {
    auto query = db.prepare("SELECT COUNT(*) FROM " + table);
    query.step();
    return query.int64(0);
}

}  // namespace

TEST_CASE("a homework preview prints the handout as ordered and stores nothing",
          "[homework][preview]") {
    test::TempDir dir;
    auto db = core::Database::open(dir / "practice.db");
    test::BundledHost bundled;
    core::RecordService records(db, "test");
    auto couple = records.add_couple({"Ruth", "Okafor", {}, {}, {}},
                                     {"Samuel", "Okafor", {}, {}, {}}, "Okafor marriage");
    core::HomeworkService homework(db, bundled.host, "test");
    const auto homework_rows = rows_in(db, "homework_assignments");
    const auto audit_rows = rows_in(db, "audit_log");

    core::HomeworkOrder order;
    order.client_id = couple.second_id;
    order.template_id = "daily-gratitude";
    order.due = "2026-12-05";
    order.counselor_note = "Start on Sunday evening.";
    const auto text = core::render_text(homework.preview(order));

    CHECK(text.find("Samuel Okafor") != std::string::npos);
    CHECK(text.find("Ruth Okafor") == std::string::npos);  // for one spouse only
    CHECK(text.find("bring it back by") != std::string::npos);
    CHECK(text.find("December 2026") != std::string::npos);
    CHECK(text.find("Start on Sunday evening.") != std::string::npos);

    SECTION("a due date still being typed is left off, not refused") {
        order.due = "2026-12";
        const auto partial = core::render_text(homework.preview(order));
        CHECK(partial.find("bring it back by") == std::string::npos);
        CHECK(partial.find("Samuel Okafor") != std::string::npos);
    }
    SECTION("for the couple, both names") {
        order.client_id.reset();
        order.case_id = couple.case_id;
        const auto both = core::render_text(homework.preview(order));
        CHECK(both.find("Ruth Okafor") != std::string::npos);
        CHECK(both.find("Samuel Okafor") != std::string::npos);
    }
    CHECK(rows_in(db, "homework_assignments") == homework_rows);
    CHECK(rows_in(db, "audit_log") == audit_rows);
}
