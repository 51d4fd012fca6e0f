// A plugin failing at run time: the window names the plugin and its error,
// stores nothing, and the other tools keep working beside it.
#include "gui_harness.hpp"

#include <counselor/core/administration_repository.hpp>
#include <counselor/core/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

const fs::path kRuntimePlugins =
    fs::path(COUNSELOR_FIXTURE_PLUGIN_DIR).parent_path() / "runtime-plugins";

test::ProcessResult fill_with_fragile_plugin(test::Practice& practice, const std::string& tool,
                                             const nlohmann::json& answers) {
    test::TempDir home;
    const fs::path file = home / "answers.json";
    std::ofstream(file) << answers.dump();
    return test::run_window(
        home, {"--db", practice.db_file.string(), "--plugin-dir", kRuntimePlugins.string(),
               "--select-client", std::to_string(practice.naomi), "--fill-form", tool, "--answers",
               file.string()});
}

std::size_t administrations(test::Practice& practice) {
    auto db = core::Database::open(practice.db_file);
    return core::AdministrationRepository(db).for_client(practice.naomi).size();
}

}  // namespace

TEST_CASE("a plugin failing at run time is named with its error and the rest keep working",
          "[gui][plugins][faults]") {
    test::Practice practice;

    SECTION("its form cannot be read") {
        auto run = fill_with_fragile_plugin(practice, "fragile-tool", nlohmann::json::object());
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("fails-at-runtime") != std::string::npos);
        CHECK(run.err.find("the form went missing") != std::string::npos);
    }
    SECTION("its form breaks the schema") {
        auto run = fill_with_fragile_plugin(practice, "broken-form-tool", nlohmann::json::object());
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("q1") != std::string::npos);
    }
    CHECK(administrations(practice) == 0);

    // Beside the failing plugin, a sound tool still takes and stores a form.
    auto sound = fill_with_fragile_plugin(
        practice, "weekly-checkin",
        {{"heard", 4}, {"together", 3}, {"distant", 2}, {"conflict", false}, {"afraid", false}});
    INFO(sound.err);
    CHECK(sound.exit_code == 0);
    CHECK(administrations(practice) == 1);
}
