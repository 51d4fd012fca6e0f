// Record repositories: administrations, flags, sessions, notes and homework
// come back as stored, in the order a counselor reads them, and the schema
// itself refuses what must never happen (changing a signed note, records of
// clients that do not exist).
#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/records/homework_repository.hpp"
#include "counselor/core/records/note_repository.hpp"
#include "counselor/core/records/session_repository.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace counselor::core;
using Catch::Matchers::Contains;
using counselor::test::row_count;
using counselor::test::scalar;
using counselor::test::TempDir;
using Ids = std::vector<std::int64_t>;

namespace {

// A couple and their case: what most records hang off.
struct Store {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    std::int64_t ruth = add_client("Ruth");
    std::int64_t sam = add_client("Sam");
    std::int64_t case_id = CaseRepository(db).open(CaseKind::couple, {ruth, sam}, "Premarital");

    std::int64_t add_client(const std::string& first_name) {
        NewClient client;
        client.first_name = first_name;
        client.last_name = "Okafor";
        return ClientRepository(db).add(client);
    }
};

bool is_utc_timestamp(const std::string& text) {
    return std::regex_match(text, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"));
}

// Text in several scripts, so a lossy encoding anywhere shows.
const std::string unicode_text = "Ça va — 夫婦 «ok» \xF0\x9F\x99\x82";

Administration administration(std::int64_t client_id, const std::string& tool_id,
                              const std::string& administered_at) {
    Administration a;
    a.client_id = client_id;
    a.tool_id = tool_id;
    a.definition_version = "1.0.0";
    a.answers = {{"q1", 3}};
    a.administered_at = administered_at;
    return a;
}

Flag flag(std::optional<std::int64_t> client_id, std::optional<std::int64_t> case_id,
          const std::string& severity, const std::string& raised_at, const std::string& code) {
    Flag f;
    f.client_id = client_id;
    f.case_id = case_id;
    f.code = code;
    f.severity = severity;
    f.message = "message " + code;
    f.source = "manual";
    f.raised_at = raised_at;
    return f;
}

std::vector<std::string> codes(const std::vector<Flag>& flags) {
    std::vector<std::string> result;
    for (const Flag& f : flags)
        result.push_back(f.code);
    return result;
}

template <typename Record>
Ids ids(const std::vector<Record>& records) {
    Ids result;
    for (const Record& record : records)
        result.push_back(record.id);
    return result;
}

using Codes = std::vector<std::string>;

Note soap_note(std::int64_t case_id, std::optional<std::int64_t> session_id) {
    Note note;
    note.case_id = case_id;
    note.session_id = session_id;
    note.tool_id = "org.example.notes";
    note.template_id = "soap";
    note.fields = {{"subjective", unicode_text}, {"plan", {"homework", "next week"}}};
    return note;
}

HomeworkAssignment homework(std::int64_t case_id, const std::string& assigned_at) {
    HomeworkAssignment assignment;
    assignment.case_id = case_id;
    assignment.tool_id = "org.example.homework";
    assignment.template_id = "love-maps";
    assignment.assigned_at = assigned_at;
    return assignment;
}

}  // namespace

// --- administrations ---------------------------------------------------------

TEST_CASE(
    "store.record_repositories: an administration keeps every field, JSON and unicode included") {
    Store store;
    AdministrationRepository administrations(store.db);
    Administration input = administration(store.ruth, "org.example.dass21", "2024-03-01T09:30:00Z");
    input.case_id = store.case_id;
    input.definition_version = "2.1.0";
    input.answers = {{"q1", 0}, {"q2", 3}, {"comment", unicode_text}, {"multi", {1, 2}}};
    input.result = {{"score", 12.5}, {"band", "mild"}, {"flags", nlohmann::json::array()}};
    const std::int64_t id = administrations.add(input);

    const auto found = administrations.find(id);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->client_id == store.ruth);
    CHECK(found->case_id == store.case_id);
    CHECK(found->tool_id == "org.example.dass21");
    CHECK(found->definition_version == "2.1.0");
    CHECK(found->answers == input.answers);
    CHECK(found->answers["comment"] == unicode_text);
    CHECK(found->result == input.result);
    CHECK(found->administered_at == "2024-03-01T09:30:00Z");
    // Stored as readable UTF-8 text, not \u escapes.
    CHECK_THAT(scalar(store.db, "SELECT answers FROM administrations"), Contains("夫婦"));
    CHECK_FALSE(administrations.find(id + 1));
}

