// The trust and safety plugin, loaded from the build's bundled plugins: its
// forms pass the host's validator, the stage inventory and needs check score
// as computed by hand below, every safety question raises a critical flag,
// and the couple report sets a fixture couple side by side.
#include "bundled_host.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/forms/definition_validator.hpp>
#include <counselor/sdk/conditions.hpp>
#include <counselor/sdk/document.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

using namespace counselor;
using nlohmann::json;

namespace {

const std::vector<std::string> kStages = {"honesty", "safety", "trust", "connection", "intimacy"};

using StageAnswers = std::array<int, 6>;  // raw 1-5 answers to one stage, in form order

// Answers to the stage inventory, one row of six raw answers per stage.
// Statement order per stage, (R) reverse-worded:
//   honesty:    whole_truth, nothing_hidden, leave_out (R), spouse_truthful, own_up, act_fine (R)
//   safety:     share_hurt, contempt (R), disagree, eggshells (R), fair_fights, listen
//   trust:      on_my_side, for_marriage, check_up (R), keeps_word, my_good, let_down (R)
//   connection: understood, time_for_us, gratitude, real_talk, housemates (R), pray
//   intimacy:   close, physical, invited, owed (R), spiritual, alone (R)
sdk::Answers inventory_answers(const sdk::FormDefinition& form,
                               const std::array<StageAnswers, 5>& rows) {
    REQUIRE(form.sections.size() == 5);
    sdk::Answers answers;
    for (std::size_t stage = 0; stage < 5; ++stage) {
        std::vector<const sdk::Item*> statements;
        for (const auto& item : form.sections[stage].items) {
            if (item.type == sdk::ItemType::scale) statements.push_back(&item);
        }
        REQUIRE(statements.size() == 6);
        for (std::size_t i = 0; i < 6; ++i)
            answers.set(statements[i]->id, rows[stage][i]);
    }
    return answers;
}

// Naomi's latest inventory. Reverse items score 6 - answer.
//   honesty    5 4 2(4) 4 4 1(5)  -> 26/6 = 4.33 Strength
//   safety     3 4(2) 3 4(2) 3 3  -> 16/6 = 2.67 Growth area (below 3.00)
//   trust      2 3 4(2) 2 2 5(1)  -> 12/6 = 2.00 Growth area
//   connection 2 1 2 2 5(1) 1     ->  9/6 = 1.50 Growth area
//   intimacy   2 1 2 4(2) 3 4(2)  -> 12/6 = 2.00 Growth area
const std::array<StageAnswers, 5> kNaomiLatest = {{{5, 4, 2, 4, 4, 1},
                                                   {3, 4, 3, 4, 3, 3},
                                                   {2, 3, 4, 2, 2, 5},
                                                   {2, 1, 2, 2, 5, 1},
                                                   {2, 1, 2, 4, 3, 4}}};

// Naomi's earlier inventory.
//   honesty    4 4 2(4) 4 4 2(4)  -> 24/6 = 4.00
//   safety     2 4(2) 2 4(2) 2 2  -> 12/6 = 2.00
//   trust      as latest          -> 2.00
//   connection 2 2 2 2 4(2) 2     -> 12/6 = 2.00
//   intimacy   2 2 2 4(2) 2 4(2)  -> 12/6 = 2.00
const std::array<StageAnswers, 5> kNaomiEarlier = {{{4, 4, 2, 4, 4, 2},
                                                    {2, 4, 2, 4, 2, 2},
                                                    {2, 3, 4, 2, 2, 5},
                                                    {2, 2, 2, 2, 4, 2},
                                                    {2, 2, 2, 4, 2, 4}}};

// Daniel's only inventory.
//   honesty    5 5 1(5) 4 4 2(4)  -> 27/6 = 4.50 Strength
//   safety     5 2(4) 4 1(5) 4 4  -> 26/6 = 4.33 Strength
//   trust      4 4 2(4) 3 3 2(4)  -> 22/6 = 3.666.. = 3.67 Developing (3.00 to 3.99)
//   connection 2 2 2 2 4(2) 2     -> 12/6 = 2.00 Growth area
//   intimacy   1 1 2 5(1) 2 4(2)  ->  9/6 = 1.50 Growth area
// Raw answers 2+ apart from Naomi's latest: share_hurt 3/5, contempt 4/2,
// eggshells 4/1, on_my_side 2/4, check_up 4/2, let_down 5/2; nothing else.
const std::array<StageAnswers, 5> kDaniel = {{{5, 5, 1, 4, 4, 2},
                                              {5, 2, 4, 1, 4, 4},
                                              {4, 4, 2, 3, 3, 2},
                                              {2, 2, 2, 2, 4, 2},
                                              {1, 1, 2, 5, 2, 4}}};

sdk::Answers needs_answers(int love_met, int love_matters, int understanding_met,
                           int understanding_matters, int sex_met, int sex_matters, int trust_met,
                           int trust_matters) {
    sdk::Answers answers;
    answers.set("love_met", love_met)
        .set("love_importance", love_matters)
        .set("understanding_met", understanding_met)
        .set("understanding_importance", understanding_matters)
        .set("sex_met", sex_met)
        .set("sex_importance", sex_matters)
        .set("trust_met", trust_met)
        .set("trust_importance", trust_matters);
    return answers;
}

// Answered in writing, "no" to every question asked (the counselor's
// follow-up is not asked then).
sdk::Answers all_no(const sdk::FormDefinition& screen) {
    sdk::Answers answers;
    answers.set("how_to_answer", "in_writing");
    for (const sdk::Item* item : screen.items()) {
        if (item->type == sdk::ItemType::boolean &&
            sdk::enabled_items(screen, answers).count(item->id))
            answers.set(item->id, false);
    }
    return answers;
}

void check_score(const sdk::Result& result, const std::string& id, double value,
                 const std::string& band) {
    INFO(id);
    const sdk::Score* score = result.find_score(id);
    REQUIRE(score);
    REQUIRE(score->value);
    CHECK(*score->value == Approx(value));
    CHECK(score->band == band);
}

// ---- the couple report's fixture --------------------------------------------

json administration(int id, const std::string& at, const sdk::Answers& answers,
                    const sdk::Result& result) {
    return {{"id", id}, {"administered_at", at}, {"answers", answers.json()}, {"result", result}};
}

struct Couple {
    json naomi;
    json daniel;
};

// Naomi: two inventories, a needs check and a safety screen. Daniel: one
// inventory and a needs check, no safety screen.
Couple fixture_couple(core::PluginHost& host) {
    const auto inventory = host.form("stage-inventory");
    const auto naomi_earlier = inventory_answers(inventory, kNaomiEarlier);
    const auto naomi_latest = inventory_answers(inventory, kNaomiLatest);
    const auto daniel_inventory = inventory_answers(inventory, kDaniel);
    // Naomi's gaps: love 3, understanding 4, sex 0, trust 3. Daniel's: 0, 1, 4, 2.
    const auto naomi_needs = needs_answers(2, 5, 1, 5, 3, 3, 2, 5);
    const auto daniel_needs = needs_answers(4, 4, 3, 4, 1, 5, 3, 5);
    const auto naomi_screen = all_no(host.form("safety-screen"));

    Couple couple;
    couple.naomi = {{"client_id", 1},
                    {"name", "Naomi Hartwell"},
                    {"administrations",
                     {{"stage-inventory",
                       {administration(9, "2026-11-21T10:00:00Z", naomi_latest,
                                       host.evaluate("stage-inventory", naomi_latest)),
                        administration(4, "2026-09-12T10:00:00Z", naomi_earlier,
                                       host.evaluate("stage-inventory", naomi_earlier))}},
                      {"needs-check",
                       {administration(10, "2026-11-21T10:20:00Z", naomi_needs,
                                       host.evaluate("needs-check", naomi_needs))}},
                      {"safety-screen",
                       {administration(11, "2026-11-21T10:30:00Z", naomi_screen,
                                       host.evaluate("safety-screen", naomi_screen))}}}}};
    couple.daniel = {{"client_id", 2},
                     {"name", "Daniel Hartwell"},
                     {"administrations",
                      {{"stage-inventory",
                        {administration(12, "2026-11-21T11:00:00Z", daniel_inventory,
                                        host.evaluate("stage-inventory", daniel_inventory))}},
                       {"needs-check",
                        {administration(13, "2026-11-21T11:20:00Z", daniel_needs,
                                        host.evaluate("needs-check", daniel_needs))}}}}};
    return couple;
}

json report_request(const Couple& couple, json flags) {
    return {{"practice", {{"practice_name", "Grace Counseling"}, {"counselor_name", "R. Alvarez"}}},
            {"case", {{"id", 3}, {"title", "Hartwell marriage"}, {"flags", std::move(flags)}}},
            {"partners", {couple.naomi, couple.daniel}}};
}

json safety_flag() {
    return {{"code", "safety"},
            {"severity", "critical"},
            {"message", "Reports being afraid of their spouse."},
            {"hold", true},
            {"client_id", 1}};
}

sdk::Document render_report(core::PluginHost& host, const json& request) {
    return host.render("couple-report", request).get<sdk::Document>();
}

// Index of the first heading with this text, or -1.
int heading_index(const sdk::Document& doc, const std::string& text) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        const auto& block = doc.blocks[i];
        if (block.type == sdk::BlockType::heading && block.text == text) return static_cast<int>(i);
    }
    return -1;
}

