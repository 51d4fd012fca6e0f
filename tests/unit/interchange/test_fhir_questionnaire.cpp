// FHIR R4 Questionnaire import and QuestionnaireResponse export, on the
// fixtures in tests/fixtures/fhir: the public PHQ-9 example, one of each
// supported feature, one of each warning, and refused Questionnaires.
#include "counselor/core/forms/answer_validator.hpp"
#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/interchange/fhir_questionnaire.hpp"
#include "counselor/core/interchange/fhir_response.hpp"

#include <counselor/sdk/form_file.hpp>
#include <counselor/sdk/scoring.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace counselor;
using nlohmann::json;

namespace {

const std::filesystem::path kFhir = COUNSELOR_SOURCE_DIR "/tests/fixtures/fhir";

json fixture(const char* name) {
    return sdk::read_form_file(kFhir / name);
}

// Converts a fixture that must convert, and checks the result against the
// form schema as any definition file is checked.
core::FhirImport converted(const char* name) {
    auto imported = core::convert_fhir_questionnaire(fixture(name));
    INFO(core::describe(imported.problems));
    REQUIRE(imported.problems.empty());
    const auto problems = core::validate_definition(imported.definition);
    INFO(core::describe(problems));
    REQUIRE(problems.empty());
    return imported;
}

const json* item(const json& definition, const std::string& id) {
    for (const auto& section : definition["sections"]) {
        for (const auto& entry : section["items"]) {
            if (entry["id"] == id) return &entry;
        }
    }
    return nullptr;
}

std::vector<std::string> section_ids(const json& definition) {
    std::vector<std::string> ids;
    for (const auto& section : definition["sections"])
        ids.push_back(section["id"]);
    return ids;
}

bool warns(const core::FhirImport& imported, const std::string& where, const std::string& phrase) {
    return std::any_of(imported.warnings.begin(), imported.warnings.end(), [&](const auto& w) {
        return w.where == where && w.message.find(phrase) != std::string::npos;
    });
}

const json* child(const json& items, const std::string& link) {
    for (const auto& entry : items) {
        if (entry["linkId"] == link) return &entry;
    }
    return nullptr;
}

core::Administration administration_of(const std::string& tool, const std::string& version,
                                       json answers) {
    core::Administration administration;
    administration.id = 42;
    administration.client_id = 7;
    administration.tool_id = tool;
    administration.definition_version = version;
    administration.administered_at = "2026-03-04T10:20:30Z";
    administration.answers = std::move(answers);
    return administration;
}

}  // namespace

TEST_CASE("the PHQ-9 SDC example converts to a scored form whose total sums the ordinals",
          "[fhir]") {
    const auto imported = converted("fhir-phq9-sdc-example.json");
    const json& definition = imported.definition;
    CHECK(imported.warnings.empty());
    CHECK(definition["id"] == "questionnaire-sdc-profile-example-PHQ9");
    CHECK(definition["title"] == "Patient Health Questionnaire - 9 Item");
    CHECK(definition["version"] == "0.0.1");
    CHECK(definition["$fhir"]["url"] ==
          "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9");
    CHECK(definition["$fhir"]["id"] == "questionnaire-sdc-profile-example-PHQ9");
    REQUIRE(definition.contains("total"));
    CHECK(definition["total"]["title"] == "Patient health questionnaire 9 item total score");

    const json* q9 = item(definition, "H1/T1/Q9");
    REQUIRE(q9);
    CHECK((*q9)["type"] == "choice");
    REQUIRE((*q9)["options"].size() == 4);
    CHECK((*q9)["options"][2]["value"] == "More than half the days");
    CHECK((*q9)["options"][2]["score"] == 2);
    CHECK(item(definition, "H1/TS") == nullptr);  // the total is a score, not a question

    const auto form = core::parse_definition(definition);
    const std::vector<std::string> chosen = {"Not-at-all",
                                             "Several-days",
                                             "More than half the days",
                                             "Nearly every day",
                                             "Several-days",
                                             "Nearly every day",
                                             "Not-at-all",
                                             "More than half the days",
                                             "Several-days"};
    json answers = json::object();
    double expected = 0;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        answers["H1/T1/Q" + std::to_string(i + 1)] = chosen[i];
        expected += form.find_item("H1/T1/Q1")->find_option(chosen[i])->score.value();
    }
    CHECK(core::validate_answers(form, answers).empty());
    const auto result = sdk::score_form(form, sdk::Answers(answers));
    REQUIRE(result.total);
    CHECK(result.total->value.value() == Approx(expected));
    CHECK(expected == Approx(13));
}