TEST_CASE("store.record_repositories: an administration's optional parts may be left empty") {
    Store store;
    AdministrationRepository administrations(store.db);
    Administration unscored = administration(store.sam, "org.example.checkin", "");
    unscored.result = nullptr;
    const auto unscored_id = administrations.add(unscored);
    const auto defaulted_id = administrations.add(administration(store.sam, "org.example.x", ""));

    const auto found = administrations.find(unscored_id);
    REQUIRE(found);
    CHECK(found->case_id == std::nullopt);
    CHECK(found->result.is_null());
    CHECK(is_utc_timestamp(found->administered_at));  // empty means now
    CHECK(scalar(store.db, "SELECT result IS NULL FROM administrations WHERE id = " +
                               std::to_string(unscored_id)) == "1");
    // The default result is an empty object, and stays one.
    CHECK(administrations.find(defaulted_id)->result == nlohmann::json::object());
}

TEST_CASE(
    "store.record_repositories: a client's administrations come newest first, per tool if asked") {
    Store store;
    AdministrationRepository administrations(store.db);
    const auto old_dass = administrations.add(
        administration(store.ruth, "org.example.dass21", "2024-01-10T10:00:00Z"));
    const auto new_check = administrations.add(
        administration(store.ruth, "org.example.checkin", "2024-03-10T10:00:00Z"));
    const auto mid_dass = administrations.add(
        administration(store.ruth, "org.example.dass21", "2024-02-10T10:00:00Z"));
    // Same moment as mid_dass: the later id is the newer one.
    const auto tie_dass = administrations.add(
        administration(store.ruth, "org.example.dass21", "2024-02-10T10:00:00Z"));
    administrations.add(administration(store.sam, "org.example.dass21", "2024-05-01T10:00:00Z"));

    CHECK(ids(administrations.for_client(store.ruth)) ==
          Ids{new_check, tie_dass, mid_dass, old_dass});
    CHECK(ids(administrations.for_client(store.ruth, "org.example.dass21")) ==
          Ids{tie_dass, mid_dass, old_dass});
    CHECK(administrations.for_client(store.ruth, "org.example.none").empty());
    CHECK(administrations.for_client(store.sam + 100).empty());
}

// --- flags ---------------------------------------------------------------------

TEST_CASE("store.record_repositories: a flag keeps every field, raised_at defaults to now") {
    Store store;
    FlagRepository flags(store.db);
    Flag on_client = flag(store.ruth, std::nullopt, "critical", "2024-04-01T08:00:00Z", "safety");
    on_client.message = "Answered item 9: " + unicode_text;
    on_client.source = "administration:12";
    flags.raise(on_client);
    flags.raise(flag(std::nullopt, store.case_id, "info", "", "follow-up"));

    const auto listed = flags.list({});
    REQUIRE(listed.size() == 2);
    const Flag& first = listed[0];
    CHECK(first.client_id == store.ruth);
    CHECK(first.case_id == std::nullopt);
    CHECK(first.code == "safety");
    CHECK(first.severity == "critical");
    CHECK(first.message == on_client.message);
    CHECK(first.source == "administration:12");
    CHECK(first.raised_at == "2024-04-01T08:00:00Z");
    CHECK(first.open());
    CHECK(first.resolved_by == std::nullopt);
    const Flag& second = listed[1];
    CHECK(second.client_id == std::nullopt);
    CHECK(second.case_id == store.case_id);
    CHECK(is_utc_timestamp(second.raised_at));
}

TEST_CASE(
    "store.record_repositories: flags list critical first, then warning, then info, newest first") {
    Store store;
    FlagRepository flags(store.db);
    flags.raise(flag(store.ruth, {}, "info", "2024-01-03T00:00:00Z", "info-new"));
    flags.raise(flag(store.ruth, {}, "warning", "2024-01-01T00:00:00Z", "warn-old"));
    flags.raise(flag(store.ruth, {}, "critical", "2024-01-01T00:00:00Z", "crit-old"));
    flags.raise(flag(store.ruth, {}, "info", "2024-01-01T00:00:00Z", "info-old"));
    flags.raise(flag(store.ruth, {}, "critical", "2024-01-02T00:00:00Z", "crit-new"));
    flags.raise(flag(store.ruth, {}, "warning", "2024-01-02T00:00:00Z", "warn-new"));

    CHECK(codes(flags.list({store.ruth, {}, false})) ==
          Codes{"crit-new", "crit-old", "warn-new", "warn-old", "info-new", "info-old"});
}

