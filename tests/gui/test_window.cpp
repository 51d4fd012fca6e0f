// The desktop window, started for real under Xvfb: it opens a couple's
// record with its safety banner and is ready quickly, captures itself at
// the sizes counselors use (the PNGs land in build/screenshots for a person
// to look at), shows the plugins, and refuses a database it must not touch
// with words the counselor can act on, leaving the file as it was.
#include "gui_harness.hpp"

#include <counselor/core/platform/version.hpp>
#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/records/client_repository.hpp>
#include <counselor/core/records/flag_repository.hpp>
#include <counselor/core/records/homework_repository.hpp>
#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/recent_client.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/session_service.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdint>
#include <fstream>
#include <iterator>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

using test::bytes_of;
using test::kScreenshots;
using test::png_size;
using test::Practice;
using test::run_window;

void screenshot(Practice& practice, const std::string& tab, int width, int height) {
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    const fs::path png = kScreenshots / (tab + "-" + size + ".png");
    fs::remove(png);

    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--tab", tab, "--size", size, "--screenshot", png.string()});

    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("ready in ") != std::string::npos);
    // GTK says so when a control was laid out smaller than it can be drawn
    // (a tab's buttons squeezed into a page not yet sized).
    CHECK(run.err.find("Gtk-WARNING") == std::string::npos);
    REQUIRE(fs::exists(png));
    auto found = png_size(png);
    CHECK(found.width == static_cast<std::uint32_t>(width));
    CHECK(found.height == static_cast<std::uint32_t>(height));
}

// Fills in the bundled weekly check-in for Naomi with these answers.
test::ProcessResult fill_checkin(Practice& practice, const nlohmann::json& answers,
                                 const fs::path& png = {}) {
    test::TempDir home;
    const fs::path file = home / "answers.json";
    std::ofstream(file) << answers.dump();
    std::vector<std::string> args = {
        "--db",        practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
        "--fill-form", "weekly-checkin",          "--answers",       file.string()};
    if (!png.empty()) args.insert(args.end(), {"--screenshot", png.string()});
    return run_window(home, args);
}

std::vector<core::Administration> checkins_of(Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    return core::AdministrationRepository(db).for_client(practice.naomi, "weekly-checkin");
}

nlohmann::json complete_checkin() {
    return {{"heard", 4},
            {"together", 3},
            {"distant", 2},
            {"conflict", true},
            {"repair", "talked"},
            {"afraid", true},
            {"note", "We talked it through on Sunday."}};
}

}  // namespace

TEST_CASE("counselor --version prints the version without needing a display", "[gui]") {
    auto run = test::run_process(COUNSELOR_GUI, {"--version"}, {{"DISPLAY", ""}});
    CHECK(run.exit_code == 0);
    CHECK(run.out == std::string("counselor ") + core::program_version() + "\n");
}

TEST_CASE("a mistyped option is a usage error, before any window", "[gui]") {
    auto run = test::run_process(COUNSELOR_GUI, {"--tab", "billing"}, {{"DISPLAY", ""}});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--tab takes overview") != std::string::npos);
}

TEST_CASE("the window opens a couple's record and captures it at laptop and desktop sizes",
          "[gui][screenshot]") {
    Practice practice;
    screenshot(practice, "overview", 1280, 800);
    screenshot(practice, "overview", 1920, 1080);
}

TEST_CASE("the window's text keeps its non-ASCII characters under the C locale", "[gui]") {
    Practice practice;
    test::TempDir home;
    const std::string counts = "42 clients \u00b7 6 plugins loaded";
    for (const char* locale : {"C", "POSIX", "C.UTF-8"}) {
        INFO("LC_ALL=" << locale);
        auto run = run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"},
                              {{"LC_ALL", locale}, {"LANG", ""}});
        CHECK(run.exit_code == 0);
        // Under C the middle dot was dropped: "42 clients6 plugins loaded".
        CHECK(run.out.find("status: " + counts + "\n") != std::string::npos);
    }
}

TEST_CASE("each record tab can be opened and captured", "[gui][screenshot]") {
    Practice practice;
    for (const char* tab : {"assessments", "sessions", "homework"})
        screenshot(practice, tab, 1280, 800);
}

TEST_CASE("the plugins dialog lists the bundled plugins and can be captured", "[gui][screenshot]") {
    Practice practice;
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "plugins-dialog.png";
    fs::remove(png);

    auto run = run_window(home, {"--db", practice.db_file.string(), "--show", "plugins",
                                 "--screenshot", png.string()});

    INFO(run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width >= 600);
}

TEST_CASE("a database from a newer version is refused with a clear message and left untouched",
          "[gui]") {
    test::TempDir dir;
    const fs::path file = dir / "newer.db";
    {
        auto db = core::Database::open(file);
        db.execute("PRAGMA user_version = 999");
    }
    const std::string before = bytes_of(file);
    test::TempDir home;

    auto run = run_window(home, {"--db", file.string(), "--exit-when-ready"});

    CHECK(run.exit_code != 0);
    CHECK(run.exit_code != 124);  // refused, not timed out behind a dialog
    CHECK(run.err.find("from a newer version") != std::string::npos);
    CHECK(run.err.find("Install that version") != std::string::npos);
    CHECK(run.out.find("ready") == std::string::npos);
    CHECK(bytes_of(file) == before);
}

