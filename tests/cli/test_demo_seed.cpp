// counselorctl demo seed and note search end to end: a made-up practice is
// the same for the same seed, holds what a practice holds, keeps the
// database and its audit trail intact, and never lands on real records.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace counselor;
using test::Workspace;

namespace {

std::int64_t count(const std::filesystem::path& db_path, const std::string& sql) {
    auto db = core::Database::open(db_path);
    auto query = db.prepare(sql);
    REQUIRE(query.step());
    return query.int64(0);
}

std::string text(const std::filesystem::path& db_path, const std::string& sql) {
    auto db = core::Database::open(db_path);
    auto query = db.prepare(sql);
    REQUIRE(query.step());
    return query.text(0);
}

// How many rows a statement gives (a pragma may give none).
std::int64_t rows(const std::filesystem::path& db_path, const std::string& sql) {
    auto db = core::Database::open(db_path);
    auto query = db.prepare(sql);
    std::int64_t n = 0;
    while (query.step())
        ++n;
    return n;
}

// The rows the seed wrote to the audit trail, without their hashes: those
// chain from the rows `init` wrote for the plugins the practice started
// with, which carry the second it was made in.
std::string seeded_trail(const std::filesystem::path& db_path) {
    auto db = core::Database::open(db_path);
    auto query = db.prepare(
        "SELECT at, actor, action, record_type, IFNULL(record_id, ''), IFNULL(detail, ''), outcome"
        " FROM audit_log WHERE action NOT LIKE 'plugin.%' ORDER BY id");
    std::string trail;
    while (query.step()) {
        for (int column = 0; column < 7; ++column)
            trail += query.text(column) + '|';
        trail += '\n';
    }
    return trail;
}

}  // namespace

TEST_CASE("demo seed makes the same practice for the same seed", "[cli][seed]") {
    Workspace first;
    Workspace second;
    Workspace other;
    for (const Workspace* w : {&first, &second, &other})
        w->init();
    const auto summary = first.json({"demo", "seed", "--clients", "50", "--seed", "7"});
    second.ok({"demo", "seed", "--clients", "50", "--seed", "7"});
    other.ok({"demo", "seed", "--clients", "50", "--seed", "8"});
    CHECK(test::database_snapshot(first.db(), "audit_log") ==
          test::database_snapshot(second.db(), "audit_log"));
    CHECK(seeded_trail(first.db()) == seeded_trail(second.db()));
    CHECK(test::database_snapshot(first.db(), "audit_log") !=
          test::database_snapshot(other.db(), "audit_log"));
    CHECK(seeded_trail(first.db()) != seeded_trail(other.db()));

    CHECK(summary["clients"] == 50);
    CHECK(count(first.db(), "SELECT COUNT(*) FROM clients") == 50);
    CHECK(summary["couples"].get<int>() > 5);
    CHECK(summary["individual_cases"].get<int>() > 3);
    CHECK(count(first.db(), "SELECT COUNT(*) FROM sessions") == summary["sessions"]);
    // About twenty sessions a client, a signed note for each one held.
    CHECK(summary["sessions"].get<int>() > 50 * 12);
    CHECK(summary["notes"].get<int>() > 50 * 10);
    CHECK(count(first.db(), "SELECT COUNT(*) FROM notes WHERE status = 'signed'") >
          summary["notes"].get<int>() * 9 / 10);
    CHECK(count(first.db(), "SELECT MIN(LENGTH(body)) FROM notes") > 250);
    // Written and signed in working hours (8:00 to 20:00), never before the writing.
    CHECK(count(first.db(),
                "SELECT COUNT(*) FROM notes WHERE substr(created_at, 12, 5) NOT BETWEEN '08:00'"
                " AND '20:00' OR substr(signed_at, 12, 5) NOT BETWEEN '08:00' AND '20:00'"
                " OR signed_at < created_at") == 0);
    // Both spouses take the inventories, more than once over the case.
    CHECK(summary["administrations"].get<int>() > 50 * 5);
    CHECK(count(first.db(),
                "SELECT COUNT(*) FROM (SELECT case_id FROM administrations"
                " WHERE tool_id = 'stage-inventory' GROUP BY case_id"
                " HAVING COUNT(DISTINCT client_id) = 2 AND COUNT(*) >= 4)") > 5);
    CHECK(count(first.db(), "SELECT COUNT(*) FROM administrations WHERE result IS NULL") == 0);
    CHECK(count(first.db(), "SELECT COUNT(DISTINCT status) FROM homework_assignments") == 3);
    CHECK(count(first.db(), "SELECT COUNT(*) FROM audit_log WHERE action NOT LIKE 'plugin.%'") ==
          summary["audit_rows"]);
    CHECK(text(first.db(), "PRAGMA integrity_check") == "ok");
    CHECK(rows(first.db(), "PRAGMA foreign_key_check") == 0);

    const auto verified = first.json({"audit", "verify"});
    CHECK(verified["intact"] == true);
    CHECK(verified["rows_checked"] == count(first.db(), "SELECT COUNT(*) FROM audit_log"));
}

TEST_CASE("demo seed raises safety flags on a few cases at the larger sizes", "[cli][seed]") {
    Workspace w;
    w.init();
    const auto summary = w.json({"demo", "seed", "--clients", "400", "--seed", "3"});
    CHECK(summary["flags"].get<int>() > 0);
    CHECK(count(w.db(), "SELECT COUNT(DISTINCT case_id) FROM flags WHERE severity = 'critical'") <
          summary["couples"].get<int>() / 5);
    CHECK(w.json({"audit", "verify"})["intact"] == true);
}

TEST_CASE("demo seed refuses a practice that has records", "[cli][seed]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    test::expect_refused(w, {"demo", "seed", "--clients", "10"}, "already has 1 clients");

    Workspace seeded;
    seeded.init();
    seeded.ok({"demo", "seed", "--clients", "10"});
    test::expect_refused(seeded, {"demo", "seed", "--clients", "10"}, "already has 10 clients");
    CHECK(seeded.run({"demo", "seed", "--clients", "0"}).exit_code == 2);
}

TEST_CASE("note search finds signed notes by their words, never by field names", "[cli][seed]") {
    Workspace w;
    w.init();
    w.ok({"demo", "seed", "--clients", "20", "--seed", "5"});
    const auto hits = w.json({"note", "search", "week", "--limit", "5"});
    REQUIRE(hits.size() == 5);
    for (const auto& hit : hits) {
        CHECK_THAT(hit["excerpt"].get<std::string>(), Catch::Contains("week"));
        CHECK(hit["signed_at"].get<std::string>().size() == 20);
    }
    CHECK(hits[0]["note_id"].get<int>() > hits[4]["note_id"].get<int>());
    CHECK(w.json({"note", "search", "subjective"}).empty());
    CHECK_THAT(w.ok({"note", "search", "zzzunheardof"}), Catch::Contains("No signed note"));
    CHECK(w.run({"note", "search"}).exit_code == 2);
}
