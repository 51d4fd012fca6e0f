// The bundled form-packs plugin, loaded as the program loads it, serving a
// forms folder that holds good and broken definition files.
#include "bundled_host.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace counselor;

namespace {

const std::filesystem::path kForms = COUNSELOR_SOURCE_DIR "/tests/fixtures/forms";

const core::PluginRecord& form_packs_record(const core::PluginHost& host) {
    for (const auto& record : host.plugins()) {
        if (record.id == "form-packs") return record;
    }
    FAIL("form-packs is not among the plugins");
    throw std::logic_error("unreachable");
}

bool any_warning(const core::PluginRecord& record, const std::string& a, const std::string& b) {
    return std::any_of(record.warnings.begin(), record.warnings.end(), [&](const auto& warning) {
        return warning.find(a) != std::string::npos && warning.find(b) != std::string::npos;
    });
}

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a forms folder's good files become tools and broken ones warnings naming the file",
          "[plugins][form-packs]") {
    test::TempDir folder;
    for (const char* name :
         {"clinic-stress.json", "trailing-comma.json", "duplicate-item.json", "with-bom.json"}) {
        std::filesystem::copy_file(kForms / name, folder / name);
    }
    write(folder / "notes-kind.json", R"({"id": "notes-kind", "kind": "notes", "sections": []})");
    // A file reusing a compiled tool's id never displaces that tool.
    write(folder / "shadow.json", R"({"id": "weekly-checkin", "title": "Shadow", "kind":
          "questionnaire", "sections": [{"id": "s", "title": "S", "items": [
          {"id": "q", "type": "boolean", "text": "Q?"}]}]})");
    write(folder / "README.txt", "not a form, not a warning");

    test::MemoryEnvironment environment;
    environment.info["form_dirs"] = {folder.path().string(), "/no/such/forms/folder"};
    core::PluginHost host(&environment);
    host.load({{test::kBundledPlugins}, {}, {}, false, {}, {}, {}, {}, {}});

    const auto& record = form_packs_record(host);
    REQUIRE(record.status == core::PluginStatus::loaded);

    auto stress = host.find_tool("clinic-stress");
    REQUIRE(stress);
    CHECK(stress->plugin_id == "form-packs");
    CHECK(stress->info.kind == "assessment");
    CHECK(stress->info.name == "Clinic stress check");
    REQUIRE(host.find_tool("with-bom"));
    CHECK_FALSE(host.find_tool("trailing-comma"));
    CHECK_FALSE(host.find_tool("duplicate-item"));
    CHECK_FALSE(host.find_tool("notes-kind"));
    CHECK(host.find_tool("weekly-checkin")->plugin_id == "weekly-checkin");

    INFO(nlohmann::json(record.warnings).dump(2));
    const auto path = [&](const char* name) { return (folder / name).string(); };
    CHECK(any_warning(record, path("trailing-comma.json"), ": line 12, column 7: syntax error"));
    CHECK(any_warning(record, path("duplicate-item.json"), "item \"q1\""));
    CHECK(any_warning(record, path("notes-kind.json"), "kind \"notes\" cannot be served"));
    CHECK(any_warning(record, path("shadow.json"), "already offered by plugin weekly-checkin"));
    CHECK(record.warnings.size() == 4);

    // Served forms score with the SDK's standard scoring: the two
    // reverse-worded items count 6 - answer, so all three read 5 here.
    sdk::Answers answers;
    answers.set("sleep", 5).set("rest", 1).set("calm", 1);
    auto result = host.evaluate("clinic-stress", answers);
    const auto* strain = result.find_score("strain");
    REQUIRE(strain);
    REQUIRE(strain->value);
    CHECK(*strain->value == Approx(5.0));
    CHECK(strain->band == "High");
}

TEST_CASE("without forms folders the form-packs plugin loads and offers nothing",
          "[plugins][form-packs]") {
    test::BundledHost bundled;
    const auto& record = form_packs_record(bundled.host);
    CHECK(record.status == core::PluginStatus::loaded);
    CHECK(record.tools.empty());
    CHECK(record.warnings.empty());
}
