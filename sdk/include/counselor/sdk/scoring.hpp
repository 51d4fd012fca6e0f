// The standard scoring of a form definition: item scores (with reverse
// scoring), subscales by sum or mean, bands, an optional total, and flags.
// A plugin's evaluate() uses it unless it scores in its own way; the host
// uses the same code for forms that come as definition files.
#pragma once

#include "answers.hpp"
#include "conditions.hpp"
#include "form.hpp"
#include "result.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace counselor::sdk {

namespace detail {

// What an item adds to its subscale, or nullopt when it adds nothing.
inline std::optional<double> item_score(const Item& item, const nlohmann::json& answer,
                                        bool listed_in_subscale) {
    switch (item.type) {
        case ItemType::scale: {
            if (!answer.is_number()) return std::nullopt;
            double value = answer.get<double>();
            if (item.reverse && item.min && item.max) value = *item.min + *item.max - value;
            return value;
        }
        case ItemType::choice:
        case ItemType::multi_choice: {
            double low = 0, high = 0, sum = 0;
            bool any_scored = false, first = true;
            for (const auto& option : item.options) {
                if (!option.score) continue;
                low = first ? *option.score : std::min(low, *option.score);
                high = first ? *option.score : std::max(high, *option.score);
                first = false;
            }
            auto add = [&](const nlohmann::json& picked) {
                if (!picked.is_string()) return;
                const Option* option = item.find_option(picked.get<std::string>());
                if (!option || !option->score) return;
                sum += item.reverse ? low + high - *option->score : *option->score;
                any_scored = true;
            };
            if (answer.is_array()) {
                for (const auto& picked : answer)
                    add(picked);
            } else {
                add(answer);
            }
            return any_scored ? std::optional(sum) : std::nullopt;
        }
        case ItemType::boolean:
            if (!listed_in_subscale || !answer.is_boolean()) return std::nullopt;
            return answer.get<bool>() ? 1.0 : 0.0;
        case ItemType::integer:
        case ItemType::decimal:
            if (!listed_in_subscale || !answer.is_number()) return std::nullopt;
            return answer.get<double>();
        default:
            return std::nullopt;
    }
}

// Whether an item can ever yield a score, answered or not.
inline bool is_scorable(const Item& item, bool listed_in_subscale) {
    switch (item.type) {
        case ItemType::scale:
            return true;
        case ItemType::choice:
        case ItemType::multi_choice:
            return std::any_of(item.options.begin(), item.options.end(),
                               [](const Option& o) { return o.score.has_value(); });
        case ItemType::boolean:
        case ItemType::integer:
        case ItemType::decimal:
            return listed_in_subscale;
        default:
            return false;
    }
}

// Scores are shown and banded at two decimals, so a mean of 2.499 and a band
// ending at 2.49 never leave a value between two bands by accident.
inline double round2(double value) {
    return std::round(value * 100.0) / 100.0;
}

inline const Band* band_for(const std::vector<Band>& bands, double value) {
    for (const auto& band : bands) {
        if (value >= band.min && value <= band.max) return &band;
    }
    return nullptr;
}

inline Score make_score(std::string id, std::string title, ScoreMethod method,
                        const std::vector<Band>& bands, const std::vector<double>& values,
                        int asked) {
    Score score;
    score.id = std::move(id);
    score.title = std::move(title);
    score.items = asked;
    score.answered = static_cast<int>(values.size());
    if (!values.empty()) {
        double sum = 0;
        for (double v : values)
            sum += v;
        score.value = round2(method == ScoreMethod::mean ? sum / values.size() : sum);
        if (const Band* band = band_for(bands, *score.value)) {
            score.band = band->label;
            score.meaning = band->meaning;
        }
    }
    return score;
}

inline std::string format_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace detail

// Scores `answers` by the rules written in `form`. Unasked items are ignored.
inline Result score_form(const FormDefinition& form, const Answers& answers) {
    Result result;
    result.tool_id = form.id;
    result.definition_version = form.version;
    const auto enabled = enabled_items(form, answers);

    std::map<std::string, std::set<std::string>> members;  // subscale -> item ids
    for (const auto& subscale : form.subscales) {
        members[subscale.id].insert(subscale.items.begin(), subscale.items.end());
    }
    for (const Item* item : form.items()) {
        if (!item->subscale.empty()) members[item->subscale].insert(item->id);
    }
    auto in_any_subscale = [&](const std::string& item_id) {
        for (const auto& [_, ids] : members) {
            if (ids.count(item_id)) return true;
        }
        return false;
    };

    std::map<std::string, std::vector<double>> values;  // subscale -> item scores
    std::map<std::string, int> asked;
    std::vector<double> all_values;
    int all_asked = 0;
    for (const Item* item : form.items()) {
        if (!enabled.count(item->id)) continue;
        const bool listed = in_any_subscale(item->id);
        const nlohmann::json* answer = answers.find(item->id);
        if (item->flag && condition_holds(answer, item->flag->when.op, item->flag->when.value)) {
            result.flags.push_back({item->flag->code, item->flag->severity, item->flag->message,
                                    item->id, item->flag->hold});
        }
        if (!detail::is_scorable(*item, listed)) continue;
        ++all_asked;
        const auto score = answer ? detail::item_score(*item, *answer, listed) : std::nullopt;
        const bool scored = score.has_value();
        const double value = score.value_or(0.0);
        if (scored) all_values.push_back(value);
        for (const auto& [subscale_id, ids] : members) {
            if (!ids.count(item->id)) continue;
            ++asked[subscale_id];
            if (scored) values[subscale_id].push_back(value);
        }
    }

    std::string summary;
    auto describe = [&summary](const Score& score) {
        if (!summary.empty()) summary += "; ";
        summary += score.title + ": " +
                   (score.value ? detail::format_number(*score.value) : "not answered");
        if (!score.band.empty()) summary += " (" + score.band + ")";
    };
    for (const auto& subscale : form.subscales) {
        result.scores.push_back(detail::make_score(subscale.id, subscale.title, subscale.method,
                                                   subscale.bands, values[subscale.id],
                                                   asked[subscale.id]));
        describe(result.scores.back());
    }
    if (form.total) {
        result.total = detail::make_score("total", form.total->title, form.total->method,
                                          form.total->bands, all_values, all_asked);
        describe(*result.total);
    }
    result.summary = summary;
    return result;
}

}  // namespace counselor::sdk
