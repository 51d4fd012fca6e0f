// Loads the real example plugin and the deliberately broken fixtures, as the
// program does, and checks what a counselor or clinic would see.
#include "memory_environment.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/forms/definition_validator.hpp>
#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/plugins/plugin_manifest.hpp>

#include <catch2/catch.hpp>

#include <map>

using namespace counselor;
using core::PluginStatus;

namespace {

const std::filesystem::path kBundled = COUNSELOR_BUNDLED_PLUGIN_DIR;
const std::filesystem::path kFixtures = COUNSELOR_FIXTURE_PLUGIN_DIR;
const std::filesystem::path kRuntime = kFixtures.parent_path() / "runtime-plugins";

// plugin folder name -> record
std::map<std::string, core::PluginRecord> by_folder(const core::PluginHost& host) {
    std::map<std::string, core::PluginRecord> records;
    for (const auto& record : host.plugins()) {
        auto folder = record.location.parent_path().filename().string();
        records[folder] = record;
    }
    return records;
}

sdk::Answers calm_week() {
    sdk::Answers answers;
    answers.set("heard", 4)
        .set("together", 5)
        .set("distant", 2)
        .set("conflict", false)
        .set("afraid", false);
    return answers;
}

}  // namespace

TEST_CASE("the example plugin loads and every broken fixture is refused with its reason",
          "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled}, {}, {kFixtures}, false, {}, {}, {}, {}, {}});
    auto records = by_folder(host);

    REQUIRE(records.at("weekly-checkin").status == PluginStatus::loaded);
    CHECK(records.at("weekly-checkin").reason.empty());

    const std::map<std::string, std::string> expected = {
        {"wrong-abi-major", "built for plugin SDK 2.0; this program speaks SDK 1.0"},
        {"newer-abi-minor", "SDK 1.7, newer than this program's SDK 1.0"},
        {"missing-entry", "does not export counselor_plugin_entry"},
        {"throws-everywhere", "init threw: init exploded"},
        {"duplicate-id", "duplicate plugin id \"weekly-checkin\": already loaded from"},
        {"duplicate-tool",
         "tool id \"weekly-checkin\" is already offered by plugin weekly-checkin"},
        {"manifest-mismatch",
         "plugin.json says id \"manifest-says-this\" but the library says \"library-says-this\""},
        {"tool-list-mismatch",
         "plugin.json lists tools {manifest-tool} but the library offers {described-tool}"},
        {"not-a-library", "not a loadable library"},
        {"broken-manifest", "plugin.json is not valid JSON: line 4"},
        {"missing-library", "the library \"missing-library.so\" named in plugin.json is missing"},
        {"no-manifest", "no plugin.json beside it"},
    };
    for (const auto& [folder, reason] : expected) {
        INFO(folder);
        REQUIRE(records.count(folder));
        CHECK(records.at(folder).status == PluginStatus::refused);
        CHECK_THAT(records.at(folder).reason, Catch::Contains(reason));
    }
    // Besides the fixtures, only bundled plugins, and each of them loads.
    std::size_t bundled = 0;
    for (const auto& record : host.plugins()) {
        if (record.origin != core::PluginOrigin::bundled) continue;
        INFO(record.location.string());
        CHECK(record.status == PluginStatus::loaded);
        ++bundled;
    }
    // dynamic-tools is the one fixture that loads: its manifest lets
    // describe() say what it offers.
    REQUIRE(records.at("dynamic-tools").status == PluginStatus::loaded);
    CHECK(host.plugins().size() == expected.size() + bundled + 1);

    auto checkin = host.find_tool("weekly-checkin");
    REQUIRE(checkin);
    CHECK(checkin->info.kind == "assessment");
    CHECK(checkin->plugin_id == "weekly-checkin");
}

TEST_CASE("a fixture folder loaded before the bundled plugins cannot shadow them", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    // Bundled plugins are always considered first, whatever else is named.
    host.load({{kBundled}, {}, {kFixtures}, false, {}, {}, {}, {}, {}});
    auto checkin = host.find_tool("weekly-checkin");
    REQUIRE(checkin);
    CHECK(checkin->plugin_id == "weekly-checkin");
    CHECK(host.form("weekly-checkin").title == "Weekly check-in");
}

TEST_CASE("the example plugin's form validates and scores through the host", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled}, {}, {}, false, {}, {}, {}, {}, {}});

    auto form = host.form("weekly-checkin");
    CHECK(form.respondent == "each_partner");
    REQUIRE(form.sections.size() == 3);
    CHECK(core::validate_definition(host.form_json("weekly-checkin")).empty());

    auto result = host.evaluate("weekly-checkin", calm_week());
    const auto* closeness = result.find_score("closeness");
    REQUIRE(closeness);
    // heard 4, together 5, distant 2 reversed to 4: mean 4.33
    CHECK(closeness->value == Approx(4.33));
    CHECK(closeness->band == "Strength");
    CHECK(result.flags.empty());

    auto afraid = calm_week().set("afraid", true);
    auto flagged = host.evaluate("weekly-checkin", afraid);
    REQUIRE(flagged.flags.size() == 1);
    CHECK(flagged.flags[0].code == "safety");
    CHECK(flagged.flags[0].severity == "critical");
    CHECK(flagged.has_critical_flag());
}