// The first block of `type` after the heading `text`, before the next heading
// of the same or a higher level.
const sdk::Block* under(const sdk::Document& doc, const std::string& text, sdk::BlockType type) {
    const int start = heading_index(doc, text);
    if (start < 0) return nullptr;
    const int level = doc.blocks[static_cast<std::size_t>(start)].level;
    for (std::size_t i = static_cast<std::size_t>(start) + 1; i < doc.blocks.size(); ++i) {
        const auto& block = doc.blocks[i];
        if (block.type == sdk::BlockType::heading && block.level <= level) return nullptr;
        if (block.type == type) return &block;
    }
    return nullptr;
}

bool has_paragraph(const sdk::Document& doc, const std::string& text) {
    for (const auto& block : doc.blocks) {
        if (block.type == sdk::BlockType::paragraph && block.text == text) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the trust and safety forms pass the host's validator", "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    for (const char* tool : {"stage-inventory", "needs-check", "safety-screen"}) {
        INFO(tool);
        REQUIRE(host.find_tool(tool));
        CHECK(host.find_tool(tool)->info.kind == "assessment");
        CHECK(core::validate_definition(host.form_json(tool)).empty());
        CHECK(host.form(tool).respondent == "each_partner");
        // Listed with the version its form carries (a rewrite shows in the list).
        CHECK(host.find_tool(tool)->info.version == host.form(tool).version);
    }
    REQUIRE(host.find_tool("couple-report"));
    CHECK(host.find_tool("couple-report")->info.kind == "report");
}

