// The user actions on records: input is checked before anything is written,
// each action leaves exactly one audit row with ids and no names, and an
// action that fails leaves nothing behind.
#include "counselor/core/records/record_service.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;
using counselor::test::row_count;
using counselor::test::TempDir;

namespace {

struct Store {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    RecordService records{db, "jmoss"};

    std::int64_t clients() { return row_count(db, "clients"); }
    std::int64_t cases() { return row_count(db, "cases"); }
    std::int64_t audit_rows() { return row_count(db, "audit_log"); }
};

NewClient person(std::string first, std::string last) {
    NewClient client;
    client.first_name = std::move(first);
    client.last_name = std::move(last);
    return client;
}

// Every column of every audit row, to look for text that must not be there.
std::string all_audit_text(Database& db) {
    Statement query = db.prepare(
        "SELECT at, actor, action, record_type, IFNULL(record_id, ''), outcome, detail"
        " FROM audit_log");
    std::string text;
    while (query.step()) {
        for (int column = 0; column < 7; ++column)
            text += query.text(column) + "|";
    }
    return text;
}

// Runs `action`, which must throw UserError (or a subclass) with `message`.
template <typename Fn>
void check_refused(Fn&& action, const std::string& message) {
    try {
        action();
        FAIL("expected the action to be refused with: " << message);
    } catch (const UserError& error) {
        CHECK(std::string(error.what()) == message);
    }
}

}  // namespace

TEST_CASE("store.records: adding a client writes it and one audit row without the name") {
    Store store;
    NewClient input = person("  Margaret ", "Whitfield");
    input.date_of_birth = "1971-06-30";
    input.email = "mw@example.org";
    input.phone = "  ";
    const std::int64_t id = store.records.add_client(input);

    const Client client = store.records.view_client(id);
    CHECK(client.first_name == "Margaret");  // surrounding blanks dropped
    CHECK(client.phone == std::nullopt);     // a blank field is no field

    const auto entries = AuditLog(store.db).recent(10);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == "client.create");
    CHECK(entries[1].actor == "jmoss");
    CHECK(entries[1].record_type == "client");
    CHECK(entries[1].record_id == id);
    CHECK(entries[1].outcome == "ok");
    CHECK(entries[0].action == "client.view");
    CHECK(entries[0].record_id == id);

    const std::string audit = all_audit_text(store.db);
    for (const char* secret : {"Margaret", "Whitfield", "1971", "mw@example.org"}) {
        CHECK_THAT(audit, !Catch::Contains(secret, Catch::CaseSensitive::No));
    }
}

TEST_CASE("store.records: a client with missing or wrong details is refused, nothing written") {
    Store store;
    store.records.add_client(person("Ruth", "Okafor"));
    const auto clients_before = store.clients();
    const auto audit_before = store.audit_rows();

    NewClient input = person("Ruth", "Okafor");
    SECTION("empty first name") {
        input.first_name = "   ";
        check_refused([&] { store.records.add_client(input); }, "first name is required");
    }
    SECTION("empty last name") {
        input.last_name = "";
        check_refused([&] { store.records.add_client(input); }, "last name is required");
    }
    SECTION("a date of birth that does not exist") {
        input.date_of_birth = "1990-02-30";
        check_refused([&] { store.records.add_client(input); },
                      "date of birth '1990-02-30' is not a real date; use YYYY-MM-DD");
    }
    SECTION("a date of birth in another format") {
        input.date_of_birth = "12/03/1984";
        check_refused([&] { store.records.add_client(input); },
                      "date of birth '12/03/1984' is not a real date; use YYYY-MM-DD");
    }
    SECTION("a date of birth in the future") {
        input.date_of_birth = "2999-01-01";
        check_refused([&] { store.records.add_client(input); },
                      "date of birth '2999-01-01' is in the future");
    }
    SECTION("an email without @") {
        input.email = "ruth.example.org";
        check_refused([&] { store.records.add_client(input); },
                      "email 'ruth.example.org' is not an address like name@example.org");
    }
    SECTION("an email with nothing after @") {
        input.email = "ruth@";
        check_refused([&] { store.records.add_client(input); },
                      "email 'ruth@' is not an address like name@example.org");
    }
    CHECK(store.clients() == clients_before);
    CHECK(store.audit_rows() == audit_before);
}

TEST_CASE("store.records: viewing an unknown client or case is NotFound and not audited") {
    Store store;
    check_refused([&] { store.records.view_client(42); }, "no client with id 42");
    check_refused([&] { store.records.view_case(7); }, "no case with id 7");
    check_refused([&] { store.records.cases_of(42); }, "no client with id 42");
    CHECK_THROWS_AS(store.records.view_client(42), NotFound);
    CHECK(store.audit_rows() == 0);
}

