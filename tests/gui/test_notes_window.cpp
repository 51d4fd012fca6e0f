// The Sessions & notes tab, driven for real under Xvfb: a note written
// through the editor's controls is autosaved by its timer before anything
// else could save it, signed, locked and given an addendum; a note missing
// a required field is refused with the field named and the draft kept as
// it was; a session planned through the New session dialog warns about the
// open safety concern. The database is read back each time.
#include "gui_harness.hpp"

#include <counselor/core/records/flag_repository.hpp>
#include <counselor/core/records/note_repository.hpp>
#include <counselor/core/records/session_repository.hpp>
#include <counselor/core/records/session_service.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

using test::kScreenshots;
using test::png_size;
using test::Practice;

nlohmann::json complete_soap() {
    return {{"attendees", "Both spouses"},
            {"subjective", "Naomi said the week was calmer.\nDaniel agreed, mostly."},
            {"objective", "They sat closer than last time and spoke in turn."},
            {"assessment", "Working on repair after conflict; progress."},
            {"plan", "Practise the time-out agreement; review next week."},
            {"scripture", "Ephesians 4:26"},
            {"risk_observed", false},
            {"danger_between_spouses", false},
            {"attendance", "both"},
            {"next_appointment", "2025-05-13"}};
}

// Runs the window for Naomi with --answers (unless null) and the switches.
test::ProcessResult run_notes(Practice& practice, const nlohmann::json& answers,
                              const std::vector<std::string>& switches) {
    test::TempDir home;
    std::vector<std::string> args = {"--db", practice.db_file.string(), "--select-client",
                                     std::to_string(practice.naomi)};
    if (!answers.is_null()) {
        const fs::path file = home / "answers.json";
        std::ofstream(file) << answers.dump();
        args.insert(args.end(), {"--answers", file.string()});
    }
    args.insert(args.end(), switches.begin(), switches.end());
    return run_window(home, args);
}

// Runs --write-note for Naomi with these answers and the extra switches.
test::ProcessResult write_note(Practice& practice, const std::string& format,
                               const nlohmann::json& answers,
                               const std::vector<std::string>& extra) {
    std::vector<std::string> switches = {"--write-note", format};
    switches.insert(switches.end(), extra.begin(), extra.end());
    return run_notes(practice, answers, switches);
}

fs::path screenshot_path(const std::string& name) {
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / name;
    fs::remove(png);
    return png;
}

struct Stored {
    std::vector<core::Session> sessions;
    std::vector<core::Note> notes;  // of every session, in session order
    std::size_t flags = 0;          // open ones on the case
};

Stored stored(Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    Stored found;
    found.sessions = core::SessionRepository(db).for_case(practice.case_id);
    for (const auto& session : found.sessions) {
        for (auto& note : core::NoteRepository(db).for_session(session.id))
            found.notes.push_back(std::move(note));
    }
    core::FlagFilter filter;
    filter.case_id = practice.case_id;
    found.flags = core::FlagRepository(db).list(filter).size();
    return found;
}

std::vector<core::Addendum> addenda_of(Practice& practice, std::int64_t note_id) {
    auto db = core::Database::open(practice.db_file);
    return core::NoteRepository(db).addenda(note_id);
}

}  // namespace

TEST_CASE("a note typed into the editor is stored by the autosave timer alone", "[gui][notes]") {
    Practice practice;

    // The run ends like a crash right after the autosave: no close, no last save.
    auto run = write_note(practice, "soap", complete_soap(), {"--crash-after-autosave"});

    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("draft autosaved") != std::string::npos);
    auto after = stored(practice);
    REQUIRE(after.notes.size() == 1);
    const auto& note = after.notes[0];
    CHECK(note.session_id == after.sessions.back().id);  // the latest session
    CHECK(note.template_id == "soap");
    CHECK(note.status == "draft");
    CHECK(note.fields == complete_soap());
    CHECK(run.out.find("started note " + std::to_string(note.id)) != std::string::npos);
}

TEST_CASE("a complete note is signed, then read-only with its addendum listed",
          "[gui][notes][screenshot]") {
    Practice practice;
    const fs::path png = screenshot_path("notes-signed-1280x800.png");

    auto run = write_note(practice, "soap", complete_soap(),
                          {"--sign", "--addendum", "Daniel called on Tuesday: the plan stands.",
                           "--size", "1280x800", "--screenshot", png.string()});

    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("draft autosaved") != std::string::npos);
    CHECK(run.out.find("signed note") != std::string::npos);
    auto after = stored(practice);
    REQUIRE(after.notes.size() == 1);
    const auto& note = after.notes[0];
    CHECK(note.status == "signed");
    CHECK(note.signed_at.has_value());
    CHECK_FALSE(note.signed_by.value_or("").empty());
    CHECK(note.fields == complete_soap());
    auto addenda = addenda_of(practice, note.id);
    REQUIRE(addenda.size() == 1);
    CHECK(addenda[0].text == "Daniel called on Tuesday: the plan stands.");
    CHECK(addenda[0].signed_by == *note.signed_by);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width == 1280);
    CHECK(png_size(png).height == 800);
}

