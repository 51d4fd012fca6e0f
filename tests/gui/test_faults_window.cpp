// A plugin failing at run time: the window names the plugin and its error,
// stores nothing, and the other tools keep working beside it.
#include "gui_harness.hpp"

#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/store/database.hpp>

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

TEST_CASE("the plugins dialog examines a crashing plugin safely and shows broken form files",
          "[gui][plugins][faults]") {
    test::Practice practice;
    test::TempDir home;
    // A clinic's form file with a syntax error, in the user's forms folder.
    const fs::path forms = home / "share" / "counselor" / "forms";
    fs::create_directories(forms);
    fs::copy_file(fs::path(COUNSELOR_SOURCE_DIR) / "tests/fixtures/forms/trailing-comma.json",
                  forms / "trailing-comma.json");
    fs::create_directories(test::kScreenshots);

    SECTION("a plugin that crashes when asked what it offers") {
        const fs::path crashing = fs::path(COUNSELOR_FIXTURE_PLUGIN_DIR).parent_path() /
                                  "crash-plugins" / "crashes-on-describe";
        const fs::path png = test::kScreenshots / "plugins-examine-crash.png";
        auto run =
            test::run_window(home, {"--db", practice.db_file.string(), "--show", "plugins",
                                    "--examine", crashing.string(), "--screenshot", png.string()});
        INFO(run.out << run.err);
        CHECK(run.exit_code == 0);  // the window survived the plugin
        CHECK_THAT(run.out, Catch::Contains("cannot be used") && Catch::Contains("crashed"));
        // The broken form file is named with where its syntax breaks; the
        // other plugins loaded all the same.
        CHECK_THAT(run.out, Catch::Contains("trailing-comma.json:"));
        CHECK(fs::exists(png));
    }
    SECTION("a sound plugin: what it offers") {
        const fs::path sound = fs::path(COUNSELOR_BUNDLED_PLUGIN_DIR) / "weekly-checkin";
        auto run = test::run_window(home, {"--db", practice.db_file.string(), "--show", "plugins",
                                           "--examine", sound.string(), "--exit-when-ready"});
        INFO(run.out << run.err);
        CHECK(run.exit_code == 0);
        CHECK_THAT(run.out, Catch::Contains("loads and answers") &&
                                Catch::Contains("(weekly-checkin, assessment)"));
        CHECK_THAT(run.out, Catch::Contains("trailing-comma.json:"));
    }
}

TEST_CASE("a plugin that crashed the window is switched off at its next start, which says so",
          "[gui][plugins][faults]") {
    test::Practice practice;
    test::TempDir home;
    const fs::path crashing =
        fs::path(COUNSELOR_FIXTURE_PLUGIN_DIR).parent_path() / "crash-plugins";

    auto crashed = test::run_window(home, {"--db", practice.db_file.string(), "--plugin-dir",
                                           crashing.string(), "--exit-when-ready"});
    CHECK(crashed.exit_code != 0);
    CHECK(crashed.out.find("ready in") == std::string::npos);  // it died while loading

    auto next = test::run_window(home, {"--db", practice.db_file.string(), "--plugin-dir",
                                        crashing.string(), "--exit-when-ready"});
    INFO(next.out << next.err);
    CHECK(next.exit_code == 0);
    CHECK_THAT(next.err, Catch::Contains("crashes-on-describe") &&
                             Catch::Contains("has been switched off") &&
                             Catch::Contains("crashed the program while loading"));
}