TEST_CASE("store.record_repositories: flags are filtered by client, by case, or either") {
    Store store;
    FlagRepository flags(store.db);
    const auto other_case = CaseRepository(store.db).open(CaseKind::individual, {store.sam}, "");
    flags.raise(flag(store.ruth, {}, "info", "2024-01-04T00:00:00Z", "ruth"));
    flags.raise(flag(store.sam, {}, "info", "2024-01-03T00:00:00Z", "sam"));
    flags.raise(flag({}, store.case_id, "info", "2024-01-02T00:00:00Z", "couple"));
    flags.raise(flag({}, other_case, "info", "2024-01-01T00:00:00Z", "sam-alone"));

    CHECK(codes(flags.list({store.ruth, {}, false})) == Codes{"ruth"});
    CHECK(codes(flags.list({{}, store.case_id, false})) == Codes{"couple"});
    CHECK(codes(flags.list({store.ruth, store.case_id, false})) == Codes{"ruth", "couple"});
    CHECK(codes(flags.list({store.sam, other_case, false})) == Codes{"sam", "sam-alone"});
    CHECK(codes(flags.list({})) == Codes{"ruth", "sam", "couple", "sam-alone"});
    CHECK(flags.list({store.sam + 100, {}, false}).empty());
}

TEST_CASE("store.record_repositories: a case's open flags: its own, then each member's in order") {
    Store store;
    FlagRepository flags(store.db);
    const auto other_case = CaseRepository(store.db).open(CaseKind::individual, {store.sam}, "");
    const auto stranger = store.add_client("Nobody");
    flags.raise(flag(store.sam, {}, "critical", "2024-01-05T00:00:00Z", "sam-critical"));
    flags.raise(flag(store.ruth, {}, "info", "2024-01-04T00:00:00Z", "ruth-info"));
    flags.raise(flag(store.ruth, {}, "warning", "2024-01-01T00:00:00Z", "ruth-warning"));
    flags.raise(flag({}, store.case_id, "info", "2024-01-02T00:00:00Z", "couple-info"));
    flags.raise(flag(store.ruth, store.case_id, "critical", "2024-01-01T00:00:00Z", "couple-ruth"));
    flags.raise(flag({}, other_case, "critical", "2024-01-06T00:00:00Z", "sam-alone-case"));
    flags.raise(flag(store.sam, other_case, "warning", "2024-01-06T00:00:00Z", "sam-on-other"));
    flags.raise(flag(stranger, {}, "critical", "2024-01-06T00:00:00Z", "stranger"));
    flags.resolve(flags.raise(flag(store.sam, {}, "critical", "2024-01-07T00:00:00Z", "resolved")),
                  "jmoss");

    // What the three lists it replaces gave, each flag once.
    CHECK(codes(flags.open_of_case(store.case_id)) == Codes{"couple-ruth", "couple-info",
                                                            "ruth-warning", "ruth-info",
                                                            "sam-critical", "sam-on-other"});
    CHECK(codes(flags.open_of_case(other_case)) ==
          Codes{"sam-alone-case", "sam-on-other", "sam-critical"});
    CHECK(flags.open_of_case(other_case + 100).empty());
}

