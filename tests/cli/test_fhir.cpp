// FHIR from the command line: a clinic imports a published Questionnaire,
// it runs as a tool and scores; what could not be carried over is listed;
// a broken one changes nothing; and an administration goes back out as a
// QuestionnaireResponse with the original linkIds.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>

using namespace counselor;
using nlohmann::json;
using test::Workspace;

namespace {

const std::filesystem::path kFhir = COUNSELOR_SOURCE_DIR "/tests/fixtures/fhir";
const std::filesystem::path kForms = COUNSELOR_SOURCE_DIR "/tests/fixtures/forms";

std::string fixture(const char* name) {
    return (kFhir / name).string();
}

json read_json(const std::filesystem::path& file) {
    return json::parse(test::file_bytes(file));
}

std::filesystem::path write_answers(const Workspace& w, const json& answers) {
    auto file = w.home() / "answers.json";
    std::ofstream(file) << answers.dump();
    return file;
}

bool offers_tool(const json& tools, const std::string& id) {
    return std::any_of(tools.begin(), tools.end(),
                       [&](const auto& tool) { return tool["id"] == id; });
}

bool folder_empty(const std::filesystem::path& folder) {
    std::error_code error;
    return !std::filesystem::exists(folder) || std::filesystem::is_empty(folder, error);
}

// Every item of a QuestionnaireResponse by linkId, wherever it is nested;
// checks the R4 shape on the way: a linkId each, and an item holds answers
// or items (answers may hold items of their own).
void collect_items(const json& items, std::map<std::string, json>& found) {
    REQUIRE(items.is_array());
    REQUIRE_FALSE(items.empty());
    for (const auto& item : items) {
        REQUIRE(item.contains("linkId"));
        REQUIRE(item["linkId"].is_string());
        CHECK((item.contains("answer") != item.contains("item")));
        found[item["linkId"]] = item;
        if (item.contains("item")) collect_items(item["item"], found);
        for (const auto& answer : item.value("answer", json::array())) {
            if (answer.contains("item")) collect_items(answer["item"], found);
        }
    }
}

std::map<std::string, json> response_items(const json& response) {
    CHECK(response["resourceType"] == "QuestionnaireResponse");
    CHECK(response["status"] == "completed");
    CHECK(response["authored"].is_string());
    std::map<std::string, json> found;
    collect_items(response["item"], found);
    return found;
}

// The value an answer holds, whatever its value[x].
json answer_value(const json& answer) {
    for (const auto& [key, value] : answer.items()) {
        if (key == "valueCoding") return value["code"];
        if (key.rfind("value", 0) == 0) return value;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("form validate converts a FHIR Questionnaire and lists what it cannot carry over",
          "[cli][fhir]") {
    Workspace w;
    const auto file = fixture("warnings.json");
    auto result = w.bare({"form", "validate", file});
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == file + ": valid, 3 items, converted from a FHIR Questionnaire\n");
    CHECK_THAT(result.err, Catch::Contains("warning: " + file +
                                           ": item \"photo\": items of type "
                                           "\"attachment\" are not supported") &&
                               Catch::Contains("warning: " + file +
                                               ": item \"doubled\": its "
                                               "calculatedExpression"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 7);

    auto as_json = json::parse(w.bare({"--json", "form", "validate", file}).out);
    CHECK(as_json["valid"] == true);
    CHECK(as_json["fhir"] == true);
    CHECK(as_json["items"] == 3);
    REQUIRE(as_json["warnings"].size() == 7);
    CHECK_THAT(as_json["warnings"][0].get<std::string>(), Catch::StartsWith(file + ": item "));
}

TEST_CASE("the public PHQ-9 Questionnaire imports, runs as a tool, and totals its ordinals",
          "[cli][fhir]") {
    Workspace w;
    w.init();
    const auto source = fixture("fhir-phq9-sdc-example.json");
    auto imported = w.json({"form", "import", source});
    const auto installed = w.data() / "forms" / "questionnaire-sdc-profile-example-PHQ9.json";
    CHECK(imported["path"] == installed.string());
    CHECK(imported["warnings"].empty());
    // What is installed is a form definition, valid on its own.
    CHECK(w.bare({"form", "validate", installed.string()}).exit_code == 0);

    const std::string tool = "questionnaire-sdc-profile-example-PHQ9";
    REQUIRE(offers_tool(w.json({"tools", "list"}), tool));

    // The expected total comes from the fixture's own ValueSet.
    std::map<std::string, double> ordinal;
    const json questionnaire = read_json(source);
    for (const auto& concept_entry :
         questionnaire["contained"][0]["compose"]["include"][0]["concept"])
        ordinal[concept_entry["code"]] = concept_entry["extension"][0]["valueDecimal"];
    const char* chosen[] = {
        "Several-days", "Nearly every day", "Not-at-all",       "More than half the days",
        "Several-days", "Not-at-all",       "Nearly every day", "Several-days",
        "Not-at-all"};
    json answers = json::object();
    double expected = 0;
    for (int i = 0; i < 9; ++i) {
        answers["H1/T1/Q" + std::to_string(i + 1)] = chosen[i];
        expected += ordinal.at(chosen[i]);
    }
    auto client = w.add_client("Ann", "Lee");
    auto recorded = w.json(
        {"assess", tool, "--client", client, "--answers", write_answers(w, answers).string()});
    const auto& total = recorded["result"]["total"];
    CHECK(total["title"] == "Patient health questionnaire 9 item total score");
    CHECK(total["value"].get<double>() == Approx(expected));
    CHECK(total["answered"] == 9);

    // And back out, against the Questionnaire it came from.
    const auto id = std::to_string(recorded["id"].get<std::int64_t>());
    auto response = json::parse(w.ok({"assess", "export", id, "--format", "fhir"}));
    CHECK(response["questionnaire"] ==
          "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|0.0.1");
    auto items = response_items(response);
    CHECK(items.at("H1/T1/Q4")["answer"][0]["valueCoding"] ==
          json({{"system", "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9"},
                {"code", "More than half the days"},
                {"display", "More than half the days"}}));
    CHECK(items.at("H1/TS")["answer"][0]["valueQuantity"]["value"].get<double>() ==
          Approx(expected));
    REQUIRE(response["item"].size() == 1);
    CHECK(response["item"][0]["linkId"] == "H1/T1");
}

TEST_CASE("assess export writes what was stored as a QuestionnaireResponse", "[cli][fhir]") {
    Workspace w;
    w.init();
    auto imported = w.json({"form", "import", fixture("features.json")});
    CHECK(imported["warnings"].empty());
    const json answers = {{"married", true},      {"wedding", "2015-05-02"}, {"children", 2},
                          {"sleep", 6.5},         {"word", "calm"},          {"story", "Long."},
                          {"listened", "no"},     {"argued", "often"},       {"afraid", "no"},
                          {"help", "Time alone"}, {"prayed", true}};
    auto client = w.add_client("Miriam", "Okafor");
    auto recorded = w.json({"assess", "couple-checkin", "--client", client, "--answers",
                            write_answers(w, answers).string()});
    const auto id = std::to_string(recorded["id"].get<std::int64_t>());

    const auto out = w.home() / "response.json";
    auto written = w.ok({"assess", "export", id, "--format", "fhir", "--out", out.string()});
    CHECK(written == "Wrote " + out.string() + "\n");
    const auto text = test::file_bytes(out);
    CHECK(text.find("Miriam") == std::string::npos);
    CHECK(text.find("Okafor") == std::string::npos);
    const auto response = json::parse(text);
    CHECK(response["subject"]["reference"] == "Patient/" + client);
    CHECK(response["questionnaire"] ==
          "http://example.org/fhir/Questionnaire/couple-checkin|2.1.0");

    auto items = response_items(response);
    for (const auto& [link, value] : answers.items()) {
        INFO(link);
        REQUIRE(items.count(link));
        REQUIRE(items[link]["answer"].size() == 1);
        CHECK(answer_value(items[link]["answer"][0]) == value);
    }
    CHECK(items.at("wedding")["answer"][0].contains("valueDate"));
    CHECK(items.at("story")["answer"][0].contains("valueString"));
    CHECK(items.at("sleep")["answer"][0].contains("valueDecimal"));
    CHECK(items.at("children")["answer"][0].contains("valueInteger"));
    CHECK(items.at("score")["answer"][0]["valueDecimal"] == recorded["result"]["total"]["value"]);
    // Nested as the Questionnaire nests them.
    CHECK(items.at("safety")["item"][0]["linkId"] == "afraid");
    CHECK(items.at("about")["item"].size() == 6);

    // The same file again is refused, and changes nothing; --replace replaces it.
    test::expect_refused(w, {"assess", "export", id, "--format", "fhir", "--out", out.string()},
                         "already exists");
    test::expect_refused(w,
                         {"assess", "export", id, "--format", "fhir", "--out",
                          (w.home() / "no-such-folder" / "r.json").string()},
                         "does not exist");
    test::expect_refused(w, {"assess", "export", "999", "--format", "fhir"},
                         "no administration with id 999");
    CHECK(w.run({"assess", "export", id, "--format", "fhir", "--out", out.string(), "--replace"})
              .exit_code == 0);
    // A folder gets a file named by the administration id.
    auto in_folder =
        w.json({"assess", "export", id, "--format", "fhir", "--out", w.home().string()});
    CHECK(in_folder["path"] == (w.home() / ("questionnaire-response-" + id + ".json")).string());

    // Only the FHIR format exists; other formats are a usage mistake.
    CHECK(w.run({"assess", "export", id, "--format", "pdf"}).exit_code == 2);
    CHECK(w.run({"assess", "--client", client}).exit_code == 2);
}

TEST_CASE("a form that was not imported from FHIR exports with its own ids", "[cli][fhir]") {
    Workspace w;
    w.init();
    w.ok({"form", "import", (kForms / "clinic-stress.json").string()});
    auto client = w.add_client("Ann", "Lee");
    auto recorded = w.json({"assess", "clinic-stress", "--client", client, "--answers",
                            write_answers(w, {{"sleep", 5}, {"rest", 1}, {"calm", 1}}).string()});
    const auto id = std::to_string(recorded["id"].get<std::int64_t>());
    auto response = json::parse(w.ok({"assess", "export", id, "--format", "fhir"}));
    CHECK_THAT(response["questionnaire"].get<std::string>(),
               Catch::StartsWith("urn:counselor-workstation:form:clinic-stress|"));
    auto items = response_items(response);
    for (const char* link : {"sleep", "rest", "calm"}) {
        INFO(link);
        REQUIRE(items.count(link));
        CHECK(items[link]["answer"][0].contains("valueInteger"));
    }
    CHECK(items.at("sleep")["answer"][0]["valueInteger"] == 5);
}

TEST_CASE("a Questionnaire that cannot become a form is refused and changes nothing",
          "[cli][fhir][bad-input]") {
    Workspace w;
    w.init();
    struct Case {
        const char* file;
        std::string expected;
    };
    const Case cases[] = {
        {"bad-missing-linkid.json", "item 2: has no linkId"},
        {"bad-duplicate-linkid.json", "item \"q\": the linkId \"q\" is used by an earlier item"},
        {"bad-valueset.json",
         "item \"pick\": answerValueSet \"#absent\" names no ValueSet contained"},
        {"bad-not-questionnaire.json",
         "file: a FHIR \"Observation\" resource; only a "
         "Questionnaire can be imported"},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        auto before = test::database_snapshot(w.db());
        auto result = w.run({"form", "import", fixture(c.file)});
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::StartsWith(fixture(c.file) + ": " + c.expected));
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(folder_empty(w.data() / "forms"));
        CHECK(test::database_snapshot(w.db()) == before);

        auto validated = w.bare({"form", "validate", fixture(c.file)});
        CHECK(validated.exit_code == 1);
        CHECK_THAT(validated.err, Catch::StartsWith(fixture(c.file) + ": " + c.expected));
    }
}

TEST_CASE("a Questionnaire copied into a forms folder as it is points to form import",
          "[cli][fhir]") {
    Workspace w;
    w.init();
    const auto folder = w.home() / "clinic-forms";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(fixture("features.json"), folder / "features.json");
    w.environment["COUNSELOR_FORMS_PATH"] = folder.string();
    CHECK_FALSE(offers_tool(w.json({"tools", "list"}), "couple-checkin"));
    CHECK_THAT(w.ok({"plugins", "list"}),
               Catch::Contains("form-packs: " + (folder / "features.json").string() +
                               ": a FHIR resource, not a form definition; `counselorctl form "
                               "import` converts"));
}
