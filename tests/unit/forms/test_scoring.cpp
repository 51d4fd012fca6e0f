// The standard scoring (sdk::score_form) decides the numbers and bands a
// counselor reads and the flags that stop a joint session; these tests pin
// what it must do. Every form here first passes the definition validator, so
// the scoring is only ever tested on definitions the host would accept.
#include "counselor/core/forms/definition_validator.hpp"

#include "form_fixtures.hpp"

#include <catch2/catch.hpp>
#include <counselor/sdk/scoring.hpp>

#include <string>

namespace sdk = counselor::sdk;
using counselor::core::parse_definition;
using nlohmann::json;

namespace {

// A form with one section holding `items`, and the given subscales.
sdk::FormDefinition make_form(json items, json subscales = json::array(), json total = nullptr) {
    json form = {{"id", "test-form"},
                 {"title", "Test form"},
                 {"version", "2.0.0"},
                 {"sections", {{{"id", "main"}, {"title", "Main"}, {"items", std::move(items)}}}},
                 {"subscales", std::move(subscales)}};
    if (!total.is_null()) form["total"] = std::move(total);
    return parse_definition(form);
}

json scale(const std::string& id, json extra = json::object()) {
    json item = {
        {"id", id}, {"type", "scale"}, {"text", "Statement " + id}, {"min", 1}, {"max", 5}};
    item.update(extra);
    return item;
}

json three_bands() {
    return json::array({{{"min", 1}, {"max", 2.49}, {"label", "Growth area"}},
                        {{"min", 2.5}, {"max", 3.69}, {"label", "Developing"}},
                        {{"min", 3.7}, {"max", 5}, {"label", "Strength"}, {"meaning", "Solid."}}});
}

sdk::Result score(const sdk::FormDefinition& form, json answers) {
    return sdk::score_form(form, sdk::Answers(std::move(answers)));
}

double value_of(const sdk::Result& result, const std::string& id) {
    const auto* found = result.find_score(id);
    REQUIRE(found);
    REQUIRE(found->value);
    return *found->value;
}

}  // namespace

TEST_CASE("sum and mean subscales", "[scoring]") {
    const auto form = make_form(
        {scale("a"), scale("b"), scale("c")},
        {{{"id", "total_of"}, {"title", "Sum"}, {"method", "sum"}, {"items", {"a", "b", "c"}}},
         {{"id", "average"}, {"title", "Mean"}, {"method", "mean"}, {"items", {"a", "b", "c"}}}});
    const auto result = score(form, {{"a", 4}, {"b", 5}, {"c", 2}});
    CHECK(value_of(result, "total_of") == 11);
    CHECK(value_of(result, "average") == Approx(3.67));
    CHECK(result.find_score("average")->answered == 3);
    CHECK(result.find_score("average")->items == 3);
    CHECK(result.tool_id == "test-form");
    CHECK(result.definition_version == "2.0.0");
}

TEST_CASE("a mean is rounded to two decimals", "[scoring]") {
    const auto form = make_form({scale("a"), scale("b"), scale("c")},
                                {{{"id", "m"}, {"method", "mean"}, {"items", {"a", "b", "c"}}}});
    CHECK(value_of(score(form, {{"a", 4}, {"b", 5}, {"c", 5}}), "m") == 4.67);
    CHECK(value_of(score(form, {{"a", 1}, {"b", 2}, {"c", 2}}), "m") == 1.67);
    CHECK(value_of(score(form, {{"a", 1}, {"b", 2}}), "m") == 1.5);  // c unanswered
}

TEST_CASE("reverse scoring on a scale", "[scoring]") {
    const auto form =
        make_form(json::array({scale("kept_secret", {{"reverse", true}, {"subscale", "s"}})}),
                  {{{"id", "s"}, {"method", "sum"}}});
    CHECK(value_of(score(form, {{"kept_secret", 5}}), "s") == 1);
    CHECK(value_of(score(form, {{"kept_secret", 1}}), "s") == 5);
    CHECK(value_of(score(form, {{"kept_secret", 2}}), "s") == 4);
    CHECK(value_of(score(form, {{"kept_secret", 3}}), "s") == 3);
}

