// What the Assessments tab charts, from real scored administrations of the
// bundled stage inventory: each spouse's stage scores in date order, only
// instruments with numeric scores, the scale's range from the form, the
// latest results of both spouses side by side, and a spouse who has not
// taken anything yet.
#include "counselor/core/records/score_history.hpp"

#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/couple_report.hpp"

#include "bundled_host.hpp"
#include "couple_practice.hpp"
#include "demo_answers.hpp"
#include "form_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;
using nlohmann::json;

namespace {

using counselor::test::demo_answers;

struct Couple : counselor::test::CouplePractice {
    counselor::test::BundledHost bundled;

    // Scores `answers` with the real plugin and stores them as taken at `at`.
    std::int64_t take(const std::string& tool_id, std::int64_t client, const json& answers,
                      const std::string& at, std::optional<std::int64_t> for_case = {}) {
        Administration given;
        given.client_id = client;
        given.case_id = for_case ? for_case : std::optional(case_id);
        given.tool_id = tool_id;
        given.answers = answers;
        auto result = bundled.host.evaluate(tool_id, counselor::sdk::Answers(answers));
        given.definition_version = result.definition_version;
        given.result = result;
        given.administered_at = at;
        Transaction transaction(db);
        auto id = AdministrationRepository(db).add(given);
        transaction.commit();
        return id;
    }

    ScoreHistory history() {
        return score_history(db, {{naomi, "Naomi Hartwell"}, {daniel, "Daniel Hartwell"}}, case_id,
                             plugin_forms(bundled.host));
    }
};

// Naomi's demo answers with every honesty statement one point nearer agreeing
// (reverse-worded ones one point nearer disagreeing): honesty 25/6 -> 29/6.
json naomi_later() {
    json answers = demo_answers("naomi-stage-inventory");
    answers["hon_whole_truth"] = 5;
    answers["hon_nothing_hidden"] = 5;  // already at the top
    answers["hon_leave_out"] = 1;
    answers["hon_spouse_truthful"] = 4;
    answers["hon_own_up"] = 5;
    answers["hon_act_fine"] = 1;  // already at the bottom
    return answers;
}

std::vector<double> values_of(const std::vector<ScoredAdministration>& series,
                              const std::string& scale) {
    std::vector<double> values;
    for (const auto& point : series)
        values.push_back(point.scores.at(scale));
    return values;
}

}  // namespace

TEST_CASE("stage scores of both spouses come from their scored inventories, oldest first",
          "[score_history]") {
    Couple couple;
    // Entered out of order: the later one first, as when paper forms are typed in late.
    couple.take("stage-inventory", couple.naomi, naomi_later(), "2025-05-06T10:00:00Z");
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-03-04T10:00:00Z");
    couple.take("stage-inventory", couple.daniel, demo_answers("daniel-stage-inventory"),
                "2025-03-05T18:30:00Z");

    const auto history = couple.history();

    REQUIRE(history.people.size() == 2);
    CHECK(history.people[1].name == "Daniel Hartwell");
    REQUIRE(history.instruments.size() == 1);
    const auto& inventory = history.instruments[0];
    CHECK(inventory.tool_id == "stage-inventory");
    std::vector<std::string> titles;
    for (const auto& scale : inventory.scales)
        titles.push_back(scale.title);
    CHECK(titles ==
          std::vector<std::string>{"Honesty", "Safety", "Trust", "Connection", "Intimacy"});
    // Mean of 1-5 statements: the chart's axis runs 1 to 5.
    REQUIRE(inventory.scales[0].range);
    CHECK(inventory.scales[0].range->low == 1);
    CHECK(inventory.scales[0].range->high == 5);

    const auto& naomi = inventory.by_person[0];
    REQUIRE(naomi.size() == 2);
    CHECK(naomi[0].date == "2025-03-04");
    CHECK(naomi[1].date == "2025-05-06");
    CHECK(naomi[1].day - naomi[0].day == Approx(63));
    // Hand-scored, reverse-worded statements counted 6 - answer:
    // honesty 4 5 (6-2) 3 4 (6-1) = 25/6, later 5 5 (6-1) 4 5 (6-1) = 29/6.
    CHECK(values_of(naomi, "honesty") == std::vector<double>{4.17, 4.83});
    // safety 2 (6-3) 2 (6-5) 2 3 = 13/6, unchanged later.
    CHECK(values_of(naomi, "safety") == std::vector<double>{2.17, 2.17});
    // Daniel: trust 2 3 (6-4) 1 2 (6-3) = 13/6.
    REQUIRE(inventory.by_person[1].size() == 1);
    CHECK(inventory.by_person[1][0].scores.at("trust") == 2.17);
    CHECK(inventory.by_person[1][0].date == "2025-03-05");
}

TEST_CASE("only results with numeric scores are charted, the shared instrument comes first",
          "[score_history]") {
    Couple couple;
    couple.take("needs-check", couple.naomi, demo_answers("naomi-needs-check"),
                "2025-05-07T09:00:00Z");
    couple.take("safety-screen", couple.naomi, demo_answers("naomi-safety-screen"),
                "2025-05-08T09:00:00Z");
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-05-01T09:00:00Z");
    couple.take("stage-inventory", couple.daniel, demo_answers("daniel-stage-inventory"),
                "2025-05-01T09:30:00Z");

    const auto history = couple.history();

    // The yes/no safety screen has no scores to draw; the needs check, done
    // most recently but by Naomi alone, follows the inventory both took.
    REQUIRE(history.instruments.size() == 2);
    CHECK(history.instruments[0].tool_id == "stage-inventory");
    CHECK(history.instruments[1].tool_id == "needs-check");
    CHECK(history.find("safety-screen") == nullptr);
    const auto* needs = history.find("needs-check");
    REQUIRE(needs);
    CHECK(needs->scales.size() == 8);
    const auto* love = needs->find_scale("love-met");
    REQUIRE(love);
    REQUIRE(love->range);
    CHECK(love->range->high == 5);
    CHECK(needs->by_person[0][0].scores.at("love-importance") == 5);
}

