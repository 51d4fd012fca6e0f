// counselorctl end to end: the real executable on a temporary database and a
// temporary data folder, as a counselor or a script would run it.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace counselor;
using test::ProcessResult;

namespace {

const std::filesystem::path kFixtures = COUNSELOR_FIXTURE_PLUGIN_DIR;
using test::expect_refused;
using test::file_bytes;
using test::Workspace;

}  // namespace

TEST_CASE("counselorctl --version names the program and plugin SDK versions", "[cli]") {
    Workspace w;
    auto result = w.bare({"--version"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out,
               Catch::StartsWith("counselorctl 0.") && Catch::Contains("plugin SDK 1.0"));
}

TEST_CASE("global options work before or after the command", "[cli]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    auto before = nlohmann::json::parse(w.ok({"--json", "client", "list"}));
    auto after = nlohmann::json::parse(w.ok({"client", "list", "--json"}));
    CHECK(before == after);
    CHECK(after.at(0)["last_name"] == "Lee");
}

TEST_CASE("init creates the database and is safe to run again", "[cli]") {
    Workspace w;
    auto first = w.json(
        {"init", "--no-encryption", "--practice", "Grace Counseling", "--counselor", "R. Alvarez"});
    CHECK(first["schema_version"].get<int>() >= 1);
    CHECK(std::filesystem::exists(w.db()));
    w.add_client("Ann", "Lee");
    auto again = w.init();
    CHECK_THAT(again, Catch::Contains("Database ready") && Catch::Contains(w.db().string()));
    CHECK(w.json({"client", "list"}).size() == 1);  // nothing lost
}

TEST_CASE("the default database lives in the user's data folder", "[cli]") {
    Workspace w;
    // Created on first use, encrypted like any new database.
    std::ofstream(w.home() / "passphrase") << "default words\n";
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = (w.home() / "passphrase").string();
    auto added = w.bare({"client", "add", "--first", "Ann", "--last", "Lee"});
    REQUIRE(added.exit_code == 0);
    CHECK(std::filesystem::exists(w.data() / "counselor.db"));
    auto listed = w.bare({"--json", "client", "list"});
    CHECK(nlohmann::json::parse(listed.out).at(0)["last_name"] == "Lee");
}

TEST_CASE("a couple is added, opened as a case and shown", "[cli]") {
    Workspace w;
    w.init();
    auto maria = w.add_client("María", "Núñez");
    auto david = w.add_client("David", "Núñez");
    w.ok({"client", "add", "--first", "Paul", "--last", "Okafor", "--dob", "1980-05-17", "--email",
          "paul@example.org", "--phone", "555-0100"});

    auto case_id = w.ok({"case", "open", "--kind", "couple", "--client", maria, "--client", david,
                         "--title", "Rebuilding trust"});
    auto shown = w.json({"case", "show", case_id.substr(0, case_id.find('\n'))});
    CHECK(shown["kind"] == "couple");
    CHECK(shown["title"] == "Rebuilding trust");
    REQUIRE(shown["members"].size() == 2);
    CHECK(shown["members"][0]["first_name"] == "María");
    CHECK(shown["members"][1]["first_name"] == "David");

    auto found = w.json({"client", "list", "--search", "núñ"});
    CHECK(found.size() == 2);
    auto prefix = w.json({"client", "list", "--search", "oka"});
    REQUIRE(prefix.size() == 1);
    CHECK(prefix[0]["email"] == "paul@example.org");

    auto text = w.ok({"client", "show", maria});
    CHECK_THAT(text, Catch::Contains("María Núñez") &&
                         Catch::Contains("couple, open, with María Núñez and David Núñez"));
    auto table = w.ok({"client", "list"});
    CHECK_THAT(table, Catch::Contains("LAST NAME") && Catch::Contains("Okafor"));
}

TEST_CASE("plugins list shows the example loaded and every fixture refused with its reason",
          "[cli]") {
    Workspace w;
    w.init();
    auto plugins = w.json({"--plugin-dir", kFixtures.string(), "plugins", "list"});
    int refused = 0;
    bool example_loaded = false;
    for (const auto& plugin : plugins) {
        if (plugin["id"] == "weekly-checkin" && plugin["status"] == "loaded") example_loaded = true;
        // dynamic-tools is the one fixture meant to load (its tools come from describe()).
        if (plugin["path"].get<std::string>().find(kFixtures.string()) == 0 &&
            plugin["id"] != "dynamic-tools") {
            INFO(plugin.dump());
            CHECK(plugin["status"] == "refused");
            CHECK_FALSE(plugin["reason"].get<std::string>().empty());
            ++refused;
        }
    }
    CHECK(example_loaded);
    CHECK(refused == 12);

    auto text = w.ok({"--plugin-dir", kFixtures.string(), "plugins", "list"});
    CHECK_THAT(text, Catch::Contains("Reasons:") &&
                         Catch::Contains("does not export counselor_plugin_entry"));
}

TEST_CASE("tools list and form show present the example assessment", "[cli]") {
    Workspace w;
    w.init();
    auto tools = w.json({"tools", "list"});
    // The example sits among the other bundled tools, wherever it sorts.
    auto checkin = std::find_if(tools.begin(), tools.end(),
                                [](const auto& tool) { return tool["id"] == "weekly-checkin"; });
    REQUIRE(checkin != tools.end());
    CHECK((*checkin)["kind"] == "assessment");
    CHECK((*checkin)["plugin"] == "weekly-checkin");

    auto text = w.ok({"form", "show", "weekly-checkin"});
    CHECK_THAT(text, Catch::Contains("Weekly check-in") && Catch::Contains("[heard]") &&
                         Catch::Contains("asked when conflict = yes") &&
                         Catch::Contains("raises a critical \"safety\" flag") &&
                         Catch::Contains("reverse-scored"));
    auto definition = w.json({"form", "show", "weekly-checkin"});
    CHECK(definition["id"] == "weekly-checkin");
    CHECK(definition["respondent"] == "each_partner");
    CHECK(definition["sections"].size() == 3);
}

TEST_CASE("safe mode keeps plugins from other folders out", "[cli]") {
    Workspace w;
    w.init();
    auto plugins = w.json({"--safe-mode", "--plugin-dir", kFixtures.string(), "plugins", "list"});
    int disabled = 0;
    for (const auto& plugin : plugins) {
        if (plugin["origin"] != "path") continue;
        INFO(plugin.dump());
        CHECK(plugin["status"] != "loaded");
        // Only a plugin that cannot even be identified is refused outright.
        if (plugin["status"] == "disabled") {
            CHECK_THAT(plugin["reason"].get<std::string>(), Catch::Contains("safe mode"));
            ++disabled;
        }
    }
    CHECK(disabled == 11);
}

TEST_CASE("bad input is refused with one clear line and changes nothing", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto ann = w.add_client("Ann", "Lee");

    expect_refused(w, {"client", "show", "999"}, "no client with id 999");
    expect_refused(w, {"case", "show", "42"}, "no case with id 42");
    expect_refused(w, {"client", "add", "--first", "Ben", "--last", "Lee", "--dob", "1990-02-30"},
                   "not a real date");
    expect_refused(w, {"client", "add", "--first", "Ben", "--last", "Lee", "--dob", "17/05/1980"},
                   "YYYY-MM-DD");
    expect_refused(w, {"client", "add", "--first", " ", "--last", "Lee"}, "first name");
    expect_refused(w, {"case", "open", "--kind", "couple", "--client", ann}, "couple");
    expect_refused(w, {"case", "open", "--kind", "couple", "--client", ann, "--client", "777"},
                   "no client with id 777");
    expect_refused(w, {"form", "show", "no-such-tool"}, "no tool \"no-such-tool\"");
    expect_refused(w, {"--plugin-dir", "/no/such/folder", "plugins", "list"},
                   "plugin folder /no/such/folder does not exist");
}

TEST_CASE("a usage mistake exits 2 and says how to get help", "[cli][bad-input]") {
    Workspace w;
    auto result = w.run({"client", "frobnicate"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--help"));
    auto bad_kind = w.run({"case", "open", "--kind", "tribe", "--client", "1"});
    CHECK(bad_kind.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(w.db()));
}

TEST_CASE("a database named but missing is not silently created", "[cli][bad-input]") {
    Workspace w;
    auto result = w.run({"client", "list"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err,
               Catch::Contains(w.db().string()) && Catch::Contains("counselorctl init"));
    CHECK_FALSE(std::filesystem::exists(w.db()));
}

TEST_CASE("a database from a newer program is refused and left untouched", "[cli][bad-input]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    {
        auto db = core::Database::open(w.db());
        db.execute("PRAGMA user_version = 999");
    }
    auto before = file_bytes(w.db());
    auto result = w.run({"client", "list"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("newer version"));
    CHECK(file_bytes(w.db()) == before);
}

TEST_CASE("a file that is not a database is refused and left untouched", "[cli][bad-input]") {
    Workspace w;
    std::ofstream(w.db()) << "Session notes, typed in the wrong program.\n";
    auto before = file_bytes(w.db());
    auto result = w.run({"client", "list"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("not a Counselor Workstation database"));
    CHECK(file_bytes(w.db()) == before);
}

TEST_CASE("the log records commands and ids, never client names", "[cli][privacy]") {
    Workspace w;
    w.init();
    auto id = w.add_client("Zebediah", "Quillfeather");
    w.ok({"client", "show", id});
    w.run(
        {"client", "add", "--first", "Zebediah", "--last", "Quillfeather", "--dob", "2999-01-01"});
    auto log = file_bytes(w.data() / "logs" / "counselor.log");
    CHECK_THAT(log, Catch::Contains("client add"));
    CHECK(log.find("Zebediah") == std::string::npos);
    CHECK(log.find("Quillfeather") == std::string::npos);
    CHECK(log.find("2999") == std::string::npos);
}

TEST_CASE("a plugin switched off keeps its tools out until switched on again", "[cli][plugins]") {
    Workspace w;
    w.init();
    auto status_of = [&w](const std::string& id) {
        for (const auto& plugin : w.json({"plugins", "list"})) {
            if (plugin["id"] == id) return plugin["status"].get<std::string>();
        }
        return std::string("absent");
    };
    auto offers = [&w](const std::string& plugin_id) {
        for (const auto& tool : w.json({"tools", "list"})) {
            if (tool["plugin"] == plugin_id) return true;
        }
        return false;
    };
    REQUIRE(status_of("homework") == "loaded");

    CHECK_THAT(w.ok({"plugins", "disable", "homework"}), Catch::Contains("switched off"));
    CHECK(status_of("homework") == "disabled");
    CHECK_FALSE(offers("homework"));
    CHECK(offers("trust-safety"));

    w.ok({"plugins", "enable", "homework"});
    CHECK(status_of("homework") == "loaded");
    CHECK(offers("homework"));
}

TEST_CASE("switching a plugin that was not found is refused and changes nothing",
          "[cli][plugins][bad-input]") {
    Workspace w;
    w.init();
    const auto before = test::database_snapshot(w.db());
    auto run = w.run({"plugins", "disable", "homewrok"});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("no plugin with id 'homewrok' was found"));
    CHECK(test::database_snapshot(w.db()) == before);
}

TEST_CASE("plugins probe examines a plugin in a separate process and survives a crashing one",
          "[cli][plugins][probe]") {
    Workspace w;
    const std::filesystem::path fixtures =
        std::filesystem::path(COUNSELOR_FIXTURE_PLUGIN_DIR).parent_path();

    SECTION("a sound plugin: its tools and whether each form holds") {
        auto offers = w.json(
            {"plugins", "probe", (fixtures / "runtime-plugins" / "fails-at-runtime").string()});
        CHECK(offers["id"] == "fails-at-runtime");
        REQUIRE(offers["tools"].size() == 2);
        CHECK_THAT(offers["tools"][0]["form"].get<std::string>(),
                   Catch::Contains("the form went missing"));
        CHECK_THAT(offers["tools"][1]["form"].get<std::string>(),
                   Catch::Contains("\"q1\" is used by an earlier item"));
    }
    SECTION("a plugin that crashes: reported, and this program goes on") {
        auto run = w.run(
            {"plugins", "probe", (fixtures / "crash-plugins" / "crashes-on-describe").string()});
        CHECK(run.exit_code == 1);  // a clean refusal, not a crash of counselorctl
        CHECK_THAT(run.err, Catch::Contains("crashed the process examining it") &&
                                Catch::Contains("Segmentation fault"));
    }
    SECTION("a file that is not a library") {
        auto run =
            w.run({"plugins", "probe", (fixtures / "fixture-plugins" / "not-a-library").string()});
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.err, Catch::Contains("not a loadable library"));
    }
}

TEST_CASE("audit verify finds the trail intact, then names a row changed behind its back",
          "[cli][audit]") {
    Workspace w;
    w.init();
    const auto ruth = w.json({"client", "add", "--first", "Ruth", "--last", "Okafor"})["id"];
    w.ok({"client", "add", "--first", "Samuel", "--last", "Okafor"});
    w.ok({"client", "show", std::to_string(ruth.get<long long>())});

    CHECK_THAT(w.ok({"audit", "verify"}), Catch::Contains("intact"));
    auto about_ruth = w.json({"audit", "list", "--client", std::to_string(ruth.get<long long>())});
    REQUIRE(about_ruth.size() == 2);  // created, then viewed
    CHECK(about_ruth[0]["action"] == "client.view");
    CHECK(about_ruth[1]["action"] == "client.create");

    {
        auto db = core::Database::open(w.db());
        db.execute("DROP TRIGGER audit_log_no_update");
        db.execute("UPDATE audit_log SET action = 'client.list' WHERE action = 'client.view'");
    }
    auto run = w.run({"audit", "verify"});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("audit row") && Catch::Contains("changed"));
}