TEST_CASE("every supported feature of a Questionnaire is carried over", "[fhir]") {
    const auto imported = converted("features.json");
    const json& definition = imported.definition;
    INFO(core::describe(imported.warnings));
    CHECK(imported.warnings.empty());
    CHECK(definition["version"] == "2.1.0");
    CHECK(definition["kind"] == "assessment");

    // Groups become sections in order; items after a nested group open a
    // section of their own, so the order is the Questionnaire's.
    CHECK(section_ids(definition) ==
          std::vector<std::string>{"couple-checkin", "about", "week", "safety", "week-2"});
    CHECK(definition["sections"][1]["title"] == "About you");

    const std::vector<std::pair<std::string, std::string>> types = {
        {"intro", "display"},    {"married", "boolean"}, {"wedding", "date"},
        {"children", "integer"}, {"sleep", "decimal"},   {"word", "text"},
        {"story", "long_text"},  {"listened", "choice"}, {"argued", "choice"},
        {"afraid", "choice"},    {"help", "long_text"},  {"prayed", "boolean"}};
    for (const auto& [id, type] : types) {
        INFO(id);
        const json* found = item(definition, id);
        REQUIRE(found);
        CHECK((*found)["type"] == type);
    }
    CHECK((*item(definition, "married"))["required"] == true);
    CHECK((*item(definition, "listened"))["required"] == true);
    CHECK_FALSE(item(definition, "sleep")->contains("required"));
    CHECK((*item(definition, "word"))["text"] == "a. One word for home right now");
    CHECK((*item(definition, "children"))["min"] == 0);
    CHECK((*item(definition, "children"))["max"] == 20);

    // Scores: itemWeight on ValueSet concepts, ordinalValue on a Coding,
    // itemWeight on an answerOption.
    const json& listened = (*item(definition, "listened"))["options"];
    CHECK(listened == json::parse(R"([{"value": "no", "label": "Disagree", "score": 0},
        {"value": "some", "label": "Partly agree", "score": 1},
        {"value": "yes", "label": "Agree", "score": 2}])"));
    CHECK((*item(definition, "argued"))["options"][2]["score"] == 3);
    CHECK((*item(definition, "afraid"))["options"][1]["score"] == 5);

    // enableWhen: a group's condition reaches its items; any and all.
    CHECK((*item(definition, "afraid"))["enable_when"] ==
          json::parse(R"([{"item": "argued", "op": "=", "value": "often"}])"));
    CHECK((*item(definition, "help"))["enable_behavior"] == "any");
    CHECK((*item(definition, "help"))["enable_when"].size() == 2);
    CHECK_FALSE(item(definition, "prayed")->contains("enable_behavior"));
    CHECK((*item(definition, "prayed"))["enable_when"][1] ==
          json::parse(R"({"item": "children", "op": ">", "value": 0})"));

    REQUIRE(definition.contains("total"));
    CHECK(definition["total"]["title"] == "Check-in score");

    const auto form = core::parse_definition(definition);
    json answers = {{"married", true},      {"wedding", "2015-05-02"}, {"children", 2},
                    {"sleep", 6.5},         {"word", "calm"},          {"story", "A long week."},
                    {"listened", "some"},   {"argued", "often"},       {"afraid", "yes"},
                    {"help", "Time alone"}, {"prayed", false}};
    INFO(core::describe(core::validate_answers(form, answers)));
    CHECK(core::validate_answers(form, answers).empty());
    CHECK(sdk::score_form(form, sdk::Answers(answers)).total->value.value() == Approx(1 + 3 + 5));

    // Branching holds: no safety question unless the arguing was frequent.
    answers["argued"] = "once";
    CHECK_FALSE(core::validate_answers(form, answers).empty());
    answers.erase("afraid");
    CHECK(core::validate_answers(form, answers).empty());
}