TEST_CASE("answers the form refuses never reach the plugin", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled}, {}, {}, false, {}, {}, {}, {}, {}});

    auto out_of_range = calm_week().set("heard", 7);
    CHECK_THROWS_WITH(host.evaluate("weekly-checkin", out_of_range), Catch::Contains("\"heard\""));
    auto not_asked = calm_week().set("repair", "talked");  // only asked after a conflict
    CHECK_THROWS_AS(host.evaluate("weekly-checkin", not_asked), core::InvalidAnswers);
    CHECK_THROWS_AS(host.form("no-such-tool"), core::NotFound);
}

TEST_CASE("a plugin failing at run time is reported and leaves the rest usable", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled}, {}, {kRuntime}, false, {}, {}, {}, {}, {}});
    auto records = by_folder(host);
    REQUIRE(records.at("fails-at-runtime").status == PluginStatus::loaded);

    CHECK_THROWS_WITH(host.form("fragile-tool"),
                      "plugin fails-at-runtime: form(fragile-tool) threw: the form went missing");
    CHECK_THROWS_WITH(host.templates("fragile-tool"),
                      Catch::Contains("templates(fragile-tool) returned text that is not JSON"));
    CHECK_THROWS_WITH(host.render("fragile-tool", nlohmann::json::object()),
                      Catch::Contains("render(fragile-tool) failed: not offered by this tool"));
    try {
        host.form("broken-form-tool");
        FAIL("a form with duplicate item ids was accepted");
    } catch (const core::InvalidDefinition& e) {
        CHECK_THAT(e.what(), Catch::Contains("tool broken-form-tool") && Catch::Contains("\"q1\""));
    }

    // The failure is remembered for the Plugins list...
    auto after = by_folder(host);
    CHECK_THAT(after.at("fails-at-runtime").reason, Catch::Contains("render(fragile-tool)"));
    // ...and the other plugin still answers.
    CHECK(host.evaluate("weekly-checkin", calm_week()).find_score("closeness"));
}

TEST_CASE("an error a plugin reports comes back in its own words", "[plugins]") {
    test::MemoryEnvironment environment;
    auto manifest = core::read_manifest(kRuntime / "fails-at-runtime" / "plugin.json");
    auto plugin = core::LoadedPlugin::load(manifest, &environment);
    CHECK_THROWS_WITH(
        plugin->evaluate("fragile-tool", nlohmann::json::object()),
        "plugin fails-at-runtime: evaluate(fragile-tool) failed: the scoring table is damaged");
}

TEST_CASE("plugins in the user folder start disabled until enabled", "[plugins]") {
    test::MemoryEnvironment environment;
    SECTION("not enabled") {
        core::PluginHost host(&environment);
        host.load({{}, {kBundled}, {}, false, {}, {}, {}, {}, {}});
        auto records = by_folder(host);
        CHECK(records.at("weekly-checkin").status == PluginStatus::disabled);
        CHECK_THAT(records.at("weekly-checkin").reason, Catch::Contains("start disabled"));
        CHECK(host.tools().empty());
    }
    SECTION("enabled") {
        core::PluginHost host(&environment);
        host.load({{},
                   {kBundled},
                   {},
                   false,
                   [](const std::string& id) { return id == "weekly-checkin"; },
                   {},
                   {},
                   {},
                   {}});
        CHECK(by_folder(host).at("weekly-checkin").status == PluginStatus::loaded);
        CHECK(host.find_tool("weekly-checkin"));
    }
}

TEST_CASE("a plugin the counselor switched off stays disabled wherever it is found", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled},
               {},
               {},
               false,
               {},
               [](const std::string& id) { return id == "weekly-checkin"; },
               {},
               {},
               {}});
    auto records = by_folder(host);
    CHECK(records.at("weekly-checkin").status == PluginStatus::disabled);
    CHECK_THAT(records.at("weekly-checkin").reason,
               Catch::Contains("switched off") &&
                   Catch::Contains("counselorctl plugins enable weekly-checkin"));
    CHECK_FALSE(host.find_tool("weekly-checkin"));
    CHECK(records.at("trust-safety").status == PluginStatus::loaded);
}

TEST_CASE("safe mode runs bundled plugins only", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{kBundled}, {}, {kRuntime}, true, {}, {}, {}, {}, {}});
    auto records = by_folder(host);
    CHECK(records.at("weekly-checkin").status == PluginStatus::loaded);
    CHECK(records.at("fails-at-runtime").status == PluginStatus::disabled);
    CHECK_THAT(records.at("fails-at-runtime").reason, Catch::Contains("safe mode"));
    CHECK_FALSE(host.find_tool("fragile-tool"));
}

TEST_CASE("a manifest with dynamic_tools takes its tool list from describe()", "[plugins]") {
    test::MemoryEnvironment environment;
    core::PluginHost host(&environment);
    host.load({{},
               {},
               {kFixtures / "dynamic-tools", kFixtures / "tool-list-mismatch"},
               false,
               {},
               {},
               {},
               {},
               {}});
    auto records = by_folder(host);
    REQUIRE(records.at("dynamic-tools").status == PluginStatus::loaded);
    CHECK(records.at("dynamic-tools").reason.empty());
    auto tool = host.find_tool("described-tool");
    REQUIRE(tool);
    CHECK(tool->plugin_id == "dynamic-tools");
    // The same library under a static manifest is still held to its list.
    CHECK(records.at("tool-list-mismatch").status == PluginStatus::refused);

    auto manifest = core::read_manifest(kFixtures / "dynamic-tools" / "plugin.json");
    CHECK(manifest.dynamic_tools);
    CHECK(manifest.tools.empty());
}