TEST_CASE("signing a note with a required field empty is refused by name and keeps the draft",
          "[gui][notes][screenshot]") {
    Practice practice;
    const auto flags_before = stored(practice).flags;
    auto answers = complete_soap();
    answers.erase("plan");
    answers["risk_observed"] = true;  // signing would raise a flag; refused, it must not
    answers["risk_details"] = "Raised voices; both agreed to the time-out plan.";
    const fs::path png = screenshot_path("notes-draft-refused-1280x800.png");

    auto run = write_note(practice, "soap", answers,
                          {"--sign", "--size", "1280x800", "--screenshot", png.string()});

    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.exit_code != 124);  // refused, not timed out
    CHECK(run.out.find("draft autosaved") != std::string::npos);
    CHECK(run.out.find("signed note") == std::string::npos);
    CHECK(run.err.find("Not signed:") != std::string::npos);
    CHECK(run.err.find("\u201cPlan\u201d (plan)") != std::string::npos);
    CHECK(run.err.find("required") != std::string::npos);
    CHECK(run.err.find("(subjective)") == std::string::npos);  // only what is missing

    auto after = stored(practice);
    REQUIRE(after.notes.size() == 1);
    CHECK(after.notes[0].status == "draft");
    CHECK_FALSE(after.notes[0].signed_at.has_value());
    CHECK(after.notes[0].fields == answers);  // the draft as typed, nothing lost
    CHECK(after.flags == flags_before);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width == 1280);
}

TEST_CASE("a half-typed date is kept on screen but never holds back the rest of the draft",
          "[gui][notes]") {
    Practice practice;
    auto answers = complete_soap();
    answers["next_appointment"] = "2025-13";  // not a date yet

    SECTION("the autosave stores everything else") {
        auto run = write_note(practice, "soap", answers, {"--crash-after-autosave"});
        INFO(run.out << run.err);
        REQUIRE(run.exit_code == 0);
        auto expected = complete_soap();
        expected.erase("next_appointment");
        CHECK(stored(practice).notes.at(0).fields == expected);
    }
    SECTION("signing names it and signs nothing") {
        auto run = write_note(practice, "soap", answers, {"--sign"});
        INFO(run.out << run.err);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("(next_appointment)") != std::string::npos);
        CHECK(stored(practice).notes.at(0).status == "draft");
    }
}

TEST_CASE("a draft the database refuses to store stays on screen, and the editor says so",
          "[gui][notes][screenshot]") {
    Practice practice;
    {
        // A failing disk, as far as notes go: every change to one is refused.
        auto db = core::Database::open(practice.db_file);
        db.execute(
            "CREATE TRIGGER test_refuse_note_edits BEFORE UPDATE ON notes"
            " BEGIN SELECT RAISE(ABORT, 'the disk refused the write'); END");
    }
    const fs::path png = screenshot_path("notes-save-refused-1280x800.png");

    auto run = write_note(practice, "soap", complete_soap(),
                          {"--size", "1280x800", "--screenshot", png.string()});

    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.exit_code != 124);  // told, not left waiting
    CHECK(run.err.find("draft not saved: ") != std::string::npos);
    CHECK(run.err.find("the disk refused the write") != std::string::npos);
    CHECK(run.err.find("kept on screen: " + std::to_string(complete_soap().size()) + " fields") !=
          std::string::npos);
    auto after = stored(practice);
    REQUIRE(after.notes.size() == 1);
    CHECK(after.notes[0].status == "draft");
    CHECK(after.notes[0].fields.empty());  // nothing half-written
    CHECK(fs::exists(png));
}

TEST_CASE("a session planned in the New session dialog warns about the open safety concern",
          "[gui][notes]") {
    Practice practice;
    nlohmann::json answers = {{"data", "Short session about the week."},
                              {"risk_observed", false},
                              {"danger_between_spouses", false},
                              {"attendance", "both"}};

    auto run = write_note(practice, "dap", answers,
                          {"--new-session", "2025-06-10 14:30", "--crash-after-autosave"});

    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("warning: A safety concern is open on this case") != std::string::npos);
    auto after = stored(practice);
    REQUIRE(after.sessions.size() == 2);
    const auto& planned = after.sessions.back();
    CHECK(planned.starts_at == "2025-06-10 14:30");
    CHECK(planned.duration_minutes == 50);
    CHECK(planned.attendees == std::vector<std::int64_t>{practice.naomi, practice.daniel});
    CHECK(run.out.find("planned session " + std::to_string(planned.id)) != std::string::npos);
    REQUIRE(after.notes.size() == 1);
    CHECK(after.notes[0].session_id == planned.id);
    CHECK(after.notes[0].fields == answers);
}