TEST_CASE("what cannot be carried over is listed as a warning, item by item", "[fhir]") {
    const auto imported = converted("warnings.json");
    INFO(core::describe(imported.warnings));
    CHECK(warns(imported, "item \"nickname\"", "repeats"));
    CHECK(warns(imported, "item \"nickname\"", "initial answer"));
    CHECK(warns(imported, "item \"photo\"", "\"attachment\" are not supported"));
    CHECK(warns(imported, "item \"weight\"", "\"quantity\" are not supported"));
    CHECK(warns(imported, "item \"mood\"",
                "http://example.org/fhir/StructureDefinition/secret-scoring"));
    CHECK(warns(imported, "item \"photo-note\"", "enableWhen on \"photo\" is left out"));
    CHECK(warns(imported, "item \"doubled\"", "calculatedExpression"));
    CHECK(imported.warnings.size() == 7);

    const json& definition = imported.definition;
    for (const char* gone : {"photo", "weight", "doubled"}) {
        INFO(gone);
        CHECK(item(definition, gone) == nullptr);
    }
    CHECK_FALSE(definition.contains("total"));
    CHECK_FALSE(item(definition, "photo-note")->contains("enable_when"));
}

TEST_CASE("a Questionnaire that cannot become a form is refused with the reason", "[fhir]") {
    struct Case {
        const char* file;
        std::string where;
        std::string phrase;
    };
    const Case cases[] = {
        {"bad-missing-linkid.json", "item 2", "has no linkId"},
        {"bad-duplicate-linkid.json", "item \"q\"", "used by an earlier item"},
        {"bad-valueset.json", "item \"pick\"", "\"#absent\" names no ValueSet"},
        {"bad-not-questionnaire.json", "file", "a FHIR \"Observation\" resource"},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        const auto imported = core::convert_fhir_questionnaire(fixture(c.file));
        INFO(core::describe(imported.problems));
        REQUIRE(imported.problems.size() == 1);
        CHECK(imported.problems[0].where == c.where);
        CHECK_THAT(imported.problems[0].message, Catch::Contains(c.phrase));
    }

    json external = fixture("bad-valueset.json");
    external["item"][0]["answerValueSet"] = "http://loinc.org/vs/LL358-3";
    const auto refused = core::convert_fhir_questionnaire(external);
    REQUIRE(refused.problems.size() == 1);
    CHECK_THAT(refused.problems[0].message, Catch::Contains("not a contained ValueSet"));

    json unknown_question = fixture("features.json");
    unknown_question["item"][1]["item"][1]["enableWhen"][0]["question"] = "nobody";
    const auto dangling = core::convert_fhir_questionnaire(unknown_question);
    REQUIRE(dangling.problems.size() == 1);
    CHECK(dangling.problems[0].where == "item \"wedding\"");
    CHECK_THAT(dangling.problems[0].message, Catch::Contains("\"nobody\", which no item has"));
}

TEST_CASE("an unrecognised FHIRPath total warns and keeps no total", "[fhir]") {
    json questionnaire = fixture("fhir-phq9-sdc-example.json");
    auto& expression = questionnaire["item"][0]["item"][9]["extension"][0]["valueExpression"];
    expression["expression"] = "%resource.answers().value.ordinal().sum() * 2";
    auto imported = core::convert_fhir_questionnaire(questionnaire);
    REQUIRE(imported.problems.empty());
    CHECK(warns(imported, "item \"H1/TS\"", "is not recognised"));
    CHECK_FALSE(imported.definition.contains("total"));

    // Summing only the top level, where no scored item sits, is not our total either.
    expression["expression"] = "%resource.item.answer.value.ordinal().sum()";
    imported = core::convert_fhir_questionnaire(questionnaire);
    CHECK(warns(imported, "item \"H1/TS\"", "only items at nesting level 1"));
    CHECK_FALSE(imported.definition.contains("total"));
    expression["expression"] = "%resource.item.item.answer.value.ordinal().sum()";
    imported = core::convert_fhir_questionnaire(questionnaire);
    CHECK(imported.warnings.empty());
    CHECK(imported.definition.contains("total"));
}