TEST_CASE("store.records: a client opened on a case is audited as both views, in one commit") {
    Store store;
    const auto ruth = store.records.add_client(person("Ruth", "Okafor"));
    const auto sam = store.records.add_client(person("Samuel", "Okafor"));
    const auto case_id = store.records.open_case(CaseKind::couple, {ruth, sam});
    const auto audit_before = store.audit_rows();

    const auto opened = store.records.view_client_on_case(sam, case_id);
    CHECK(opened.client.first_name == "Samuel");
    REQUIRE(opened.shown_case);
    CHECK(opened.shown_case->members.size() == 2);
    // The rows view_client and view_case write, in that order.
    const auto entries = AuditLog(store.db).recent(2);
    REQUIRE(store.audit_rows() == audit_before + 2);
    CHECK(entries[1].action == "client.view");
    CHECK(entries[1].record_id == sam);
    CHECK(entries[0].action == "case.view");
    CHECK(entries[0].record_id == case_id);
    CHECK(AuditLog(store.db).verify().intact());

    // Without a case only the client's view.
    CHECK_FALSE(store.records.view_client_on_case(ruth, std::nullopt).shown_case);
    CHECK(store.audit_rows() == audit_before + 3);

    // An unknown case writes neither row.
    check_refused([&] { store.records.view_client_on_case(ruth, 999); }, "no case with id 999");
    check_refused([&] { store.records.view_client_on_case(42, case_id); }, "no client with id 42");
    CHECK(store.audit_rows() == audit_before + 3);
}

TEST_CASE("store.records: opening a case audits it with member ids, not names") {
    Store store;
    const auto ruth = store.records.add_client(person("Ruth", "Okafor"));
    const auto sam = store.records.add_client(person("Samuel", "Okafor"));
    const auto case_id = store.records.open_case(CaseKind::couple, {ruth, sam}, " Okafor couple ");

    const Case opened = store.records.view_case(case_id);
    CHECK(opened.kind == CaseKind::couple);
    CHECK(opened.title == "Okafor couple");
    REQUIRE(opened.members.size() == 2);
    CHECK(opened.members[0].client_id == ruth);
    CHECK(opened.members[1].client_id == sam);
    REQUIRE(store.records.cases_of(sam).size() == 1);

    const auto entries = AuditLog(store.db).recent(2);
    CHECK(entries[0].action == "case.view");
    CHECK(entries[0].record_id == case_id);
    CHECK(entries[1].action == "case.open");
    CHECK(entries[1].record_type == "case");
    CHECK(entries[1].record_id == case_id);
    CHECK(entries[1].detail ==
          "kind=couple clients=" + std::to_string(ruth) + "," + std::to_string(sam));
    CHECK_THAT(all_audit_text(store.db), !Catch::Contains("Okafor") && !Catch::Contains("Ruth") &&
                                             !Catch::Contains("Samuel"));
}

TEST_CASE("store.records: a case with the wrong members is refused, nothing written") {
    Store store;
    const auto ruth = store.records.add_client(person("Ruth", "Okafor"));
    const auto sam = store.records.add_client(person("Sam", "Okafor"));
    const auto cases_before = store.cases();
    const auto audit_before = store.audit_rows();

    SECTION("a couple of one") {
        check_refused([&] { store.records.open_case(CaseKind::couple, {ruth}); },
                      "a couple case has exactly two clients (got 1)");
    }
    SECTION("an individual case of two") {
        check_refused(
            [&] {
                store.records.open_case(CaseKind::individual, {ruth, sam});
            },
            "an individual case has exactly one client (got 2)");
    }
    SECTION("a family of nobody") {
        check_refused([&] { store.records.open_case(CaseKind::family, {}); },
                      "a family case needs at least one client");
    }
    SECTION("the same client twice") {
        check_refused(
            [&] {
                store.records.open_case(CaseKind::couple, {ruth, ruth});
            },
            "client " + std::to_string(ruth) + " is listed twice; list each once");
    }
    SECTION("a client that does not exist") {
        check_refused(
            [&] {
                store.records.open_case(CaseKind::family, {ruth, sam, 42});
            },
            "no client with id 42");
        CHECK_THROWS_AS(store.records.open_case(CaseKind::couple, {ruth, 42}), NotFound);
    }
    CHECK(store.cases() == cases_before);
    CHECK(row_count(store.db, "case_members") == 0);
    CHECK(store.audit_rows() == audit_before);
}