TEST_CASE("the stage inventory has the five stages in order, with reverse-worded statements",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto form = bundled.host.form("stage-inventory");
    std::vector<std::string> ids;
    for (const auto& subscale : form.subscales) {
        ids.push_back(subscale.id);
        INFO(subscale.id);
        CHECK(subscale.method == sdk::ScoreMethod::mean);
        REQUIRE(subscale.bands.size() == 3);
        CHECK(subscale.bands[0].min == 1.0);
        CHECK(subscale.bands[0].max == 2.99);
        CHECK(subscale.bands[0].label == "Growth area");
        CHECK(subscale.bands[1].min == 3.0);
        CHECK(subscale.bands[1].max == 3.99);
        CHECK(subscale.bands[1].label == "Developing");
        CHECK(subscale.bands[2].min == 4.0);
        CHECK(subscale.bands[2].max == 5.0);
        CHECK(subscale.bands[2].label == "Strength");
        for (const auto& band : subscale.bands)
            CHECK_FALSE(band.meaning.empty());
    }
    CHECK(ids == kStages);
    for (const auto& stage : kStages) {
        INFO(stage);
        int statements = 0, reversed = 0;
        for (const sdk::Item* item : form.items()) {
            if (item->subscale != stage) continue;
            ++statements;
            reversed += item->reverse ? 1 : 0;
            CHECK(item->type == sdk::ItemType::scale);
            CHECK(item->labels.front() == "Strongly disagree");
            CHECK(item->labels.back() == "Strongly agree");
        }
        CHECK(statements >= 5);
        CHECK(reversed >= 1);
    }
}

TEST_CASE("stage inventory scores match the hand-computed means and bands",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto form = host.form("stage-inventory");

    auto naomi = host.evaluate("stage-inventory", inventory_answers(form, kNaomiLatest));
    check_score(naomi, "honesty", 4.33, "Strength");
    check_score(naomi, "safety", 2.67, "Growth area");
    check_score(naomi, "trust", 2.0, "Growth area");
    check_score(naomi, "connection", 1.5, "Growth area");
    check_score(naomi, "intimacy", 2.0, "Growth area");
    CHECK(naomi.details["stage_order"] == json(kStages));
    CHECK(naomi.details["first_unsolid_stage"] == "safety");
    CHECK_THAT(naomi.details["where_to_work"].get<std::string>(), Catch::Contains("safety"));
    CHECK_THAT(naomi.summary, Catch::StartsWith("Where to work now: Safety."));

    auto daniel = host.evaluate("stage-inventory", inventory_answers(form, kDaniel));
    check_score(daniel, "honesty", 4.5, "Strength");
    check_score(daniel, "safety", 4.33, "Strength");
    check_score(daniel, "trust", 3.67, "Developing");
    check_score(daniel, "connection", 2.0, "Growth area");
    check_score(daniel, "intimacy", 1.5, "Growth area");
    CHECK(daniel.details["first_unsolid_stage"] == "trust");
    CHECK_THAT(daniel.summary, Catch::StartsWith("Where to work now: Trust."));
}