TEST_CASE("an administration of an imported form becomes a QuestionnaireResponse", "[fhir]") {
    const auto imported = converted("features.json");
    const auto form = core::parse_definition(imported.definition);
    auto administration = administration_of("couple-checkin", "2.1.0",
                                            {{"married", true},
                                             {"wedding", "2015-05-02"},
                                             {"children", 2},
                                             {"sleep", 6.5},
                                             {"listened", "some"},
                                             {"argued", "often"},
                                             {"afraid", "yes"},
                                             {"word", nullptr}});
    administration.result = {{"total", {{"value", 9}}}};
    const json response =
        core::questionnaire_response(administration, form, imported.definition["$fhir"]);

    CHECK(response["resourceType"] == "QuestionnaireResponse");
    CHECK(response["status"] == "completed");
    CHECK(response["questionnaire"] ==
          "http://example.org/fhir/Questionnaire/couple-checkin|2.1.0");
    CHECK(response["subject"] == json{{"reference", "Patient/7"}});
    CHECK(response["authored"] == "2026-03-04T10:20:30Z");

    const json& items = response["item"];
    const json* about = child(items, "about");
    REQUIRE(about);
    CHECK((*about)["text"] == "About you");
    CHECK((*child((*about)["item"], "married"))["answer"] ==
          json::parse(R"([{"valueBoolean": true}])"));
    CHECK((*child((*about)["item"], "wedding"))["answer"][0]["valueDate"] == "2015-05-02");
    CHECK((*child((*about)["item"], "children"))["answer"][0]["valueInteger"] == 2);
    CHECK((*child((*about)["item"], "sleep"))["answer"][0]["valueDecimal"] == 6.5);
    CHECK(child((*about)["item"], "word") == nullptr);  // not answered

    const json* week = child(items, "week");
    REQUIRE(week);
    CHECK((*child((*week)["item"], "listened"))["answer"][0]["valueCoding"] ==
          json::parse(R"({"system": "http://example.org/fhir/CodeSystem/agree", "code": "some",
                          "display": "Partly agree"})"));
    const json* safety = child((*week)["item"], "safety");
    REQUIRE(safety);
    CHECK((*child((*safety)["item"], "afraid"))["answer"][0]["valueCoding"]["code"] == "yes");
    CHECK((*child(items, "score"))["answer"] == json::parse(R"([{"valueDecimal": 9}])"));
    CHECK(child(items, "intro") == nullptr);  // display items carry no answer
}

TEST_CASE("a form not imported from FHIR exports with its section and item ids", "[fhir]") {
    const json definition = json::parse(R"({"id": "plain", "title": "Plain", "version": "1.2.0",
        "sections": [{"id": "s1", "title": "First", "items": [
            {"id": "how", "type": "scale", "text": "How?", "min": 1, "max": 5},
            {"id": "which", "type": "multi_choice", "text": "Which?", "options": [
                {"value": "a", "label": "Apple"}, {"value": "b", "label": "Banana"}]},
            {"id": "note", "type": "long_text", "text": "Note"}]}]})");
    const auto form = core::parse_definition(definition);
    const auto administration =
        administration_of("plain", "1.2.0", {{"how", 4}, {"which", {"a", "b"}}, {"note", "fine"}});
    const json response = core::questionnaire_response(administration, form, nullptr);

    CHECK(response["questionnaire"] == "urn:counselor-workstation:form:plain|1.2.0");
    REQUIRE(response["item"].size() == 1);
    const json& group = response["item"][0];
    CHECK(group["linkId"] == "s1");
    CHECK(group["text"] == "First");
    CHECK((*child(group["item"], "how"))["answer"] == json::parse(R"([{"valueInteger": 4}])"));
    CHECK((*child(group["item"], "which"))["answer"] ==
          json::parse(R"([{"valueCoding": {"code": "a", "display": "Apple"}},
                          {"valueCoding": {"code": "b", "display": "Banana"}}])"));
    CHECK((*child(group["item"], "note"))["answer"][0]["valueString"] == "fine");
}

