// Repositories: what is stored comes back, searches find what a counselor
// types, and one plugin never sees another's data.
#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/plugins/plugin_data_repository.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace counselor::core;
using counselor::test::TempDir;

namespace {

struct Store {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
};

NewClient person(std::string first, std::string last) {
    NewClient client;
    client.first_name = std::move(first);
    client.last_name = std::move(last);
    return client;
}

std::vector<std::string> names(const std::vector<Client>& clients) {
    std::vector<std::string> result;
    for (const auto& client : clients)
        result.push_back(client.display_name());
    return result;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("store.repositories: a client is stored with every field and timestamps") {
    Store store;
    ClientRepository clients(store.db);
    NewClient input = person("Ruth", "Okafor");
    input.date_of_birth = "1984-03-12";
    input.email = "ruth@example.org";
    const std::int64_t id = clients.add(input);

    const auto found = clients.find(id);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->display_name() == "Ruth Okafor");
    CHECK(found->date_of_birth == "1984-03-12");
    CHECK(found->email == "ruth@example.org");
    CHECK(found->phone == std::nullopt);
    CHECK(std::regex_match(found->created_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    CHECK(found->updated_at == found->created_at);
    CHECK_FALSE(clients.find(id + 1));
    CHECK(clients.count() == 1);
}

TEST_CASE("store.repositories: client search matches the start of first or last name") {
    Store store;
    ClientRepository clients(store.db);
    for (const auto& [first, last] :
         std::vector<std::pair<std::string, std::string>>{{"Anna", "Berg"},
                                                          {"Bertil", "Andersson"},
                                                          {"carl", "anderberg"},
                                                          {"Dora", "Lindqvist"},
                                                          {"Annika", "Berg"}}) {
        clients.add(person(first, last));
    }

    SECTION("case-insensitive, ordered by last then first name") {
        CHECK(names(clients.search("AND")) == Names{"carl anderberg", "Bertil Andersson"});
        CHECK(names(clients.search("ann")) == Names{"Anna Berg", "Annika Berg"});
        CHECK(names(clients.search("berg")) == Names{"Anna Berg", "Annika Berg"});
    }
    SECTION("prefix only: text inside a name does not match") {
        CHECK(clients.search("qvist").empty());
        CHECK(clients.search("nna").empty());
    }
    SECTION("empty text lists everyone, in pages") {
        CHECK(names(clients.search("")) == Names{"carl anderberg", "Bertil Andersson", "Anna Berg",
                                                 "Annika Berg", "Dora Lindqvist"});
        CHECK(names(clients.search("", 2)) == Names{"carl anderberg", "Bertil Andersson"});
        CHECK(names(clients.search("", 2, 2)) == Names{"Anna Berg", "Annika Berg"});
        CHECK(names(clients.search("", 2, 4)) == Names{"Dora Lindqvist"});
    }
}

TEST_CASE("store.repositories: % and _ in search text are taken literally") {
    Store store;
    ClientRepository clients(store.db);
    clients.add(person("100%", "Sure"));
    clients.add(person("1000", "Other"));
    clients.add(person("A_b", "Under"));
    clients.add(person("Axb", "Cross"));
    clients.add(person("Back\\slash", "Esc"));

    CHECK(names(clients.search("100%")) == Names{"100% Sure"});
    CHECK(names(clients.search("%")).empty());
    CHECK(names(clients.search("A_")) == Names{"A_b Under"});
    CHECK(names(clients.search("Back\\")) == Names{"Back\\slash Esc"});
}

TEST_CASE("store.repositories: a case keeps its members in the order given") {
    Store store;
    ClientRepository clients(store.db);
    CaseRepository cases(store.db);
    const auto zed = clients.add(person("Zed", "Adams"));
    const auto amy = clients.add(person("Amy", "Zimmer"));
    const auto case_id = cases.open(CaseKind::couple, {zed, amy}, "Premarital");

    const auto found = cases.find(case_id);
    REQUIRE(found);
    CHECK(found->kind == CaseKind::couple);
    CHECK(found->title == "Premarital");
    CHECK(found->status == "open");
    CHECK_FALSE(found->opened_at.empty());
    REQUIRE(found->members.size() == 2);
    CHECK(found->members[0].client_id == zed);
    CHECK(found->members[0].first_name == "Zed");
    CHECK(found->members[1].client_id == amy);
    CHECK(found->members[1].last_name == "Zimmer");
    CHECK_FALSE(cases.find(case_id + 1));
}

TEST_CASE("store.repositories: a client's cases are found, newest first") {
    Store store;
    ClientRepository clients(store.db);
    CaseRepository cases(store.db);
    const auto ruth = clients.add(person("Ruth", "Okafor"));
    const auto sam = clients.add(person("Sam", "Okafor"));
    const auto alone = cases.open(CaseKind::individual, {ruth}, "");
    const auto together = cases.open(CaseKind::couple, {ruth, sam}, "");

    const auto of_ruth = cases.for_client(ruth);
    REQUIRE(of_ruth.size() == 2);
    CHECK(of_ruth[0].id == together);
    CHECK(of_ruth[1].id == alone);
    REQUIRE(cases.for_client(sam).size() == 1);
    CHECK(cases.for_client(sam)[0].members.size() == 2);
    CHECK(cases.for_client(sam + 1).empty());
}

TEST_CASE("store.repositories: case kinds convert to and from their names") {
    for (const CaseKind kind : {CaseKind::individual, CaseKind::couple, CaseKind::family}) {
        CHECK(case_kind_from_string(to_string(kind)) == kind);
    }
    CHECK(to_string(CaseKind::couple) == "couple");
    CHECK_FALSE(case_kind_from_string("Couple"));
    CHECK_FALSE(case_kind_from_string("group"));
}

TEST_CASE("store.repositories: settings are read back and replaced") {
    Store store;
    SettingsRepository settings(store.db);
    CHECK_FALSE(settings.get("practice_name"));
    settings.set("practice_name", "Riverside Counseling");
    settings.set("counselor_name", "Rev. J. Moss");
    settings.set("practice_name", "Riverside Family Counseling");
    CHECK(settings.get("practice_name") == "Riverside Family Counseling");
    CHECK(settings.get("counselor_name") == "Rev. J. Moss");
    CHECK(counselor::test::row_count(store.db, "practice_settings") == 2);
}

TEST_CASE("store.repositories: plugin data is scoped to the plugin that wrote it") {
    Store store;
    PluginDataRepository data(store.db);
    data.set("org.example.genogram", "layout", "A");
    data.set("org.example.checkin", "layout", "B");

    CHECK(data.get("org.example.genogram", "layout") == "A");
    CHECK(data.get("org.example.checkin", "layout") == "B");
    CHECK_FALSE(data.get("org.example.other", "layout"));

    data.set("org.example.genogram", "layout", "A2");
    data.erase("org.example.checkin", "layout");
    CHECK(data.get("org.example.genogram", "layout") == "A2");
    CHECK_FALSE(data.get("org.example.checkin", "layout"));
    data.erase("org.example.checkin", "never-written");  // nothing to erase is not an error
}

TEST_CASE("store.repositories: the audit log lists the newest entries first") {
    Store store;
    AuditLog log(store.db);
    for (int i = 1; i <= 3; ++i) {
        AuditEntry entry;
        entry.actor = "jmoss";
        entry.action = "client.view";
        entry.record_type = "client";
        entry.record_id = i;
        log.append(entry);
    }
    AuditEntry dated;
    dated.at = "2020-05-05T10:00:00Z";
    dated.actor = "jmoss";
    dated.action = "settings.change";
    dated.outcome = "refused";
    log.append(dated);

    const auto recent = log.recent(3);
    REQUIRE(recent.size() == 3);
    CHECK(recent[0].action == "settings.change");
    CHECK(recent[0].at == "2020-05-05T10:00:00Z");  // a given time is kept
    CHECK(recent[0].outcome == "refused");
    CHECK(recent[0].record_id == std::nullopt);
    CHECK(recent[1].record_id == 3);
    CHECK(recent[2].record_id == 2);
    CHECK_FALSE(recent[1].at.empty());  // and a missing one is filled in
    CHECK(recent[1].outcome == "ok");
}