TEST_CASE("reverse scoring on a scored choice", "[scoring]") {
    json item = {{"id", "criticise"},
                 {"type", "choice"},
                 {"text", "How often do you criticise your spouse in front of others?"},
                 {"subscale", "s"},
                 {"reverse", true},
                 {"options",
                  {{{"value", "never"}, {"label", "Never"}, {"score", 0}},
                   {{"value", "sometimes"}, {"label", "Sometimes"}, {"score", 1}},
                   {{"value", "often"}, {"label", "Often"}, {"score", 2}}}}};
    const auto form = make_form(json::array({item}), {{{"id", "s"}}});
    CHECK(value_of(score(form, {{"criticise", "often"}}), "s") == 0);
    CHECK(value_of(score(form, {{"criticise", "sometimes"}}), "s") == 1);
    CHECK(value_of(score(form, {{"criticise", "never"}}), "s") == 2);
}

TEST_CASE("bands are chosen by value, both ends inclusive", "[scoring]") {
    json bands =
        json::array({{{"min", 0}, {"max", 4}, {"label", "Low"}},
                     {{"min", 5}, {"max", 9}, {"label", "Middle"}},
                     {{"min", 10}, {"max", 15}, {"label", "High"}, {"meaning", "Solid."}}});
    auto zero_to_five = [](const std::string& id) {
        return scale(id, {{"min", 0}, {"subscale", "s"}});
    };
    const auto form = make_form({zero_to_five("a"), zero_to_five("b"), zero_to_five("c")},
                                {{{"id", "s"}, {"title", "Stage"}, {"bands", bands}}});
    auto band_for = [&](int a, int b, int c) {
        return score(form, {{"a", a}, {"b", b}, {"c", c}}).find_score("s")->band;
    };
    CHECK(band_for(0, 0, 0) == "Low");
    CHECK(band_for(4, 0, 0) == "Low");
    CHECK(band_for(5, 0, 0) == "Middle");
    CHECK(band_for(5, 4, 0) == "Middle");
    CHECK(band_for(5, 5, 0) == "High");
    CHECK(band_for(5, 5, 5) == "High");
    const auto high = score(form, {{"a", 5}, {"b", 5}, {"c", 5}});
    CHECK(high.find_score("s")->meaning == "Solid.");
    CHECK(high.summary == "Stage: 15 (High)");
}

TEST_CASE("mean bands at their edges", "[scoring]") {
    const auto form = make_form({scale("a", {{"subscale", "m"}}), scale("b", {{"subscale", "m"}})},
                                {{{"id", "m"}, {"method", "mean"}, {"bands", three_bands()}}});
    auto band_for = [&](int a, int b) {
        return score(form, {{"a", a}, {"b", b}}).find_score("m")->band;
    };
    CHECK(band_for(1, 1) == "Growth area");  // 1: lowest edge
    CHECK(band_for(2, 3) == "Developing");   // 2.5: lower edge of the middle band
    CHECK(band_for(3, 4) == "Developing");   // 3.5
    CHECK(band_for(4, 4) == "Strength");
    CHECK(band_for(5, 5) == "Strength");  // 5: top edge
}

TEST_CASE("an unanswered subscale has no value and no band", "[scoring]") {
    const auto form = make_form(
        {scale("a", {{"subscale", "m"}}), scale("b", {{"subscale", "m"}})},
        {{{"id", "m"}, {"title", "Trust"}, {"method", "mean"}, {"bands", three_bands()}}});
    const auto result = score(form, json::object());
    const auto* trust = result.find_score("m");
    REQUIRE(trust);
    CHECK_FALSE(trust->value);
    CHECK(trust->band.empty());
    CHECK(trust->meaning.empty());
    CHECK(trust->answered == 0);
    CHECK(trust->items == 2);
    CHECK(result.summary == "Trust: not answered");
    CHECK(json(*trust)["value"].is_null());
}

