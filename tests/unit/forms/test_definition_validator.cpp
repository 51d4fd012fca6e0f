// A clinic writes form definitions by hand: each rule of the validator is
// tested by breaking one thing in a sound definition and checking that the
// message says where and what, and that nothing else is reported.
#include "counselor/core/forms/definition_validator.hpp"

#include "form_fixtures.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using counselor::core::InvalidDefinition;
using counselor::core::parse_definition;
using counselor::core::Problem;
using counselor::core::validate_definition;
using counselor::test::honesty_safety_form;
using counselor::test::item_in;
using nlohmann::json;

namespace {

// Checks that `form` has exactly one problem, at `where`, whose message
// contains `phrase`.
void expect_one(const json& form, const std::string& where, const std::string& phrase) {
    const auto problems = validate_definition(form);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == where);
    CHECK_THAT(problems[0].message, Catch::Contains(phrase));
}

json& section_in(json& form, std::size_t index) {
    return form["sections"][index];
}

}  // namespace

TEST_CASE("a sound definition has no problems and survives a round trip", "[definition]") {
    const json form = honesty_safety_form();
    const auto problems = validate_definition(form);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.empty());

    const auto parsed = parse_definition(form);
    CHECK(parsed.items().size() == 12);
    CHECK(parsed.find_item("hidden")->reverse);
    CHECK(parsed.find_item("anything")->enable_behavior == "any");
    const json written = parsed;
    REQUIRE(validate_definition(written).empty());
    CHECK(json(parse_definition(written)) == written);
}

TEST_CASE("the top level must be an object with an id and a title", "[definition]") {
    expect_one(json::array(), "form", "must be a JSON object, not an array");
    expect_one(json("form"), "form", "must be a JSON object");

    json form = honesty_safety_form();
    form.erase("id");
    expect_one(form, "form", "\"id\" is required");

    form = honesty_safety_form();
    form["title"] = "";
    expect_one(form, "form", "\"title\" must not be empty");

    form = honesty_safety_form();
    form["id"] = 7;
    expect_one(form, "form", "\"id\" must be a string, not the number 7");
}

TEST_CASE("version, kind, respondent and instructions are checked", "[definition]") {
    json form = honesty_safety_form();
    form["version"] = 2;
    expect_one(form, "form", "\"version\" must be a string, not the number 2");

    form = honesty_safety_form();
    form["kind"] = "survey";
    expect_one(form, "form", "\"kind\" \"survey\" is not known; use one of: questionnaire");

    form = honesty_safety_form();
    form["respondent"] = "both";
    expect_one(form, "form", "each_partner");

    form = honesty_safety_form();
    form["instructions"] = json::array();
    expect_one(form, "form", "\"instructions\" must be a string, not an array");
}

TEST_CASE("unknown fields are reported, with a suggestion for a near miss", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "what_happened")["enableWhen"] = item_in(form, "what_happened")["enable_when"];
    expect_one(form, "item \"what_happened\"",
               "unknown field \"enableWhen\"; did you mean \"enable_when\"?");

    form = honesty_safety_form();
    form["colour"] = "blue";
    expect_one(form, "form", "unknown field \"colour\"; known fields: id, title");

    form = honesty_safety_form();
    form["$comment"] = "Drafted with the elders, spring term.";
    CHECK(validate_definition(form).empty());
}

TEST_CASE("sections must be a non-empty array", "[definition]") {
    json form = honesty_safety_form();
    form.erase("sections");
    expect_one(form, "form", "\"sections\" is required");

    form["sections"] = json::object();
    expect_one(form, "form", "\"sections\" must be an array, not an object");

    form["sections"] = json::array();
    expect_one(form, "form", "\"sections\" is empty");

    form = honesty_safety_form();
    form["sections"] =
        json::array({{{"id", "empty"}, {"title", "Empty"}, {"items", json::array()}}});
    expect_one(form, "form", "the form has no items");
}

TEST_CASE("each section needs an id, a title and items", "[definition]") {
    json form = honesty_safety_form();
    section_in(form, 1).erase("id");
    expect_one(form, "section 2", "\"id\" is required");

    form = honesty_safety_form();
    section_in(form, 1).erase("title");
    expect_one(form, "section \"safety\"", "\"title\" is required");

    form = honesty_safety_form();
    section_in(form, 1)["items"] = "afraid";
    expect_one(form, "section \"safety\"", "\"items\" must be an array, not the string");

    form = honesty_safety_form();
    section_in(form, 1)["id"] = "honesty";
    expect_one(form, "section \"honesty\"", "is used by an earlier section");

    form = honesty_safety_form();
    section_in(form, 1) = 3;
    expect_one(form, "section 2", "a section must be an object, not the number 3");
}

