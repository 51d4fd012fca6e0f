// Answers are checked before they are scored or stored: a wrong answer left
// in would silently change a score, so each one must be refused with a
// message that names the item and says what it expects.
#include "counselor/core/forms/answer_validator.hpp"

#include "counselor/core/forms/definition_validator.hpp"
#include "form_fixtures.hpp"

#include <catch2/catch.hpp>

#include <string>

using counselor::core::parse_definition;
using counselor::core::validate_answers;
using nlohmann::json;

namespace {

const counselor::sdk::FormDefinition& honesty_form() {
    static const auto form = parse_definition(counselor::test::honesty_safety_form());
    return form;
}

const counselor::sdk::FormDefinition& checkin_form() {
    static const auto form = parse_definition(counselor::test::weekly_checkin_form());
    return form;
}

// Answers to the honesty and safety check that are all acceptable.
json sound_answers() {
    return {{"truth", 4},
            {"hidden", 2},
            {"whereabouts", "partial"},
            {"afraid", true},
            {"what_happened", {"threatened", "controlled"}},
            {"share", 3},
            {"last_talk", "2024-02-29"},
            {"contempt", 1},
            {"talk_hours", 2.5},
            {"one_word", "tense"},
            {"anything", "We are trying again."}};
}

json checkin_answers() {
    return {{"heard", 4}, {"together", 3}, {"distant", 2}, {"conflict", false}, {"afraid", false}};
}

// Checks that the answers have exactly one problem, at `where`, whose
// message contains `phrase`.
void expect_one(const counselor::sdk::FormDefinition& form, const json& answers,
                const std::string& where, const std::string& phrase) {
    const auto problems = validate_answers(form, answers);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == where);
    CHECK_THAT(problems[0].message, Catch::Contains(phrase));
}

json with(json answers, const std::string& item, json value) {
    answers[item] = std::move(value);
    return answers;
}

json without(json answers, const std::string& item) {
    answers.erase(item);
    return answers;
}

}  // namespace

TEST_CASE("acceptable answers have no problems", "[answers]") {
    CHECK(validate_answers(honesty_form(), sound_answers()).empty());
    CHECK(validate_answers(checkin_form(), checkin_answers()).empty());
    // Optional items may be left out, set to null or left empty.
    json sparse = {
        {"truth", 1}, {"hidden", 5}, {"afraid", false}, {"one_word", ""}, {"contempt", nullptr}};
    CHECK(validate_answers(honesty_form(), sparse).empty());
}

TEST_CASE("answers must be an object", "[answers]") {
    expect_one(checkin_form(), json::array({4, 3}), "answers",
               "answers must be a JSON object mapping item ids to values, not an array");
}

TEST_CASE("an answer to an item the form does not have", "[answers]") {
    expect_one(checkin_form(), with(checkin_answers(), "zz", 1), "item \"zz\"",
               "no item \"zz\" in this form");
}

TEST_CASE("an answer to a display item", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "intro", "read"), "item \"intro\"",
               "a display item takes no answer");
}

TEST_CASE("an answer to an item the branching does not ask", "[answers][bad-input]") {
    expect_one(checkin_form(), with(checkin_answers(), "repair", "talked"), "item \"repair\"",
               "is not asked when the earlier answers are as given; remove its answer");
    // Asked once the gate opens.
    json answers = with(with(checkin_answers(), "conflict", true), "repair", "talked");
    CHECK(validate_answers(checkin_form(), answers).empty());
}

TEST_CASE("required items among those asked", "[answers]") {
    expect_one(checkin_form(), without(checkin_answers(), "heard"), "item \"heard\"",
               "a required answer is missing");
    expect_one(honesty_form(), with(sound_answers(), "what_happened", json::array()),
               "item \"what_happened\"", "a required answer is missing");
    expect_one(checkin_form(), with(checkin_answers(), "conflict", true), "item \"repair\"",
               "a required answer is missing");
    // Not asked, so not required: no fear reported, no follow-up needed.
    CHECK(validate_answers(honesty_form(),
                           without(with(sound_answers(), "afraid", false), "what_happened"))
              .empty());
    // Empty text is no answer.
    json definition = counselor::test::honesty_safety_form();
    counselor::test::item_in(definition, "one_word")["required"] = true;
    expect_one(parse_definition(definition), with(sound_answers(), "one_word", ""),
               "item \"one_word\"", "a required answer is missing");
    // false is an answer.
    CHECK(validate_answers(checkin_form(), with(checkin_answers(), "afraid", false)).empty());
}

TEST_CASE("yes/no answers are true or false", "[answers][bad-input]") {
    expect_one(checkin_form(), with(checkin_answers(), "afraid", "no"), "item \"afraid\"",
               "expected true or false, not the string \"no\"");
    expect_one(checkin_form(), with(checkin_answers(), "afraid", 0), "item \"afraid\"",
               "expected true or false, not the number 0");
}

