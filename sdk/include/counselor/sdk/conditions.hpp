// Conditions decide two things: whether an item is asked (`enable_when`) and
// whether an answer raises a flag (`flag.when`). Semantics follow FHIR's
// enableWhen, so imported questionnaires behave the same.
#pragma once

#include "answers.hpp"
#include "form.hpp"

#include <set>
#include <string>

namespace counselor::sdk {

namespace detail {
inline bool same_value(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
    return a == b;
}
// Negative, zero or positive like strcmp; nullopt when the two can't be ordered.
inline std::optional<int> compare_values(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.is_number() && b.is_number()) {
        double x = a.get<double>(), y = b.get<double>();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.is_string() && b.is_string()) {  // dates "YYYY-MM-DD" order as text
        return a.get<std::string>().compare(b.get<std::string>());
    }
    return std::nullopt;
}
// json::empty() is false for every string, even "", so text is measured itself.
inline bool is_empty_answer(const nlohmann::json& a) {
    if (a.is_string()) return a.get_ref<const std::string&>().empty();
    return a.is_array() && a.empty();
}
}  // namespace detail

inline constexpr std::string_view kConditionOperators[] = {
    "=", "!=", ">", ">=", "<", "<=", "exists"};

inline bool is_known_operator(std::string_view op) {
    for (auto known : kConditionOperators) {
        if (known == op) return true;
    }
    return false;
}

// Whether `answer` (nullptr: unanswered) meets `op value`.
inline bool condition_holds(const nlohmann::json* answer, std::string_view op,
                            const nlohmann::json& value) {
    bool answered = answer && !answer->is_null() && !detail::is_empty_answer(*answer);
    if (op == "exists") return answered == (value.is_boolean() ? value.get<bool>() : true);
    if (!answered) return false;
    if (op == "=" || op == "!=") {
        bool equal = false;
        if (answer->is_array()) {
            for (const auto& element : *answer)
                equal = equal || detail::same_value(element, value);
        } else {
            equal = detail::same_value(*answer, value);
        }
        return op == "=" ? equal : !equal;
    }
    auto order = detail::compare_values(*answer, value);
    if (!order) return false;
    if (op == ">") return *order > 0;
    if (op == ">=") return *order >= 0;
    if (op == "<") return *order < 0;
    if (op == "<=") return *order <= 0;
    return false;
}

// The ids of the items a respondent is asked, given these answers. An answer
// to an item that is itself not asked counts as no answer.
inline std::set<std::string> enabled_items(const FormDefinition& form, const Answers& answers) {
    std::set<std::string> enabled;
    for (const Item* item : form.items()) {
        if (item->enable_when.empty()) {
            enabled.insert(item->id);
            continue;
        }
        bool any = item->enable_behavior == "any";
        bool result = !any;
        for (const auto& condition : item->enable_when) {
            const nlohmann::json* answer =
                enabled.count(condition.item) ? answers.find(condition.item) : nullptr;
            bool holds = condition_holds(answer, condition.op, condition.value);
            result = any ? (result || holds) : (result && holds);
        }
        if (result) enabled.insert(item->id);
    }
    return enabled;
}

}  // namespace counselor::sdk