TEST_CASE(
    "store.record_repositories: a resolved flag leaves the open list and records who resolved it") {
    Store store;
    FlagRepository flags(store.db);
    const auto safety = flags.raise(flag(store.ruth, {}, "critical", "", "safety"));
    flags.raise(flag(store.ruth, {}, "info", "", "note"));

    flags.resolve(safety, "jmoss");

    CHECK(codes(flags.list({store.ruth, {}, false})) == Codes{"note"});
    const auto all = flags.list({store.ruth, {}, true});
    REQUIRE(codes(all) == Codes{"safety", "note"});
    CHECK_FALSE(all[0].open());
    CHECK(is_utc_timestamp(all[0].resolved_at.value_or("")));
    CHECK(all[0].resolved_by == "jmoss");
    CHECK(all[1].open());

    SECTION("an unknown flag is refused") {
        CHECK_THROWS_AS(flags.resolve(safety + 100, "jmoss"), NotFound);
    }
    SECTION("resolving again keeps the first resolution") {
        store.db.execute(
            "UPDATE flags SET resolved_at = '2024-01-01T00:00:00Z' WHERE resolved_at IS NOT NULL");
        flags.resolve(safety, "someone-else");
        const auto again = flags.list({store.ruth, {}, true});
        CHECK(again[0].resolved_by == "jmoss");
        CHECK(again[0].resolved_at == "2024-01-01T00:00:00Z");
    }
}

TEST_CASE(
    "store.record_repositories: the schema refuses a flag on nobody or of an unknown severity") {
    Store store;
    FlagRepository flags(store.db);
    CHECK_THROWS_AS(flags.raise(flag({}, {}, "info", "", "orphan")), DatabaseError);
    CHECK_THROWS_AS(flags.raise(flag(store.ruth, {}, "urgent", "", "bad")), DatabaseError);
    CHECK(row_count(store.db, "flags") == 0);
}

// --- sessions ------------------------------------------------------------------

TEST_CASE("store.record_repositories: a session keeps its fields and lists attendees ascending") {
    Store store;
    SessionRepository sessions(store.db);
    Session input;
    input.case_id = store.case_id;
    input.starts_at = "2024-06-01 18:30";
    input.duration_minutes = 80;
    input.status = "held";
    input.attendees = {store.sam, store.ruth};  // given out of order
    const auto id = sessions.add(input);

    const auto found = sessions.find(id);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->case_id == store.case_id);
    CHECK(found->starts_at == "2024-06-01 18:30");
    CHECK(found->duration_minutes == 80);
    CHECK(found->status == "held");
    CHECK(found->attendees == Ids{store.ruth, store.sam});
    CHECK(is_utc_timestamp(found->created_at));
    CHECK_FALSE(sessions.find(id + 1));
}

TEST_CASE("store.record_repositories: a session may have defaults and no attendees yet") {
    Store store;
    SessionRepository sessions(store.db);
    Session input;
    input.case_id = store.case_id;
    input.starts_at = "2024-06-08 18:30";
    const auto found = sessions.find(sessions.add(input));
    REQUIRE(found);
    CHECK(found->duration_minutes == 50);
    CHECK(found->status == "scheduled");
    CHECK(found->attendees.empty());

    input.status = "postponed";
    CHECK_THROWS_AS(sessions.add(input), DatabaseError);
}

TEST_CASE("store.record_repositories: a case's sessions come by start time, then id") {
    Store store;
    SessionRepository sessions(store.db);
    const auto other_case = CaseRepository(store.db).open(CaseKind::individual, {store.sam}, "");
    auto add = [&](std::int64_t case_id, const std::string& starts_at, Ids attendees) {
        Session session;
        session.case_id = case_id;
        session.starts_at = starts_at;
        session.attendees = std::move(attendees);
        return sessions.add(session);
    };
    const auto later = add(store.case_id, "2024-06-15 18:30", {store.ruth});
    const auto earlier = add(store.case_id, "2024-06-01 18:30", {store.ruth, store.sam});
    const auto same_time = add(store.case_id, "2024-06-01 18:30", {});
    add(other_case, "2024-05-01 10:00", {store.sam});

    const auto listed = sessions.for_case(store.case_id);
    CHECK(ids(listed) == Ids{earlier, same_time, later});
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].attendees == Ids{store.ruth, store.sam});
    CHECK(listed[2].attendees == Ids{store.ruth});
    CHECK(sessions.for_case(other_case + 100).empty());
}

// --- notes ---------------------------------------------------------------------

namespace {

// A draft note in a session of the store's case, with its id.
struct NoteStore : Store {
    NoteRepository notes{db};
    std::int64_t session_id = add_session();
    std::int64_t note_id = notes.add_draft(soap_note(case_id, session_id));

    std::int64_t add_session() {
        Session session;
        session.case_id = case_id;
        session.starts_at = "2024-06-01 18:30";
        return SessionRepository(db).add(session);
    }
};

}  // namespace

