// The whole walk, in the window only and on one practice: a first
// run makes the database, the counselor adds a couple, both spouses take
// the stage inventory through its form, the couple report opens with its
// chart beside it, a SOAP note is written and signed, and a handout is
// assigned, previewed and exported. Each step is a run of the real program;
// the database is read at the end.
#include "gui_harness.hpp"
#include "pdf_tools.hpp"

#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/client_repository.hpp>
#include <counselor/core/records/homework_repository.hpp>
#include <counselor/core/records/note_repository.hpp>
#include <counselor/core/records/session_repository.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

const fs::path kDemo = fs::path(COUNSELOR_SOURCE_DIR) / "data" / "demo";

struct Day {
    test::TempDir home;
    fs::path db = home / "share" / "counselor" / "counselor.db";

    // One run of the window on the default database; its output when it succeeded.
    std::string run(const std::vector<std::string>& args) {
        auto result = test::run_window(home, args);
        INFO("counselor " << args.front() << ": " << result.out << result.err);
        REQUIRE(result.exit_code == 0);
        return result.out;
    }

    fs::path file(const std::string& name, const nlohmann::json& content) {
        const fs::path path = home / name;
        std::ofstream(path) << content.dump();
        return path;
    }
};

nlohmann::json read_json(const fs::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

}  // namespace

TEST_CASE("a counselor's day in the window alone: couple, inventories, report, note, handout",
          "[gui][workflow]") {
    Day day;
    day.run({"--exit-when-ready"});  // the first run creates the practice
    REQUIRE(fs::exists(day.db));
    // The names the first run's dialog asks for, given in Practice Settings:
    // a note is signed with them.
    day.run({"--practice-settings", day.file("settings.json", {{"practice", "Grace Counseling"},
                                                               {"counselor", "Ruth Alvarez"},
                                                               {"credentials", "LMFT"},
                                                               {"role", "licensed"}})
                                        .string()});

    const auto added = day.run(
        {"--new-client",
         day.file("couple.json", {{"first", {{"first_name", "Ruth"}, {"last_name", "Okafor"}}},
                                  {"second", {{"first_name", "Samuel"}, {"last_name", "Okafor"}}},
                                  {"title", "Okafor marriage"}})
             .string()});
    std::smatch ids;
    REQUIRE(std::regex_search(added, ids, std::regex("added client (\\d+) case (\\d+)")));
    const std::string ruth = ids[1];
    const std::string case_id = ids[2];
    std::int64_t samuel_id = 0;
    {
        auto db = core::Database::open(day.db);
        auto members = core::CaseRepository(db).find(std::stoll(case_id))->members;
        REQUIRE(members.size() == 2);
        samuel_id = members[1].client_id;
    }
    const std::string samuel = std::to_string(samuel_id);

    day.run({"--select-client", ruth, "--fill-form", "stage-inventory", "--answers",
             (kDemo / "naomi-stage-inventory.json").string()});
    day.run({"--select-client", samuel, "--fill-form", "stage-inventory", "--answers",
             (kDemo / "daniel-stage-inventory.json").string()});

    fs::create_directories(test::kScreenshots);
    const fs::path chart = test::kScreenshots / "day-assessments-chart.png";
    const fs::path report = test::kScreenshots / "day-couple-report.png";
    day.run({"--select-client", ruth, "--tab", "assessments", "--size", "1280x800", "--screenshot",
             chart.string()});
    day.run({"--select-client", ruth, "--show", "report", "--screenshot", report.string()});

    day.run({"--select-client", ruth, "--write-note", "soap", "--answers",
             (kDemo / "soap-note.json").string(), "--new-session", "2026-11-20 10:00", "--sign"});

    const fs::path handout = day.home / "handout.pdf";
    day.run(
        {"--select-client", ruth, "--assign-homework",
         day.file("order.json", {{"exercise", "circle-of-friends"}, {"export", handout.string()}})
             .string()});
    const fs::path preview = test::kScreenshots / "day-handout-preview.png";
    day.run({"--select-client", ruth, "--show", "handout", "--screenshot", preview.string()});

    auto db = core::Database::open(day.db);
    core::AdministrationRepository given(db);
    CHECK(given.for_client(std::stoll(ruth), "stage-inventory").size() == 1);
    CHECK(given.for_client(samuel_id, "stage-inventory").size() == 1);
    auto sessions = core::SessionRepository(db).for_case(std::stoll(case_id));
    REQUIRE(sessions.size() == 1);
    auto notes = core::NoteRepository(db).for_session(sessions[0].id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].status == "signed");
    CHECK(notes[0].signed_by == std::optional<std::string>("Ruth Alvarez, LMFT"));
    CHECK(notes[0].fields == read_json(kDemo / "soap-note.json"));
    auto homework = core::HomeworkRepository(db).for_case(std::stoll(case_id));
    REQUIRE(homework.size() == 1);
    CHECK(homework[0].template_id == "circle-of-friends");
    REQUIRE(fs::exists(handout));
    CHECK(test::pdf_text(handout).find("Ruth Okafor") != std::string::npos);
    for (const auto& png : {chart, report, preview}) {
        REQUIRE(fs::exists(png));
        CHECK(test::png_size(png).width >= 600);
    }
}