TEST_CASE("a database named with --db that does not exist is not created", "[gui]") {
    test::TempDir dir;
    test::TempDir home;
    const fs::path file = dir / "typo.db";

    auto run = run_window(home, {"--db", file.string(), "--exit-when-ready"});

    CHECK(run.exit_code == 1);
    CHECK(run.err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("the first run creates the practice database in the data folder", "[gui]") {
    test::TempDir home;
    auto run = run_window(home, {"--exit-when-ready"});

    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("ready in ") != std::string::npos);
    CHECK(fs::exists(home / "share" / "counselor" / "counselor.db"));
}

TEST_CASE("the homework tab previews a handout exactly as it prints",
          "[gui][screenshot][homework]") {
    Practice practice;
    {
        auto db = core::Database::open(practice.db_file);
        core::HomeworkAssignment assignment;
        assignment.case_id = practice.case_id;
        assignment.tool_id = "homework";
        assignment.template_id = "daily-gratitude";
        assignment.due_on = "2026-12-05";
        core::Transaction transaction(db);
        core::HomeworkRepository(db).add(assignment);
        transaction.commit();
    }
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "handout-preview.png";
    fs::remove(png);
    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--show", "handout", "--size", "1280x800", "--screenshot", png.string()});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width >= 600);  // the preview frame, not an empty capture
}

TEST_CASE("with no homework assigned there is no handout to preview, and it says so",
          "[gui][homework]") {
    Practice practice;
    test::TempDir home;
    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--show", "handout", "--screenshot", (home / "none.png").string()});
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("no handout to preview") != std::string::npos);
}

TEST_CASE("a form filled in through its controls is saved, scored and raises its safety flag",
          "[gui][form][screenshot]") {
    Practice practice;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "form-weekly-checkin.png";
    fs::remove(png);

    auto run = fill_checkin(practice, complete_checkin(), png);

    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("saved administration ") != std::string::npos);
    auto stored = checkins_of(practice);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].case_id == practice.case_id);
    CHECK(stored[0].answers == complete_checkin());
    CHECK(run.out.find("saved administration " + std::to_string(stored[0].id)) !=
          std::string::npos);

    auto db = core::Database::open(practice.db_file);
    core::FlagFilter filter;
    filter.client_id = practice.naomi;
    bool raised = false;
    for (const auto& flag : core::FlagRepository(db).list(filter)) {
        raised = raised || (flag.severity == "critical" && flag.code == "safety" &&
                            flag.source == "administration:" + std::to_string(stored[0].id));
    }
    CHECK(raised);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width >= 480);
}

TEST_CASE("a form missing a required answer or holding one it cannot show is refused, unsaved",
          "[gui][form]") {
    Practice practice;

    SECTION("a required answer is missing") {
        auto answers = complete_checkin();
        answers.erase("afraid");
        auto run = fill_checkin(practice, answers);
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("were you afraid of your spouse") != std::string::npos);
        CHECK(run.err.find("a required answer is missing") != std::string::npos);
    }
    SECTION("an answer is off the scale") {
        auto answers = complete_checkin();
        answers["heard"] = 7;
        auto run = fill_checkin(practice, answers);
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("\"heard\"") != std::string::npos);
    }
    CHECK(checkins_of(practice).empty());
}

TEST_CASE("a first run with --demo fills the new practice and opens on one of its clients",
          "[gui][screenshot]") {
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "first-run-demo.png";
    fs::remove(png);

    auto run = run_window(home, {"--demo", "--size", "1280x800", "--screenshot", png.string()});

    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto db = core::Database::open(home / "share" / "counselor" / "counselor.db");
    auto count = db.prepare("SELECT COUNT(*) FROM clients");
    count.step();
    CHECK(count.int64(0) >= 6);
    CHECK(core::last_client(db).has_value());
    CHECK(core::practice_info(db)["practice_name"].get<std::string>().find("demo") !=
          std::string::npos);
    REQUIRE(fs::exists(png));
}

TEST_CASE("a second window on a practice already open says so and leaves it to the first",
          "[gui]") {
    Practice practice;
    test::TempDir home;
    const fs::path lock = practice.db_file.parent_path() / ".practice.db.window-lock";
    {
        test::BackgroundWindow first(home, {"--db", practice.db_file.string()});
        REQUIRE(test::wait_for_file(lock, 30));
        const auto clients_before = [&] {
            auto db = core::Database::open(practice.db_file);
            return core::ClientRepository(db).count();
        }();

        auto second = run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});

        CHECK(second.exit_code == 1);
        CHECK(second.err.find("already open in another window") != std::string::npos);
        CHECK(second.out.find("ready") == std::string::npos);
        auto db = core::Database::open(practice.db_file);
        CHECK(core::ClientRepository(db).count() == clients_before);
    }
    // Once the first window is gone the practice opens again.
    auto again = run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    INFO(again.err);
    CHECK(again.exit_code == 0);
}
