// The Assessments tab's chart and the couple report, in the real window
// under Xvfb: both spouses' stage inventories (two dates each) are charted
// over time and side by side in each spouse's colour at laptop and desktop
// sizes, the couple report opens in print preview, and without anything to
// report the report action says what is missing. The PNGs land in
// build/screenshots for a person to look at.
#include "bundled_host.hpp"
#include "demo_answers.hpp"
#include "gui_harness.hpp"
#include "pdf_tools.hpp"

#include <counselor/core/records/assessment_service.hpp>
#include <counselor/core/store/database.hpp>

#include <cairo.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

using test::kScreenshots;
using test::png_size;
using test::Practice;
using test::run_window;

using test::demo_answers;

// Both spouses take the stage inventory in March and again in May, through
// the same service the form dialog saves with; then the dates are set, as
// the service stamps "now".
void seed_inventories(Practice& practice) {
    test::BundledHost bundled;
    auto db = core::Database::open(practice.db_file);
    core::AssessmentService assessments(db, bundled.host, "test");
    auto take = [&](std::int64_t client, nlohmann::json answers, const char* at) {
        auto id = assessments.record("stage-inventory", client, practice.case_id, answers).id;
        db.execute(std::string("UPDATE administrations SET administered_at = '") + at +
                   "' WHERE id = " + std::to_string(id));
    };
    auto naomi = demo_answers("naomi-stage-inventory");
    auto daniel = demo_answers("daniel-stage-inventory");
    take(practice.naomi, naomi, "2025-03-04T10:00:00Z");
    take(practice.daniel, daniel, "2025-03-05T18:30:00Z");
    // Some weeks on: Naomi feels safer, Daniel more connected.
    naomi["saf_share_hurt"] = 4;
    naomi["saf_eggshells"] = 2;
    daniel["con_real_talk"] = 4;
    daniel["con_understood"] = 4;
    take(practice.naomi, naomi, "2025-05-06T10:00:00Z");
    take(practice.daniel, daniel, "2025-05-07T18:30:00Z");
}

// The chart's view is remembered in the window's settings
// ($XDG_CONFIG_HOME/counselor/counselor.conf); a test home starts with the one given.
void remember_chart_view(const test::TempDir& home, const std::string& view) {
    const fs::path folder = home / "config" / "counselor";
    fs::create_directories(folder);
    std::ofstream(folder / "counselor.conf") << "[Assessments]\nChartView=" << view << "\n";
}

// Pixels of this colour (within a small tolerance), read back with cairo.
std::size_t pixels_of(const fs::path& png, std::uint8_t red, std::uint8_t green,
                      std::uint8_t blue) {
    cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
    REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
    const int width = cairo_image_surface_get_width(image);
    const int height = cairo_image_surface_get_height(image);
    const int stride = cairo_image_surface_get_stride(image);
    const unsigned char* data = cairo_image_surface_get_data(image);
    std::size_t count = 0;
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < width; ++x) {
            const std::uint32_t pixel = row[x];  // native-endian ARGB
            auto near = [](std::uint32_t channel, std::uint8_t want) {
                return std::abs(static_cast<int>(channel & 0xff) - want) <= 6;
            };
            if (near(pixel >> 16, red) && near(pixel >> 8, green) && near(pixel, blue)) ++count;
        }
    }
    cairo_surface_destroy(image);
    return count;
}

// The two spouses' colours in the chart (Okabe and Ito's blue and vermillion).
std::size_t naomi_blue(const fs::path& png) {
    return pixels_of(png, 0, 114, 178);
}
std::size_t daniel_vermillion(const fs::path& png) {
    return pixels_of(png, 213, 94, 0);
}

fs::path capture_assessments(Practice& practice, const std::string& name, int width, int height,
                             const std::string& view) {
    test::TempDir home;
    remember_chart_view(home, view);
    fs::create_directories(kScreenshots);
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    const fs::path png = kScreenshots / (name + "-" + size + ".png");
    fs::remove(png);
    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--tab", "assessments", "--size", size, "--screenshot", png.string()});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    auto found = png_size(png);
    CHECK(found.width == static_cast<std::uint32_t>(width));
    CHECK(found.height == static_cast<std::uint32_t>(height));
    return png;
}

std::int64_t couple_reports_audited(Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    auto query = db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'report.couple'");
    REQUIRE(query.step());
    return query.int64(0);
}

