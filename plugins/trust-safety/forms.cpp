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

sdk::FormDefinition assessment(std::string id, std::string title, std::string instructions) {
    sdk::FormDefinition form;
    form.id = std::move(id);
    form.title = std::move(title);
    form.version = "1.0.0";
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
    return {{1.0, 2.49, kGrowthArea, stage.growth_meaning},
            {2.5, 3.69, kDeveloping, stage.developing_meaning},
            {3.7, 5.0, kStrength, stage.strength_meaning}};
}

// A yes/no question where "yes" means danger: it always raises a critical
// safety flag, whose message names the kind of danger but never quotes the
// answer, so it can show on every screen of the couple.
struct DangerQuestion {
    const char* id;
    const char* text;
    const char* flag_message;
};

const DangerQuestion kDangerQuestions[] = {
    {"afraid", "In the past year, have you been afraid of your spouse?",
     "Reports being afraid of their spouse."},
    {"hurt",
     "In the past year, has your spouse hit, pushed, grabbed, choked or in any other way "
     "physically hurt you?",
     "Reports being physically hurt by their spouse."},
    {"threatened",
     "In the past year, has your spouse threatened to hurt you, the children, a pet or "
     "themselves, or to take the children from you?",
     "Reports threats from their spouse."},
    {"controls_money",
     "Does your spouse keep money you need from you, or keep you from knowing about or having a "
     "say in the family's money?",
     "Reports control over money by their spouse."},
    {"controls_phone",
     "Does your spouse go through your phone or messages, track where you go, or keep you from "
     "having a phone of your own?",
     "Reports their phone, messages or movements being watched or controlled by their spouse."},
    {"controls_friends",
     "Does your spouse keep you from seeing family or friends, or from going to church, school "
     "or work?",
     "Reports being kept from family, friends or outside life by their spouse."},
    {"forced_sexually",
     "Has your spouse ever forced or pressured you into sexual acts you did not want?",
     "Reports sexual force or coercion by their spouse."},
    {"forced_otherwise",
     "Has your spouse made you do other things against your will, by force, threats or "
     "intimidation?",
     "Reports being forced into things against their will by their spouse."},
};

// Asked first: when it is not safe to answer, the other answers may be silent.
const DangerQuestion kUnsafeToAnswer = {
    "unsafe_to_answer",
    "Is anything making it unsafe for you to answer these questions honestly right now, such as "
    "someone who can see your screen?",
    "Did not feel safe answering the safety screen; the other answers may not be the whole "
    "story. Ask again in private."};

sdk::Item danger_item(const DangerQuestion& question) {
    sdk::Item item;
    item.id = question.id;
    item.type = sdk::ItemType::boolean;
    item.text = question.text;
    item.required = true;
    sdk::FlagRule flag;
    flag.when.op = "=";
    flag.when.value = true;
    flag.severity = "critical";
    flag.code = "safety";
    flag.message = question.flag_message;
    item.flag = std::move(flag);
    return item;
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

sdk::FormDefinition make_stage_inventory_form() {
    auto form = assessment(
        kStageInventory, "Stages of intimacy",
        "Read each statement and choose how true it is of you and your marriage over the last "
        "month. Answer on your own, for how things are rather than how you wish they were. Your "
        "counselor reads your answers and may talk with you both about statements where the two "
        "of you see things differently.");
    for (const auto& stage : stages()) {
        sdk::Section section;
        section.id = stage.id;
        section.title = stage.title;
        for (const auto& statement : stage.statements) {
            section.items.push_back(
                scale(statement.id, statement.text, kAgreeLabels, stage.id, statement.reverse));
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

sdk::FormDefinition make_safety_screen_form() {
    auto form = assessment(kSafetyScreen, "Safety at home",
                           "Your counselor asks everyone these questions, on their own. Your "
                           "answers go to your counselor only and are not shown to your spouse. "
                           "Answer yes if any of these has happened, even once.");
    sdk::Section first;
    first.id = "first";
    first.title = "Before you begin";
    first.items.push_back(display(
        "in_danger",
        "If you are in danger right now, stop and call your local emergency number (911 in the "
        "US and Canada, 999 in the UK, 112 in most of Europe). In the US you can also call the "
        "National Domestic Violence Hotline at 1-800-799-7233, day or night. You may close this "
        "form at any time; your counselor will find a safe moment to talk with you alone."));
    first.items.push_back(danger_item(kUnsafeToAnswer));

    sdk::Section home;
    home.id = "home";
    home.title = "At home";
    for (const auto& question : kDangerQuestions)
        home.items.push_back(danger_item(question));

    form.sections = {std::move(first), std::move(home)};
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

const sdk::FormDefinition& safety_screen_form() {
    static const sdk::FormDefinition form = make_safety_screen_form();
    return form;
}

}  // namespace trust_safety
