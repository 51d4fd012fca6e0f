// A clinic extends the program from outside its source tree: the SDK is
// installed to a prefix, the clinic example is configured with
// find_package(CounselorSDK 1 CONFIG) from the installed copy, built, loaded
// with --plugin-dir and used for a real assessment, whose weighted composite
// and recommendation come back from the plugin.
#include "cli_workspace.hpp"
#include "sdk_install.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

test::ProcessResult cmake(const std::vector<std::string>& args) {
    return test::run_process(CMAKE_PROGRAM, args);
}

void succeeded(const test::ProcessResult& run) {
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
}

}  // namespace

TEST_CASE("the clinic example builds out of tree against the installed SDK and assesses",
          "[cli][sdk][package]") {
    test::TempDir dir;
    const fs::path prefix = dir / "prefix";
    test::install_sdk(prefix);
    CHECK(fs::exists(prefix / "include" / "counselor" / "sdk" / "plugin_abi.h"));
    const fs::path package = prefix / "lib" / "cmake" / "CounselorSDK";
    CHECK(fs::exists(package / "CounselorSDKConfigVersion.cmake"));
    CHECK(fs::exists(package / "CounselorPlugin.cmake"));

    const fs::path example =
        prefix / "share" / "counselor" / "sdk" / "examples" / "custom-assessment";
    const fs::path build = dir / "example-build";
    succeeded(cmake({"-S", example.string(), "-B", build.string(), "-G", "Ninja",
                     "-DCMAKE_BUILD_TYPE=Release", "-DCMAKE_PREFIX_PATH=" + prefix.string()}));
    succeeded(cmake({"--build", build.string()}));
    const fs::path plugins = build / "plugins";
    REQUIRE(fs::exists(plugins / "clinic-readiness" / "clinic-readiness.so"));
    REQUIRE(fs::exists(plugins / "clinic-readiness" / "plugin.json"));

    test::Workspace w;
    w.init();
    const auto client = w.json({"client", "add", "--first", "Ruth", "--last", "Okafor"});
    const auto client_id = std::to_string(client["id"].get<long long>());
    const fs::path answers = dir / "answers.json";

    SECTION("a committed spouse under strain: the weights and the rules decide") {
        std::ofstream(answers) << nlohmann::json{{"stay", 5}, {"effort", 4},    {"leaving", 1},
                                                 {"calm", 3}, {"heard", 3},     {"money", 4},
                                                 {"work", 4}, {"afraid", false}}
                                      .dump();
        const auto result = w.json({"--plugin-dir", plugins.string(), "assess", "clinic-readiness",
                                    "--client", client_id, "--answers", answers.string()});
        INFO(result.dump(2));
        // The reported means: commitment 4.67 (leaving reversed), talk 3,
        // strain 4: 0.5*4.67 + 0.3*3 + 0.2*(6-4) = 3.635, shown as 3.64.
        CHECK(result["result"]["total"]["value"].get<double>() == Approx(3.64));
        CHECK(result["result"]["total"]["band"] == "Partly ready");
        CHECK_THAT(result["result"]["details"]["recommendation"].get<std::string>(),
                   Catch::Contains("lowering strain"));
    }
    SECTION("fear of the spouse overrides every score") {
        std::ofstream(answers) << nlohmann::json{{"stay", 5}, {"effort", 5},   {"leaving", 1},
                                                 {"calm", 5}, {"heard", 5},    {"money", 1},
                                                 {"work", 1}, {"afraid", true}}
                                      .dump();
        const auto result = w.json({"--plugin-dir", plugins.string(), "assess", "clinic-readiness",
                                    "--client", client_id, "--answers", answers.string()});
        INFO(result.dump(2));
        CHECK_THAT(result["result"]["details"]["recommendation"].get<std::string>(),
                   Catch::Contains("assess safety"));
        CHECK(result["result"]["flags"].size() == 1);
    }
}