TEST_CASE("item ids are required, strings and unique across the form", "[definition]") {
    json form = honesty_safety_form();
    section_in(form, 0)["items"][1].erase("id");
    expect_one(form, "section \"honesty\" item 2", "\"id\" is required");

    form = honesty_safety_form();
    item_in(form, "truth")["id"] = 3;
    expect_one(form, "section \"honesty\" item 2", "\"id\" must be a string, not the number 3");

    form = honesty_safety_form();
    item_in(form, "one_word")["id"] = "truth";  // in another section
    expect_one(form, "item \"truth\"", "used by an earlier item; item ids must be unique");

    form = honesty_safety_form();
    section_in(form, 0)["items"][2] = "hidden";
    expect_one(form, "section \"honesty\" item 3", "an item must be an object");
}

TEST_CASE("an unknown item type names the types allowed", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "one_word")["type"] = "short_text";
    expect_one(form, "item \"one_word\"",
               "unknown type \"short_text\"; use one of: display, boolean, choice, multi_choice, "
               "scale, integer, decimal, text, long_text, date");

    form = honesty_safety_form();
    item_in(form, "one_word").erase("type");
    expect_one(form, "item \"one_word\"", "\"type\" is required");

    form = honesty_safety_form();
    item_in(form, "one_word").erase("text");
    expect_one(form, "item \"one_word\"", "\"text\" is required");
}

TEST_CASE("choice items need options with a value and a label", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "whereabouts").erase("options");
    expect_one(form, "item \"whereabouts\"", "\"options\" is required: a choice item needs");

    form = honesty_safety_form();
    item_in(form, "what_happened")["options"] = json::array();
    expect_one(form, "item \"what_happened\"", "\"options\" is empty");

    form = honesty_safety_form();
    item_in(form, "whereabouts")["options"][1]["value"] = 2;
    expect_one(form, "item \"whereabouts\" option 2",
               "\"value\" must be a string, not the number 2");

    form = honesty_safety_form();
    item_in(form, "whereabouts")["options"][0].erase("label");
    expect_one(form, "item \"whereabouts\" option 1", "\"label\" is required");

    form = honesty_safety_form();
    item_in(form, "whereabouts")["options"][2]["score"] = "1";
    expect_one(form, "item \"whereabouts\" option 3",
               "\"score\" must be a number, not the string \"1\"");

    form = honesty_safety_form();
    item_in(form, "what_happened")["options"][2]["value"] = "hurt";
    expect_one(form, "item \"what_happened\" option 3", "the option value \"hurt\" appears twice");

    form = honesty_safety_form();
    item_in(form, "one_word")["options"] = item_in(form, "whereabouts")["options"];
    expect_one(form, "item \"one_word\"", "apply only to choice and multi_choice items");
}

TEST_CASE("scale, integer and decimal ranges", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "truth").erase("max");
    item_in(form, "truth").erase("labels");
    expect_one(form, "item \"truth\"", "a scale item needs numeric \"min\" and \"max\"");

    form = honesty_safety_form();
    item_in(form, "truth")["min"] = "1";
    expect_one(form, "item \"truth\"", "\"min\" must be a number, not the string \"1\"");

    form = honesty_safety_form();
    item_in(form, "share")["min"] = 10;
    item_in(form, "share")["max"] = 0;
    expect_one(form, "item \"share\"", "\"min\" 10 is greater than \"max\" 0");

    form = honesty_safety_form();
    item_in(form, "contempt")["min"] = 5;
    item_in(form, "contempt")["max"] = 1;
    expect_one(form, "item \"contempt\"", "\"min\" 5 is greater than \"max\" 1");

    form = honesty_safety_form();
    item_in(form, "talk_hours")["min"] = 1.5;
    item_in(form, "talk_hours")["max"] = 0.5;
    expect_one(form, "item \"talk_hours\"", "\"min\" 1.5 is greater than \"max\" 0.5");

    form = honesty_safety_form();
    item_in(form, "share")["max"] = 9.5;
    expect_one(form, "item \"share\"", "scale ends must be whole numbers");

    form = honesty_safety_form();
    item_in(form, "one_word")["max"] = 3;
    expect_one(form, "item \"one_word\"", "apply only to scale, integer and decimal items");

    form = honesty_safety_form();
    item_in(form, "contempt").erase("min");
    item_in(form, "contempt").erase("max");
    CHECK(validate_definition(form).empty());  // integer bounds are optional
}

