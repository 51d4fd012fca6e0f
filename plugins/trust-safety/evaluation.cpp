#include "evaluation.hpp"

#include "forms.hpp"
#include "stages.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace trust_safety {

namespace {

using nlohmann::json;

std::optional<double> score_value(const sdk::Result& result, const std::string& id) {
    const sdk::Score* score = result.find_score(id);
    return score ? score->value : std::nullopt;
}

json number_or_null(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

struct NeedGap {
    const Need* need;
    std::optional<double> met;
    std::optional<double> importance;
    std::optional<double> gap() const {
        if (!met || !importance) return std::nullopt;
        return *importance - *met;
    }
};

std::vector<NeedGap> need_gaps(const sdk::Result& result) {
    std::vector<NeedGap> gaps;
    for (const auto& need : needs()) {
        gaps.push_back({&need, score_value(result, met_subscale(need)),
                        score_value(result, importance_subscale(need))});
    }
    return gaps;
}

// Names every need sharing the largest gap: ties matter as much as the top one.
std::string needs_summary(const std::vector<NeedGap>& gaps) {
    std::optional<double> largest;
    for (const auto& entry : gaps) {
        if (auto gap = entry.gap(); gap && (!largest || *gap > *largest)) largest = gap;
    }
    if (!largest) return "Not answered.";
    if (*largest <= 0) return "Every need is met at least as well as it matters.";
    std::vector<std::string> names;
    const NeedGap* only = nullptr;
    for (const auto& entry : gaps) {
        if (entry.gap() != largest) continue;
        names.emplace_back(entry.need->id);
        only = &entry;
    }
    if (names.size() == 1) {
        return "Largest gap: " + names.front() + " (matters " + text::number(*only->importance) +
               ", met " + text::number(*only->met) + ", gap " + text::number(*largest) + ").";
    }
    return "Largest gaps, " + text::number(*largest) + " points each: " + text::join_and(names) +
           ".";
}

}  // namespace

sdk::Result evaluate_stage_inventory(const sdk::Answers& answers) {
    auto result = sdk::score_form(stage_inventory_form(), answers);
    const Stage* first = first_unsolid_stage(result.scores);
    result.details = {{"stage_order", stage_ids()},
                      {"first_unsolid_stage", first ? json(first->id) : json(nullptr)},
                      {"where_to_work", where_to_work(first)}};
    const std::string focus =
        first ? "Where to work now: " + std::string(first->title) + "." : "Every stage is solid.";
    result.summary = focus + " " + result.summary;
    return result;
}

sdk::Result evaluate_needs_check(const sdk::Answers& answers) {
    auto result = sdk::score_form(needs_check_form(), answers);
    const auto gaps = need_gaps(result);
    json list = json::array();
    for (const auto& entry : gaps) {
        list.push_back({{"need", entry.need->id},
                        {"met", number_or_null(entry.met)},
                        {"importance", number_or_null(entry.importance)},
                        {"gap", number_or_null(entry.gap())}});
    }
    result.details = {{"needs", list}};
    result.summary = needs_summary(gaps);
    return result;
}

// Control alone is a warning; together with fear it is part of the danger,
// so its flags join the hold: resolving the fear then does not release a
// case where coercion goes on.
void join_control_to_fear(sdk::Result& result) {
    bool afraid = false;
    for (const auto& flag : result.flags)
        afraid = afraid || flag.item == fear_item();
    if (!afraid) return;
    for (auto& flag : result.flags) {
        if (is_control_item(flag.item)) flag.hold = true;
    }
}

std::string safety_summary(const sdk::Result& result) {
    const auto raised = result.flags.size();
    if (raised == 0) return "No safety concern reported.";
    int high = 0;
    for (const auto& flag : result.flags)
        high += is_lethal_sign_item(flag.item);
    std::string summary = "Safety concern reported (" + std::to_string(raised) +
                          (raised == 1 ? " answer" : " answers") + ")";
    if (high > 0) summary += ", with " + std::to_string(high) + " sign(s) of HIGH DANGER";
    return summary + "; see the flags and talk with this client alone.";
}

sdk::Result evaluate_safety_screen(const sdk::Answers& answers) {
    auto result = sdk::score_form(safety_screen_form(), answers);
    join_control_to_fear(result);
    result.summary = safety_summary(result);
    return result;
}

}  // namespace trust_safety
