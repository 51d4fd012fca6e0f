// Homework in the window: the Assign dialog, driven control by control,
// stores the order with its live preview showing the handout; an exercise
// held by a safety concern needs the counselor's tick; the handout exports.
#include "gui_harness.hpp"
#include "pdf_tools.hpp"

#include <counselor/core/records/homework_repository.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

test::ProcessResult assign_in_window(test::Practice& practice, const nlohmann::json& order,
                                     const fs::path& png = {}) {
    test::TempDir home;
    const fs::path file = home / "order.json";
    std::ofstream(file) << order.dump();
    std::vector<std::string> args = {"--db",
                                     practice.db_file.string(),
                                     "--select-client",
                                     std::to_string(practice.naomi),
                                     "--assign-homework",
                                     file.string()};
    if (!png.empty()) args.insert(args.end(), {"--size", "1280x800", "--screenshot", png.string()});
    return test::run_window(home, args);
}

std::vector<core::HomeworkAssignment> homework_of(test::Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    return core::HomeworkRepository(db).for_case(practice.case_id);
}

}  // namespace

TEST_CASE("homework assigned through the dialog is stored for the spouse chosen and exports",
          "[gui][homework][screenshot]") {
    test::Practice practice;
    test::TempDir out;
    fs::create_directories(test::kScreenshots);
    const fs::path png = test::kScreenshots / "assign-homework-dialog.png";
    const fs::path pdf = out / "friends.pdf";
    fs::remove(png);

    auto run = assign_in_window(practice,
                                {{"exercise", "circle-of-friends"},
                                 {"for", practice.daniel},
                                 {"due", "2026-12-05"},
                                 {"note", "Start on Sunday evening."},
                                 {"export", pdf.string()}},
                                png);

    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto stored = homework_of(practice);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].template_id == "circle-of-friends");
    CHECK(stored[0].client_id == std::optional<std::int64_t>(practice.daniel));
    CHECK(stored[0].due_on == std::optional<std::string>("2026-12-05"));
    CHECK(stored[0].personalisation.value("counselor_note", "") == "Start on Sunday evening.");
    CHECK(run.out.find("assigned homework " + std::to_string(stored[0].id)) != std::string::npos);
    CHECK(run.out.find("preview pages 0") == std::string::npos);  // the preview drew the handout
    REQUIRE(fs::exists(pdf));
    const auto text = test::pdf_text(pdf);
    CHECK(text.find("Daniel Hartwell") != std::string::npos);
    CHECK(text.find("Start on Sunday evening.") != std::string::npos);
    REQUIRE(fs::exists(png));
}

TEST_CASE("a handout printed from its preview is on paper as previewed, and the print is audited",
          "[gui][homework][print]") {
    test::Practice practice;
    REQUIRE(assign_in_window(practice, {{"exercise", "circle-of-friends"}, {"for", practice.naomi}})
                .exit_code == 0);
    const auto homework_id = homework_of(practice).at(0).id;
    test::TempDir home;
    const std::vector<std::string> preview = {"--db",
                                              practice.db_file.string(),
                                              "--select-client",
                                              std::to_string(practice.naomi),
                                              "--tab",
                                              "homework",
                                              "--show",
                                              "handout"};

    // Looking at the preview prints nothing.
    auto looked = test::run_window(home, [&] {
        auto args = preview;
        args.push_back("--exit-when-ready");
        return args;
    }());
    REQUIRE(looked.exit_code == 0);
    CHECK(test::audit_rows_of(practice.db_file, "homework.print").empty());

    // Print, and the print dialog answered with the file printer.
    const fs::path pdf = home / "printed.pdf";
    auto args = preview;
    args.insert(args.end(), {"--print-to", pdf.string(), "--exit-when-ready"});
    auto printed = test::run_window(home, args);
    INFO(printed.out << printed.err);
    REQUIRE(printed.exit_code == 0);
    CHECK(printed.out.find("printed to " + pdf.string()) != std::string::npos);
    REQUIRE(fs::exists(pdf));
    // The sheets carry the handout (they came out blank when the printer's
    // DC was drawn through a graphics context it does not have).
    const auto text = test::pdf_text(pdf);
    CHECK(text.find("Naomi Hartwell") != std::string::npos);
    CHECK(test::pdf_pages(pdf) >= 1);

    const auto rows = test::audit_rows_of(practice.db_file, "homework.print");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].record_id == homework_id);
    CHECK(rows[0].detail.find("Naomi") == std::string::npos);  // ids, never names
}

TEST_CASE("an exercise held by a safety concern is assigned only with the counselor's tick",
          "[gui][homework]") {
    test::Practice practice;  // Naomi has an open critical safety flag

    SECTION("without the tick nothing is stored") {
        auto run = assign_in_window(practice, {{"exercise", "listening-without-fixing"}});
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("safety") != std::string::npos);
        CHECK(homework_of(practice).empty());
    }
    SECTION("an exercise done alone but toward the spouse is held too") {
        auto run =
            assign_in_window(practice, {{"exercise", "daily-gratitude"}, {"for", practice.naomi}});
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("move toward the other") != std::string::npos);
        CHECK(homework_of(practice).empty());
    }
    SECTION("with it, it is stored") {
        auto run = assign_in_window(
            practice, {{"exercise", "listening-without-fixing"}, {"despite_safety", true}});
        INFO(run.err);
        CHECK(run.exit_code == 0);
        CHECK(homework_of(practice).size() == 1);
    }
}

TEST_CASE("a due date that is not a date is refused in the dialog and nothing is stored",
          "[gui][homework]") {
    test::Practice practice;
    auto run =
        assign_in_window(practice, {{"exercise", "circle-of-friends"}, {"due", "2026-02-30"}});
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("due date '2026-02-30' is not a real date") != std::string::npos);
    CHECK(homework_of(practice).empty());
}
