// The intake plugin, loaded from the build's bundled plugins as the program
// loads it: its form passes the host's validator, its branching asks only
// what applies, and the risk screen raises the flags a counselor must see.
#include "bundled_host.hpp"
#include "intake_form.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/forms/definition_validator.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace counselor;

namespace {

const char* const kRiskItems[] = {"self_harm",    "suicide_attempt", "harm_others",
                                  "being_abused", "abuse_in_home",   "children_at_risk"};
// The two that tell of danger at home: they open the case's safety hold.
const std::set<std::string> kHoldItems = {"being_abused", "abuse_in_home"};

// Everything required answered, nothing worrying, no previous marriage.
sdk::Answers plain_intake() {
    sdk::Answers answers;
    answers.set("full_name", "Naomi Hartwell")
        .set("relationship_status", "married")
        .set("years_married", 11)
        .set("previous_marriage", false)
        .set("has_children", false)
        .set("concerns", nlohmann::json::array({"communication", "little_sex"}))
        .set("goals", "To talk without it turning into a fight.")
        .set("had_counseling", false)
        .set("self_harm", false)
        .set("harm_others", false)
        .set("being_abused", false)
        .set("abuse_in_home", false)
        .set("children_at_risk", false)
        .set("suicide_attempt", false)
        .set("firearms", false)
        .set("consent", true)
        .set("signature", "Naomi Hartwell");
    return answers;
}

}  // namespace

TEST_CASE("the intake form passes the host's validator", "[plugins][intake]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    REQUIRE(host.find_tool("intake"));
    CHECK(host.find_tool("intake")->info.kind == "questionnaire");
    CHECK(core::validate_definition(host.form_json("intake")).empty());

    auto form = host.form("intake");  // validates too
    CHECK(form.respondent == "client");
    std::set<std::string> sections;
    for (const auto& section : form.sections)
        sections.insert(section.id);
    CHECK(sections == std::set<std::string>{"contact", "marriage", "concerns", "goals", "faith",
                                            "earlier_counseling", "health", "risk", "consent"});
}

TEST_CASE("the intake tool is listed with its form's version", "[plugins][intake]") {
    test::BundledHost bundled;
    REQUIRE(bundled.host.find_tool("intake"));
    CHECK(bundled.host.find_tool("intake")->info.version == bundled.host.form("intake").version);
    CHECK(nlohmann::json::parse(intake::form_text())["version"] == intake::form_version());
}

TEST_CASE("the intake form's JSON text passes the validator as written", "[plugins][intake]") {
    // form() returns the text parsed into sdk::FormDefinition, which keeps
    // only the fields it knows: a misspelt "enableWhen" would vanish there.
    CHECK(core::validate_definition(nlohmann::json::parse(intake::form_text())).empty());
}

TEST_CASE("the intake checklist names the presenting problems", "[plugins][intake]") {
    test::BundledHost bundled;
    auto form = bundled.host.form("intake");
    const sdk::Item* concerns = form.find_item("concerns");
    REQUIRE(concerns);
    CHECK(concerns->type == sdk::ItemType::multi_choice);
    std::set<std::string> values;
    for (const auto& option : concerns->options)
        values.insert(option.value);
    CHECK(values == std::set<std::string>{"communication", "little_sex", "pursue_withdraw",
                                          "pornography", "affair", "bitterness", "finances",
                                          "parenting", "in_laws", "anger", "substance_use",
                                          "faith_differences", "other"});
    // "Something else" asks what it is, and only then.
    auto other = plain_intake().set("concerns", nlohmann::json::array({"other"}));
    CHECK_THROWS_AS(bundled.host.evaluate("intake", other), core::InvalidAnswers);
    other.set("concerns_other", "My husband's work hours");
    CHECK_NOTHROW(bundled.host.evaluate("intake", other));
    auto stray = plain_intake().set("concerns_other", "not asked");
    CHECK_THROWS_AS(bundled.host.evaluate("intake", stray), core::InvalidAnswers);
}

TEST_CASE("a plain intake raises no flag and sums up in one line", "[plugins][intake]") {
    test::BundledHost bundled;
    auto result = bundled.host.evaluate("intake", plain_intake());
    CHECK(result.flags.empty());
    CHECK(result.summary == "2 concerns named; risk screen: nothing reported");
}