TEST_CASE("scale labels: both ends or one per point", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "hidden")["labels"].erase(4);
    expect_one(form, "item \"hidden\"",
               "has 4 labels; a scale from 1 to 5 takes 2 (its two ends) or 5 (one per point)");

    form = honesty_safety_form();
    item_in(form, "hidden")["labels"] = json::array({"Never", "Always"});
    CHECK(validate_definition(form).empty());

    form = honesty_safety_form();
    item_in(form, "truth")["labels"][1] = 5;
    expect_one(form, "item \"truth\"", "label 2 must be a string");

    form = honesty_safety_form();
    item_in(form, "contempt")["labels"] = json::array({"none", "many"});
    expect_one(form, "item \"contempt\"", "\"labels\" apply only to scale items");
}

TEST_CASE("a field with the wrong JSON type is named", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "afraid")["required"] = "yes";
    expect_one(form, "item \"afraid\"",
               "\"required\" must be true or false, not the string \"yes\"");

    form = honesty_safety_form();
    item_in(form, "afraid")["help"] = 1;
    expect_one(form, "item \"afraid\"", "\"help\" must be a string");

    form = honesty_safety_form();
    item_in(form, "hidden")["reverse"] = 1;
    expect_one(form, "item \"hidden\"", "\"reverse\" must be true or false, not the number 1");

    form = honesty_safety_form();
    form["subscales"] = json::object();
    expect_one(form, "form", "\"subscales\" must be an array, not an object");

    form = honesty_safety_form();
    form["total"] = json::array();
    expect_one(form, "form", "\"total\" must be an object, not an array");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"] = true;
    expect_one(form, "item \"afraid\"", "\"flag\" must be an object, not true");
}

TEST_CASE("display items take no answer", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "intro")["required"] = true;
    expect_one(form, "item \"intro\"", "cannot be required");

    form = honesty_safety_form();
    item_in(form, "intro")["flag"] = item_in(form, "afraid")["flag"];
    expect_one(form, "item \"intro\"", "cannot carry a flag");
}

TEST_CASE("reverse only on scale items and scored choices", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "one_word")["reverse"] = true;
    expect_one(form, "item \"one_word\"", "\"reverse\" applies only to scale items");

    form = honesty_safety_form();
    item_in(form, "what_happened")["reverse"] = true;  // options carry no score
    expect_one(form, "item \"what_happened\"", "whose options carry a score");

    form = honesty_safety_form();
    item_in(form, "whereabouts")["reverse"] = true;
    CHECK(validate_definition(form).empty());
}

TEST_CASE("an item's subscale must be declared and the item scorable", "[definition]") {
    json form = honesty_safety_form();
    item_in(form, "truth")["subscale"] = "honsety";
    expect_one(form, "item \"truth\"",
               "names subscale \"honsety\", which is not declared under \"subscales\"");

    form = honesty_safety_form();
    item_in(form, "one_word")["subscale"] = "honesty";
    expect_one(form, "item \"one_word\"", "a text item without scored options cannot be scored");

    form = honesty_safety_form();
    item_in(form, "what_happened")["subscale"] = "honesty";
    expect_one(form, "item \"what_happened\"", "cannot be scored");
}

TEST_CASE("subscales: ids, items, method", "[definition]") {
    json form = honesty_safety_form();
    form["subscales"][0]["items"] = json::array({"share", "trust_me"});
    expect_one(form, "subscale \"honesty\"", "lists \"trust_me\", which does not exist");

    form = honesty_safety_form();
    form["subscales"][0]["items"] = json::array({"anything"});
    expect_one(form, "subscale \"honesty\"", "lists \"anything\", a long_text item");

    form = honesty_safety_form();
    form["subscales"].push_back({{"id", "safety"}, {"title", "Safety"}});
    expect_one(form, "subscale \"safety\"", "has no items");

    form = honesty_safety_form();
    form["subscales"].push_back({{"id", "safety"}, {"items", {"share"}}});
    CHECK(validate_definition(form).empty());

    form = honesty_safety_form();
    form["subscales"].push_back({{"id", "honesty"}, {"items", {"share"}}});
    expect_one(form, "subscale \"honesty\"", "is used by an earlier subscale");

    form = honesty_safety_form();
    form["subscales"][0]["method"] = "average";
    expect_one(form, "subscale \"honesty\"",
               "\"method\" \"average\" is not known; use one of: sum, mean");

    form = honesty_safety_form();
    form["subscales"][0].erase("id");
    // Items still name "honesty", which is now undeclared.
    const auto problems = validate_definition(form);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].where == "item \"truth\"");
    CHECK(problems[3].where == "subscale 1");
    CHECK_THAT(problems[3].message, Catch::Contains("\"id\" is required"));
}

