#include "stages.hpp"

#include <algorithm>

namespace trust_safety {

const std::array<Stage, 5>& stages() {
    static const std::array<Stage, 5> all = {{
        {"honesty",
         "Honesty",
         {{{"hon_whole_truth",
            "When my spouse asks me something, I tell the whole truth, even when it is "
            "uncomfortable.",
            false},
           {"hon_nothing_hidden",
            "No part of my life (money, phone, friendships, habits) is hidden from my spouse.",
            false},
           {"hon_leave_out", "I leave things out so that my spouse will not be upset with me.",
            true},
           {"hon_spouse_truthful", "I believe my spouse tells me the truth.", false},
           {"hon_own_up", "When I have done something wrong, I say so before I am found out.",
            false},
           {"hon_act_fine", "I act as though everything is fine when it is not.", true}}},
         "Secrets or half-truths are in the way; what is built later cannot hold until the "
         "truth can be told.",
         "Much is open, but some things are still held back or shaded.",
         "The truth gets told, even when it is uncomfortable.",
         "Start with honesty: help each spouse tell the whole truth, because safety and trust "
         "have nothing to stand on without it."},
        {"safety",
         "Safety",
         {{{"saf_share_hurt",
            "I can tell my spouse about a hurt or a fear without being mocked or made to feel "
            "small.",
            false, "being able to tell a fear"},
           {"saf_contempt",
            "When I open up, my spouse answers with criticism, sarcasm or a cold look.", true},
           {"saf_disagree", "I can disagree with my spouse and know that we will be all right.",
            false},
           {"saf_eggshells", "At home I have to watch every word to keep the peace.", true,
            "walking on eggshells at home"},
           {"saf_fair_fights",
            "When we argue, neither of us shouts the other down, threatens or calls names.", false,
            "threats or name-calling in arguments"},
           {"saf_listen", "When my spouse shares something vulnerable, I listen without judging.",
            false}}},
         "Opening up is often met with contempt, criticism or fear; slow down and make it safe "
         "first.",
         "It is sometimes safe to be open, but not reliably.",
         "Being open is met with care rather than criticism.",
         "Work on safety: make it possible to share something vulnerable without being met "
         "with contempt or criticism."},
        {"trust",
         "Trust",
         {{{"tru_on_my_side", "I am confident that my spouse is on my side.", false},
           {"tru_for_marriage", "I believe my spouse wants our marriage to last.", false},
           {"tru_check_up",
            "I feel I need to check up on where my spouse is or who they are talking to.", true},
           {"tru_keeps_word", "My spouse does what they say they will do.", false},
           {"tru_my_good",
            "When a decision affects us both, I trust my spouse to weigh what is good for me.",
            false},
           {"tru_let_down", "I expect my spouse to let me down.", true}}},
         "Little sense that the other is for you or for the marriage.",
         "Trust is growing but still being tested.",
         "Each senses that the other is on their side and for the marriage.",
         "Build trust: help each spouse come to sense that the other is for them and for the "
         "marriage."},
        {"connection",
         "Connection",
         {{{"con_understood", "I feel that my spouse understands what my days are like.", false},
           {"con_time_for_us", "We set aside time each week just for the two of us.", false},
           {"con_gratitude", "I notice, and say, what I am thankful for in my spouse.", false},
           {"con_real_talk",
            "We talk about the things that matter (money, sex, problems), not only schedules.",
            false},
           {"con_housemates", "Most days we live side by side more like housemates than a couple.",
            true},
           {"con_pray", "We pray together or share our faith with each other.", false, nullptr,
            true}}},
         "Living side by side more than together: little feeling of being understood and "
         "little shared time.",
         "Some shared time and understanding, without steady rhythms yet.",
         "Regular time together, feeling understood, and an eye for what is good.",
         "Build connection: empathy, time together, daily gratitude and steady rhythms of "
         "talking and praying together."},
        {"intimacy",
         "Intimacy",
         {{{"int_close", "I feel emotionally close to my spouse.", false},
           {"int_physical", "I am content with the affection and sexual closeness in our marriage.",
            false},
           {"int_invited",
            "Closeness between us comes by invitation; neither of us demands it of the other.",
            false},
           {"int_owed", "Physical closeness feels more like something I owe than something I want.",
            true, "physical closeness felt as owed"},
           {"int_spiritual", "We share a sense of closeness before God.", false, nullptr, true},
           {"int_alone", "I feel alone even when we are together.", true}}},
         "Closeness (physical, emotional or spiritual) is missing, or feels demanded rather "
         "than invited.",
         "Some closeness, not yet mutual or steady.",
         "Closeness is mutual and offered by invitation.",
         "Grow intimacy: physical, emotional and spiritual closeness that is mutual and comes by "
         "invitation, never by demand."},
    }};
    return all;
}

std::vector<std::string> stage_ids() {
    std::vector<std::string> ids;
    for (const auto& stage : stages())
        ids.emplace_back(stage.id);
    return ids;
}

const Stage* find_stage(const std::string& id) {
    const auto& all = stages();
    auto it = std::find_if(all.begin(), all.end(), [&](const Stage& s) { return id == s.id; });
    return it == all.end() ? nullptr : &*it;
}

const Stage* first_unsolid_stage(const std::vector<sdk::Score>& scores) {
    for (const auto& stage : stages()) {
        auto score = std::find_if(scores.begin(), scores.end(),
                                  [&](const sdk::Score& s) { return s.id == stage.id; });
        if (score == scores.end() || score->band != kStrength) return &stage;
    }
    return nullptr;
}

std::string where_to_work(const Stage* first_unsolid) {
    if (!first_unsolid) {
        return "Every stage is a strength; keep up the habits that built them.";
    }
    return first_unsolid->where_to_work;
}

}  // namespace trust_safety