TEST_CASE("previous-marriage details are asked only after a previous marriage",
          "[plugins][intake]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto answers = plain_intake().set("previous_marriage_details", "Married at 19, for two years.");
    CHECK_THROWS_AS(host.evaluate("intake", answers), core::InvalidAnswers);
    answers.set("previous_marriage", true);
    CHECK_NOTHROW(host.evaluate("intake", answers));

    auto children = plain_intake().set("children", "Eli, 7");
    CHECK_THROWS_AS(host.evaluate("intake", children), core::InvalidAnswers);
    children.set("has_children", true);
    CHECK_NOTHROW(host.evaluate("intake", children));

    auto counseling = plain_intake().set("counseling_details", "Two sessions in 2019.");
    CHECK_THROWS_AS(host.evaluate("intake", counseling), core::InvalidAnswers);
    counseling.set("had_counseling", true);
    CHECK_NOTHROW(host.evaluate("intake", counseling));
}

TEST_CASE("each yes on the intake risk screen raises a critical risk flag", "[plugins][intake]") {
    test::BundledHost bundled;
    for (const char* item : kRiskItems) {
        INFO(item);
        auto answers = plain_intake().set(item, true);
        auto result = bundled.host.evaluate("intake", answers);
        REQUIRE(result.flags.size() == 1);
        CHECK(result.flags[0].code == "risk");
        CHECK(result.flags[0].severity == "critical");
        CHECK(result.flags[0].item == item);
        CHECK(result.flags[0].hold == (kHoldItems.count(item) == 1));
        CHECK_FALSE(result.flags[0].message.empty());
        CHECK(result.summary == "2 concerns named; risk screen: 1 answer needs follow-up");
        CHECK(bundled.host.form("intake").find_item(item)->is_private);
    }
    // A gun at home is asked too: a warning to talk about safe storage.
    auto gun = bundled.host.evaluate("intake", plain_intake().set("firearms", true));
    REQUIRE(gun.flags.size() == 1);
    CHECK(gun.flags[0].severity == "warning");
    CHECK_FALSE(gun.flags[0].hold);
    // The details box opens for any yes, and only then.
    auto details = plain_intake().set("risk_details", "I would rather say in person.");
    CHECK_THROWS_AS(bundled.host.evaluate("intake", details), core::InvalidAnswers);
    details.set("abuse_in_home", true);
    CHECK(bundled.host.evaluate("intake", details).flags.size() == 1);
}

TEST_CASE("the intake asks for consent and states the limits of confidentiality",
          "[plugins][intake]") {
    test::BundledHost bundled;
    auto form = bundled.host.form("intake");
    const sdk::Item* text = form.find_item("consent_text");
    REQUIRE(text);
    CHECK(text->type == sdk::ItemType::display);
    CHECK_THAT(text->text, Catch::Contains("danger of serious harm") &&
                               Catch::Contains("a child or a vulnerable adult") &&
                               Catch::Contains("law and professional ethics") &&
                               Catch::Contains("court") && Catch::Contains("secret") &&
                               Catch::Contains("in writing") && Catch::Contains("not on call"));
    // The host's practice (a test environment without settings) gets the
    // US numbers and a consent that asks what kind of counselor this is.
    CHECK_THAT(text->text, Catch::Contains("911") && Catch::Contains("988") &&
                               Catch::Contains("licensed or offer pastoral counseling"));
    const sdk::Item* consent = form.find_item("consent");
    REQUIRE(consent);
    CHECK(consent->type == sdk::ItemType::boolean);
    CHECK(consent->required);

    auto missing = plain_intake();
    missing.set("consent", nullptr).set("signature", nullptr);
    CHECK_THROWS_AS(bundled.host.evaluate("intake", missing), core::InvalidAnswers);

    // Declining is an answer, and one the counselor is told about.
    auto declined = plain_intake().set("consent", false).set("signature", nullptr);
    auto result = bundled.host.evaluate("intake", declined);
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags[0].code == "consent");
    CHECK_THAT(result.summary, Catch::EndsWith("; consent not given"));
}