TEST_CASE("bad note input is refused with a clear message and stores nothing of it",
          "[gui][notes]") {
    Practice practice;
    const auto before = stored(practice);

    SECTION("a session time that is not one") {
        auto run = write_note(practice, "soap", complete_soap(), {"--new-session", "tomorrow"});
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("--new-session takes a time like") != std::string::npos);
        CHECK(stored(practice).notes.empty());
    }
    SECTION("a note format no plugin offers") {
        auto run = write_note(practice, "limerick", complete_soap(), {});
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("no note template \"limerick\"") != std::string::npos);
        CHECK(run.err.find("soap") != std::string::npos);  // what there is instead
        CHECK(stored(practice).notes.empty());
    }
    SECTION("a field the format does not have") {
        auto answers = complete_soap();
        answers["mood_ring"] = "blue";
        auto run = write_note(practice, "soap", answers, {});
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("no control for the answer \"blue\" to field \"mood_ring\"") !=
              std::string::npos);
        // The answers go in by name, in order: those before the bad one
        // were typed, and closing the window saved them (long before the
        // autosave delay was up). Nothing of the bad one is stored.
        auto after = stored(practice);
        REQUIRE(after.notes.size() == 1);
        CHECK(after.notes[0].status == "draft");
        CHECK(after.notes[0].fields ==
              nlohmann::json{{"assessment", answers["assessment"]},
                             {"attendance", answers["attendance"]},
                             {"attendees", answers["attendees"]},
                             {"danger_between_spouses", answers["danger_between_spouses"]}});
    }
    auto after = stored(practice);
    CHECK(after.sessions.size() == before.sessions.size());
    CHECK(after.flags == before.flags);
}

TEST_CASE("a draft opened again shows what was stored, and what is added is saved with it",
          "[gui][notes]") {
    Practice practice;
    const nlohmann::json first = {{"attendees", "Naomi alone"},
                                  {"subjective", "She wants to talk about trust."}};
    REQUIRE(write_note(practice, "soap", first, {"--crash-after-autosave"}).exit_code == 0);
    const auto note_id = stored(practice).notes.at(0).id;

    // Later, the counselor opens it from the list and goes on writing.
    const nlohmann::json more = {{"objective", "Calm and direct."},
                                 {"risk_observed", false},
                                 {"danger_between_spouses", false},
                                 {"attendance", "both"}};
    auto run = run_notes(practice, more,
                         {"--open-note", std::to_string(note_id), "--crash-after-autosave"});

    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("opened note " + std::to_string(note_id) + ": draft, 0 addenda") !=
          std::string::npos);
    auto after = stored(practice);
    REQUIRE(after.notes.size() == 1);
    auto both = first;
    both.update(more);
    CHECK(after.notes[0].fields == both);  // had the form not shown them, they would be gone
}

TEST_CASE("a signed note opened from the list is read-only with its addenda",
          "[gui][notes][screenshot]") {
    Practice practice;
    REQUIRE(write_note(practice, "soap", complete_soap(),
                       {"--sign", "--addendum", "Phone call: both well."})
                .exit_code == 0);
    const auto signed_note = stored(practice).notes.at(0);
    const std::string id = std::to_string(signed_note.id);

    SECTION("it shows, with its addendum") {
        const fs::path png = screenshot_path("notes-opened-signed-1280x800.png");
        auto run =
            run_notes(practice, nullptr,
                      {"--open-note", id, "--size", "1280x800", "--screenshot", png.string()});
        INFO(run.out << run.err);
        CHECK(run.exit_code == 0);
        CHECK(run.out.find("opened note " + id + ": signed, 1 addenda") != std::string::npos);
        CHECK(fs::exists(png));
    }
    SECTION("typing into it is refused, and it stays as signed") {
        auto run = run_notes(practice, {{"plan", "Changed my mind."}}, {"--open-note", id});
        INFO(run.out << run.err);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("field \"plan\" (it is signed)") != std::string::npos);
    }
    SECTION("signing it again is refused") {
        auto run = run_notes(practice, nullptr, {"--open-note", id, "--sign"});
        CHECK(run.exit_code == 1);
    }
    auto after = stored(practice).notes.at(0);
    CHECK(after.status == "signed");
    CHECK(after.fields == signed_note.fields);
    CHECK(after.signed_at == signed_note.signed_at);
    CHECK(addenda_of(practice, signed_note.id).size() == 1);
}