TEST_CASE("a choice is one of the option values", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "whereabouts", "sometimes"),
               "item \"whereabouts\"",
               "\"sometimes\" is not one of the options (full, partial, avoid)");
    expect_one(honesty_form(), with(sound_answers(), "whereabouts", 2), "item \"whereabouts\"",
               "expected one of the option values as a string (full, partial, avoid)");
}

TEST_CASE("multiple choice is an array of distinct option values", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "what_happened", "hurt"),
               "item \"what_happened\"", "expected an array of option values");
    expect_one(honesty_form(), with(sound_answers(), "what_happened", {"hurt", "hurt"}),
               "item \"what_happened\"", "\"hurt\" is chosen twice");
    expect_one(honesty_form(), with(sound_answers(), "what_happened", {"hurt", "slapped"}),
               "item \"what_happened\"", "\"slapped\" is not one of the options");
}

TEST_CASE("scale answers are whole points within the scale", "[answers][bad-input]") {
    const auto problems = validate_answers(checkin_form(), with(checkin_answers(), "heard", 7));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].to_string() == "item \"heard\": 7 is outside the scale 1-5");

    expect_one(checkin_form(), with(checkin_answers(), "heard", 0), "item \"heard\"",
               "0 is outside the scale 1-5");
    expect_one(checkin_form(), with(checkin_answers(), "heard", 2.5), "item \"heard\"",
               "2.5 is not a point on the scale 1-5; scale answers are whole numbers");
    expect_one(checkin_form(), with(checkin_answers(), "heard", "4"), "item \"heard\"",
               "expected a number on the scale 1-5, not the string \"4\"");
    // Both ends are on the scale.
    CHECK(validate_answers(checkin_form(), with(checkin_answers(), "heard", 1)).empty());
    CHECK(validate_answers(checkin_form(), with(checkin_answers(), "heard", 5)).empty());
    CHECK(validate_answers(honesty_form(), with(sound_answers(), "share", 0)).empty());
}

TEST_CASE("integer answers are whole numbers within the bounds", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "contempt", 2.5), "item \"contempt\"",
               "2.5 is not a whole number");
    expect_one(honesty_form(), with(sound_answers(), "contempt", 101), "item \"contempt\"",
               "101 is above the maximum 100");
    expect_one(honesty_form(), with(sound_answers(), "contempt", -1), "item \"contempt\"",
               "-1 is below the minimum 0");
    expect_one(honesty_form(), with(sound_answers(), "contempt", "2"), "item \"contempt\"",
               "expected a whole number, not the string \"2\"");
    CHECK(validate_answers(honesty_form(), with(sound_answers(), "contempt", 3.0)).empty());
}

TEST_CASE("decimal answers are numbers within the bounds", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "talk_hours", 200), "item \"talk_hours\"",
               "200 is above the maximum 168");
    expect_one(honesty_form(), with(sound_answers(), "talk_hours", "two"), "item \"talk_hours\"",
               "expected a number, not the string \"two\"");
    CHECK(validate_answers(honesty_form(), with(sound_answers(), "talk_hours", 0.25)).empty());
}

TEST_CASE("text answers are strings of bounded length", "[answers][bad-input]") {
    expect_one(honesty_form(), with(sound_answers(), "one_word", 5), "item \"one_word\"",
               "expected text, not the number 5");
    expect_one(honesty_form(), with(sound_answers(), "one_word", std::string(501, 'a')),
               "item \"one_word\"", "the text is 501 characters long; the limit is 500");
    // The limit counts characters, not bytes: 500 accented letters fit.
    std::string accented;
    for (int i = 0; i < 500; ++i)
        accented += "\xC3\xA9";
    CHECK(validate_answers(honesty_form(), with(sound_answers(), "one_word", accented)).empty());

    expect_one(honesty_form(), with(sound_answers(), "anything", std::string(20001, 'a')),
               "item \"anything\"", "the limit is 20000");
    CHECK(
        validate_answers(honesty_form(), with(sound_answers(), "anything", std::string(20000, 'a')))
            .empty());
}

TEST_CASE("date answers are real dates written YYYY-MM-DD", "[answers]") {
    expect_one(honesty_form(), with(sound_answers(), "last_talk", "2023-02-29"),
               "item \"last_talk\"", "\"2023-02-29\" is not a real date written YYYY-MM-DD");
    expect_one(honesty_form(), with(sound_answers(), "last_talk", "29/02/2024"),
               "item \"last_talk\"", "is not a real date");
    expect_one(honesty_form(), with(sound_answers(), "last_talk", 20240229), "item \"last_talk\"",
               "expected a date written YYYY-MM-DD, not the number 20240229");
}

TEST_CASE("every problem is reported in form order, unknown items last", "[answers]") {
    json answers = checkin_answers();
    answers["afraid"] = "sometimes";
    answers["heard"] = 9;
    answers["extra"] = true;
    answers.erase("together");
    const auto problems = validate_answers(checkin_form(), answers);
    INFO(counselor::core::describe(problems));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].where == "item \"heard\"");
    CHECK(problems[1].where == "item \"together\"");
    CHECK(problems[2].where == "item \"afraid\"");
    CHECK(problems[3].where == "item \"extra\"");
}
