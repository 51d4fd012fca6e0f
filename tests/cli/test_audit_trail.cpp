// The audit trail's end, through counselorctl: rows deleted from the end of
// the log with SQL are named by `audit verify` and `check`; normal use,
// backups and restores keep the log's head in step.
#include "cli_workspace.hpp"

#include <counselor/core/audit/audit_head.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace counselor;
using test::Workspace;
namespace fs = std::filesystem;

namespace {

std::int64_t newest_row(const Workspace& w) {
    return w.json({"audit", "list", "--limit", "1"})[0]["id"].get<std::int64_t>();
}

// What someone with the file and the sqlite3 tool could do.
void delete_newest_rows(const Workspace& w, int count) {
    auto db = core::Database::open(w.db());
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_delete");
    db.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - " +
               std::to_string(count));
}

}  // namespace

TEST_CASE("audit: the newest rows deleted are named by verify and check", "[cli][audit]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    w.add_client("Samuel", "Later");
    CHECK_THAT(w.ok({"audit", "verify"}), Catch::Contains("intact"));
    const auto last = newest_row(w);
    delete_newest_rows(w, 2);
    const std::string expected = "the newest 2 audit rows were removed (the log ended at row " +
                                 std::to_string(last) + ", now ends at row " +
                                 std::to_string(last - 2) + ")";
    auto verify = w.run({"audit", "verify"});
    INFO(verify.err);
    CHECK(verify.exit_code == 1);
    CHECK(verify.err == "counselorctl: " + expected + "\n");
    auto check = w.run({"check"});
    CHECK(check.exit_code == 1);
    CHECK_THAT(check.out, Catch::Contains("audit chain: problem: " + expected));
}

TEST_CASE("audit: a crash between commit and the head's write is no alarm", "[cli][audit]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto head = core::read_audit_head(w.db());
    REQUIRE(head);
    w.add_client("Samuel", "Later");
    core::write_audit_head(w.db(), *head);  // the newer rows committed, their head not written
    CHECK_THAT(w.ok({"audit", "verify"}), Catch::Contains("intact"));
    CHECK_THAT(w.ok({"check"}), Catch::Contains("audit chain: ok"));
}

TEST_CASE("audit: a restore puts the restored log's head in place", "[cli][audit][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto file = w.home() / "practice.backup";
    w.ok({"backup", "--out", file.string()});
    // The live log grows past the backup's: its head must not stay.
    for (int i = 0; i < 3; ++i)
        w.add_client("Later", std::to_string(i));
    w.ok({"restore", "--from", file.string()});
    CHECK_THAT(w.ok({"audit", "verify"}), Catch::Contains("intact"));
    CHECK(core::read_audit_head(w.db())->row == newest_row(w));
    w.add_client("After", "Restore");
    CHECK_THAT(w.ok({"check"}), Catch::Contains("audit chain: ok"));
}

TEST_CASE("audit: plugins loaded or refused are recorded once, again only when they change",
          "[cli][audit][plugins]") {
    Workspace w;
    w.init();
    const std::string fixtures = COUNSELOR_FIXTURE_PLUGIN_DIR;
    auto rows_about = [&](const std::string& action) {
        std::vector<std::string> details;
        for (const auto& row : w.json({"audit", "list", "--limit", "1000"}))
            if (row["action"] == action) details.push_back(row["detail"].get<std::string>());
        return details;
    };
    w.ok({"--plugin-dir", fixtures, "plugins", "list"});
    const auto loads = rows_about("plugin.load");
    const auto refusals = rows_about("plugin.refuse");
    CHECK_THAT(Catch::Detail::stringify(loads), Catch::Contains("weekly-checkin 1.0.0"));
    const auto refused = Catch::Detail::stringify(refusals);
    CHECK_THAT(refused, Catch::Contains("wrong-abi-major 1.0.0: ABI mismatch") &&
                            Catch::Contains("bad manifest") && Catch::Contains("duplicate id"));
    CHECK(refused.find(fixtures) == std::string::npos);  // kinds, never paths

    // The same plugins again, in safe mode, or by another command: nothing new.
    const auto rows = newest_row(w);
    w.ok({"--plugin-dir", fixtures, "plugins", "list"});
    w.ok({"--plugin-dir", fixtures, "tools", "list"});
    w.ok({"--safe-mode", "plugins", "list"});
    CHECK(newest_row(w) == rows);

    // Switched off by the user: a new reason, one row.
    w.ok({"plugins", "disable", "weekly-checkin"});
    w.ok({"plugins", "list"});
    w.ok({"plugins", "list"});
    CHECK(rows_about("plugin.refuse").front() == "weekly-checkin 1.0.0: switched off by the user");
    CHECK(newest_row(w) == rows + 2);  // the switch itself and its refusal
}