TEST_CASE("when every stage is a strength there is no unsolid stage", "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto form = bundled.host.form("stage-inventory");
    // Agreeing fully with every statement and fully disagreeing with every
    // reverse-worded one scores 5 everywhere.
    sdk::Answers answers;
    for (const sdk::Item* item : form.items()) {
        if (item->type == sdk::ItemType::scale) answers.set(item->id, item->reverse ? 1 : 5);
    }
    auto result = bundled.host.evaluate("stage-inventory", answers);
    for (const auto& stage : kStages)
        check_score(result, stage, 5.0, "Strength");
    CHECK(result.details["first_unsolid_stage"].is_null());
    CHECK_FALSE(result.details["where_to_work"].get<std::string>().empty());
    CHECK_THAT(result.summary, Catch::StartsWith("Every stage is solid."));

    // Answering 5 to the reverse-worded ones too pulls each stage down:
    // honesty has 2 reversed of 6, (4*5 + 2*1)/6 = 3.67, Developing.
    for (const sdk::Item* item : form.items()) {
        if (item->type == sdk::ItemType::scale) answers.set(item->id, 5);
    }
    auto naive = bundled.host.evaluate("stage-inventory", answers);
    check_score(naive, "honesty", 3.67, "Developing");
    CHECK(naive.details["first_unsolid_stage"] == "honesty");
}

TEST_CASE("a spouse for whom faith does not apply is not scored down for it",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto form = host.form("stage-inventory");
    // Daniel's connection is 2 2 2 2 4(2) 2 and intimacy 1 1 2 5(1) 2 4(2);
    // without the faith statements (con_pray 2, int_spiritual 2):
    auto all = inventory_answers(form, kDaniel).json();
    all.erase("con_pray");
    all.erase("int_spiritual");
    sdk::Answers answers(all);
    answers.set("faith_applies", "not_applicable");
    auto result = host.evaluate("stage-inventory", answers);
    check_score(result, "connection", 2.0, "Growth area");  // 10/5
    check_score(result, "intimacy", 1.4, "Growth area");    // 7/5, not 9/6
    CHECK(result.find_score("intimacy")->answered == 5);
    // Once it does not apply, an answer to a faith statement is not asked for.
    answers.set("con_pray", 4);
    CHECK_THROWS_AS(host.evaluate("stage-inventory", answers), core::InvalidAnswers);
    // Saying it applies asks both again.
    answers.set("faith_applies", "apply");
    CHECK_THROWS_AS(host.evaluate("stage-inventory", answers), core::InvalidAnswers);
    answers.set("int_spiritual", 2);
    CHECK_NOTHROW(host.evaluate("stage-inventory", answers));
}

TEST_CASE("the needs check reports each need's gap as importance minus met",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto form = host.form("needs-check");
    std::vector<std::string> subscales;
    for (const auto& subscale : form.subscales)
        subscales.push_back(subscale.id);
    CHECK(subscales == std::vector<std::string>{"love-met", "love-importance", "understanding-met",
                                                "understanding-importance", "sex-met",
                                                "sex-importance", "trust-met", "trust-importance"});

    // love 2 of 5 (gap 3), understanding 1 of 5 (4), sex 3 of 3 (0), trust 4 of 2 (-2).
    auto result = host.evaluate("needs-check", needs_answers(2, 5, 1, 5, 3, 3, 4, 2));
    const json& needs = result.details["needs"];
    REQUIRE(needs.size() == 4);
    const std::vector<std::tuple<std::string, double, double, double>> expected = {
        {"love", 2, 5, 3}, {"understanding", 1, 5, 4}, {"sex", 3, 3, 0}, {"trust", 4, 2, -2}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& [need, met, importance, gap] = expected[i];
        INFO(need);
        CHECK(needs[i]["need"] == need);
        CHECK(needs[i]["met"].get<double>() == met);
        CHECK(needs[i]["importance"].get<double>() == importance);
        CHECK(needs[i]["gap"].get<double>() == gap);
    }
    check_score(result, "understanding-met", 1, "");
    CHECK(result.summary == "Largest gap: understanding (matters 5, met 1, gap 4).");

    auto tie = host.evaluate("needs-check", needs_answers(2, 5, 4, 4, 3, 4, 1, 4));
    CHECK(tie.summary == "Largest gaps, 3 points each: love and trust.");
    auto content = host.evaluate("needs-check", needs_answers(5, 5, 4, 3, 5, 2, 5, 5));
    CHECK(content.summary == "Every need is met at least as well as it matters.");
}

