// Form packs from the command line: a clinic checks a definition file, installs
// it, and the next start offers it as a tool that scores; a broken file is
// reported with its path and where it is wrong, and changes nothing.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace counselor;
using test::Workspace;

namespace {

const std::filesystem::path kForms = COUNSELOR_SOURCE_DIR "/tests/fixtures/forms";

std::string fixture(const char* name) {
    return (kForms / name).string();
}

bool offers_tool(const nlohmann::json& tools, const std::string& id) {
    return std::any_of(tools.begin(), tools.end(),
                       [&](const auto& tool) { return tool["id"] == id; });
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error))
        files.push_back(it->path());
    return files;
}

}  // namespace

TEST_CASE("form validate accepts a sound file and counts its items", "[cli][forms]") {
    Workspace w;
    auto result = w.bare({"form", "validate", fixture("clinic-stress.json")});
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == fixture("clinic-stress.json") + ": valid, 3 items\n");

    // A byte-order mark from a Windows editor is not an error.
    auto bom = w.bare({"form", "validate", fixture("with-bom.json")});
    CHECK(bom.exit_code == 0);
    CHECK(bom.out == fixture("with-bom.json") + ": valid, 1 item\n");
    // Checking needs no practice: no database appears.
    CHECK_FALSE(std::filesystem::exists(w.data() / "counselor.db"));
}

TEST_CASE("form validate names the file and where it is wrong", "[cli][forms][bad-input]") {
    Workspace w;
    struct Case {
        const char* file;
        std::string expected;
    };
    const Case cases[] = {
        {"trailing-comma.json", ": line 12, column 7: syntax error"},
        // Positions count from after the byte-order mark, as an editor shows them.
        {"bom-broken.json", ": line 3, column 12: syntax error"},
        {"duplicate-item.json", ": item \"q1\""},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        auto result = w.bare({"form", "validate", fixture(c.file)});
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::StartsWith(fixture(c.file) + c.expected));
    }
}

TEST_CASE("form validate lists each problem on its own line", "[cli][forms][bad-input]") {
    Workspace w;
    auto file = w.home() / "two-problems.json";
    std::ofstream(file) << R"({"id": "two", "title": "Two", "kind": "questionnaire",
  "sections": [{"id": "s", "title": "S", "items": [
    {"id": "a", "type": "wobble", "text": "A?"},
    {"id": "b", "type": "choice", "text": "B?"}]}]})";
    auto result = w.bare({"form", "validate", file.string()});
    CHECK(result.exit_code == 1);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 2);
    CHECK_THAT(result.err, Catch::Contains(file.string() + ": item \"a\"") &&
                               Catch::Contains(file.string() + ": item \"b\""));
}

TEST_CASE("form validate refuses a file too large or nested too deep", "[cli][forms][bad-input]") {
    Workspace w;
    auto large = w.home() / "large.json";
    {
        std::ofstream out(large);
        out << R"({"id": "large", "title": ")" << std::string(2 * 1024 * 1024, 'x') << "\"}";
    }
    auto too_large = w.bare({"form", "validate", large.string()});
    CHECK(too_large.exit_code == 1);
    CHECK_THAT(too_large.err, Catch::Contains(large.string()) && Catch::Contains("at most 2 MB"));

    auto deep = w.home() / "deep.json";
    std::ofstream(deep) << R"({"id": "deep", "title": )" << std::string(100, '[')
                        << std::string(100, ']') << "}";
    auto too_deep = w.bare({"form", "validate", deep.string()});
    CHECK(too_deep.exit_code == 1);
    CHECK_THAT(too_deep.err,
               Catch::Contains(deep.string()) && Catch::Contains("nested deeper than 64"));
}

TEST_CASE("form import installs a definition that the next start offers and scores",
          "[cli][forms]") {
    Workspace w;
    w.init();
    CHECK_FALSE(offers_tool(w.json({"tools", "list"}), "clinic-stress"));

    auto out = w.ok({"form", "import", fixture("clinic-stress.json")});
    const auto installed = w.data() / "forms" / "clinic-stress.json";
    CHECK_THAT(out, Catch::Contains(installed.string()));
    CHECK(test::file_bytes(installed) == test::file_bytes(fixture("clinic-stress.json")));

    auto tools = w.json({"tools", "list"});
    REQUIRE(offers_tool(tools, "clinic-stress"));
    auto tool = *std::find_if(tools.begin(), tools.end(),
                              [](const auto& t) { return t["id"] == "clinic-stress"; });
    CHECK(tool["plugin"] == "form-packs");
    CHECK(tool["kind"] == "assessment");

    auto client = w.add_client("Ann", "Lee");
    auto answers = w.home() / "answers.json";
    std::ofstream(answers) << R"({"sleep": 5, "rest": 1, "calm": 1})";
    auto recorded =
        w.json({"assess", "clinic-stress", "--client", client, "--answers", answers.string()});
    const auto& scores = recorded["result"]["scores"];
    REQUIRE(scores.size() == 1);
    CHECK(scores[0]["id"] == "strain");
    CHECK(scores[0]["value"].get<double>() == Approx(5.0));
    CHECK(scores[0]["band"] == "High");

    // The same id again is refused unless replacing is asked for.
    test::expect_refused(w, {"form", "import", fixture("clinic-stress.json")},
                         "already installed at " + installed.string());
    auto replaced = w.ok({"form", "import", "--replace", fixture("clinic-stress.json")});
    CHECK_THAT(replaced, Catch::Contains(installed.string()));
    CHECK(files_in(w.data() / "forms").size() == 1);  // no temporary file left behind
}

TEST_CASE("a broken file is not imported and changes nothing", "[cli][forms][bad-input]") {
    Workspace w;
    w.init();
    const auto forms = w.data() / "forms";
    for (const char* name : {"trailing-comma.json", "duplicate-item.json"}) {
        INFO(name);
        auto before = test::database_snapshot(w.db());
        auto result = w.run({"form", "import", fixture(name)});
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::StartsWith(fixture(name) + ": "));
        CHECK(files_in(forms).empty());
        CHECK(test::database_snapshot(w.db()) == before);
    }
}

TEST_CASE("a forms folder with a good and a broken file: one tool, one warning with the path",
          "[cli][forms]") {
    Workspace w;
    w.init();
    const auto folder = w.home() / "clinic-forms";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(fixture("clinic-stress.json"), folder / "clinic-stress.json");
    std::filesystem::copy_file(fixture("trailing-comma.json"), folder / "trailing-comma.json");
    w.environment["COUNSELOR_FORMS_PATH"] = "/no/such/folder:" + folder.string();

    auto tools = w.json({"tools", "list"});
    CHECK(offers_tool(tools, "clinic-stress"));
    CHECK_FALSE(offers_tool(tools, "trailing-comma"));

    const std::string broken = (folder / "trailing-comma.json").string();
    auto text = w.ok({"plugins", "list"});
    CHECK_THAT(text, Catch::Contains("Warnings:") &&
                         Catch::Contains("form-packs: " + broken + ": line 12, column 7"));
    auto plugins = w.json({"plugins", "list"});
    auto packs = std::find_if(plugins.begin(), plugins.end(),
                              [](const auto& p) { return p["id"] == "form-packs"; });
    REQUIRE(packs != plugins.end());
    CHECK((*packs)["status"] == "loaded");
    REQUIRE((*packs)["warnings"].size() == 1);
    CHECK_THAT((*packs)["warnings"][0].get<std::string>(), Catch::StartsWith(broken));
}
