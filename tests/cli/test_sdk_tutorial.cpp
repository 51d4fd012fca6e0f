// sdk/README.md promises that what a clinic developer copies from it works.
// These tests hold it to that: the tutorial's files are written out exactly
// as printed, its shell steps run in order against an SDK installed to a
// temporary prefix and the real counselorctl, and every other C or C++
// snippet compiles against the installed headers.
#include "cli_workspace.hpp"
#include "sdk_install.hpp"
#include "temp_dir.hpp"

#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

struct Snippet {
    std::string language;  // the fence's first word: cpp, c, sh, json, cmake, or empty
    std::string file;      // its `file=` attribute: where the tutorial says to save it
    std::string text;
    int line = 0;  // in the README, for messages
};

std::vector<Snippet> readme_snippets() {
    std::ifstream in(std::string(COUNSELOR_SOURCE_DIR) + "/sdk/README.md");
    REQUIRE(in);
    std::vector<Snippet> snippets;
    std::optional<Snippet> open;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.rfind("```", 0) != 0) {
            if (open) open->text += line + "\n";
            continue;
        }
        if (open) {
            snippets.push_back(*open);
            open.reset();
            continue;
        }
        Snippet snippet;
        snippet.line = number;
        std::istringstream info(line.substr(3));
        info >> snippet.language;
        for (std::string word; info >> word;) {
            if (word.rfind("file=", 0) == 0) snippet.file = word.substr(5);
        }
        open = snippet;
    }
    REQUIRE_FALSE(open);  // every fence closed
    return snippets;
}

void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

test::ProcessResult run(const std::vector<std::string>& command,
                        const std::map<std::string, std::string>& environment = {}) {
    return test::run_process(command.front(), {command.begin() + 1, command.end()}, environment);
}

}  // namespace

TEST_CASE(
    "the SDK tutorial, followed word for word, ends with a loaded plugin and a stored "
    "assessment",
    "[cli][sdk][package]") {
    test::TempDir dir;
    const fs::path prefix = dir / "sdk-prefix";
    test::install_sdk(prefix);

    test::Workspace w;
    w.init();

    const fs::path work = dir / "work";
    std::string script = "set -euo pipefail\n";
    int files = 0;
    for (const auto& snippet : readme_snippets()) {
        if (!snippet.file.empty()) {
            INFO("README line " << snippet.line);
            REQUIRE(snippet.file.find("..") == std::string::npos);
            write_file(work / snippet.file, snippet.text);
            ++files;
        } else if (snippet.language == "sh") {
            script += snippet.text;
        }
    }
    CHECK(files >= 4);  // the build, the manifest, the source and the answers

    const std::string path = fs::path(COUNSELORCTL).parent_path().string() + ":" +
                             (std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin");
    const auto result =
        test::run_process("/bin/bash", {"-c", "cd '" + work.string() + "' && " + script},
                          {{"HOME", w.home().string()},
                           {"XDG_DATA_HOME", ""},
                           {"XDG_CONFIG_HOME", ""},
                           {"COUNSELOR_DB", w.db().string()},
                           {"COUNSELOR_PLUGIN_PATH", ""},
                           {"COUNSELOR_FORMS_PATH", ""},
                           {"CMAKE_PREFIX_PATH", prefix.string()},
                           {"CMAKE_GENERATOR", "Ninja"},
                           {"PATH", path}});
    INFO("stdout:\n" << result.out << "\nstderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);

    // The plugin was copied into the user's folder, enabled, and its tool
    // listed beside the bundled ones.
    CHECK(fs::exists(w.data() / "plugins" / "hope-check" / "hope-check.so"));
    CHECK_THAT(result.out, Catch::Contains("hope-check"));

    // The assessment the tutorial promises is stored with its score: the
    // mean of 4, 3 and 5, in the band the plugin gives it.
    core::DatabaseOptions options;
    options.create_if_missing = false;
    options.read_only = true;
    auto db = core::Database::open(w.db(), options);
    auto stored = db.prepare("SELECT client_id, tool_id, result FROM administrations");
    REQUIRE(stored.step());
    CHECK(stored.int64(0) == 1);
    CHECK(stored.text(1) == "hope-check");
    const auto score = nlohmann::json::parse(stored.text(2))["scores"][0];
    INFO(score.dump());
    CHECK(score["value"].get<double>() == Approx(4.0));
    CHECK(score["band"] == "Strong");
    CHECK_FALSE(stored.step());
}

TEST_CASE("every C and C++ snippet in the SDK reference compiles against the installed headers",
          "[cli][sdk][package]") {
    test::TempDir dir;
    const fs::path prefix = dir / "sdk-prefix";
    test::install_sdk(prefix);
    int compiled = 0;
    for (const auto& snippet : readme_snippets()) {
        if (!snippet.file.empty()) continue;  // built by the tutorial test
        INFO("README line " << snippet.line << ":\n" << snippet.text);
        // Only prose fences (a folder tree), JSON (checked against the
        // validators by the unit tests) and shell steps are not compiled.
        if (snippet.language.empty() || snippet.language == "json" || snippet.language == "sh")
            continue;
        REQUIRE((snippet.language == "cpp" || snippet.language == "c"));
        const bool c = snippet.language == "c";
        const fs::path source =
            dir / ("snippet-" + std::to_string(snippet.line) + (c ? ".c" : ".cpp"));
        write_file(source, snippet.text);
        std::vector<std::string> command{CXX_COMPILER,
                                         "-x",
                                         c ? "c" : "c++",
                                         c ? "-std=c11" : "-std=c++17",
                                         "-Wall",
                                         "-Wextra",
                                         "-Wpedantic",
                                         "-Werror",
                                         "-fsyntax-only",
                                         "-I",
                                         (prefix / "include").string(),
                                         source.string()};
        const auto result = run(command);
        INFO(result.out << result.err);
        CHECK(result.exit_code == 0);
        ++compiled;
    }
    CHECK(compiled >= 2);  // the C boundary's plugin and the C++ layer's class
}
