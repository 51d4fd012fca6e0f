// Hand-over mode, for real under Xvfb: the counselor hands the laptop to one
// spouse for the safety screen. The screen then shows that form and nothing
// else (no other client's name, not the other spouse's), Escape, closing the
// window and a wrong passphrase all leave it on screen, the answers are saved
// for that spouse, and only the counselor's passphrase (or, on a plain
// practice, the PIN chosen for it) brings the record back.
#include "gui_harness.hpp"

#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

// The line "PREFIX: ..." of the window's report, or "" when there is none.
std::string reported(const std::string& out, const std::string& prefix) {
    const auto at = out.find(prefix + ": ");
    if (at == std::string::npos) return {};
    const auto from = at + prefix.size() + 2;
    return out.substr(from, out.find('\n', from) - from);
}

nlohmann::json calm_screen() {
    return {{"unsafe_to_answer", false},
            {"how_to_answer", "in_writing"},
            {"afraid", false},
            {"hurt", false},
            {"threatened", false},
            {"forced_sexually", false},
            {"forced_otherwise", false},
            {"controls_money", false},
            {"controls_phone", false},
            {"controls_friends", false},
            {"spiritual_pressure", false}};
}

void check_hand_over_held(const test::ProcessResult& run) {
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    const auto screen = reported(run.out, "hand-over screen");
    REQUIRE_FALSE(screen.empty());
    // Only the form, for Naomi: nothing of Daniel, the family name the two
    // share, or any other client of the practice.
    CHECK_THAT(screen, Catch::Contains("Naomi, these questions are for you"));
    CHECK_THAT(screen, Catch::Contains("Safety at home"));
    CHECK_THAT(screen, !Catch::Contains("Daniel"));
    CHECK_THAT(screen, !Catch::Contains("Hartwell"));
    CHECK_THAT(screen, !Catch::Contains("Zimmer"));
    CHECK(reported(run.out, "record shown") == "no");
    for (const char* how : {"after Escape", "after closing the window"}) {
        INFO(how);
        CHECK(reported(run.out, how) == "hand-over shown: yes; passphrase asked: yes");
    }
    CHECK_THAT(reported(run.out, "a wrong passphrase"), Catch::StartsWith("That is not the"));
    CHECK(reported(run.out, "left hand-over; record shown") == "yes");
}

}  // namespace

TEST_CASE("hand-over shows one spouse only their form and keeps it until the passphrase",
          "[gui][safety][hand-over][screenshot]") {
    test::Practice practice("counsel and keep");
    test::TempDir home;
    const fs::path passphrase = home / "passphrase";
    std::ofstream(passphrase) << "counsel and keep";
    const fs::path answers = home / "answers.json";
    std::ofstream(answers) << calm_screen().dump();
    fs::create_directories(test::kScreenshots);
    const fs::path png = test::kScreenshots / "hand-over-safety-screen.png";
    fs::remove(png);

    auto run = test::run_window(
        home, {"--db", practice.db_file.string(), "--passphrase-file", passphrase.string(),
               "--select-client", std::to_string(practice.naomi), "--hand-over", "safety-screen",
               "--answers", answers.string(), "--size", "1280x800", "--screenshot", png.string()});

    check_hand_over_held(run);
    CHECK_THAT(run.out, Catch::Contains("saved administration "));
    CHECK_THAT(reported(run.out, "after saving"), Catch::Contains("hand the computer back"));
    CHECK(fs::exists(png));

    core::PracticeOpenOptions options;
    options.passphrase = core::Secret("counsel and keep");
    auto db = core::open_practice_database(practice.db_file, options);
    const auto saved =
        core::AdministrationRepository(db).for_client(practice.naomi, "safety-screen");
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].case_id == practice.case_id);
    CHECK(core::AdministrationRepository(db).for_client(practice.daniel, "safety-screen").empty());
}

TEST_CASE("on a plain practice the counselor's PIN is the way back", "[gui][safety][hand-over]") {
    test::Practice practice;
    test::TempDir home;
    const fs::path pin = home / "pin";
    std::ofstream(pin) << "4711";

    auto run = test::run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--hand-over", "safety-screen", "--hand-over-pin", pin.string()});

    check_hand_over_held(run);
    // Left before anything was saved: nothing was.
    auto db = core::Database::open(practice.db_file);
    CHECK(core::AdministrationRepository(db).for_client(practice.naomi, "safety-screen").empty());
    const auto starts = test::audit_rows_of(practice.db_file, "handover.start");
    const auto ends = test::audit_rows_of(practice.db_file, "handover.end");
    const auto refused = test::audit_rows_of(practice.db_file, "handover.leave");
    REQUIRE(starts.size() == 1);
    CHECK(starts[0].record_id == practice.naomi);
    REQUIRE(ends.size() == 1);
    CHECK(ends[0].detail == "left");
    CHECK(refused.size() == 2);  // the wrong PIN after Escape, and after closing
}