TEST_CASE("store.records: a family case takes any number of members") {
    Store store;
    std::vector<std::int64_t> family;
    for (const char* first : {"Ada", "Ben", "Cy"}) {
        family.push_back(store.records.add_client(person(first, "Moss")));
    }
    const auto case_id = store.records.open_case(CaseKind::family, family);
    CHECK(store.records.view_case(case_id).members.size() == 3);
}

TEST_CASE("store.records: when the audit row cannot be written, the client is not kept") {
    Store store;
    // Make every audit insert fail, as a full disk or a broken schema would.
    store.db.execute(
        "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END");

    CHECK_THROWS_AS(store.records.add_client(person("Ruth", "Okafor")), DatabaseError);
    CHECK(store.clients() == 0);

    store.db.execute("DROP TRIGGER audit_fails");
    const auto id = store.records.add_client(person("Ruth", "Okafor"));
    CHECK(store.clients() == 1);
    CHECK(AuditLog(store.db).recent(1).at(0).record_id == id);
}

TEST_CASE("store.records: a failed case opening leaves no members behind") {
    Store store;
    const auto ruth = store.records.add_client(person("Ruth", "Okafor"));
    store.db.execute(
        "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log WHEN NEW.action = 'case.open'"
        " BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END");

    CHECK_THROWS_AS(store.records.open_case(CaseKind::individual, {ruth}), DatabaseError);
    CHECK(store.cases() == 0);
    CHECK(row_count(store.db, "case_members") == 0);
}

TEST_CASE("store.records: finding clients searches by name without auditing") {
    Store store;
    store.records.add_client(person("Ruth", "Okafor"));
    store.records.add_client(person("Dora", "Lind"));
    const auto audit_before = store.audit_rows();
    const auto found = store.records.find_clients(" ok");
    REQUIRE(found.size() == 1);
    CHECK(found[0].first_name == "Ruth");
    CHECK(store.audit_rows() == audit_before);
}

TEST_CASE("store.records: a new couple is both spouses and their case, audited by id") {
    Store store;
    auto couple = store.records.add_couple(person(" Ruth ", "Okafor"), person("Samuel", "Okafor"),
                                           " Okafor marriage ");

    CHECK(store.records.view_client(couple.first_id).first_name == "Ruth");
    CHECK(store.records.view_client(couple.second_id).first_name == "Samuel");
    auto opened = store.records.view_case(couple.case_id);
    CHECK(opened.kind == CaseKind::couple);
    CHECK(opened.title == "Okafor marriage");
    REQUIRE(opened.members.size() == 2);
    CHECK(opened.members[0].client_id == couple.first_id);
    CHECK(opened.members[1].client_id == couple.second_id);
    CHECK(all_audit_text(store.db).find("Okafor") == std::string::npos);
}

TEST_CASE("store.records: a mistake in either spouse's details stores neither, and says which") {
    Store store;
    store.records.add_client(person("Already", "Here"));
    const auto before = std::make_tuple(store.clients(), store.cases(), store.audit_rows());

    SECTION("the second spouse has no last name") {
        CHECK_THROWS_WITH(store.records.add_couple(person("Ruth", "Okafor"), person("Samuel", "")),
                          "second spouse: last name is required");
    }
    SECTION("the first spouse's date of birth is not a date") {
        auto ruth = person("Ruth", "Okafor");
        ruth.date_of_birth = "1990-02-30";
        CHECK_THROWS_WITH(store.records.add_couple(ruth, person("Samuel", "Okafor")),
                          Catch::Contains("first spouse: date of birth"));
    }
    CHECK(std::make_tuple(store.clients(), store.cases(), store.audit_rows()) == before);
}

TEST_CASE("store.records: a client's row in a search is where the search lists them") {
    Store store;
    // Same last names in mixed case, so the order leans on NOCASE and then the id.
    for (const auto& [first, last] :
         std::vector<std::pair<std::string, std::string>>{{"ruth", "okafor"},
                                                          {"Ada", "Okafor"},
                                                          {"Ben", "Lind"},
                                                          {"Ola", "Berg"},
                                                          {"Ruth", "Okafor"},
                                                          {"Zed", "Oates"},
                                                          {"Ola", "Ng"}}) {
        store.records.add_client(person(first, last));
    }
    for (const std::string search : {"", "o", "ok", "OL"}) {
        const auto listed = store.records.find_clients(search, 100);
        for (std::size_t row = 0; row < listed.size(); ++row) {
            INFO("search '" << search << "' row " << row);
            CHECK(store.records.row_in_search(search, listed[row].id) ==
                  static_cast<std::int64_t>(row));
        }
    }
    const auto ben = store.records.find_clients("Ben").at(0).id;
    CHECK_FALSE(store.records.row_in_search("ok", ben).has_value());
    CHECK_FALSE(store.records.row_in_search("", 9999).has_value());
}