TEST_CASE("a note of another case is not opened", "[gui][notes]") {
    Practice practice;
    REQUIRE(write_note(practice, "soap", complete_soap(), {"--crash-after-autosave"}).exit_code ==
            0);
    const auto id = stored(practice).notes.at(0).id;
    test::TempDir home;
    // The first of the other clients: no case of theirs holds this note.
    auto run =
        run_window(home, {"--db", practice.db_file.string(), "--select-client",
                          std::to_string(practice.daniel + 1), "--open-note", std::to_string(id)});
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("is not a note of the case shown") != std::string::npos);
}

TEST_CASE("the New session dialog offers the case members and can be captured",
          "[gui][notes][screenshot]") {
    Practice practice;
    test::TempDir home;
    const fs::path png = screenshot_path("new-session-dialog.png");

    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--show", "new-session", "--screenshot", png.string()});

    INFO(run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width >= 300);
    CHECK(png_size(png).width < 1000);             // the dialog, not the window behind it
    CHECK(stored(practice).sessions.size() == 1);  // shown, not planned
}

TEST_CASE("the sessions list says which sessions were held, cancelled or missed",
          "[gui][notes][screenshot]") {
    Practice practice;  // its one session is planned for 2025-05-06
    {
        auto db = core::Database::open(practice.db_file);
        core::Transaction transaction(db);
        const std::pair<const char*, const char*> earlier[] = {{"2025-04-08 10:00", "held"},
                                                               {"2025-04-15 10:00", "cancelled"},
                                                               {"2025-04-22 10:00", "no_show"}};
        for (const auto& [at, status] : earlier) {
            core::Session session;
            session.case_id = practice.case_id;
            session.starts_at = at;
            session.status = status;
            session.attendees = {practice.naomi, practice.daniel};
            core::SessionRepository(db).add(session);
        }
        transaction.commit();
    }
    test::TempDir home;
    const fs::path png = screenshot_path("sessions-statuses.png");

    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--tab", "sessions", "--screenshot", png.string()});

    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("sessions: 4 rows: Held, Cancelled, No-show, Scheduled\n") !=
          std::string::npos);
    CHECK(fs::exists(png));
}

TEST_CASE("the latest session is marked held through the Sessions tab, and audited",
          "[gui][notes]") {
    Practice practice;  // its one session was on 2025-05-06
    test::TempDir home;
    const fs::path png = screenshot_path("session-marked-held.png");

    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--mark-session", "held", "--screenshot", png.string()});

    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("session marked; sessions: 1 row: Held\n") != std::string::npos);
    CHECK(stored(practice).sessions.at(0).status == "held");
    const auto audited = test::audit_rows_of(practice.db_file, "session.status");
    REQUIRE(audited.size() == 1);
    CHECK(audited[0].detail == "from=scheduled to=held");
    CHECK(fs::exists(png));
}

TEST_CASE("a session still ahead is not marked held, and nothing stored changes",
          "[gui][notes][bad-input]") {
    Practice practice;
    {
        auto db = core::Database::open(practice.db_file);
        core::SessionService(db, "test").add(practice.case_id, "2099-01-05 10:00", 50, {}, true);
    }
    // A start of the window writes settings and audits the client it opens;
    // the sessions and their trail must stay as they were.
    const auto statuses = [&practice] {
        std::vector<std::string> found;
        for (const auto& session : stored(practice).sessions)
            found.push_back(session.starts_at + " " + session.status);
        return found;
    };
    const auto before = statuses();
    REQUIRE(before.size() == 2);
    test::TempDir home;

    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--mark-session", "held", "--exit-when-ready"});

    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("starts 2099-01-05 10:00, still ahead; it can be marked "
                                        "held once it has begun, or cancelled now"));
    CHECK(statuses() == before);
    CHECK(test::audit_rows_of(practice.db_file, "session.status").empty());
}

TEST_CASE("a signed note reads well on a desktop screen too", "[gui][notes][screenshot]") {
    Practice practice;
    const fs::path png = screenshot_path("notes-signed-1920x1080.png");
    auto run = write_note(practice, "birp",
                          {{"behavior", "Calm, on time."},
                           {"intervention", "Taught the speaker-listener technique."},
                           {"response", "Both tried it; Daniel found it slow."},
                           {"plan", "Practise twice before next session."},
                           {"risk_observed", false},
                           {"danger_between_spouses", false},
                           {"attendance", "both"}},
                          {"--sign", "--size", "1920x1080", "--screenshot", png.string()});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png).width == 1920);
    REQUIRE(stored(practice).notes.size() == 1);
    CHECK(stored(practice).notes[0].status == "signed");
}

TEST_CASE("note switches that make no sense together are usage errors, before any window",
          "[gui][notes]") {
    auto run = test::run_process(COUNSELOR_GUI,
                                 {"--write-note", "soap", "--answers", "a.json", "--select-client",
                                  "1", "--addendum", "late"},
                                 {{"DISPLAY", ""}});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--addendum needs --sign") != std::string::npos);
}
