// The window and an encrypted practice: it opens with the right passphrase
// (from --passphrase-file, as the dialog would take it), refuses a wrong one
// leaving every file byte for byte as it was, and locks itself after an idle
// time, hiding the record, with the draft note saved and still in the editor
// after the unlock.
#include "database_snapshot.hpp"
#include "gui_harness.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/records/note_repository.hpp>
#include <counselor/core/records/session_repository.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/security/key_file.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

using test::kScreenshots;
using test::Practice;
using test::run_window;

const std::string kPassphrase = "still waters run deep";

fs::path write_text(const test::TempDir& dir, const std::string& name, const std::string& text) {
    const fs::path file = dir / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

core::Database unlocked(const Practice& practice) {
    core::PracticeOpenOptions options;
    options.passphrase = core::Secret(kPassphrase);
    return core::open_practice_database(practice.db_file, options);
}

std::vector<core::AuditEntry> unlock_rows(const Practice& practice) {
    auto db = unlocked(practice);
    std::vector<core::AuditEntry> rows;
    for (const auto& row : core::AuditLog(db).recent(100)) {
        if (row.action == "database.unlock") rows.push_back(row);
    }
    return rows;
}

}  // namespace

TEST_CASE("an encrypted practice opens with the right passphrase file", "[gui][encryption]") {
    Practice practice(kPassphrase);
    test::TempDir home;
    const auto passphrase = write_text(home, "passphrase", kPassphrase + "\n");
    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--passphrase-file", passphrase.string(),
               "--select-client", std::to_string(practice.naomi), "--exit-when-ready"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("ready in ") != std::string::npos);
    const auto rows = unlock_rows(practice);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].outcome == "ok");
}

TEST_CASE("a wrong passphrase exits 1 saying so and leaves the practice byte for byte",
          "[gui][encryption]") {
    Practice practice(kPassphrase);
    test::TempDir home;
    const auto wrong = write_text(home, "wrong", "still waters run shallow\n");
    const auto before = test::database_files(practice.db_file);

    auto run = run_window(home, {"--db", practice.db_file.string(), "--passphrase-file",
                                 wrong.string(), "--exit-when-ready"});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("The passphrase is wrong") != std::string::npos);
    CHECK(run.err.find("shallow") == std::string::npos);
    CHECK(run.out.find("ready in") == std::string::npos);
    CHECK(test::database_files(practice.db_file) == before);

    // Without a passphrase at all, in a run nobody can type into, it says one is needed.
    auto asked = run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    CHECK(asked.exit_code == 1);
    CHECK(asked.err.find("is encrypted") != std::string::npos);
    CHECK(test::database_files(practice.db_file) == before);
}

TEST_CASE("a plain practice where an encrypted one is expected is refused by the window",
          "[gui][encryption]") {
    Practice practice;  // plain
    test::TempDir home;
    auto params = core::new_key_params(1, 8192);
    params.check_hex = core::key_check(core::derive_key_hex(core::Secret(kPassphrase), params));
    core::write_key_file(core::key_file_path(practice.db_file), params);
    const auto passphrase = write_text(home, "passphrase", kPassphrase);
    const auto before = test::database_files(practice.db_file);

    auto run = run_window(home, {"--db", practice.db_file.string(), "--passphrase-file",
                                 passphrase.string(), "--exit-when-ready"});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("is not encrypted") != std::string::npos);
    CHECK(test::database_files(practice.db_file) == before);
}

TEST_CASE("the window locks after an idle time and the draft is still there after unlocking",
          "[gui][encryption][screenshot]") {
    Practice practice(kPassphrase);
    test::TempDir home;
    const auto passphrase = write_text(home, "passphrase", kPassphrase + "\n");
    const auto wrong = write_text(home, "wrong", "still waters run shallow\n");
    const auto answers =
        write_text(home, "answers.json",
                   nlohmann::json{{"subjective", "Naomi spoke about the quiet week."}}.dump());
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "idle-lock.png";
    fs::remove(png);

    auto run =
        run_window(home, {"--db", practice.db_file.string(), "--passphrase-file",
                          passphrase.string(), "--select-client", std::to_string(practice.naomi),
                          "--write-note", "soap", "--answers", answers.string(),
                          "--lock-after-seconds", "2", "--wrong-passphrase-at-lock", wrong.string(),
                          "--size", "1280x800", "--screenshot", png.string()});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("draft autosaved") != std::string::npos);
    CHECK(run.out.find("locked after 2 idle seconds; window hidden") != std::string::npos);
    // On a shared computer leaving the lock quits the program; the button says so.
    CHECK(run.out.find("the lock offers: Unlock, Quit") != std::string::npos);
    CHECK(run.out.find("screenshot " + png.string()) != std::string::npos);
    // A wrong passphrase at the lock is refused and the dialog stays for another try.
    CHECK(run.out.find("the lock said: The passphrase is wrong. Try again.") != std::string::npos);
    CHECK(run.out.find("shallow") == std::string::npos);
    CHECK(run.out.find("unlocked; window shown") != std::string::npos);
    CHECK(run.out.find("Naomi spoke about the quiet week.") != std::string::npos);
    CHECK(run.out.find("editor shows note ") != std::string::npos);
    REQUIRE(fs::exists(png));
    CHECK(test::png_size(png).width < 1280);  // the lock dialog, not the record

    auto db = unlocked(practice);
    const auto sessions = core::SessionRepository(db).for_case(practice.case_id);
    REQUIRE_FALSE(sessions.empty());
    const auto notes = core::NoteRepository(db).for_session(sessions.back().id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].status == "draft");
    CHECK(notes[0].fields["subjective"] == "Naomi spoke about the quiet week.");
    const auto rows = core::AuditLog(db).recent(50);
    int unlocks = 0;
    int refused = 0;
    for (const auto& row : rows) {
        unlocks += row.action == "database.unlock" && row.outcome == "ok";
        refused += row.action == "database.unlock" && row.outcome == "refused";
        CHECK(row.detail.find("shallow") == std::string::npos);
    }
    CHECK(unlocks == 2);  // at start, and after the lock
    CHECK(refused == 1);  // the wrong passphrase at the lock
}

TEST_CASE("a first run with --passphrase-file creates the practice encrypted",
          "[gui][encryption]") {
    test::TempDir home;
    const auto passphrase = write_text(home, "passphrase", kPassphrase + "\n");
    auto run = run_window(home, {"--passphrase-file", passphrase.string(), "--exit-when-ready"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const fs::path db = home / "share" / "counselor" / "counselor.db";
    REQUIRE(fs::exists(db));
    CHECK(core::is_encrypted(db));
    CHECK(test::bytes_of(db).rfind("SQLite format 3", 0) == std::string::npos);
    core::PracticeOpenOptions options;
    options.passphrase = core::Secret(kPassphrase);
    CHECK_NOTHROW(core::open_practice_database(db, options));
}