TEST_CASE("bands: min above max and overlaps", "[definition]") {
    json form = honesty_safety_form();
    form["subscales"][0]["bands"][1]["min"] = 3.9;
    auto problems = validate_definition(form);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == "subscale \"honesty\" band 2");
    CHECK_THAT(problems[0].message, Catch::Contains("\"min\" 3.9 is greater than \"max\" 3.69"));

    form = honesty_safety_form();
    form["subscales"][0]["bands"][2]["min"] = 3.5;
    expect_one(form, "subscale \"honesty\" band 3", "overlaps band 2 (2.5 to 3.69)");

    form = honesty_safety_form();  // both ends count: sharing 12 is an overlap
    form["total"]["bands"][1]["min"] = 12;
    expect_one(form, "total band 2", "overlaps band 1 (0 to 12)");

    form = honesty_safety_form();
    form["total"]["bands"][0].erase("label");
    expect_one(form, "total band 1", "\"label\" is required");

    form = honesty_safety_form();
    form["total"]["method"] = "median";
    expect_one(form, "total", "\"method\" \"median\" is not known");
}

TEST_CASE("a total needs something to add up", "[definition]") {
    json form = json::parse(R"({"id": "notes", "title": "Notes", "total": {"title": "All"},
        "sections": [{"id": "s", "title": "S", "items": [
            {"id": "n", "type": "long_text", "text": "Notes"}]}]})");
    expect_one(form, "total", "has nothing to add up");
}

TEST_CASE("enable_when: shape and the item it names", "[definition]") {
    json form = honesty_safety_form();
    auto& branching = item_in(form, "what_happened")["enable_when"];
    branching = {{"item", "afraid"}, {"op", "="}, {"value", true}};
    expect_one(form, "item \"what_happened\"", "\"enable_when\" must be an array, not an object");

    branching = json::array({"afraid"});
    expect_one(form, "item \"what_happened\"", "each enable_when entry must be an object");

    branching = json::array({{{"op", "exists"}}});
    expect_one(form, "item \"what_happened\"", "\"item\" is required in each enable_when entry");

    branching = json::array({{{"item", "anything"}, {"op", "exists"}}});
    expect_one(form, "item \"what_happened\"",
               "enable_when names \"anything\", which comes later in the form");

    branching = json::array({{{"item", "afriad"}, {"op", "exists"}}});
    expect_one(form, "item \"what_happened\"",
               "enable_when names \"afriad\", which does not exist");

    branching = json::array({{{"item", "what_happened"}, {"op", "exists"}}});
    expect_one(form, "item \"what_happened\"", "the item itself");

    branching = json::array({{{"item", "afraid"}, {"op", "=="}, {"value", true}}});
    expect_one(form, "item \"what_happened\"",
               "enable_when has unknown operator \"==\"; use one of: =, !=, >, >=, <, <=, exists");

    branching = json::array({{{"item", "intro"}, {"op", "exists"}}});
    expect_one(form, "item \"what_happened\"",
               "enable_when names \"intro\", a display item, which takes no answer");

    item_in(form, "what_happened")["enable_behavior"] = "either";
    branching = json::array({{{"item", "afraid"}, {"value", true}}});  // op defaults to "="
    expect_one(form, "item \"what_happened\"", "\"enable_behavior\" \"either\" is not known");
}

TEST_CASE("enable_when: the value must suit the item it tests", "[definition]") {
    json form = honesty_safety_form();
    auto& branching = item_in(form, "anything")["enable_when"];
    auto test = [&](json condition, const std::string& phrase) {
        branching = json::array({std::move(condition)});
        expect_one(form, "item \"anything\"", phrase);
    };
    test({{"item", "afraid"}, {"op", "="}, {"value", "yes"}},
         "enable_when on \"afraid\": compare with true or false, not the string \"yes\"");
    test({{"item", "afraid"}, {"op", ">"}, {"value", true}}, "only be tested with =, != or exists");
    test({{"item", "whereabouts"}, {"op", "="}, {"value", "sometimes"}},
         "\"sometimes\" is not one of the options (full, partial, avoid)");
    test({{"item", "what_happened"}, {"op", "="}, {"value", 1}},
         "compare with one of the option values (threatened, hurt, controlled)");
    test({{"item", "whereabouts"}, {"op", "<"}, {"value", "full"}},
         "an option can only be tested with =, != or exists");
    test({{"item", "share"}, {"op", "<"}, {"value", "5"}}, "compare with a number");
    test({{"item", "last_talk"}, {"op", ">"}, {"value", "2024-02-30"}},
         "compare with a date written YYYY-MM-DD");
    test({{"item", "one_word"}, {"op", "="}, {"value", 3}}, "compare with text");
    test({{"item", "afraid"}, {"op", "exists"}, {"value", "yes"}},
         "\"exists\" takes true or false");
    test({{"item", "share"}, {"op", "<"}}, "\"value\" is required with operator \"<\"");

    // Values that suit their items.
    for (json ok : {json{{"item", "what_happened"}, {"op", "="}, {"value", "hurt"}},
                    json{{"item", "last_talk"}, {"op", "<"}, {"value", "2024-02-29"}},
                    json{{"item", "talk_hours"}, {"op", ">="}, {"value", 2.5}},
                    json{{"item", "afraid"}, {"op", "exists"}}}) {
        branching = json::array({ok});
        INFO(ok.dump());
        CHECK(validate_definition(form).empty());
    }
}