TEST_CASE("store.record_repositories: a draft note keeps every field, its JSON and unicode") {
    NoteStore store;
    const auto found = store.notes.find(store.note_id);
    REQUIRE(found);
    CHECK(found->id == store.note_id);
    CHECK(found->session_id == store.session_id);
    CHECK(found->case_id == store.case_id);
    CHECK(found->tool_id == "org.example.notes");
    CHECK(found->template_id == "soap");
    CHECK(found->fields == soap_note(0, {}).fields);
    CHECK(found->fields["subjective"] == unicode_text);
    CHECK(found->status == "draft");
    CHECK_FALSE(found->signed_off());
    CHECK(found->signed_at == std::nullopt);
    CHECK(found->signed_by == std::nullopt);
    CHECK(is_utc_timestamp(found->created_at));
    CHECK(found->updated_at == found->created_at);
    CHECK_FALSE(store.notes.find(store.note_id + 100));
}

TEST_CASE("store.record_repositories: a note without a session is found, but not under a session") {
    NoteStore store;
    const auto loose = store.notes.add_draft(soap_note(store.case_id, std::nullopt));
    CHECK(store.notes.find(loose)->session_id == std::nullopt);
    const auto second = store.notes.add_draft(soap_note(store.case_id, store.session_id));
    CHECK(ids(store.notes.for_session(store.session_id)) == Ids{store.note_id, second});
    CHECK(store.notes.for_session(store.session_id + 100).empty());
}

TEST_CASE("store.record_repositories: a draft's fields are replaced and its updated_at moves") {
    NoteStore store;
    store.db.execute("UPDATE notes SET updated_at = '2000-01-01T00:00:00Z'");
    const nlohmann::json fields = {{"subjective", "revised"}, {"assessment", unicode_text}};
    store.notes.update_fields(store.note_id, fields);

    const auto found = store.notes.find(store.note_id);
    REQUIRE(found);
    CHECK(found->fields == fields);
    CHECK(found->updated_at != "2000-01-01T00:00:00Z");
    CHECK(is_utc_timestamp(found->updated_at));
    CHECK(found->status == "draft");
}

TEST_CASE("store.record_repositories: a signed note refuses every change, and its fields stay") {
    NoteStore store;
    store.notes.sign(store.note_id, "jmoss");
    const auto signed_note = store.notes.find(store.note_id);
    REQUIRE(signed_note);
    CHECK(signed_note->status == "signed");
    CHECK(signed_note->signed_off());
    CHECK(is_utc_timestamp(signed_note->signed_at.value_or("")));
    CHECK(signed_note->signed_by == "jmoss");
    const std::string stored_body = scalar(store.db, "SELECT body FROM notes");

    CHECK_THROWS_WITH(store.notes.update_fields(store.note_id, {{"subjective", "altered"}}),
                      Contains("signed notes cannot be changed"));
    CHECK_THROWS_AS(store.notes.update_fields(store.note_id, {{"subjective", "altered"}}),
                    DatabaseError);
    CHECK_THROWS_WITH(store.notes.sign(store.note_id, "someone-else"),
                      Contains("signed notes cannot be changed"));

    const auto after = store.notes.find(store.note_id);
    REQUIRE(after);
    CHECK(after->fields == signed_note->fields);
    CHECK(after->signed_by == "jmoss");
    CHECK(after->updated_at == signed_note->updated_at);
    CHECK(scalar(store.db, "SELECT body FROM notes") == stored_body);
}

TEST_CASE("store.record_repositories: the database itself refuses SQL that alters a signed note") {
    NoteStore store;
    const auto draft = store.notes.add_draft(soap_note(store.case_id, store.session_id));
    store.notes.sign(store.note_id, "jmoss");
    const std::string stored_body =
        scalar(store.db, "SELECT body FROM notes WHERE status = 'signed'");

    CHECK_THROWS_WITH(store.db.execute("UPDATE notes SET body = '{}' WHERE status = 'signed'"),
                      Contains("signed notes cannot be changed"));
    CHECK_THROWS_WITH(store.db.execute("UPDATE notes SET status = 'draft' WHERE status = 'signed'"),
                      Contains("signed notes cannot be changed"));
    CHECK_THROWS_WITH(store.db.execute("DELETE FROM notes WHERE status = 'signed'"),
                      Contains("signed notes cannot be changed"));
    CHECK_THROWS_AS(store.db.execute("DELETE FROM notes"), DatabaseError);

    CHECK(scalar(store.db, "SELECT body FROM notes WHERE status = 'signed'") == stored_body);
    CHECK(row_count(store.db, "notes") == 2);
    // Drafts stay editable the same way: the refusal is about signing only.
    store.db.execute("DELETE FROM notes WHERE status = 'draft'");
    CHECK_FALSE(store.notes.find(draft));
}

