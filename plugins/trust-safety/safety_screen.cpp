// The safety screen: each spouse, alone, on danger at home. Written for the
// spouse who may be in danger: one time frame said once at the top, control
// asked as coercion (made to, without agreement, so that one feels watched
// or afraid) so that a couple's agreed roles do not read as danger, a way
// to say "I'd rather tell my counselor in person", and, once anything is
// disclosed, the counselor's follow-up on the known signs of lethal danger.
//
// Every answer here is private. What a "yes" raises:
// - fear, being hurt, threats, force, not being safe to answer, choosing to
//   tell in person, and every sign of lethal danger: a critical flag that
//   opens the case's safety hold;
// - control or spiritual pressure alone: a warning to ask about it alone,
//   which joins the hold when fear is also reported (evaluation.cpp).
#include "forms.hpp"

#include <string>
#include <utility>
#include <vector>

namespace trust_safety {

namespace {

struct Question {
    const char* id;
    const char* text;
    const char* flag_message;  // names the kind of danger, never quotes the answer
};

const Question kDanger[] = {
    {"afraid", "Have you been afraid of your spouse?", "Reports being afraid of their spouse."},
    {"hurt",
     "Has your spouse hit, pushed, grabbed, kicked or in any other way physically hurt you?",
     "Reports being physically hurt by their spouse."},
    {"threatened",
     "Has your spouse threatened to hurt you, the children, a pet or themselves, or to take the "
     "children away from you?",
     "Reports threats from their spouse."},
    {"forced_sexually",
     "Has your spouse forced or pressured you into anything sexual you did not want?",
     "Reports sexual force or coercion by their spouse."},
    {"forced_otherwise",
     "Has your spouse made you do other things against your will by force, threats or "
     "intimidation?",
     "Reports being forced into things against their will by their spouse."},
};

// Control is asked as coercion: agreed roles are not danger.
const Question kControl[] = {
    {"controls_money",
     "Does your spouse control the money without your agreement, so that you cannot get what you "
     "need or cannot know what is happening with the family's money?",
     "Reports money kept from them or decided over their head by their spouse; ask about it "
     "alone."},
    {"controls_phone",
     "Does your spouse check your phone, messages or whereabouts without your agreement, so that "
     "you feel watched or afraid?",
     "Reports feeling watched through their phone, messages or whereabouts; ask about it alone."},
    {"controls_friends",
     "Does your spouse keep you, against your wishes, from seeing family or friends, or from "
     "going to church, school or work?",
     "Reports being kept from family, friends or outside life; ask about it alone."},
    {"spiritual_pressure",
     "Has your spouse used Scripture, God or the church to shame you, or to push you into doing "
     "what they want?",
     "Reports being shamed or pushed with Scripture, God or the church; ask about it alone."},
};

// The counselor's follow-up once anything is disclosed: the signs that
// danger may become lethal, each in our own words.
const Question kLethalSigns[] = {
    {"getting_worse", "Has the violence or the threatening become worse, or more frequent, lately?",
     "HIGH DANGER: violence or threats are getting worse or more frequent."},
    {"threat_to_kill",
     "Has your spouse ever threatened to kill you, or said you would be better off dead?",
     "HIGH DANGER: a threat to kill."},
    {"weapon", "Is there a gun or another weapon in the home, or one your spouse can easily get?",
     "HIGH DANGER: a weapon in the home or within reach."},
    {"strangled",
     "Has your spouse ever put their hands, an arm or anything else around your neck, or choked "
     "you?",
     "HIGH DANGER: choking or strangling."},
    {"separation", "Have you separated recently, or are you planning to leave?",
     "HIGH DANGER: a recent or planned separation."},
};

const char* const kInWriting = "in_writing";
const char* const kInPerson = "in_person";

sdk::Condition answered(const char* item, nlohmann::json value) {
    sdk::Condition condition;
    condition.item = item;
    condition.op = "=";
    condition.value = std::move(value);
    return condition;
}

sdk::Item yes_no(const Question& question, sdk::FlagRule flag) {
    sdk::Item item;
    item.id = question.id;
    item.type = sdk::ItemType::boolean;
    item.text = question.text;
    item.required = true;
    item.is_private = true;
    item.flag = std::move(flag);
    return item;
}

// Answered in writing: the questions are asked. In person: nothing more is
// asked here, and the choice itself holds the case until the counselor has
// talked with this spouse alone.
sdk::Item how_to_answer() {
    sdk::Item item;
    item.id = "how_to_answer";
    item.type = sdk::ItemType::choice;
    item.text = "How would you like to answer these questions?";
    item.required = true;
    item.is_private = true;
    item.options = {{kInWriting, "Here, in writing", std::nullopt},
                    {kInPerson, "I'd rather tell my counselor in person", std::nullopt}};
    item.flag = sdk::flag_when_answer(
        "critical", "safety",
        "Chose to tell the counselor in person rather than answer the safety screen in writing. "
        "Talk with this spouse alone before any joint work.",
        true, kInPerson);
    return item;
}

sdk::Section first_section() {
    sdk::Section first{"first", "Before you begin", {}};
    first.items.push_back(display(
        "in_danger",
        "If you are in danger right now, stop and call your local emergency number (911 in the "
        "US) or the numbers your counselor gave you. You may close this form at any time; your "
        "counselor will find a safe moment to talk with you alone."));
    first.items.push_back(yes_no(
        {"unsafe_to_answer",
         "Is anything making it unsafe for you to answer these questions honestly right now, "
         "such as someone who can see your screen?",
         ""},
        sdk::flag_when_answer(
            "critical", "safety",
            "Did not feel safe answering the safety screen; the other answers may not be the "
            "whole story. Ask again in private.",
            true)));
    first.items.push_back(how_to_answer());
    return first;
}

sdk::Section home_section() {
    sdk::Section home{"home", "At home, in the last twelve months", {}};
    for (const auto& question : kDanger) {
        auto item = yes_no(
            question, sdk::flag_when_answer("critical", "safety", question.flag_message, true));
        item.enable_when = {answered("how_to_answer", kInWriting)};
        home.items.push_back(std::move(item));
    }
    for (const auto& question : kControl) {
        auto item = yes_no(
            question, sdk::flag_when_answer("warning", "control", question.flag_message, false));
        item.enable_when = {answered("how_to_answer", kInWriting)};
        home.items.push_back(std::move(item));
    }
    return home;
}

// Asked by the counselor, with the spouse, once anything was disclosed.
sdk::Section follow_up_section() {
    sdk::Section follow{"follow_up", "For your counselor to ask with you", {}};
    auto intro = display(
        "follow_up_intro",
        "Your counselor goes through these with you. They help tell how urgent it is to plan for "
        "your safety.");
    std::vector<sdk::Condition> any_disclosure;
    for (const auto& question : kDanger)
        any_disclosure.push_back(answered(question.id, true));
    any_disclosure.push_back(answered("how_to_answer", kInPerson));
    intro.enable_when = any_disclosure;
    intro.enable_behavior = "any";
    follow.items.push_back(std::move(intro));
    for (const auto& question : kLethalSigns) {
        auto item = yes_no(question, sdk::flag_when_answer("critical", "high-danger",
                                                           question.flag_message, true));
        item.required = false;  // the counselor asks them, and may not get to all at once
        item.enable_when = any_disclosure;
        item.enable_behavior = "any";
        follow.items.push_back(std::move(item));
    }
    return follow;
}

sdk::FormDefinition make_safety_screen_form() {
    auto form = assessment(
        kSafetyScreen, "Safety at home",
        "These questions are about the last twelve months. Your counselor asks everyone these "
        "questions, each spouse on their own. Your answers go to your counselor only and are "
        "never shown or printed for your spouse. Answer yes if it has happened even once. If you "
        "would rather not answer in writing, choose to tell your counselor in person.");
    form.version = kSafetyScreenVersion;
    form.sections = {first_section(), home_section(), follow_up_section()};
    return form;
}

}  // namespace

// Built once: a form never changes while the library is loaded.
const sdk::FormDefinition& safety_screen_form() {
    static const sdk::FormDefinition form = make_safety_screen_form();
    return form;
}

// The ids evaluation.cpp reads: fear, and the warnings that join it.
const char* fear_item() {
    return "afraid";
}

bool is_lethal_sign_item(const std::string& item_id) {
    for (const auto& question : kLethalSigns) {
        if (item_id == question.id) return true;
    }
    return false;
}

bool is_control_item(const std::string& item_id) {
    for (const auto& question : kControl) {
        if (item_id == question.id) return true;
    }
    return false;
}

}  // namespace trust_safety
