// Fills in a form the way a respondent would: item by item in order,
// answering only what the branching asks. `choose` picks each answer.
#pragma once

#include <counselor/sdk/conditions.hpp>
#include <counselor/sdk/form.hpp>

#include <functional>

namespace counselor::test {

// A sensible, harmless answer for any item: mid-scale, "no", the first
// option, some text. Never raises a flag on a yes/no risk question.
inline nlohmann::json plain_answer(const sdk::Item& item) {
    switch (item.type) {
        case sdk::ItemType::scale:
            return static_cast<int>((item.min.value_or(1) + item.max.value_or(5)) / 2);
        case sdk::ItemType::boolean:
            return false;
        case sdk::ItemType::choice:
            return item.options.front().value;
        case sdk::ItemType::multi_choice:
            return nlohmann::json::array({item.options.front().value});
        case sdk::ItemType::integer:
        case sdk::ItemType::decimal:
            return item.min.value_or(item.max ? std::min(*item.max, 1.0) : 1.0);
        case sdk::ItemType::text:
            return "A short answer";
        case sdk::ItemType::long_text:
            return "A longer answer, written in full sentences.";
        case sdk::ItemType::date:
            return "2020-06-01";
        case sdk::ItemType::display:
            break;
    }
    return nullptr;
}

using Chooser = std::function<nlohmann::json(const sdk::Item&)>;

inline nlohmann::json fill_form(const nlohmann::json& form_json,
                                const Chooser& choose = plain_answer) {
    const auto form = form_json.get<sdk::FormDefinition>();
    sdk::Answers answers;
    for (const sdk::Item* item : form.items()) {
        if (item->type == sdk::ItemType::display) continue;
        if (!sdk::enabled_items(form, answers).count(item->id)) continue;
        auto value = choose(*item);
        if (!value.is_null()) answers.set(item->id, value);
    }
    return answers.json();
}

}  // namespace counselor::test
