// A full disk while the counselor writes a note: the window runs with no
// file allowed to grow past a limit (as when the disk is full), a long
// addition to a draft cannot be autosaved, and then the message says so
// plainly, the typed text is still in the editor (read back and on the
// screenshot), and the database still holds the draft as it was before.
#include "gui_harness.hpp"

#include <counselor/core/records/note_repository.hpp>
#include <counselor/core/records/session_repository.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

// Room beyond the files as they are for what the window writes at start
// (a few audit rows), not for the long addition.
constexpr std::uint64_t kRoom = 80 * 1024;

fs::path answers_file(const test::TempDir& home, const nlohmann::json& answers) {
    const fs::path file = home / "answers.json";
    std::ofstream(file) << answers.dump();
    return file;
}

std::vector<core::Note> notes_of(const test::Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    const auto sessions = core::SessionRepository(db).for_case(practice.case_id);
    return core::NoteRepository(db).for_session(sessions.back().id);
}

std::uint64_t size_or_zero(const fs::path& file) {
    std::error_code ignored;
    const auto size = fs::file_size(file, ignored);
    return ignored ? 0 : size;
}

}  // namespace

TEST_CASE("a note that cannot be saved on a full disk stays on screen and the draft stays stored",
          "[gui][notes][disk-full][screenshot]") {
    test::Practice practice;
    test::TempDir home;
    const nlohmann::json first = {{"subjective", "Naomi spoke about the quiet week."}};
    auto written =
        test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                std::to_string(practice.naomi), "--write-note", "soap", "--answers",
                                answers_file(home, first).string(), "--crash-after-autosave"});
    INFO(written.out << written.err);
    REQUIRE(written.exit_code == 0);
    const auto before = notes_of(practice);
    REQUIRE(before.size() == 1);
    // Writes past the journal's end as it is now plus some room fail; the
    // fields' 20000 characters each are much more than the room.
    const auto wal = size_or_zero(practice.db_file.string() + "-wal");
    const std::uint64_t limit = wal + kRoom;
    nlohmann::json more = nlohmann::json::object();
    for (const char* field : {"subjective", "objective", "assessment", "plan"}) {
        std::string text = field == std::string("subjective")
                               ? first["subjective"].get<std::string>() + "\nThe last words typed. "
                               : std::string("More. ");
        while (text.size() < 19000)
            text += "Daniel described the argument about money in detail.\n";
        more[field] = text;
    }
    fs::create_directories(test::kScreenshots);
    const fs::path png = test::kScreenshots / "disk-full-note.png";
    fs::remove(png);
    auto run = test::run_window_with_file_limit(
        home,
        {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
         "--open-note", std::to_string(before[0].id), "--answers",
         answers_file(home, more).string(), "--size", "800x520", "--screenshot", png.string()},
        limit);
    INFO("journal " << wal << " bytes; " << run.err << run.out.substr(0, 600));
    CHECK(run.exit_code == 1);
    const auto said = run.err.find("draft not saved: ");
    REQUIRE(said != std::string::npos);
    const std::string message = run.err.substr(said, run.err.find('\n', said) - said);
    // It names the database and what happened. (A file-size limit gives
    // SQLite's "disk I/O error"; a disk really full gives "database or disk is full".)
    CHECK(message.find(practice.db_file.string()) != std::string::npos);
    CHECK(message.find("kept on screen") != std::string::npos);
    CHECK(message.find("Daniel") == std::string::npos);  // the reason, not the text
    // Read back from the editor after the refusal: both the old and the new text.
    CHECK(run.out.find("editor shows note " + std::to_string(before[0].id)) != std::string::npos);
    CHECK(run.out.find("Naomi spoke about the quiet week.") != std::string::npos);
    CHECK(run.out.find("The last words typed.") != std::string::npos);
    CHECK(fs::exists(png));

    const auto after = notes_of(practice);
    REQUIRE(after.size() == 1);
    CHECK(after[0].fields == before[0].fields);
}