TEST_CASE("items the branching does not ask are left out", "[scoring]") {
    json gate = {{"id", "married_before"}, {"type", "boolean"}, {"text", "Married before?"}};
    const auto form = make_form(
        {gate, scale("a", {{"subscale", "s"}}),
         scale("former", {{"subscale", "s"},
                          {"enable_when", {{{"item", "married_before"}, {"value", true}}}}})},
        {{{"id", "s"}, {"method", "sum"}}});
    // A stale answer to "former" (the gate was changed afterwards) must not count.
    const auto not_asked = score(form, {{"married_before", false}, {"a", 3}, {"former", 5}});
    CHECK(value_of(not_asked, "s") == 3);
    CHECK(not_asked.find_score("s")->items == 1);
    const auto asked = score(form, {{"married_before", true}, {"a", 3}, {"former", 5}});
    CHECK(value_of(asked, "s") == 8);
    CHECK(asked.find_score("s")->items == 2);
}

TEST_CASE("multiple choice adds the scores of every option chosen", "[scoring]") {
    json item = {{"id", "rhythms"},
                 {"type", "multi_choice"},
                 {"text", "Which of these did you do together this week?"},
                 {"subscale", "connection"},
                 {"options",
                  {{{"value", "checkin"}, {"label", "A short daily check-in"}, {"score", 1}},
                   {{"value", "date"}, {"label", "A date night"}, {"score", 2}},
                   {{"value", "pray"}, {"label", "Prayed together"}, {"score", 2}},
                   {{"value", "none"}, {"label", "None of these"}}}}};
    const auto form = make_form(json::array({item}), {{{"id", "connection"}}});
    CHECK(value_of(score(form, {{"rhythms", {"checkin", "pray"}}}), "connection") == 3);
    CHECK(value_of(score(form, {{"rhythms", {"checkin", "date", "pray"}}}), "connection") == 5);
    // An option without a score adds nothing, and alone yields no value.
    CHECK_FALSE(score(form, {{"rhythms", {"none"}}}).find_score("connection")->value);
}

TEST_CASE("a total adds every scored item", "[scoring]") {
    json choice = {{"id", "c"},
                   {"type", "choice"},
                   {"text", "Choice"},
                   {"options",
                    {{{"value", "x"}, {"label", "X"}, {"score", 2}},
                     {{"value", "y"}, {"label", "Y"}, {"score", 7}}}}};
    json yes_no = {{"id", "b"}, {"type", "boolean"}, {"text", "Yes or no"}};
    json count = {{"id", "n"}, {"type", "integer"}, {"text", "How many"}};
    const auto form = make_form({scale("a"), choice, yes_no, count}, json::array(),
                                {{"title", "Overall"},
                                 {"bands",
                                  {{{"min", 0}, {"max", 5}, {"label", "Low"}},
                                   {{"min", 6}, {"max", 20}, {"label", "High"}}}}});
    // Yes/no and number items count only when a subscale lists them.
    const auto result = score(form, {{"a", 4}, {"c", "y"}, {"b", true}, {"n", 30}});
    REQUIRE(result.total);
    CHECK(result.total->value == 11);
    CHECK(result.total->band == "High");
    CHECK(result.total->title == "Overall");
    CHECK(result.total->items == 2);
    CHECK(result.summary == "Overall: 11 (High)");
}