TEST_CASE("store.record_repositories: a note that does not exist cannot be edited or signed") {
    NoteStore store;
    CHECK_THROWS_AS(store.notes.update_fields(store.note_id + 100, {}), NotFound);
    CHECK_THROWS_AS(store.notes.sign(store.note_id + 100, "jmoss"), NotFound);
}

TEST_CASE("store.record_repositories: addenda follow a signed note only, oldest first") {
    NoteStore store;
    CHECK_THROWS_WITH(store.notes.add_addendum(store.note_id, "too early", "jmoss"),
                      Contains("addenda can only be added to signed notes"));
    CHECK(row_count(store.db, "note_addenda") == 0);

    store.notes.sign(store.note_id, "jmoss");
    const auto first =
        store.notes.add_addendum(store.note_id, "Correction: " + unicode_text, "jmoss");
    const auto second = store.notes.add_addendum(store.note_id, "Second thought", "akim");
    // Written later but signed earlier (e.g. imported): signing time decides.
    store.db.execute(
        "INSERT INTO note_addenda (note_id, body, signed_at, signed_by, created_at)"
        " SELECT id, 'From paper', '2000-01-01T00:00:00Z', 'jmoss', '2000-01-01T00:00:00Z'"
        " FROM notes");
    const auto imported = store.db.last_insert_id();

    const auto addenda = store.notes.addenda(store.note_id);
    CHECK(ids(addenda) == Ids{imported, first, second});
    REQUIRE(addenda.size() == 3);
    CHECK(addenda[1].note_id == store.note_id);
    CHECK(addenda[1].text == "Correction: " + unicode_text);
    CHECK(addenda[1].signed_by == "jmoss");
    CHECK(is_utc_timestamp(addenda[1].signed_at));
    CHECK(addenda[1].created_at == addenda[1].signed_at);
    CHECK(addenda[2].signed_by == "akim");
    CHECK(store.notes.addenda(store.note_id + 100).empty());
}

TEST_CASE("store.record_repositories: an addendum cannot be changed or removed") {
    NoteStore store;
    store.notes.sign(store.note_id, "jmoss");
    store.notes.add_addendum(store.note_id, "Correction", "jmoss");

    CHECK_THROWS_WITH(store.db.execute("UPDATE note_addenda SET body = 'altered'"),
                      Contains("note addenda cannot be changed"));
    CHECK_THROWS_WITH(store.db.execute("DELETE FROM note_addenda"),
                      Contains("note addenda cannot be changed"));
    REQUIRE(store.notes.addenda(store.note_id).size() == 1);
    CHECK(store.notes.addenda(store.note_id)[0].text == "Correction");
}

TEST_CASE("store.record_repositories: a stored body that is not JSON is reported, not guessed at") {
    NoteStore store;
    store.db.execute("UPDATE notes SET body = 'not json'");
    CHECK_THROWS_AS(store.notes.find(store.note_id), DatabaseError);
}

// --- homework ------------------------------------------------------------------

TEST_CASE("store.record_repositories: a homework assignment keeps every field") {
    Store store;
    HomeworkRepository homeworks(store.db);
    HomeworkAssignment input = homework(store.case_id, "2024-06-01T19:00:00Z");
    input.client_id = store.ruth;
    input.personalisation = {{"counselor_note", unicode_text}, {"days", {"Mon", "Thu"}}};
    input.due_on = "2024-06-08";
    const auto id = homeworks.add(input);

    const auto found = homeworks.find(id);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->case_id == store.case_id);
    CHECK(found->client_id == store.ruth);
    CHECK(found->tool_id == "org.example.homework");
    CHECK(found->template_id == "love-maps");
    CHECK(found->personalisation == input.personalisation);
    CHECK(found->status == "assigned");
    CHECK(found->assigned_at == "2024-06-01T19:00:00Z");
    CHECK(found->due_on == "2024-06-08");
    CHECK(is_utc_timestamp(found->updated_at));
    CHECK_FALSE(homeworks.find(id + 1));
}

