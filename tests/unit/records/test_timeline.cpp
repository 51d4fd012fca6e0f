// What the window's Overview shows of a case: one timeline, newest first, of
// sessions, notes, assessments and homework; the client to return to on the
// next start; and how many clients a search finds, for the virtual list.
#include "counselor/core/records/timeline.hpp"

#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/homework_repository.hpp"
#include "counselor/core/records/note_repository.hpp"
#include "counselor/core/records/recent_client.hpp"
#include "counselor/core/records/record_service.hpp"
#include "counselor/core/records/session_repository.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include "couple_practice.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace counselor::core;

namespace {

struct Couple : counselor::test::CouplePractice {
    std::int64_t session(const std::string& at, const std::string& status = "scheduled") {
        Session s;
        s.case_id = case_id;
        s.starts_at = at;
        s.status = status;
        s.attendees = {naomi, daniel};
        Transaction t(db);
        auto id = SessionRepository(db).add(s);
        t.commit();
        return id;
    }
    std::int64_t administration(std::int64_t client, std::optional<std::int64_t> for_case,
                                const std::string& at) {
        Administration a;
        a.client_id = client;
        a.case_id = for_case;
        a.tool_id = "safety-screen";
        a.definition_version = "1";
        a.administered_at = at;
        Transaction t(db);
        auto id = AdministrationRepository(db).add(a);
        t.commit();
        return id;
    }
};

}  // namespace

TEST_CASE("a case's timeline lists sessions, notes, assessments and homework, newest first",
          "[timeline]") {
    Couple couple;
    auto first = couple.session("2025-05-01 10:00");
    auto second = couple.session("2025-05-08 10:00");
    auto naomi_screen = couple.administration(couple.naomi, couple.case_id, "2025-05-03T09:00:00Z");
    {
        Transaction t(couple.db);
        Note note;
        note.session_id = first;
        note.case_id = couple.case_id;
        note.tool_id = "session-note";
        note.template_id = "soap";
        NoteRepository(couple.db).add_draft(note);
        HomeworkAssignment homework;
        homework.case_id = couple.case_id;
        homework.tool_id = "homework";
        homework.template_id = "trade-places";
        homework.assigned_at = "2025-05-02T12:00:00Z";
        HomeworkRepository(couple.db).add(homework);
        t.commit();
    }

    auto entries = case_timeline(couple.db, couple.case_id, [](const std::string& tool) {
        return tool == "safety-screen" ? std::string("Safety screen") : tool;
    });

    REQUIRE(entries.size() == 5);
    CHECK(entries[1].date == "2025-05-08 10:00");
    CHECK(entries[1].id == second);
    CHECK(entries[1].kind == TimelineKind::session);
    auto screen = std::find_if(entries.begin(), entries.end(),
                               [](const auto& e) { return e.kind == TimelineKind::assessment; });
    REQUIRE(screen != entries.end());
    CHECK(screen->id == naomi_screen);
    CHECK(screen->date == "2025-05-03 09:00");
    CHECK(screen->title == "Safety screen: Naomi");
    for (std::size_t i = 1; i < entries.size(); ++i)
        CHECK(entries[i - 1].date >= entries[i].date);
    CHECK(std::count_if(entries.begin(), entries.end(), [](const auto& e) {
              return e.kind == TimelineKind::homework && e.title == "trade-places (assigned)";
          }) == 1);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const auto& e) { return e.kind == TimelineKind::note; }) == 1);

    SECTION("with the plugins' titles for note formats and exercises") {
        auto titled = case_timeline(
            couple.db, couple.case_id, {},
            [](const std::string& tool, const std::string& template_id) -> std::string {
                if (tool == "homework" && template_id == "trade-places") return "Trade places";
                if (tool == "session-note" && template_id == "soap") return "SOAP note";
                return {};  // unknown: the id stands
            });
        std::set<std::string> titles;
        for (const auto& entry : titled)
            titles.insert(entry.title);
        CHECK(titles.count("Trade places (assigned)") == 1);
        CHECK(titles.count("Note (SOAP note, draft)") == 1);
    }
}

TEST_CASE("the timeline says how each session went, in words", "[timeline]") {
    Couple couple;
    couple.session("2025-05-01 10:00", "held");
    couple.session("2025-05-08 10:00", "cancelled");
    couple.session("2025-05-15 10:00", "no_show");
    couple.session("2025-05-22 10:00");

    const auto entries = case_timeline(couple.db, couple.case_id);

    std::vector<std::string> titles;
    for (const auto& entry : entries)
        titles.push_back(entry.title);
    CHECK(titles ==
          std::vector<std::string>{"Session, 50 min (scheduled)", "Session, 50 min (no-show)",
                                   "Session, 50 min (cancelled)", "Session, 50 min (held)"});
}

TEST_CASE("the timeline leaves out a member's assessments taken for another case", "[timeline]") {
    Couple couple;
    auto alone = couple.records.open_case(CaseKind::individual, {couple.naomi});
    couple.administration(couple.naomi, alone, "2025-05-03T09:00:00Z");
    auto caseless = couple.administration(couple.daniel, std::nullopt, "2025-05-04T09:00:00Z");

    auto entries = case_timeline(couple.db, couple.case_id);

    REQUIRE(entries.size() == 1);
    CHECK(entries[0].id == caseless);
    CHECK(entries[0].title == "safety-screen: Daniel");
    CHECK_THROWS_AS(case_timeline(couple.db, 999), NotFound);
}

TEST_CASE("the last client opened is remembered, and forgotten once it is gone",
          "[timeline][settings]") {
    Couple couple;
    CHECK_FALSE(last_client(couple.db).has_value());
    remember_last_client(couple.db, couple.daniel);
    CHECK(last_client(couple.db) == couple.daniel);

    SettingsRepository(couple.db).set("ui.last_client", "12x");
    CHECK_FALSE(last_client(couple.db).has_value());
    remember_last_client(couple.db, 4242);
    CHECK_FALSE(last_client(couple.db).has_value());
}

TEST_CASE("counting a search finds as many clients as paging through it", "[records]") {
    Couple couple;
    couple.records.add_client({"Dana", "Ng", {}, {}, {}});
    couple.records.add_client({"50%", "Off", {}, {}, {}});

    CHECK(couple.records.count_clients("") == 4);
    CHECK(couple.records.count_clients("  ha") == 2);
    CHECK(couple.records.count_clients("d") == 2);
    CHECK(couple.records.count_clients("5") == 1);
    CHECK(couple.records.count_clients("%") == 0);
    CHECK(couple.records.find_clients("d", 1, 1).size() == 1);
}