TEST_CASE("flags are raised when their condition holds, and only then", "[scoring]") {
    auto flagged = [](json item, json when, const std::string& code) {
        item["flag"] = {{"when", std::move(when)},
                        {"severity", "critical"},
                        {"code", code},
                        {"message", "Talk about " + code + " first."}};
        return item;
    };
    json afraid = flagged({{"id", "afraid"}, {"type", "boolean"}, {"text", "Afraid?"}},
                          {{"op", "="}, {"value", true}}, "safety");
    json anger = flagged(scale("anger"), {{"op", ">="}, {"value", 4}}, "anger");
    json money = flagged({{"id", "money"},
                          {"type", "choice"},
                          {"text", "Who decides about money?"},
                          {"options",
                           {{{"value", "together"}, {"label", "We decide together"}},
                            {{"value", "controlled"}, {"label", "My spouse, and I may not ask"}}}}},
                         {{"op", "="}, {"value", "controlled"}}, "control");
    json other = flagged({{"id", "other"}, {"type", "text"}, {"text", "Anyone else involved?"}},
                         {{"op", "exists"}}, "affair");
    const auto form = make_form({afraid, anger, money, other});

    auto codes = [&](json answers) {
        std::vector<std::string> raised;
        for (const auto& flag : score(form, std::move(answers)).flags)
            raised.push_back(flag.code);
        return raised;
    };
    using Codes = std::vector<std::string>;
    CHECK(codes({{"afraid", true}}) == Codes{"safety"});
    CHECK(codes({{"afraid", false}}).empty());
    CHECK(codes({{"anger", 4}}) == Codes{"anger"});
    CHECK(codes({{"anger", 5}}) == Codes{"anger"});
    CHECK(codes({{"anger", 3}}).empty());
    CHECK(codes({{"money", "controlled"}}) == Codes{"control"});
    CHECK(codes({{"money", "together"}}).empty());
    CHECK(codes({{"other", "a coworker"}}) == Codes{"affair"});
    CHECK(codes({{"other", ""}}).empty());
    CHECK(codes(json::object()).empty());
    CHECK(codes({{"afraid", true}, {"anger", 5}, {"money", "controlled"}, {"other", "x"}}) ==
          Codes{"safety", "anger", "control", "affair"});

    const auto result = score(form, {{"afraid", true}});
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags[0].item == "afraid");
    CHECK(result.flags[0].severity == "critical");
    CHECK(result.flags[0].message == "Talk about safety first.");
    CHECK(result.has_critical_flag());
}

TEST_CASE("an item not asked raises no flag", "[scoring]") {
    json gate = {{"id", "together"}, {"type", "boolean"}, {"text", "Living together?"}};
    json afraid = {{"id", "afraid_home"},
                   {"type", "boolean"},
                   {"text", "Afraid at home?"},
                   {"enable_when", {{{"item", "together"}, {"value", true}}}},
                   {"flag", {{"when", {{"value", true}}}, {"code", "safety"}}}};
    const auto form = make_form({gate, afraid});
    CHECK(score(form, {{"together", false}, {"afraid_home", true}}).flags.empty());
    const auto asked = score(form, {{"together", true}, {"afraid_home", true}});
    REQUIRE(asked.flags.size() == 1);
    CHECK(asked.flags[0].severity == "warning");  // the default
}

TEST_CASE("enable_behavior: all needs every condition, any needs one", "[scoring]") {
    auto form_with = [](const std::string& behavior) {
        json follow_up = {{"id", "follow_up"},
                          {"type", "long_text"},
                          {"text", "Tell us more."},
                          {"enable_behavior", behavior},
                          {"enable_when",
                           {{{"item", "trust"}, {"op", "<="}, {"value", 2}},
                            {{"item", "safe"}, {"op", "="}, {"value", false}}}}};
        return make_form(
            {scale("trust"), {{"id", "safe"}, {"type", "boolean"}, {"text", "Safe?"}}, follow_up});
    };
    auto asked = [](const sdk::FormDefinition& form, json answers) {
        return sdk::enabled_items(form, sdk::Answers(std::move(answers))).count("follow_up") == 1;
    };
    const auto all = form_with("all");
    const auto any = form_with("any");
    CHECK(asked(all, {{"trust", 1}, {"safe", false}}));
    CHECK_FALSE(asked(all, {{"trust", 1}, {"safe", true}}));
    CHECK_FALSE(asked(all, {{"trust", 4}, {"safe", false}}));
    CHECK(asked(any, {{"trust", 1}, {"safe", true}}));
    CHECK(asked(any, {{"trust", 4}, {"safe", false}}));
    CHECK_FALSE(asked(any, {{"trust", 4}, {"safe", true}}));
    CHECK_FALSE(asked(any, json::object()));
}