TEST_CASE("store.record_repositories: homework for the whole case, without a due date") {
    Store store;
    HomeworkRepository homeworks(store.db);
    const auto found = homeworks.find(homeworks.add(homework(store.case_id, "")));
    REQUIRE(found);
    CHECK(found->client_id == std::nullopt);
    CHECK(found->due_on == std::nullopt);
    CHECK(found->personalisation == nlohmann::json::object());
    CHECK(is_utc_timestamp(found->assigned_at));  // empty means now
}

TEST_CASE("store.record_repositories: a case's homework comes newest first") {
    Store store;
    HomeworkRepository homeworks(store.db);
    const auto other_case = CaseRepository(store.db).open(CaseKind::individual, {store.sam}, "");
    const auto old_one = homeworks.add(homework(store.case_id, "2024-01-01T00:00:00Z"));
    const auto new_one = homeworks.add(homework(store.case_id, "2024-03-01T00:00:00Z"));
    const auto tied = homeworks.add(homework(store.case_id, "2024-01-01T00:00:00Z"));
    homeworks.add(homework(other_case, "2024-05-01T00:00:00Z"));

    CHECK(ids(homeworks.for_case(store.case_id)) == Ids{new_one, tied, old_one});
    CHECK(homeworks.for_case(other_case + 100).empty());
}

TEST_CASE("store.record_repositories: homework status moves on, unknown ones and ids are refused") {
    Store store;
    HomeworkRepository homeworks(store.db);
    const auto id = homeworks.add(homework(store.case_id, ""));
    store.db.execute("UPDATE homework_assignments SET updated_at = '2000-01-01T00:00:00Z'");

    homeworks.set_status(id, "completed");
    CHECK(homeworks.find(id)->status == "completed");
    CHECK(homeworks.find(id)->updated_at != "2000-01-01T00:00:00Z");
    CHECK(is_utc_timestamp(homeworks.find(id)->updated_at));
    homeworks.set_status(id, "reviewed");
    CHECK(homeworks.find(id)->status == "reviewed");

    CHECK_THROWS_AS(homeworks.set_status(id, "done"), DatabaseError);
    CHECK(homeworks.find(id)->status == "reviewed");
    CHECK_THROWS_AS(homeworks.set_status(id + 100, "completed"), NotFound);

    HomeworkAssignment invalid = homework(store.case_id, "");
    invalid.status = "started";
    CHECK_THROWS_AS(homeworks.add(invalid), DatabaseError);
    CHECK(row_count(store.db, "homework_assignments") == 1);
}

// --- foreign keys ----------------------------------------------------------------

TEST_CASE(
    "store.record_repositories: records of clients, cases and sessions that do not exist are "
    "refused") {
    Store store;
    const std::int64_t no_client = store.sam + 100;
    const std::int64_t no_case = store.case_id + 100;

    CHECK_THROWS_AS(AdministrationRepository(store.db).add(administration(no_client, "t", "")),
                    DatabaseError);
    CHECK(row_count(store.db, "administrations") == 0);

    Administration in_no_case = administration(store.ruth, "t", "");
    in_no_case.case_id = no_case;
    CHECK_THROWS_AS(AdministrationRepository(store.db).add(in_no_case), DatabaseError);

    CHECK_THROWS_AS(FlagRepository(store.db).raise(flag(no_client, {}, "info", "", "x")),
                    DatabaseError);

    Session session;
    session.case_id = store.case_id;
    session.starts_at = "2024-06-01 18:30";
    session.attendees = {no_client};
    CHECK_THROWS_AS(SessionRepository(store.db).add(session), DatabaseError);

    CHECK_THROWS_AS(NoteRepository(store.db).add_draft(soap_note(no_case, std::nullopt)),
                    DatabaseError);
    CHECK_THROWS_AS(HomeworkRepository(store.db).add(homework(no_case, "")), DatabaseError);
    CHECK(row_count(store.db, "notes") == 0);
    CHECK(row_count(store.db, "homework_assignments") == 0);
}