TEST_CASE("the safety screen flags every yes and nothing else", "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto screen = host.form("safety-screen");

    bool tells_what_to_do = false;
    for (const sdk::Item* item : screen.items()) {
        if (item->type == sdk::ItemType::display)
            tells_what_to_do =
                tells_what_to_do || item->text.find("emergency number") != std::string::npos;
        if (item->type != sdk::ItemType::display) CHECK(item->is_private);  // every answer
    }
    CHECK(tells_what_to_do);
    CHECK_THAT(screen.instructions, Catch::Contains("last twelve months"));

    auto calm = host.evaluate("safety-screen", all_no(screen));
    CHECK(calm.flags.empty());
    CHECK(calm.summary == "No safety concern reported.");

    // Danger: critical, and it holds the case.
    const std::vector<std::string> danger = {
        "unsafe_to_answer", "afraid", "hurt", "threatened", "forced_sexually", "forced_otherwise"};
    // Control, asked as coercion: a warning to ask about alone, no hold by itself.
    const std::vector<std::string> control = {"controls_money", "controls_phone",
                                              "controls_friends", "spiritual_pressure"};
    std::set<std::string> messages;
    for (const auto& question : danger) {
        INFO(question);
        auto result = host.evaluate("safety-screen", all_no(screen).set(question, true));
        REQUIRE(result.flags.size() == 1);
        CHECK(result.flags[0].code == "safety");
        CHECK(result.flags[0].severity == "critical");
        CHECK(result.flags[0].hold);
        CHECK(result.flags[0].item == question);
        CHECK_THAT(result.summary, Catch::StartsWith("Safety concern reported"));
        // The message names the danger; it never repeats the question.
        CHECK(result.flags[0].message != screen.find_item(question)->text);
        messages.insert(result.flags[0].message);
    }
    for (const auto& question : control) {
        INFO(question);
        auto result = host.evaluate("safety-screen", all_no(screen).set(question, true));
        REQUIRE(result.flags.size() == 1);
        CHECK(result.flags[0].severity == "warning");
        CHECK_FALSE(result.flags[0].hold);
        CHECK_THAT(result.flags[0].message, Catch::Contains("ask about it alone"));
        messages.insert(result.flags[0].message);
    }
    CHECK(messages.size() == danger.size() + control.size());  // each its own kind

    // Telling in person instead: nothing more is asked, and the case is held.
    sdk::Answers in_person;
    in_person.set("unsafe_to_answer", false).set("how_to_answer", "in_person");
    auto told = host.evaluate("safety-screen", in_person);
    REQUIRE(told.flags.size() == 1);
    CHECK(told.flags[0].hold);
    CHECK(told.flags[0].item == "how_to_answer");
}