TEST_CASE("a spouse who has taken nothing has an empty series and no bars", "[score_history]") {
    Couple couple;
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-03-04T10:00:00Z");

    const auto history = couple.history();
    REQUIRE(history.instruments.size() == 1);
    const auto& inventory = history.instruments[0];
    CHECK(inventory.by_person[1].empty());
    CHECK(inventory.people_with_results() == 1);

    auto side_by_side = latest_comparison(inventory);
    REQUIRE(side_by_side);
    CHECK(side_by_side->first);
    CHECK_FALSE(side_by_side->second);
    REQUIRE(side_by_side->scales.size() == 5);
    CHECK(side_by_side->scales[0].first == 4.17);
    CHECK_FALSE(side_by_side->scales[0].second);

    auto missing = members_without_administrations(couple.db, couple.case_id);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].client_id == couple.daniel);
}

TEST_CASE("no administrations at all: nothing to chart, both spouses missing from a report",
          "[score_history]") {
    Couple couple;
    const auto history = couple.history();
    CHECK(history.instruments.empty());
    CHECK(members_without_administrations(couple.db, couple.case_id).size() == 2);
}

TEST_CASE("the couple comparison sets each spouse's latest inventory side by side",
          "[score_history]") {
    Couple couple;
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-03-04T10:00:00Z");
    const auto naomi_latest =
        couple.take("stage-inventory", couple.naomi, naomi_later(), "2025-05-06T10:00:00Z");
    const auto daniel_only =
        couple.take("stage-inventory", couple.daniel, demo_answers("daniel-stage-inventory"),
                    "2025-03-05T18:30:00Z");

    const auto history = couple.history();
    auto side_by_side = latest_comparison(history.instruments.at(0));

    REQUIRE(side_by_side);
    CHECK(side_by_side->tool_id == "stage-inventory");
    REQUIRE(side_by_side->first);
    REQUIRE(side_by_side->second);
    CHECK(side_by_side->first->id == naomi_latest);  // the later one, though entered earlier
    CHECK(side_by_side->second->id == daniel_only);
    REQUIRE(side_by_side->scales.size() == 5);
    const auto& honesty = side_by_side->scales[0];
    CHECK(honesty.scale.id == "honesty");
    CHECK(honesty.first == 4.83);
    CHECK(honesty.second == 4.17);
    REQUIRE(honesty.scale.range);
    CHECK(honesty.scale.range->high == 5);
    // Daniel, safety: 4 (6-1) 4 (6-3) 4 5 = 25/6.
    CHECK(side_by_side->scales[1].second == 4.17);
}

TEST_CASE("administrations taken for another case stay out of this case's chart",
          "[score_history]") {
    Couple couple;
    const auto other = couple.records.open_case(CaseKind::individual, {couple.naomi});
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-03-04T10:00:00Z", other);
    couple.take("stage-inventory", couple.naomi, naomi_later(), "2025-05-06T10:00:00Z");

    const auto history = couple.history();
    REQUIRE(history.instruments.size() == 1);
    REQUIRE(history.instruments[0].by_person[0].size() == 1);
    CHECK(history.instruments[0].by_person[0][0].date == "2025-05-06");
}

TEST_CASE("without the tool's form the chart has no range but still has the scores",
          "[score_history]") {
    Couple couple;
    couple.take("stage-inventory", couple.naomi, demo_answers("naomi-stage-inventory"),
                "2025-03-04T10:00:00Z");
    const auto history = score_history(couple.db, {{couple.naomi, "Naomi Hartwell"}}, std::nullopt,
                                       [](const std::string&) { return std::nullopt; });
    REQUIRE(history.instruments.size() == 1);
    CHECK_FALSE(history.instruments[0].scales[0].range);
    CHECK(history.instruments[0].by_person[0][0].scores.at("honesty") == 4.17);
    CHECK_FALSE(latest_comparison(history.instruments[0]));  // one person: nothing side by side
}

TEST_CASE("score ranges follow the form: a mean between item ends, a sum between their sums",
          "[score_history]") {
    const auto form = parse_definition(counselor::test::honesty_safety_form());
    const auto ranges = score_ranges(form);
    // Honesty: the mean of two 1-5 scales and a choice scored 1, 3 or 5.
    REQUIRE(ranges.count("honesty"));
    CHECK(ranges.at("honesty").low == 1);
    CHECK(ranges.at("honesty").high == 5);
    // The total sums what score_form counts: three 1-5 items and a 0-10
    // scale (not the unlisted yes/no, integer or unscored multiple choice).
    REQUIRE(ranges.count("total"));
    CHECK(ranges.at("total").low == 0);
    CHECK(ranges.at("total").high == 25);
}

TEST_CASE("stored times become day numbers for the time axis", "[score_history]") {
    CHECK(day_number("1970-01-01") == 0);
    CHECK(day_number("2000-03-01T00:00:00Z") == 11017);
    CHECK(*day_number("2024-03-01") - *day_number("2024-02-28") == 2);  // a leap year
    CHECK(*day_number("2025-05-06T18:00:00Z") - *day_number("2025-05-06") == Approx(0.75));
    CHECK_FALSE(day_number("2023-02-29"));
    CHECK_FALSE(day_number("soon"));
}
