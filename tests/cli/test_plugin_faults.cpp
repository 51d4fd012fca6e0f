// Plugins run inside the program, so a broken one must cost as little as
// possible: a plugin that takes the process down is switched off at the next
// start, which says so, and everything else keeps working; an answer too
// large to be real is refused without bringing the program down.
#include "cli_workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <csignal>
#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

const fs::path kTests = fs::path(COUNSELOR_FIXTURE_PLUGIN_DIR).parent_path();
const fs::path kCrashesOnEvaluate = kTests / "fault-plugins" / "crashes-on-evaluate";
const fs::path kCrashesOnDescribe = kTests / "crash-plugins";
const fs::path kEnormousOutput = kTests / "fault-plugins" / "enormous-output";

nlohmann::json plugin_in(const nlohmann::json& listing, const std::string& id) {
    for (const auto& plugin : listing)
        if (plugin.value("id", "") == id) return plugin;
    FAIL("plugin " << id << " is not listed: " << listing.dump(2));
    return {};
}

std::string answers_file(const test::Workspace& w, const nlohmann::json& answers) {
    const fs::path file = w.home() / "answers.json";
    std::ofstream(file) << answers.dump();
    return file.string();
}

}  // namespace

TEST_CASE("a plugin that crashes the program is switched off at the next start, which says so",
          "[cli][plugins][faults][bad-input]") {
    test::Workspace w;
    w.init();
    const std::string client = w.add_client("Ada", "Moreno");
    const std::string plugin_dir = kCrashesOnEvaluate.string();
    // The plugins' first load is in the audit trail; the crash must add nothing.
    w.ok({"--plugin-dir", plugin_dir, "plugins", "list"});
    const auto before = test::database_snapshot(w.db());

    // The crash itself: the process dies in the plugin's scoring, and what
    // it was doing is not stored by halves.
    const auto crashed = w.run({"--plugin-dir", plugin_dir, "assess", "crashing-tool", "--client",
                                client, "--answers", answers_file(w, {{"q1", true}})});
    REQUIRE(crashed.exit_code == 128 + SIGSEGV);
    CHECK(test::database_snapshot(w.db()) == before);

    // The next start names the plugin and what happened, once, and keeps it off.
    const auto next = w.run({"--json", "--plugin-dir", plugin_dir, "plugins", "list"});
    INFO(next.err);
    REQUIRE(next.exit_code == 0);
    CHECK_THAT(next.err, Catch::Contains("plugin crashes-on-evaluate is switched off") &&
                             Catch::Contains("crashed the program during evaluate") &&
                             Catch::Contains("plugins enable crashes-on-evaluate"));
    const auto listing = nlohmann::json::parse(next.out);
    const auto plugin = plugin_in(listing, "crashes-on-evaluate");
    CHECK(plugin["status"] == "disabled");
    CHECK_THAT(plugin["reason"].get<std::string>(), Catch::Contains("crashed the program"));
    CHECK(plugin_in(listing, "weekly-checkin")["status"] == "loaded");

    // Everything else works beside it, and the reason stays without repeating the alarm.
    const auto later = w.run({"--plugin-dir", plugin_dir, "assess", "weekly-checkin", "--client",
                              client, "--answers",
                              answers_file(w, {{"heard", 4},
                                               {"together", 3},
                                               {"distant", 2},
                                               {"conflict", false},
                                               {"afraid", false}})});
    INFO(later.err);
    CHECK(later.exit_code == 0);
    CHECK(later.err.find("switched off") == std::string::npos);

    // The switching off is in the audit trail, as the workstation's own act.
    const auto audit = w.json({"audit", "list"});
    const bool audited = std::any_of(audit.begin(), audit.end(), [](const nlohmann::json& row) {
        return row.value("action", "") == "plugin.disable" &&
               row.dump().find("crashes-on-evaluate") != std::string::npos;
    });
    CHECK(audited);

    // Switched on again by the counselor, it loads (and would crash again when scoring).
    w.ok({"--plugin-dir", plugin_dir, "plugins", "enable", "crashes-on-evaluate"});
    const auto again = w.json({"--plugin-dir", plugin_dir, "plugins", "list"});
    CHECK(plugin_in(again, "crashes-on-evaluate")["status"] == "loaded");
}

TEST_CASE("a plugin that crashes while loading is switched off at the next start",
          "[cli][plugins][faults][bad-input]") {
    test::Workspace w;
    w.init();
    const std::string plugin_dir = kCrashesOnDescribe.string();

    const auto crashed = w.run({"--plugin-dir", plugin_dir, "tools", "list"});
    REQUIRE(crashed.exit_code == 128 + SIGSEGV);

    const auto next = w.run({"--plugin-dir", plugin_dir, "tools", "list"});
    INFO(next.err);
    REQUIRE(next.exit_code == 0);
    CHECK_THAT(next.err, Catch::Contains("crashes-on-describe") &&
                             Catch::Contains("crashed the program while loading"));
    CHECK_THAT(next.out, Catch::Contains("weekly-checkin"));
}

TEST_CASE("a plugin answering with 40 MB is refused and the program stays up",
          "[cli][plugins][faults][bad-input]") {
    test::Workspace w;
    w.init();
    // The plugins' first load is in the audit trail; the refusal must add nothing.
    w.ok({"--plugin-dir", kEnormousOutput.string(), "plugins", "list"});
    const auto before = test::database_snapshot(w.db());
    const auto shown =
        w.run({"--plugin-dir", kEnormousOutput.string(), "form", "show", "enormous-tool"});
    INFO(shown.err);
    CHECK(shown.exit_code == 1);
    CHECK_THAT(shown.err, Catch::Contains("enormous-output") &&
                              Catch::Contains("returned 40 MB, more than the 16 MB"));
    CHECK(test::database_snapshot(w.db()) == before);
    // Not a crash: nothing is switched off at the next start.
    const auto next = w.json({"--plugin-dir", kEnormousOutput.string(), "plugins", "list"});
    CHECK(plugin_in(next, "enormous-output")["status"] == "loaded");
}