TEST_CASE("the couple report sets the fixture couple side by side", "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto doc = render_report(host, report_request(fixture_couple(host), json::array()));
    CHECK(doc.title == "Couple report");
    CHECK(doc.subtitle == "Naomi Hartwell and Daniel Hartwell");
    CHECK(heading_index(doc, "Safety concern reported") == -1);

    SECTION("stage scores side by side") {
        const sdk::Block* table = under(doc, "Stages of intimacy", sdk::BlockType::table);
        REQUIRE(table);
        CHECK(table->columns ==
              std::vector<std::string>{"Stage", "Naomi Hartwell", "Daniel Hartwell"});
        REQUIRE(table->rows.size() == 5);
        CHECK(table->rows[0] ==
              std::vector<std::string>{"Honesty", "4.33 (Strength)", "4.50 (Strength)"});
        CHECK(table->rows[2] ==
              std::vector<std::string>{"Trust", "2.00 (Growth area)", "3.67 (Developing)"});
        // The chart right after the table carries the same latest scores.
        const auto table_at = static_cast<std::size_t>(table - doc.blocks.data());
        REQUIRE(table_at + 1 < doc.blocks.size());
        const sdk::Block& chart = doc.blocks[table_at + 1];
        REQUIRE(chart.type == sdk::BlockType::bar_chart);
        CHECK(chart.categories ==
              std::vector<std::string>{"Honesty", "Safety", "Trust", "Connection", "Intimacy"});
        CHECK(chart.axis_min == 1);
        CHECK(chart.axis_max == 5);
        REQUIRE(chart.series.size() == 2);
        CHECK(chart.series[0].name == "Naomi Hartwell");
        CHECK(chart.series[1].name == "Daniel Hartwell");
        for (std::size_t s = 0; s < 2; ++s) {
            REQUIRE(chart.series[s].values.size() == 5);
            for (std::size_t c = 0; c < 5; ++c) {
                INFO("series " << s << ", " << chart.categories[c]);
                REQUIRE(chart.series[s].values[c].has_value());
                char printed[16];
                std::snprintf(printed, sizeof printed, "%.2f ", *chart.series[s].values[c]);
                CHECK_THAT(table->rows[c][s + 1], Catch::StartsWith(printed));
            }
        }
        CHECK(*chart.series[0].values[2] == Approx(2.0));
        CHECK(*chart.series[1].values[2] == Approx(3.67));  // scores come rounded to 2 places
        CHECK(sdk::document_problems(doc).empty());
        // The host's own check passes the real report too.
        CHECK(host.render_document("couple-report",
                                   report_request(fixture_couple(host), json::array()))
                  .blocks.size() == doc.blocks.size());

        const sdk::Block* work = under(doc, "Where to work now", sdk::BlockType::list);
        REQUIRE(work);
        REQUIRE(work->items.size() == 2);
        CHECK_THAT(work->items[0], Catch::StartsWith("Naomi Hartwell: Safety."));
        CHECK_THAT(work->items[1], Catch::StartsWith("Daniel Hartwell: Trust."));
    }
    SECTION("statements answered two or more points apart") {
        const sdk::Block* table = under(doc, "Talk about these", sdk::BlockType::table);
        REQUIRE(table);
        CHECK(table->columns ==
              std::vector<std::string>{"Stage", "Statement", "Naomi Hartwell", "Daniel Hartwell"});
        auto form = host.form("stage-inventory");
        std::vector<std::string> listed, expected;
        for (const auto& row : table->rows)
            listed.push_back(row[1]);
        // Being able to tell a fear (3/5) and walking on eggshells (4/1) are
        // as far apart, but private: a victim's words never go on a list
        // for both.
        for (const char* id : {"saf_contempt", "tru_on_my_side", "tru_check_up", "tru_let_down"})
            expected.push_back(form.find_item(id)->text);
        CHECK(listed == expected);
        REQUIRE(table->rows.size() == expected.size());
        // Raw answers, with their labels: reverse scoring does not show here.
        CHECK(table->rows[0] == std::vector<std::string>{"Safety",
                                                         form.find_item("saf_contempt")->text,
                                                         "4 (Agree)", "2 (Disagree)"});
        for (const sdk::Block& block : doc.blocks) {
            for (const char* id :
                 {"saf_share_hurt", "saf_eggshells", "saf_fair_fights", "int_owed"}) {
                const auto& text = form.find_item(id)->text;
                CHECK(block.text.find(text) == std::string::npos);
                for (const auto& item : block.items)
                    CHECK(item.find(text) == std::string::npos);
                for (const auto& row : block.rows)
                    for (const auto& cell : row)
                        CHECK(cell.find(text) == std::string::npos);
            }
        }
    }
    SECTION("where the two agree, and one focus for the couple") {
        auto form = host.form("stage-inventory");
        const auto agree = heading_index(doc, "Where you agree");
        REQUIRE(agree >= 0);
        // Naomi answered 1 and Daniel 2 to setting aside time each week for
        // the two of them: both see a problem.
        const sdk::Block* problems = under(doc, "Where you agree", sdk::BlockType::table);
        REQUIRE(problems);
        CHECK(problems->columns ==
              std::vector<std::string>{"Statement", "Naomi Hartwell", "Daniel Hartwell"});
        CHECK(std::find(problems->rows.begin(), problems->rows.end(),
                        std::vector<std::string>{form.find_item("con_time_for_us")->text,
                                                 "1 (Strongly disagree)", "2 (Disagree)"}) !=
              problems->rows.end());
        const auto focus = heading_index(doc, "The couple's focus");
        REQUIRE(focus >= 0);
        // Naomi's first unsolid stage (safety) comes before Daniel's (trust).
        CHECK_THAT(doc.blocks[static_cast<std::size_t>(focus) + 1].text,
                   Catch::StartsWith("Safety. "));
    }
    SECTION("shared strengths and growth areas") {
        const sdk::Block* strengths = under(doc, "Shared strengths", sdk::BlockType::list);
        REQUIRE(strengths);
        CHECK(strengths->items == std::vector<std::string>{"Honesty"});
        const sdk::Block* growth = under(doc, "Shared growth areas", sdk::BlockType::list);
        REQUIRE(growth);
        CHECK(growth->items == std::vector<std::string>{"Connection", "Intimacy"});
    }
    SECTION("needs gaps") {
        const sdk::Block* table =
            under(doc, "Needs: love, understanding, sex, trust", sdk::BlockType::table);
        REQUIRE(table);
        REQUIRE(table->rows.size() == 4);
        CHECK(table->rows[0] == std::vector<std::string>{"Love", "2 / 5 / 3", "4 / 4 / 0"});
        CHECK(table->rows[1] ==
              std::vector<std::string>{"Understanding", "1 / 5 / 4", "3 / 4 / 1"});
        CHECK(table->rows[2] == std::vector<std::string>{"Sex", "3 / 3 / 0", "1 / 5 / 4"});
        CHECK(table->rows[3] == std::vector<std::string>{"Trust", "2 / 5 / 3", "3 / 5 / 2"});
    }
    SECTION("change since last time") {
        const sdk::Block* table = under(doc, "Naomi Hartwell", sdk::BlockType::table);
        REQUIRE(table);
        CHECK(heading_index(doc, "Naomi Hartwell") > heading_index(doc, "Change since last time"));
        CHECK(table->columns == std::vector<std::string>{"Stage", "Before (2026-09-12)",
                                                         "Now (2026-11-21)", "Change"});
        REQUIRE(table->rows.size() == 5);
        CHECK(table->rows[0] == std::vector<std::string>{"Honesty", "4.00", "4.33", "+0.33"});
        CHECK(table->rows[1] == std::vector<std::string>{"Safety", "2.00", "2.67", "+0.67"});
        CHECK(table->rows[2] == std::vector<std::string>{"Trust", "2.00", "2.00", "no change"});
        CHECK(table->rows[3] == std::vector<std::string>{"Connection", "2.00", "1.50", "-0.50"});
        CHECK(heading_index(doc, "Daniel Hartwell") == -1);  // only one inventory so far
        CHECK(has_paragraph(doc,
                            "Daniel Hartwell has completed the stage inventory once; change "
                            "shows after the next time."));
    }
    SECTION("missing instruments are named") {
        CHECK(has_paragraph(doc, "Daniel Hartwell has not completed the safety screen yet."));
        CHECK_FALSE(has_paragraph(doc, "Naomi Hartwell has not completed the safety screen yet."));
        CHECK(has_paragraph(doc, "Naomi Hartwell completed the safety screen on 2026-11-21."));
    }
}

