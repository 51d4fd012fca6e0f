// Checks one respondent's answers against a form before they are scored or
// stored. Scoring quietly skips what it cannot read, so a wrong answer left
// here would silently change a score; every problem is therefore refused
// with a message naming the item and saying what it expects.
#include "counselor/core/forms/answer_validator.hpp"

#include "counselor/core/forms/problem_text.hpp"
#include "counselor/core/platform/dates.hpp"

#include <counselor/sdk/answers.hpp>
#include <counselor/sdk/conditions.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <set>
#include <string>

namespace counselor::core {
namespace {

using nlohmann::json;
using text::describe_value;
using text::quote;
using text::short_dump;

// Generous for a one-line answer and for several pages of reflection; the
// limits keep a pasted file from landing in a record by accident.
constexpr std::size_t kTextLimit = 500;
constexpr std::size_t kLongTextLimit = 20000;

using Check = std::optional<std::string>;  // the problem's message, if any

std::string where_of(const std::string& item_id) {
    return "item " + quote(item_id);
}

// Characters as a reader counts them: UTF-8 continuation bytes don't count.
std::size_t character_count(const std::string& value) {
    return static_cast<std::size_t>(std::count_if(value.begin(), value.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// "1-5"; with a negative end "-3 to 3", which a hyphen would make unreadable.
std::string range_text(double min, double max) {
    const char* between = (min < 0 || max < 0) ? " to " : "-";
    return text::number(min) + between + text::number(max);
}

bool is_whole(double value) {
    return std::floor(value) == value;
}

// null, "" and [] mean "not answered", as they do for enable_when.
bool is_unanswered(const json& answer) {
    // json::empty() is false for every string, so text is measured itself.
    if (answer.is_string()) return answer.get_ref<const std::string&>().empty();
    return answer.is_null() || (answer.is_array() && answer.empty());
}

std::vector<std::string> option_values(const sdk::Item& item) {
    std::vector<std::string> values;
    for (const auto& option : item.options)
        values.push_back(option.value);
    return values;
}

std::string options_text(const sdk::Item& item) {
    return "(" + text::join(option_values(item)) + ")";
}

Check check_boolean(const json& answer) {
    if (answer.is_boolean()) return std::nullopt;
    return "expected true or false, not " + describe_value(answer);
}

Check check_option(const sdk::Item& item, const json& picked) {
    if (!picked.is_string()) {
        return "expected one of the option values as a string " + options_text(item) + ", not " +
               describe_value(picked);
    }
    if (item.find_option(picked.get<std::string>())) return std::nullopt;
    return short_dump(picked) + " is not one of the options " + options_text(item);
}

Check check_multi_choice(const sdk::Item& item, const json& answer) {
    if (!answer.is_array()) {
        return "expected an array of option values " + options_text(item) + ", not " +
               describe_value(answer);
    }
    std::set<std::string> seen;
    for (const auto& picked : answer) {
        if (auto problem = check_option(item, picked)) return problem;
        if (!seen.insert(picked.get<std::string>()).second) {
            return short_dump(picked) + " is chosen twice";
        }
    }
    return std::nullopt;
}

Check check_bounds(const sdk::Item& item, const json& answer) {
    const double value = answer.get<double>();
    if (item.min && value < *item.min) {
        return short_dump(answer) + " is below the minimum " + text::number(*item.min);
    }
    if (item.max && value > *item.max) {
        return short_dump(answer) + " is above the maximum " + text::number(*item.max);
    }
    return std::nullopt;
}

Check check_scale(const sdk::Item& item, const json& answer) {
    // A valid definition always gives a scale both ends.
    const std::string scale = range_text(item.min.value_or(0), item.max.value_or(0));
    if (!answer.is_number()) {
        return "expected a number on the scale " + scale + ", not " + describe_value(answer);
    }
    const double value = answer.get<double>();
    if ((item.min && value < *item.min) || (item.max && value > *item.max)) {
        return short_dump(answer) + " is outside the scale " + scale;
    }
    if (!is_whole(value)) {
        return short_dump(answer) + " is not a point on the scale " + scale +
               "; scale answers are whole numbers";
    }
    return std::nullopt;
}

Check check_integer(const sdk::Item& item, const json& answer) {
    if (!answer.is_number()) return "expected a whole number, not " + describe_value(answer);
    if (!is_whole(answer.get<double>())) return short_dump(answer) + " is not a whole number";
    return check_bounds(item, answer);
}

Check check_decimal(const sdk::Item& item, const json& answer) {
    if (!answer.is_number()) return "expected a number, not " + describe_value(answer);
    return check_bounds(item, answer);
}

Check check_text(const json& answer, std::size_t limit) {
    if (!answer.is_string()) return "expected text, not " + describe_value(answer);
    const std::size_t length = character_count(answer.get<std::string>());
    if (length <= limit) return std::nullopt;
    return "the text is " + std::to_string(length) + " characters long; the limit is " +
           std::to_string(limit);
}

Check check_date(const json& answer) {
    if (!answer.is_string()) {
        return "expected a date written YYYY-MM-DD, not " + describe_value(answer);
    }
    if (is_real_date(answer.get<std::string>())) return std::nullopt;
    return short_dump(answer) + " is not a real date written YYYY-MM-DD";
}

Check check_value(const sdk::Item& item, const json& answer) {
    switch (item.type) {
        case sdk::ItemType::boolean:
            return check_boolean(answer);
        case sdk::ItemType::choice:
            return check_option(item, answer);
        case sdk::ItemType::multi_choice:
            return check_multi_choice(item, answer);
        case sdk::ItemType::scale:
            return check_scale(item, answer);
        case sdk::ItemType::integer:
            return check_integer(item, answer);
        case sdk::ItemType::decimal:
            return check_decimal(item, answer);
        case sdk::ItemType::text:
            return check_text(answer, kTextLimit);
        case sdk::ItemType::long_text:
            return check_text(answer, kLongTextLimit);
        case sdk::ItemType::date:
            return check_date(answer);
        case sdk::ItemType::display:
            return std::nullopt;
    }
    return std::nullopt;
}

Check check_item(const sdk::Item& item, const json* answer, bool asked, bool require_complete) {
    const bool answered = answer && !is_unanswered(*answer);
    if (item.type == sdk::ItemType::display) {
        return answered ? Check("a display item takes no answer; remove it") : std::nullopt;
    }
    if (!asked) {
        if (!answered) return std::nullopt;
        return "this item is not asked when the earlier answers are as given; remove its answer";
    }
    if (!answered) {
        return item.required && require_complete ? Check("a required answer is missing")
                                                 : std::nullopt;
    }
    return check_value(item, *answer);
}

}  // namespace

std::vector<Problem> validate_answers(const sdk::FormDefinition& form,
                                      const nlohmann::json& answers, bool require_complete) {
    if (!answers.is_object()) {
        return {{"answers", "answers must be a JSON object mapping item ids to values, not " +
                                describe_value(answers)}};
    }
    const auto asked = sdk::enabled_items(form, sdk::Answers(answers));
    std::vector<Problem> problems;
    for (const sdk::Item* item : form.items()) {
        auto found = answers.find(item->id);
        const json* answer = found == answers.end() ? nullptr : &*found;
        if (auto message = check_item(*item, answer, asked.count(item->id) > 0, require_complete)) {
            problems.push_back({where_of(item->id), std::move(*message)});
        }
    }
    for (const auto& [id, value] : answers.items()) {
        if (!form.find_item(id)) {
            problems.push_back({where_of(id), "no item " + quote(id) + " in this form; remove it"});
        }
    }
    return problems;
}

}  // namespace counselor::core