// Captures the seeded couple's chart in `view` at 1280x800 and 1920x1080;
// each spouse's colour must cover at least so many pixels.
void chart_at_both_sizes(const std::string& view, std::size_t blue_at_least,
                         std::size_t vermillion_at_least) {
    Practice practice;
    seed_inventories(practice);
    for (auto [width, height] : {std::pair{1280, 800}, std::pair{1920, 1080}}) {
        const auto png = capture_assessments(practice, "chart-" + view, width, height, view);
        CHECK(naomi_blue(png) >= blue_at_least);
        CHECK(daniel_vermillion(png) >= vermillion_at_least);
    }
}

}  // namespace

TEST_CASE("both spouses' stage scores are charted over time at laptop and desktop sizes",
          "[gui][screenshot][charts]") {
    // A line and markers per spouse in five panels: each colour shows.
    chart_at_both_sizes("over-time", 300, 300);
}

TEST_CASE("the latest results of both spouses are drawn as bars side by side",
          "[gui][screenshot][charts]") {
    // Naomi's bars are solid; Daniel's hatched, so fewer of his pixels are pure colour.
    chart_at_both_sizes("side-by-side", 3000, 600);
}

TEST_CASE("eight scales with long titles (the needs check) stay readable as bars",
          "[gui][screenshot][charts]") {
    Practice practice;
    {
        test::BundledHost bundled;
        auto db = core::Database::open(practice.db_file);
        core::AssessmentService assessments(db, bundled.host, "test");
        for (auto [client, answers] : {std::pair{practice.naomi, "naomi-needs-check"},
                                       std::pair{practice.daniel, "daniel-needs-check"}})
            assessments.record("needs-check", client, practice.case_id, demo_answers(answers));
    }
    const auto png = capture_assessments(practice, "chart-needs-check", 1280, 800, "side-by-side");
    CHECK(naomi_blue(png) >= 3000);
    CHECK(daniel_vermillion(png) >= 600);
}

TEST_CASE("with nothing scored the chart says what to do and draws no series",
          "[gui][screenshot][charts]") {
    Practice practice;
    const auto png = capture_assessments(practice, "chart-empty", 1280, 800, "over-time");
    CHECK(daniel_vermillion(png) == 0);
    CHECK(naomi_blue(png) < 50);  // no series; a theme may tint a few pixels this way
}

TEST_CASE("the couple report opens in print preview from the assessments tab",
          "[gui][screenshot][charts]") {
    Practice practice;
    seed_inventories(practice);
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "couple-report-preview.png";
    fs::remove(png);

    auto run = run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                 std::to_string(practice.daniel), "--show", "report", "--size",
                                 "1280x800", "--screenshot", png.string()});

    INFO(run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width >= 600);             // the preview frame, not an empty capture
    CHECK(couple_reports_audited(practice) == 1);  // rendered through the core, as the CLI does
}

TEST_CASE("the couple report printed from its preview is on paper, and the print is audited",
          "[gui][charts][print]") {
    Practice practice;
    seed_inventories(practice);
    test::TempDir home;
    const fs::path pdf = home / "report.pdf";

    auto run = run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                 std::to_string(practice.daniel), "--show", "report", "--print-to",
                                 pdf.string(), "--exit-when-ready"});

    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    REQUIRE(fs::exists(pdf));
    const auto text = test::pdf_text(pdf);
    CHECK(text.find("Daniel") != std::string::npos);
    CHECK(text.find("Naomi") != std::string::npos);
    const auto rows = test::audit_rows_of(practice.db_file, "report.print");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].record_id == practice.case_id);
    CHECK(rows[0].detail.find("Hartwell") == std::string::npos);  // ids, never names
}

TEST_CASE("with nothing completed the couple report says who has to take what first",
          "[gui][charts]") {
    Practice practice;
    test::TempDir home;

    auto run =
        run_window(home, {"--db", practice.db_file.string(), "--select-client",
                          std::to_string(practice.naomi), "--show", "report", "--exit-when-ready"});

    CHECK(run.exit_code == 1);
    CHECK(run.exit_code != 124);  // said so, not stuck behind a dialog
    CHECK(run.err.find("Neither Naomi Hartwell nor Daniel Hartwell has completed an assessment") !=
          std::string::npos);
    CHECK(couple_reports_audited(practice) == 0);
}