TEST_CASE("the couple report says who prepared it, even before the practice has names",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto request = report_request(fixture_couple(host), json::array());
    auto paragraphs = [&host](const json& asked) {
        std::string text;
        for (const auto& block : render_report(host, asked).blocks)
            text += block.text + "\n";
        return text;
    };
    CHECK_THAT(
        paragraphs(request),
        Catch::Contains("Prepared for R. Alvarez, Grace Counseling. Case: Hartwell marriage."));
    request["practice"] = {{"practice_name", ""}, {"counselor_name", ""}};
    CHECK_THAT(paragraphs(request),
               Catch::Contains("Prepared for the counselor. Case: Hartwell marriage."));
}

TEST_CASE("the couple report compares the latest inventory with the one before, in any order",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto couple = fixture_couple(host);
    auto& inventories = couple.naomi["administrations"]["stage-inventory"];
    std::swap(inventories[0], inventories[1]);  // oldest first, against the contract
    auto doc = render_report(host, report_request(couple, json::array()));
    const sdk::Block* table = under(doc, "Naomi Hartwell", sdk::BlockType::table);
    REQUIRE(table);
    CHECK(table->columns[1] == "Before (2026-09-12)");
    CHECK(table->rows[1] == std::vector<std::string>{"Safety", "2.00", "2.67", "+0.67"});
    const sdk::Block* stages = under(doc, "Stages of intimacy", sdk::BlockType::table);
    REQUIRE(stages);
    CHECK(stages->rows[1][1] == "2.67 (Growth area)");
}