TEST_CASE("flags need a condition, a code and a known severity", "[definition]") {
    json form = honesty_safety_form();
    auto& flag = item_in(form, "afraid")["flag"];
    flag.erase("when");
    expect_one(form, "item \"afraid\"", "\"when\" is required in a flag");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"]["when"]["op"] = "is";
    expect_one(form, "item \"afraid\"", "flag.when has unknown operator \"is\"");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"]["code"] = "";
    expect_one(form, "item \"afraid\"", "\"code\" must not be empty");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"].erase("code");
    expect_one(form, "item \"afraid\"", "\"code\" is required");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"]["severity"] = "urgent";
    expect_one(form, "item \"afraid\"",
               "\"severity\" \"urgent\" is not known; use one of: info, warning, critical");

    form = honesty_safety_form();
    item_in(form, "contempt")["flag"]["when"]["value"] = "three";
    expect_one(form, "item \"contempt\"", "flag.when: compare with a number, not the string");

    form = honesty_safety_form();
    item_in(form, "afraid")["flag"]["when"]["item"] = "afraid";
    expect_one(form, "item \"afraid\"", "flag.when tests this item's own answer");
}

TEST_CASE("every problem is reported, in document order", "[definition][bad-input]") {
    json form = honesty_safety_form();
    form["kind"] = "survey";
    item_in(form, "truth")["min"] = "1";
    item_in(form, "contempt")["type"] = "number";
    form["subscales"][0]["bands"][0]["max"] = 2.6;
    const auto problems = validate_definition(form);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].where == "form");
    CHECK(problems[1].where == "item \"truth\"");
    CHECK(problems[2].where == "item \"contempt\"");
    CHECK(problems[3].where == "subscale \"honesty\" band 2");
}

TEST_CASE("parse_definition throws InvalidDefinition listing every problem", "[definition]") {
    json form = honesty_safety_form();
    form["kind"] = "survey";
    item_in(form, "one_word")["type"] = "short_text";
    try {
        parse_definition(form);
        FAIL("parse_definition accepted a broken definition");
    } catch (const InvalidDefinition& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK_THAT(std::string(e.what()),
                   Catch::Contains("form: \"kind\" \"survey\" is not known") &&
                       Catch::Contains("item \"one_word\": unknown type \"short_text\""));
    }
}

// Whatever a clinic writes, the validator answers with problems, and what it
// accepts converts to the SDK types without a JSON exception.
TEST_CASE("any field set to any JSON type never throws", "[definition][bad-input]") {
    const std::vector<json> odd_values = {
        nullptr, true, 0, -1, 2.5, "", "x", json::array(), json::array({1, "a"}), json::object()};
    const json base = honesty_safety_form();
    std::vector<std::vector<std::string>> places = {
        {}, {"item:truth"}, {"item:whereabouts"}, {"item:afraid"}, {"item:anything"}};
    for (const auto& place : places) {
        json probe = base;
        json* target = &probe;
        if (!place.empty()) target = &item_in(probe, place[0].substr(5));
        std::vector<std::string> keys;
        for (const auto& [key, value] : target->items())
            keys.push_back(key);
        for (const char* extra :
             {"options", "min", "max", "labels", "flag", "enable_when", "subscales", "total"}) {
            keys.push_back(extra);
        }
        for (const auto& key : keys) {
            for (const auto& odd : odd_values) {
                json broken = base;
                json& where = place.empty() ? broken : item_in(broken, place[0].substr(5));
                where[key] = odd;
                INFO(key << " = " << odd.dump());
                std::vector<Problem> problems;
                REQUIRE_NOTHROW(problems = validate_definition(broken));
                if (problems.empty()) REQUIRE_NOTHROW(parse_definition(broken));
            }
        }
    }
}