TEST_CASE("less common shapes: a total through a variable, repeats, plain-value options",
          "[fhir]") {
    const json questionnaire = json::parse(R"fhir({
      "resourceType": "Questionnaire", "name": "Shapes Test", "title": "Shapes",
      "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/variable",
        "valueExpression": {"name": "sum", "language": "text/fhirpath",
                            "expression": "%resource.answers().value.weight().sum()"
}
}],
      "contained": [{"resourceType": "ValueSet", "id": "yn", "expansion": {"contains": [
        {"system": "http://example.org/yn", "code": "y", "display": "Yes",
         "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
                        "valueDecimal": 4}]},
        {"system": "http://example.org/yn", "code": "n", "display": "No"}]}}],
      "item": [
        {"linkId": "count", "type": "choice", "text": "How many?", "answerOption": [
          {"valueInteger": 1}, {"valueInteger": 2}]},
        {"linkId": "which", "type": "open-choice", "text": "Which?", "repeats": true,
         "answerOption": [{"valueString": "tea"}, {"valueString": "coffee"}]},
        {"linkId": "yes", "type": "choice", "text": "Yes?", "answerValueSet": "#yn",
         "enableWhen": [{"question": "count", "operator": "=", "answerInteger": 2}]},
        {"linkId": "g", "type": "group", "text": "G", "enableBehavior": "any", "enableWhen": [
            {"question": "count", "operator": "exists", "answerBoolean": true},
            {"question": "yes", "operator": "=", "answerCoding": {"code": "y"}}],
         "item": [{"linkId": "inner", "type": "boolean", "text": "Inner?", "enableBehavior": "any",
                   "enableWhen": [
                     {"question": "count", "operator": "=", "answerInteger": 1},
                     {"question": "count", "operator": "=", "answerInteger": 2}]}]},
        {"linkId": "total", "type": "integer", "text": "Total", "extension": [{
          "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
          "valueExpression": {"language": "text/fhirpath", "expression": "%sum"}}]}
      ]
})fhir");
    const auto imported = core::convert_fhir_questionnaire(questionnaire);
    INFO(core::describe(imported.problems) << " / " << core::describe(imported.warnings));
    REQUIRE(imported.problems.empty());
    const json& definition = imported.definition;
    CHECK(core::validate_definition(definition).empty());
    CHECK(definition["id"] == "Shapes-Test");  // from the name, made safe as a file name
    CHECK(definition["total"]["title"] == "Total");

    CHECK((*item(definition, "count"))["options"][1] ==
          json::parse(R"({"value": "2", "label": "2"})"));
    CHECK((*item(definition, "which"))["type"] == "multi_choice");
    CHECK(warns(imported, "item \"which\"", "open-choice"));
    CHECK((*item(definition, "yes"))["options"][0]["score"] == 4);
    CHECK((*item(definition, "yes"))["enable_when"][0]["value"] == "2");
    // Both sides need "any" of several: they cannot be joined into one list.
    CHECK(warns(imported, "item \"inner\"", "cannot be combined"));
    CHECK((*item(definition, "inner"))["enable_when"].size() == 2);
    CHECK(imported.warnings.size() == 2);

    // The response types each option as the Questionnaire offered it.
    const auto form = core::parse_definition(definition);
    const auto response = core::questionnaire_response(
        administration_of("Shapes-Test", "1.0.0",
                          {{"count", "2"}, {"which", {"tea", "coffee"}}, {"yes", "y"}}),
        form, definition["$fhir"]);
    // No url and no id: named as any other form is.
    CHECK(response["questionnaire"] == "urn:counselor-workstation:form:Shapes-Test|1.0.0");
    const json& items = response["item"];
    CHECK((*child(items, "count"))["answer"] == json::parse(R"([{"valueInteger": 2}])"));
    CHECK((*child(items, "which"))["answer"] ==
          json::parse(R"([{"valueString": "tea"}, {"valueString": "coffee"}])"));
    CHECK((*child(items, "yes"))["answer"][0]["valueCoding"]["system"] == "http://example.org/yn");
}