TEST_CASE("the couple report opens with safety when a flag holds the case",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    const auto couple = fixture_couple(host);

    auto flagged = render_report(host, report_request(couple, json::array({safety_flag()})));
    REQUIRE(flagged.blocks.size() >= 2);
    CHECK(flagged.blocks[0].type == sdk::BlockType::heading);
    CHECK(flagged.blocks[0].text == "Safety concern reported");
    CHECK(flagged.blocks[1].type == sdk::BlockType::paragraph);
    CHECK_THAT(flagged.blocks[1].text, Catch::Contains("assessed safety with each spouse "
                                                       "individually") &&
                                           Catch::Contains("conjoint") &&
                                           Catch::Contains("intimacy homework are not advised"));

    // Where to work names no stage: safety comes first, for both.
    const auto work = heading_index(flagged, "Where to work now");
    REQUIRE(work >= 0);
    CHECK_THAT(flagged.blocks[static_cast<std::size_t>(work) + 1].text,
               Catch::StartsWith("Safety comes first"));
    const auto focus = heading_index(flagged, "The couple's focus");
    REQUIRE(focus >= 0);
    CHECK_THAT(flagged.blocks[static_cast<std::size_t>(focus) + 1].text,
               Catch::StartsWith("Safety"));

    // Only "hold" decides: not the code, not the severity.
    auto resolved_flag = safety_flag();
    resolved_flag["resolved_at"] = "2026-11-22T09:00:00Z";
    auto no_hold = safety_flag();
    no_hold.erase("hold");
    auto critical_risk = safety_flag();
    critical_risk["code"] = "risk";
    critical_risk.erase("hold");
    for (const auto& flag : {resolved_flag, no_hold, critical_risk}) {
        INFO(flag.dump());
        auto doc = render_report(host, report_request(couple, json::array({flag})));
        CHECK(heading_index(doc, "Safety concern reported") == -1);
        CHECK(doc.blocks.front().type == sdk::BlockType::paragraph);  // the preface
    }
}

TEST_CASE("the couple report refuses a request that breaks the contract",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    const auto couple = fixture_couple(host);

    auto no_flags = report_request(couple, json::array());
    no_flags["case"].erase("flags");
    CHECK_THROWS_WITH(host.render("couple-report", no_flags), Catch::Contains("case.flags"));
    auto one_partner = report_request(couple, json::array());
    one_partner["partners"].erase(1);
    CHECK_THROWS_WITH(host.render("couple-report", one_partner),
                      Catch::Contains("exactly two partners"));
    CHECK_THROWS_WITH(host.render("stage-inventory", json::object()),
                      Catch::Contains("not offered by this tool"));

    test::MemoryEnvironment environment;
    auto plugin = test::load_bundled("trust-safety", environment);
    CHECK_THROWS_WITH(plugin->render("no-such-report", report_request(couple, json::array())),
                      Catch::Contains("unknown tool 'no-such-report'"));
    CHECK_THROWS_WITH(plugin->form("no-such-tool"), Catch::Contains("unknown tool"));
}

TEST_CASE("a spouse who has not done the inventories leaves a sentence, not a gap",
          "[plugins][trust-safety]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto couple = fixture_couple(host);
    couple.daniel["administrations"] = json::object();
    auto doc = render_report(host, report_request(couple, json::array()));
    CHECK(has_paragraph(doc, "Daniel Hartwell has not completed the stage inventory yet."));
    CHECK(has_paragraph(doc, "Daniel Hartwell has not completed the needs check yet."));
    CHECK(has_paragraph(doc, "Daniel Hartwell has not completed the safety screen yet."));
    const sdk::Block* table = under(doc, "Stages of intimacy", sdk::BlockType::table);
    REQUIRE(table);
    CHECK(table->rows[0][2] == "not completed");
    // Daniel's bars are missing, not zero; Naomi's are still drawn.
    const sdk::Block* chart = under(doc, "Stages of intimacy", sdk::BlockType::bar_chart);
    REQUIRE(chart);
    REQUIRE(chart->series.size() == 2);
    CHECK(chart->series[0].values[0].has_value());
    CHECK(chart->series[1].values == std::vector<std::optional<double>>(5, std::nullopt));
    CHECK(sdk::document_problems(doc).empty());
    CHECK(heading_index(doc, "Talk about these") == -1);
    CHECK(heading_index(doc, "Shared strengths") == -1);
}
