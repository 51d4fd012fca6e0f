// The three assessments are uniform (rows of scale or yes/no items), so they
// are built from tables of wording with a few helpers rather than written out
// as JSON: each question appears once, next to what it means.
#include "forms.hpp"

#include "stages.hpp"

#include <string>
#include <utility>
#include <vector>

namespace trust_safety {

namespace {

const std::vector<std::string> kAgreeLabels = {"Strongly disagree", "Disagree", "Not sure", "Agree",
                                               "Strongly agree"};
const std::vector<std::string> kMetLabels = {"Not at all", "A little", "Partly", "Mostly", "Fully"};
const std::vector<std::string> kMattersLabels = {"Not at all", "A little", "Somewhat", "A lot",
                                                 "More than anything"};

}  // namespace

sdk::FormDefinition assessment(std::string id, std::string title, std::string instructions) {
    sdk::FormDefinition form;
    form.id = std::move(id);
    form.title = std::move(title);
    form.version = kNeedsCheckVersion;  // each form sets its own where it differs
    form.kind = "assessment";
    form.respondent = "each_partner";
    form.instructions = std::move(instructions);
    return form;
}

sdk::Item display(std::string id, std::string text) {
    sdk::Item item;
    item.id = std::move(id);
    item.type = sdk::ItemType::display;
    item.text = std::move(text);
    return item;
}

namespace {

// A required 1-5 scale item scored into `subscale`.
sdk::Item scale(std::string id, std::string text, const std::vector<std::string>& labels,
                std::string subscale, bool reverse = false) {
    sdk::Item item;
    item.id = std::move(id);
    item.type = sdk::ItemType::scale;
    item.text = std::move(text);
    item.required = true;
    item.min = 1;
    item.max = 5;
    item.labels = labels;
    item.reverse = reverse;
    item.subscale = std::move(subscale);
    return item;
}

sdk::Subscale mean_subscale(std::string id, std::string title, std::vector<sdk::Band> bands) {
    sdk::Subscale subscale;
    subscale.id = std::move(id);
    subscale.title = std::move(title);
    subscale.method = sdk::ScoreMethod::mean;
    subscale.bands = std::move(bands);
    return subscale;
}

// Scores are rounded to two decimals before banding, so these bands leave no gap.
std::vector<sdk::Band> stage_bands(const Stage& stage) {
    return {{1.0, kDevelopingFrom - 0.01, kGrowthArea, stage.growth_meaning},
            {kDevelopingFrom, kStrengthFrom - 0.01, kDeveloping, stage.developing_meaning},
            {kStrengthFrom, 5.0, kStrength, stage.strength_meaning}};
}

}  // namespace

const std::array<Need, 4>& needs() {
    static const std::array<Need, 4> all = {{
        {"love", "Love",
         "How well is your need to feel loved and cherished by your spouse met these days?",
         "How much does feeling loved and cherished by your spouse matter to you?"},
        {"understanding", "Understanding",
         "How well is your need to feel understood by your spouse (listened to, not fixed) met "
         "these days?",
         "How much does feeling understood by your spouse matter to you?"},
        {"sex", "Sex",
         "How well is your need for sexual closeness with your spouse met these days?",
         "How much does sexual closeness with your spouse matter to you?"},
        {"trust", "Trust", "How well is your need to be able to trust your spouse met these days?",
         "How much does being able to trust your spouse matter to you?"},
    }};
    return all;
}

std::string met_subscale(const Need& need) {
    return std::string(need.id) + "-met";
}

std::string importance_subscale(const Need& need) {
    return std::string(need.id) + "-importance";
}

namespace {

// A statement about fear or coercion is private, and an answer on the
// worrying side of "not sure" (agreeing with a reverse-worded one,
// disagreeing with the others) asks the counselor to raise it with this
// spouse alone. That alone is not the safety hold: the statements are about
// how safe it feels to be open, not yet a disclosure of danger.
sdk::Item statement_item(const Statement& statement, const Stage& stage) {
    auto item = scale(statement.id, statement.text, kAgreeLabels, stage.id, statement.reverse);
    if (!statement.private_topic) return item;
    item.is_private = true;
    sdk::FlagRule flag;
    flag.when.op = statement.reverse ? ">=" : "<=";
    flag.when.value = statement.reverse ? 4 : 2;
    flag.severity = "warning";
    flag.code = "ask-alone";
    flag.message = std::string("A private answer about ") + statement.private_topic +
                   " points to a concern: ask about it with this spouse alone, never in front "
                   "of the other.";
    item.flag = std::move(flag);
    return item;
}

constexpr const char* kFaithApplies = "faith_applies";

// Asked before the first statement about shared faith. Left unanswered the
// faith statements are asked as before, so answers given before it existed
// still hold.
sdk::Item faith_question() {
    sdk::Item item;
    item.id = kFaithApplies;
    item.type = sdk::ItemType::choice;
    item.text = "Two statements are about faith shared with your spouse. Do they apply to you?";
    item.options = {
        {"apply", "Yes, I will answer them", std::nullopt},
        {"not_applicable", "Not applicable: faith is not part of my life, or not one we share",
         std::nullopt}};
    return item;
}

void ask_only_where_faith_applies(sdk::Item& item) {
    sdk::Condition unanswered, applies;
    unanswered.item = applies.item = kFaithApplies;
    unanswered.op = "exists";
    unanswered.value = false;
    applies.op = "=";
    applies.value = "apply";
    item.enable_when = {unanswered, applies};
    item.enable_behavior = "any";
}

sdk::FormDefinition make_stage_inventory_form() {
    auto form = assessment(
        kStageInventory, "Stages of intimacy",
        "Read each statement and choose how true it is of you and your marriage over the last "
        "month. Answer on your own, for how things are rather than how you wish they were. Your "
        "answers go to your counselor first: nothing you answer is shared with your spouse "
        "before your counselor has talked with you alone. Afterwards your counselor may talk "
        "with you both about statements where the two of you see things differently; answers "
        "about fear, pressure or threats stay between you and your counselor.");
    form.version = kStageInventoryVersion;
    bool faith_asked = false;
    for (const auto& stage : stages()) {
        sdk::Section section;
        section.id = stage.id;
        section.title = stage.title;
        for (const auto& statement : stage.statements) {
            if (statement.about_shared_faith && !faith_asked) {
                section.items.push_back(faith_question());
                faith_asked = true;
            }
            auto item = statement_item(statement, stage);
            if (statement.about_shared_faith) ask_only_where_faith_applies(item);
            section.items.push_back(std::move(item));
        }
        form.sections.push_back(std::move(section));
        form.subscales.push_back(mean_subscale(stage.id, stage.title, stage_bands(stage)));
    }
    return form;
}

sdk::FormDefinition make_needs_check_form() {
    auto form = assessment(kNeedsCheck, "Needs check",
                           "Four needs often go unmet when closeness breaks down: love, "
                           "understanding, sex and trust. For each, say how well it is met in "
                           "your marriage these days, and how much it matters to you. Answer "
                           "on your own.");
    for (const auto& need : needs()) {
        sdk::Section section;
        section.id = need.id;
        section.title = need.title;
        section.items.push_back(scale(std::string(need.id) + "_met", need.met_question, kMetLabels,
                                      met_subscale(need)));
        section.items.push_back(scale(std::string(need.id) + "_importance",
                                      need.importance_question, kMattersLabels,
                                      importance_subscale(need)));
        form.sections.push_back(std::move(section));
        form.subscales.push_back(
            mean_subscale(met_subscale(need), std::string(need.title) + ": how well met", {}));
        form.subscales.push_back(mean_subscale(
            importance_subscale(need), std::string(need.title) + ": how much it matters", {}));
    }
    sdk::Section more;
    more.id = "anything_else";
    more.title = "Anything else";
    sdk::Item note;
    note.id = "needs_note";
    note.type = sdk::ItemType::long_text;
    note.text = "Is there anything about these needs you would like your counselor to know?";
    more.items.push_back(std::move(note));
    form.sections.push_back(std::move(more));
    return form;
}

}  // namespace

// Built once: a form never changes while the library is loaded, and every
// answer scored reads it.
const sdk::FormDefinition& stage_inventory_form() {
    static const sdk::FormDefinition form = make_stage_inventory_form();
    return form;
}

const sdk::FormDefinition& needs_check_form() {
    static const sdk::FormDefinition form = make_needs_check_form();
    return form;
}

}  // namespace trust_safety