TEST_CASE("conditions on multiple choice: = means includes", "[scoring]") {
    json needs = {{"id", "needs"},
                  {"type", "multi_choice"},
                  {"text", "Which needs feel unmet?"},
                  {"options",
                   {{{"value", "love"}, {"label", "Love"}},
                    {{"value", "understanding"}, {"label", "Understanding"}},
                    {{"value", "sex"}, {"label", "Sex"}},
                    {{"value", "trust"}, {"label", "Trust"}}}}};
    auto follow = [](const std::string& id, const std::string& op) {
        return json{{"id", id},
                    {"type", "long_text"},
                    {"text", "Say more."},
                    {"enable_when", {{{"item", "needs"}, {"op", op}, {"value", "trust"}}}}};
    };
    const auto form = make_form({needs, follow("about_trust", "="), follow("not_trust", "!=")});
    auto enabled = [&](json picked) {
        return sdk::enabled_items(form, sdk::Answers(json{{"needs", std::move(picked)}}));
    };
    const auto with_trust = enabled({"love", "trust"});
    CHECK(with_trust.count("about_trust") == 1);
    CHECK(with_trust.count("not_trust") == 0);
    const auto without_trust = enabled({"love", "sex"});
    CHECK(without_trust.count("about_trust") == 0);
    CHECK(without_trust.count("not_trust") == 1);
    const auto nothing = enabled(json::array());  // unanswered: neither holds
    CHECK(nothing.count("about_trust") == 0);
    CHECK(nothing.count("not_trust") == 0);
}

// nlohmann::json::empty() is false for every string; the SDK once relied on it
// and took a blank text box for an answer.
TEST_CASE("empty text and an empty selection are no answer", "[scoring]") {
    json why = {{"id", "why"}, {"type", "text"}, {"text", "Why now?"}};
    json more = {{"id", "more"},
                 {"type", "long_text"},
                 {"text", "Say more."},
                 {"enable_when", {{{"item", "why"}, {"op", "exists"}}}}};
    const auto form = make_form({why, more});
    auto asks_more = [&](json answers) {
        return sdk::enabled_items(form, sdk::Answers(std::move(answers))).count("more") == 1;
    };
    CHECK(asks_more({{"why", "We keep arguing about money."}}));
    CHECK_FALSE(asks_more({{"why", ""}}));
    CHECK_FALSE(asks_more({{"why", nullptr}}));
    CHECK_FALSE(sdk::condition_holds(nullptr, "=", ""));
    const json blank = json::array();
    CHECK(sdk::condition_holds(&blank, "exists", false));
}

TEST_CASE("the SDK example's weekly check-in scores as documented", "[scoring]") {
    const auto form = parse_definition(counselor::test::weekly_checkin_form());

    // Felt heard (4), time together (5), kept little back (2, reversed to 4).
    auto close = sdk::score_form(form, sdk::Answers({{"heard", 4},
                                                     {"together", 5},
                                                     {"distant", 2},
                                                     {"conflict", true},
                                                     {"repair", "talked"},
                                                     {"afraid", false}}));
    const auto* closeness = close.find_score("closeness");
    REQUIRE(closeness);
    CHECK(closeness->value == Approx(4.33));
    CHECK(closeness->band == "Strength");
    CHECK(closeness->meaning == "You felt close this week.");
    CHECK(closeness->items == 3);
    CHECK(closeness->answered == 3);
    CHECK(close.flags.empty());
    CHECK_FALSE(close.total);
    CHECK(close.summary == "Closeness: 4.33 (Strength)");

    // A hard week: distance, an open conflict and fear.
    auto hard = sdk::score_form(form, sdk::Answers({{"heard", 2},
                                                    {"together", 1},
                                                    {"distant", 5},
                                                    {"conflict", true},
                                                    {"repair", "open"},
                                                    {"afraid", true}}));
    CHECK(hard.find_score("closeness")->value == Approx(1.33));
    CHECK(hard.find_score("closeness")->band == "Growth area");
    REQUIRE(hard.flags.size() == 1);
    CHECK(hard.flags[0].code == "safety");
    CHECK(hard.flags[0].item == "afraid");
    CHECK(hard.has_critical_flag());

    // 3, 3, 3 (reversed 3): exactly the middle band.
    auto middle = sdk::score_form(form, sdk::Answers({{"heard", 3},
                                                      {"together", 3},
                                                      {"distant", 3},
                                                      {"conflict", false},
                                                      {"afraid", false}}));
    CHECK(middle.find_score("closeness")->band == "Developing");
}
