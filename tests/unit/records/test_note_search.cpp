// Full-text search over signed notes: what a counselor wrote is found by any
// of its words, field names and drafts are not, and nothing typed is read as
// query syntax.
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/records/note_repository.hpp"
#include "counselor/core/records/note_search.hpp"
#include "counselor/core/records/session_repository.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace counselor::core;
using counselor::test::TempDir;

namespace {

struct Store {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    std::int64_t case_id = open_case();
    std::int64_t session_id = add_session();

    std::int64_t open_case() {
        NewClient client;
        client.first_name = "Ruth";
        client.last_name = "Okafor";
        const auto id = ClientRepository(db).add(client);
        return CaseRepository(db).open(CaseKind::individual, {id}, "");
    }
    std::int64_t add_session() {
        Session session;
        session.case_id = case_id;
        session.starts_at = "2026-03-02 10:00";
        session.attendees = {1};
        return SessionRepository(db).add(session);
    }
    std::int64_t note(const nlohmann::json& fields, bool sign) {
        Note note;
        note.session_id = session_id;
        note.case_id = case_id;
        note.tool_id = "session-note";
        note.template_id = "soap";
        note.fields = fields;
        NoteRepository notes(db);
        const auto id = notes.add_draft(note);
        if (sign) notes.sign(id, "counselor");
        return id;
    }
    std::vector<std::int64_t> found(const std::string& text, int limit = 20) {
        std::vector<std::int64_t> ids;
        for (const auto& hit : NoteSearch(db).search(text, limit))
            ids.push_back(hit.note_id);
        return ids;
    }
};

using Ids = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("note search: a signed note is found by its words, in any case and without accents") {
    Store store;
    const auto money = store.note({{"subjective", "Arguments about money and the Café bills."},
                                   {"plan", "Budget\nconversation on Friday."}},
                                  true);
    const auto grief = store.note({{"subjective", "Grief after the move."}}, true);

    CHECK(store.found("money") == Ids{money});
    CHECK(store.found("MONEY bills") == Ids{money});
    CHECK(store.found("cafe") == Ids{money});
    CHECK(store.found("conversation") == Ids{money});  // the word after a line break
    CHECK(store.found("mon*") == Ids{money});
    CHECK(store.found("money grief").empty());       // every word must be there
    CHECK(store.found("the") == Ids{grief, money});  // newest first
    CHECK(store.found("the", 1) == Ids{grief});

    const auto hits = NoteSearch(store.db).search("bills");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].case_id == store.case_id);
    CHECK(hits[0].session_starts_at == "2026-03-02 10:00");
    CHECK_THAT(hits[0].excerpt, Catch::Contains("Café bills"));
}

TEST_CASE("note search: field names, JSON and drafts are not searched") {
    Store store;
    const auto draft = store.note({{"subjective", "Forgiveness came up."}}, false);
    store.note({{"subjective", "A calm week."},
                {"risk_observed", false},
                {"danger_between_spouses", false},
                {"attendance", "both"}},
               true);
    CHECK(store.found("subjective").empty());
    CHECK(store.found("risk").empty());
    CHECK(store.found("false").empty());
    CHECK(store.found("forgiveness").empty());  // a draft is not in the record yet

    NoteRepository(store.db).sign(draft, "counselor");
    CHECK(store.found("forgiveness") == Ids{draft});  // signing puts it in
}

TEST_CASE("note search: what is typed is never read as query syntax") {
    Store store;
    const auto id = store.note({{"plan", "Call O'Brien near the end (not before)."}}, true);
    for (const std::string typed :
         {"\"", "o'brien", "NEAR", "end OR", "-not", "(not", "*", "   "}) {
        INFO(typed);
        CHECK_NOTHROW(NoteSearch(store.db).search(typed));
    }
    CHECK(store.found("o'brien") == Ids{id});
    CHECK(store.found("NEAR end") == Ids{id});
    CHECK(store.found("   ").empty());
    CHECK(NoteSearch::match_expression("walk* \"together\"") == "\"walk*\" \"together\"");
}

TEST_CASE("note search: the index is filled for notes signed before schema 3") {
    TempDir dir;
    const auto path = dir / "practice.db";
    {
        auto migrations = embedded_migrations();
        migrations.resize(2);
        Database db = Database::open(path, {}, migrations);
        db.execute(
            "INSERT INTO cases (id, kind, opened_at) VALUES (1, 'individual', '2026-01-01');"
            "INSERT INTO notes (case_id, body, status, signed_at, signed_by, created_at,"
            " updated_at) VALUES (1, '{\"plan\":\"Reconcile with her sister\"}', 'signed',"
            " 'x', 'y', 'x', 'x');");
    }
    Database db = Database::open(path);
    CHECK(NoteSearch(db).search("sister").size() == 1);
}

// The quick scan note_text uses must say exactly what a full parse says:
// the index and the excerpts depend on it.
namespace {
std::string parsed_text(const std::string& body) {
    const auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) return body;
    std::string text;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& value) {
        if (value.is_string()) {
            if (!text.empty()) text += '\n';
            text += value.get<std::string>();
        } else if (value.is_structured()) {
            for (const auto& element : value)
                walk(element);
        }
    };
    walk(parsed);
    return text;
}
}  // namespace

TEST_CASE("note search: a note's text is its string values, as the JSON parser reads them") {
    const std::vector<std::string> bodies = {
        R"({"concerns":"Trust after the move","plan":"Walk together"})",
        R"({"a":"","b":"second","c":["x",{"d":"y"},3,-1.5e+3,true,false,null]})",
        R"( { "esc" : "quote \" slash \\ \/ tab \t line \n end" } )",
        R"({"accent":"Zoë café naïve — 東京"})",
        R"({"unicode":"\u00e9t\u00e9 \ud83d\ude00"})",
        R"({"z":"last","a":"first"})",  // not in key order: the parser sorts
        R"({"k":"one","k":"two"})",     // a repeated key: the parser keeps one
        R"(["top","level",["array"]])",
        R"("just a string")",
        R"({"n":01})",
        R"({"n":1.})",
        R"({"n":-})",
        R"({"open":"never closed)",
        R"({"a":"b",})",
        R"({"a":"b"} trailing)",
        "{\"raw\":\"control \x01 char\"}",
        "{\"bad\":\"\xC3\x28\"}",
        "not JSON at all",
        "",
        "   ",
        R"({"deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
        R"({"e":"bad escape \q"})",
        R"({"t":tru})",
        R"({"empty":{},"list":[],"after":"x"})",
    };
    for (const auto& body : bodies) {
        INFO(body);
        CHECK(note_text(body) == parsed_text(body));
    }
}
