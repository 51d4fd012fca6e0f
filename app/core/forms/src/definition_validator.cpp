// Checks a form definition on its raw JSON. Clinics write these files by hand,
// so a typo must come back as a sentence naming the field and the item, never
// as an exception from the JSON library; and every problem is reported at
// once, in the order a reader meets them (the form's own fields, each section
// and its items, then subscales and the total), so one round of fixes is
// enough.
#include "counselor/core/forms/definition_validator.hpp"

#include "counselor/core/platform/dates.hpp"

#include "counselor/core/forms/answer_validator.hpp"
#include "counselor/core/forms/problem_text.hpp"

#include <counselor/sdk/conditions.hpp>
#include <counselor/sdk/scoring.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace counselor::core {
namespace {

using nlohmann::json;
using text::describe_value;
using text::join;
using text::quote;
using text::short_dump;
using Names = std::span<const std::string_view>;

// A 0-100 slider is the widest scale a person answers point by point.
constexpr double kMaxScalePoints = 101;

constexpr std::string_view kFormFields[] = {"id",       "title",      "version",
                                            "kind",     "respondent", "instructions",
                                            "sections", "subscales",  "total"};
constexpr std::string_view kSectionFields[] = {"id", "title", "items"};
constexpr std::string_view kItemFields[] = {
    "id",     "type",    "text",     "help",        "required",        "options", "min",    "max",
    "labels", "reverse", "subscale", "enable_when", "enable_behavior", "flag",    "private"};
constexpr std::string_view kOptionFields[] = {"value", "label", "score"};
constexpr std::string_view kConditionFields[] = {"item", "op", "value"};
constexpr std::string_view kFlagFields[] = {"when", "severity", "code", "message", "hold"};
// "item" has its own message: a flag always tests its own item's answer.
constexpr std::string_view kFlagWhenFields[] = {"op", "value", "item"};
constexpr std::string_view kSubscaleFields[] = {"id", "title", "method", "items", "bands"};
constexpr std::string_view kTotalFields[] = {"title", "method", "bands"};
constexpr std::string_view kBandFields[] = {"min", "max", "label", "meaning"};

constexpr std::string_view kKinds[] = {"questionnaire", "assessment", "notes", "homework",
                                       "report"};
constexpr std::string_view kRespondents[] = {"client", "each_partner", "counselor"};
constexpr std::string_view kItemTypes[] = {"display", "boolean", "choice", "multi_choice", "scale",
                                           "integer", "decimal", "text",   "long_text",    "date"};
constexpr std::string_view kMethods[] = {"sum", "mean"};
constexpr std::string_view kBehaviors[] = {"all", "any"};
constexpr std::string_view kSeverities[] = {"info", "warning", "critical"};

// ---- wording ---------------------------------------------------------------

bool contains(Names names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Case and underscores aside, how many edits turn one name into the other.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto fold = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            if (c == '_' || c == '-') continue;
            out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
        return out;
    };
    const std::string x = fold(a), y = fold(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] != y[j - 1])});
            diagonal = above;
        }
    }
    return row[y.size()];
}

// ---- reading the raw JSON --------------------------------------------------

enum class Kind { string, number, boolean, array, object };

bool has_kind(const json& value, Kind kind) {
    switch (kind) {
        case Kind::string:
            return value.is_string();
        case Kind::number:
            return value.is_number();
        case Kind::boolean:
            return value.is_boolean();
        case Kind::array:
            return value.is_array();
        case Kind::object:
            return value.is_object();
    }
    return false;
}

std::string_view kind_name(Kind kind) {
    switch (kind) {
        case Kind::string:
            return "a string";
        case Kind::number:
            return "a number";
        case Kind::boolean:
            return "true or false";
        case Kind::array:
            return "an array";
        case Kind::object:
            return "an object";
    }
    return "a value";
}

bool is_whole(double value) {
    return std::floor(value) == value;
}

std::optional<sdk::ItemType> type_of(const json& item) {
    auto it = item.find("type");
    if (it == item.end() || !it->is_string()) return std::nullopt;
    return sdk::item_type_from_string(it->get_ref<const std::string&>());
}

bool is_choice(std::optional<sdk::ItemType> type) {
    return type == sdk::ItemType::choice || type == sdk::ItemType::multi_choice;
}

bool is_numeric(std::optional<sdk::ItemType> type) {
    return type == sdk::ItemType::scale || type == sdk::ItemType::integer ||
           type == sdk::ItemType::decimal;
}

std::vector<std::string> option_values(const json& item) {
    std::vector<std::string> values;
    auto options = item.find("options");
    if (options == item.end() || !options->is_array()) return values;
    for (const auto& option : *options) {
        if (!option.is_object()) continue;
        auto value = option.find("value");
        if (value != option.end() && value->is_string())
            values.push_back(value->get<std::string>());
    }
    return values;
}

bool has_scored_option(const json& item) {
    auto options = item.find("options");
    if (options == item.end() || !options->is_array()) return false;
    return std::any_of(options->begin(), options->end(), [](const json& option) {
        return option.is_object() && option.contains("score") && option["score"].is_number();
    });
}

// Whether an item can add to a subscale it belongs to (see sdk::detail::is_scorable).
bool can_score(const json& item) {
    switch (type_of(item).value_or(sdk::ItemType::display)) {
        case sdk::ItemType::scale:
        case sdk::ItemType::boolean:
        case sdk::ItemType::integer:
        case sdk::ItemType::decimal:
            return true;
        case sdk::ItemType::choice:
        case sdk::ItemType::multi_choice:
            return has_scored_option(item);
        default:
            return false;
    }
}

// False when the item's type or options are broken (and reported as such):
// calling it unscorable as well would only repeat that problem.
bool scorability_known(const json& item) {
    auto type = type_of(item);
    if (!type) return false;
    if (!is_choice(type)) return true;
    auto options = item.find("options");
    return options != item.end() && options->is_array() && !options->empty();
}

// Whether an item scores even outside any subscale (what a total adds up).
bool scores_alone(const json& item) {
    auto type = type_of(item);
    return type == sdk::ItemType::scale || (is_choice(type) && has_scored_option(item));
}

std::string_view type_name_of(const json& item) {
    auto type = type_of(item);
    return type ? sdk::to_string(*type) : std::string_view("untyped");
}

// What an earlier item is, as enable_when sees it.
struct ItemInfo {
    const json* raw = nullptr;
    std::optional<sdk::ItemType> type;
    std::size_t position = 0;  // order in the whole form, counting every item
};

// Calls visit(item, position) for every element of every section's items.
template <class Visit>
void for_each_raw_item(const json& form, Visit&& visit) {
    auto sections = form.find("sections");
    if (sections == form.end() || !sections->is_array()) return;
    std::size_t position = 0;
    for (const auto& section : *sections) {
        if (!section.is_object()) continue;
        auto items = section.find("items");
        if (items == section.end() || !items->is_array()) continue;
        for (const auto& item : *items)
            visit(item, position++);
    }
}

// ---- the checker -----------------------------------------------------------

class DefinitionChecker {
  public:
    explicit DefinitionChecker(const json& form) : form_(form) {}

    std::vector<Problem> run() {
        if (!form_.is_object()) {
            report("form", "a form definition must be a JSON object, not " + describe_value(form_));
            return std::move(problems_);
        }
        index();
        check_form_fields();
        check_sections();
        check_subscales();
        check_total();
        return std::move(problems_);
    }

  private:
    void report(std::string where, std::string message) {
        problems_.push_back({std::move(where), std::move(message)});
    }

    // Learns every item and subscale first: an item may name a subscale
    // declared further down, and enable_when needs to know what comes later.
    void index() {
        for_each_raw_item(form_, [this](const json& item, std::size_t position) {
            if (!item.is_object()) return;
            auto id = item.find("id");
            if (id != item.end() && id->is_string()) {
                items_.emplace(id->get<std::string>(), ItemInfo{&item, type_of(item), position});
            }
            auto subscale = item.find("subscale");
            if (subscale != item.end() && subscale->is_string()) {
                ++items_naming_[subscale->get<std::string>()];
            }
            any_scorable_ = any_scorable_ || scores_alone(item);
        });
        auto subscales = form_.find("subscales");
        subscales_readable_ = subscales == form_.end() || subscales->is_array();
        if (!subscales_readable_ || subscales == form_.end()) return;
        for (const auto& subscale : *subscales) {
            if (!subscale.is_object()) continue;
            auto id = subscale.find("id");
            if (id != subscale.end() && id->is_string()) {
                subscale_ids_.insert(id->get<std::string>());
            }
        }
        // Items in a subscale count toward the total whatever their type.
        any_scorable_ = any_scorable_ || !items_naming_.empty() || !subscale_ids_.empty();
    }

    // ---- generic field checks ----

    // The field when present with the expected kind; a wrong kind is reported.
    const json* field(const json& object, std::string_view key, Kind kind,
                      const std::string& where) {
        auto it = object.find(key);
        if (it == object.end()) return nullptr;
        if (!has_kind(*it, kind)) {
            report(where, quote(key) + " must be " + std::string(kind_name(kind)) + ", not " +
                              describe_value(*it));
            return nullptr;
        }
        return &*it;
    }

    const json* required_field(const json& object, std::string_view key, Kind kind,
                               const std::string& where, std::string_view why = {}) {
        if (!object.contains(key)) {
            report(where, quote(key) + " is required" + std::string(why));
            return nullptr;
        }
        return field(object, key, kind, where);
    }

    // A string field that must not be empty; nullopt when absent or wrong.
    std::optional<std::string> text_field(const json& object, std::string_view key,
                                          const std::string& where, bool required) {
        const json* value = required ? required_field(object, key, Kind::string, where)
                                     : field(object, key, Kind::string, where);
        if (!value) return std::nullopt;
        if (value->get_ref<const std::string&>().empty()) {
            report(where, quote(key) + " must not be empty");
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    void choice_field(const json& object, std::string_view key, Names allowed,
                      const std::string& where) {
        const json* value = field(object, key, Kind::string, where);
        if (value && !contains(allowed, value->get_ref<const std::string&>())) {
            report(where, quote(key) + " " + short_dump(*value) +
                              " is not known; use one of: " + join(allowed));
        }
    }

    // A misspelt field would otherwise be ignored without a word, and the form
    // would behave differently from what its author wrote. Names starting
    // with "$" are left for the author's own notes ("$comment").
    void unknown_fields(const json& object, Names known, const std::string& where) {
        for (const auto& [key, value] : object.items()) {
            if (contains(known, key) || (!key.empty() && key.front() == '$')) continue;
            std::string message = "unknown field " + quote(key);
            const std::string& name = key;  // clang 14 cannot capture a structured binding
            auto closest = std::min_element(known.begin(), known.end(), [&](auto a, auto b) {
                return edit_distance(name, a) < edit_distance(name, b);
            });
            if (edit_distance(key, *closest) <= 2) {
                message += "; did you mean " + quote(*closest) + "?";
            } else {
                message += "; known fields: " + join(known);
            }
            report(where, message);
        }
    }

    // ---- the form ----

    void check_form_fields() {
        unknown_fields(form_, kFormFields, "form");
        text_field(form_, "id", "form", true);
        text_field(form_, "title", "form", true);
        text_field(form_, "version", "form", false);
        choice_field(form_, "kind", kKinds, "form");
        choice_field(form_, "respondent", kRespondents, "form");
        field(form_, "instructions", Kind::string, "form");
    }

    void check_sections() {
        const json* sections =
            required_field(form_, "sections", Kind::array, "form", ": a form needs a section");
        if (!sections) return;
        if (sections->empty()) {
            report("form", "\"sections\" is empty; a form needs at least one section");
            return;
        }
        std::size_t index = 0;
        for (const auto& section : *sections)
            check_section(section, ++index);
        if (item_count_ == 0) report("form", "the form has no items; add some to a section");
    }

    void check_section(const json& section, std::size_t index) {
        std::string where = "section " + std::to_string(index);
        if (!section.is_object()) {
            report(where, "a section must be an object, not " + describe_value(section));
            return;
        }
        auto id = text_field(section, "id", where, true);
        if (id) {
            where = "section " + quote(*id);
            if (!section_ids_.insert(*id).second) {
                report(where, "the section id " + quote(*id) + " is used by an earlier section");
            }
        }
        unknown_fields(section, kSectionFields, where);
        text_field(section, "title", where, true);
        const json* items = required_field(section, "items", Kind::array, where);
        if (!items) return;
        std::size_t number = 0;
        for (const auto& item : *items) {
            check_item(item, where + " item " + std::to_string(++number), item_count_++);
        }
    }

    // ---- items ----

    void check_item(const json& item, std::string where, std::size_t position) {
        if (!item.is_object()) {
            report(where, "an item must be an object, not " + describe_value(item));
            return;
        }
        auto id = text_field(item, "id", where, true);
        if (id) {
            where = "item " + quote(*id);
            if (!item_ids_.insert(*id).second) {
                report(where, "the id " + quote(*id) +
                                  " is used by an earlier item; item ids must be unique "
                                  "across the whole form");
            }
        }
        unknown_fields(item, kItemFields, where);
        const auto type = check_item_type(item, where);
        text_field(item, "text", where, true);
        field(item, "help", Kind::string, where);
        check_required(item, type, where);
        check_options(item, type, where);
        check_range(item, type, where);
        check_labels(item, type, where);
        check_reverse(item, type, where);
        check_item_subscale(item, where);
        check_enable_when(item, id.value_or(""), position, where);
        choice_field(item, "enable_behavior", kBehaviors, where);
        check_flag(item, ItemInfo{&item, type, position}, where);
    }

    std::optional<sdk::ItemType> check_item_type(const json& item, const std::string& where) {
        const json* type = required_field(item, "type", Kind::string, where);
        if (!type) return std::nullopt;
        auto known = sdk::item_type_from_string(type->get_ref<const std::string&>());
        if (!known) {
            report(where,
                   "unknown type " + short_dump(*type) + "; use one of: " + join(kItemTypes));
        }
        return known;
    }

    void check_required(const json& item, std::optional<sdk::ItemType> type,
                        const std::string& where) {
        const json* required = field(item, "required", Kind::boolean, where);
        if (required && required->get<bool>() && type == sdk::ItemType::display) {
            report(where, "a display item takes no answer, so it cannot be required");
        }
        const json* is_private = field(item, "private", Kind::boolean, where);
        if (is_private && is_private->get<bool>() && type == sdk::ItemType::display) {
            report(where, "a display item takes no answer, so it cannot be private");
        }
    }

    void check_options(const json& item, std::optional<sdk::ItemType> type,
                       const std::string& where) {
        if (type && !is_choice(type) && item.contains("options")) {
            report(where, "\"options\" apply only to choice and multi_choice items");
            return;
        }
        if (!is_choice(type)) return;
        const json* options = required_field(item, "options", Kind::array, where,
                                             ": a choice item needs options to choose from");
        if (!options) return;
        if (options->empty()) {
            report(where, "\"options\" is empty; a choice item needs at least one option");
            return;
        }
        std::set<std::string> seen;
        std::size_t index = 0;
        for (const auto& option : *options)
            check_option(option, ++index, seen, where);
    }

    void check_option(const json& option, std::size_t index, std::set<std::string>& seen,
                      const std::string& item_where) {
        const std::string where = item_where + " option " + std::to_string(index);
        if (!option.is_object()) {
            report(where, "an option must be an object, not " + describe_value(option));
            return;
        }
        unknown_fields(option, kOptionFields, where);
        auto value = text_field(option, "value", where, true);
        if (value && !seen.insert(*value).second) {
            report(where, "the option value " + quote(*value) + " appears twice in this item");
        }
        text_field(option, "label", where, true);
        field(option, "score", Kind::number, where);
    }

    void check_range(const json& item, std::optional<sdk::ItemType> type,
                     const std::string& where) {
        if (type && !is_numeric(type) && (item.contains("min") || item.contains("max"))) {
            report(where, "\"min\" and \"max\" apply only to scale, integer and decimal items");
            return;
        }
        const json* min = field(item, "min", Kind::number, where);
        const json* max = field(item, "max", Kind::number, where);
        if (type == sdk::ItemType::scale) {
            if (!item.contains("min") || !item.contains("max")) {
                report(where, "a scale item needs numeric \"min\" and \"max\" (e.g. 1 and 5)");
            }
            for (const json* end : {min, max}) {
                if (end && !is_whole(end->get<double>())) {
                    report(where, "scale ends must be whole numbers, not " + short_dump(*end));
                }
            }
        }
        if (!min || !max) return;
        const double low = min->get<double>(), high = max->get<double>();
        if (low > high) {
            report(where, "\"min\" " + text::number(low) + " is greater than \"max\" " +
                              text::number(high));
        } else if (low == high && type == sdk::ItemType::scale) {
            report(where, "a scale needs at least two points; \"min\" and \"max\" are both " +
                              text::number(low));
        } else if (type == sdk::ItemType::scale && high - low + 1 > kMaxScalePoints) {
            // Every point is a button on screen and a column on paper.
            report(where, "a scale from " + text::number(low) + " to " + text::number(high) +
                              " has too many points; use at most " + text::number(kMaxScalePoints) +
                              ", or an integer item for a wider range");
        }
    }

    void check_labels(const json& item, std::optional<sdk::ItemType> type,
                      const std::string& where) {
        if (type && type != sdk::ItemType::scale && item.contains("labels")) {
            report(where, "\"labels\" apply only to scale items");
            return;
        }
        const json* labels = field(item, "labels", Kind::array, where);
        if (!labels) return;
        std::size_t index = 0;
        for (const auto& label : *labels) {
            ++index;
            if (!label.is_string()) {
                report(where, "label " + std::to_string(index) + " must be a string, not " +
                                  describe_value(label));
            }
        }
        check_label_count(item, labels->size(), where);
    }

    void check_label_count(const json& item, std::size_t count, const std::string& where) {
        auto min = item.find("min"), max = item.find("max");
        if (min == item.end() || max == item.end() || !min->is_number() || !max->is_number()) {
            return;
        }
        const double low = min->get<double>(), high = max->get<double>();
        if (!is_whole(low) || !is_whole(high) || low >= high) return;  // reported already
        const double points = high - low + 1;
        if (count == 2 || static_cast<double>(count) == points) return;
        report(where, "has " + std::to_string(count) + " labels; a scale from " +
                          text::number(low) + " to " + text::number(high) +
                          " takes 2 (its two ends) or " + text::number(points) +
                          " (one per point)");
    }

    void check_reverse(const json& item, std::optional<sdk::ItemType> type,
                       const std::string& where) {
        const json* reverse = field(item, "reverse", Kind::boolean, where);
        if (!reverse || !reverse->get<bool>() || !type) return;
        const bool reversible =
            type == sdk::ItemType::scale || (is_choice(type) && has_scored_option(item));
        if (!reversible) {
            report(where,
                   "\"reverse\" applies only to scale items and choice items whose options "
                   "carry a score");
        }
    }

    void check_item_subscale(const json& item, const std::string& where) {
        auto name = text_field(item, "subscale", where, false);
        if (!name) return;
        if (!subscale_ids_.count(*name)) {
            if (!subscales_readable_) return;  // the subscales problem says it all
            report(where, "names subscale " + quote(*name) +
                              ", which is not declared under \"subscales\"");
        } else if (scorability_known(item) && !can_score(item)) {
            report(where, "belongs to subscale " + quote(*name) + ", but a " +
                              std::string(type_name_of(item)) +
                              " item without scored options cannot be scored");
        }
    }

    // ---- conditions ----

    void check_enable_when(const json& item, const std::string& own_id, std::size_t position,
                           const std::string& where) {
        const json* conditions = field(item, "enable_when", Kind::array, where);
        if (!conditions) return;
        for (const auto& condition : *conditions) {
            if (!condition.is_object()) {
                report(where,
                       "each enable_when entry must be an object like {\"item\": \"q1\", "
                       "\"op\": \"=\", \"value\": true}, not " +
                           describe_value(condition));
                continue;
            }
            check_condition(condition, own_id, position, where);
        }
    }

    void check_condition(const json& condition, const std::string& own_id, std::size_t position,
                         const std::string& where) {
        unknown_fields(condition, kConditionFields, where);
        auto op = check_operator(condition, "enable_when", where);
        const json* target =
            required_field(condition, "item", Kind::string, where, " in each enable_when entry");
        if (!target) return;
        const auto& target_id = target->get_ref<const std::string&>();
        auto found = items_.find(target_id);
        if (target_id == own_id) {
            report(where, "enable_when names " + quote(target_id) +
                              ", the item itself; a condition can only test an earlier item");
        } else if (found == items_.end()) {
            report(where, "enable_when names " + quote(target_id) + ", which does not exist");
        } else if (found->second.position > position) {
            report(where,
                   "enable_when names " + quote(target_id) + ", which comes later in the form");
        } else if (found->second.type == sdk::ItemType::display) {
            report(where, "enable_when names " + quote(target_id) +
                              ", a display item, which takes no answer to test");
        } else if (op) {
            check_compared_value(condition, *op, found->second,
                                 "enable_when on " + quote(target_id), where);
        }
    }

    // The condition's operator ("=" when absent), or nullopt when unusable.
    std::optional<std::string> check_operator(const json& condition, std::string_view label,
                                              const std::string& where) {
        if (!condition.contains("op")) return std::string("=");
        const json* op = field(condition, "op", Kind::string, where);
        if (!op) return std::nullopt;
        const auto& name = op->get_ref<const std::string&>();
        if (!sdk::is_known_operator(name)) {
            report(where, std::string(label) + " has unknown operator " + short_dump(*op) +
                              "; use one of: " + join(sdk::kConditionOperators));
            return std::nullopt;
        }
        return name;
    }

    // Whether `value` can ever be compared with the target item's answers.
    void check_compared_value(const json& condition, const std::string& op, const ItemInfo& target,
                              const std::string& label, const std::string& where) {
        auto value = condition.find("value");
        if (op == "exists") {
            if (value != condition.end() && !value->is_boolean()) {
                report(where,
                       label + ": \"exists\" takes true or false, not " + describe_value(*value));
            }
            return;
        }
        if (value == condition.end()) {
            report(where, label + ": \"value\" is required with operator " + quote(op));
            return;
        }
        if (target.type) {
            if (auto mismatch = value_mismatch(target, op, *value))
                report(where, label + ": " + *mismatch);
        }
    }

    static std::optional<std::string> value_mismatch(const ItemInfo& target, const std::string& op,
                                                     const json& value) {
        const bool ordering = op != "=" && op != "!=";
        switch (*target.type) {
            case sdk::ItemType::display:
                return std::nullopt;  // refused before
            case sdk::ItemType::boolean:
                if (ordering) return "a yes/no answer can only be tested with =, != or exists";
                if (!value.is_boolean())
                    return "compare with true or false, not " + describe_value(value);
                return std::nullopt;
            case sdk::ItemType::choice:
            case sdk::ItemType::multi_choice:
                return option_mismatch(*target.raw, ordering, value);
            case sdk::ItemType::scale:
            case sdk::ItemType::integer:
            case sdk::ItemType::decimal:
                if (!value.is_number())
                    return "compare with a number, not " + describe_value(value);
                return std::nullopt;
            case sdk::ItemType::text:
            case sdk::ItemType::long_text:
                if (!value.is_string()) return "compare with text, not " + describe_value(value);
                return std::nullopt;
            case sdk::ItemType::date:
                if (!value.is_string() || !is_real_date(value.get<std::string>())) {
                    return "compare with a date written YYYY-MM-DD, not " + describe_value(value);
                }
                return std::nullopt;
        }
        return std::nullopt;
    }

    static std::optional<std::string> option_mismatch(const json& target, bool ordering,
                                                      const json& value) {
        if (ordering) return "an option can only be tested with =, != or exists";
        const auto values = option_values(target);
        if (!value.is_string()) {
            return "compare with one of the option values (" + join(values) + "), not " +
                   describe_value(value);
        }
        if (std::find(values.begin(), values.end(), value.get<std::string>()) == values.end()) {
            return short_dump(value) + " is not one of the options (" + join(values) + ")";
        }
        return std::nullopt;
    }

    // ---- flags ----

    void check_flag(const json& item, const ItemInfo& self, const std::string& where) {
        const json* flag = field(item, "flag", Kind::object, where);
        if (!flag) return;
        if (self.type == sdk::ItemType::display) {
            report(where, "a display item takes no answer, so it cannot carry a flag");
            return;
        }
        unknown_fields(*flag, kFlagFields, where);
        check_flag_when(*flag, self, where);
        text_field(*flag, "code", where, true);
        choice_field(*flag, "severity", kSeverities, where);
        field(*flag, "message", Kind::string, where);
        field(*flag, "hold", Kind::boolean, where);
    }

    void check_flag_when(const json& flag, const ItemInfo& self, const std::string& where) {
        const json* when = required_field(flag, "when", Kind::object, where,
                                          " in a flag, e.g. {\"op\": \"=\", \"value\": true}");
        if (!when) return;
        if (when->contains("item")) {
            report(where, "flag.when tests this item's own answer; remove \"item\"");
        }
        unknown_fields(*when, kFlagWhenFields, where);
        auto op = check_operator(*when, "flag.when", where);
        if (op) check_compared_value(*when, *op, self, "flag.when", where);
    }

    // ---- subscales and total ----

    void check_subscales() {
        const json* subscales = field(form_, "subscales", Kind::array, "form");
        if (!subscales) return;
        std::set<std::string> seen;
        std::size_t index = 0;
        for (const auto& subscale : *subscales)
            check_subscale(subscale, ++index, seen);
    }

    void check_subscale(const json& subscale, std::size_t index, std::set<std::string>& seen) {
        std::string where = "subscale " + std::to_string(index);
        if (!subscale.is_object()) {
            report(where, "a subscale must be an object, not " + describe_value(subscale));
            return;
        }
        auto id = text_field(subscale, "id", where, true);
        if (id) {
            where = "subscale " + quote(*id);
            if (!seen.insert(*id).second) {
                report(where, "the subscale id " + quote(*id) + " is used by an earlier subscale");
            }
        }
        unknown_fields(subscale, kSubscaleFields, where);
        field(subscale, "title", Kind::string, where);
        choice_field(subscale, "method", kMethods, where);
        const std::size_t listed = check_subscale_items(subscale, where);
        // Without readable items, "no items" would only repeat that problem.
        if (id && listed == 0 && items_naming_[*id] == 0 && item_count_ > 0) {
            report(where,
                   "has no items: list them under \"items\" or name the subscale in an "
                   "item's \"subscale\"");
        }
        check_bands(subscale, where);
    }

    // Returns how many entries of "items" name a real item.
    std::size_t check_subscale_items(const json& subscale, const std::string& where) {
        const json* items = field(subscale, "items", Kind::array, where);
        if (!items) return 0;
        std::size_t found = 0;
        for (const auto& entry : *items) {
            if (!entry.is_string()) {
                report(where,
                       "\"items\" must list item ids as strings, not " + describe_value(entry));
                continue;
            }
            auto item = items_.find(entry.get<std::string>());
            if (item == items_.end()) {
                report(where, "lists " + short_dump(entry) + ", which does not exist");
                continue;
            }
            ++found;
            if (scorability_known(*item->second.raw) && !can_score(*item->second.raw)) {
                report(where, "lists " + short_dump(entry) + ", a " +
                                  std::string(type_name_of(*item->second.raw)) +
                                  " item without scored options, which cannot be scored");
            }
        }
        return found;
    }

    void check_total() {
        const json* total = field(form_, "total", Kind::object, "form");
        if (!total) return;
        unknown_fields(*total, kTotalFields, "total");
        field(*total, "title", Kind::string, "total");
        choice_field(*total, "method", kMethods, "total");
        if (!any_scorable_) {
            report("total", "has nothing to add up: no item in the form can be scored");
        }
        check_bands(*total, "total");
    }

    void check_bands(const json& owner, const std::string& owner_where) {
        const json* bands = field(owner, "bands", Kind::array, owner_where);
        if (!bands) return;
        std::vector<std::pair<std::size_t, sdk::Band>> sound;  // for the overlap check
        std::size_t index = 0;
        for (const auto& band : *bands) {
            const std::string where = owner_where + " band " + std::to_string(++index);
            if (auto range = check_band(band, where)) {
                check_overlap(*range, sound, where);
                sound.emplace_back(index, *range);
            }
        }
    }

    // The band's range when it is well formed enough to compare with others.
    std::optional<sdk::Band> check_band(const json& band, const std::string& where) {
        if (!band.is_object()) {
            report(where, "a band must be an object, not " + describe_value(band));
            return std::nullopt;
        }
        unknown_fields(band, kBandFields, where);
        const json* min = required_field(band, "min", Kind::number, where);
        const json* max = required_field(band, "max", Kind::number, where);
        text_field(band, "label", where, true);
        field(band, "meaning", Kind::string, where);
        if (!min || !max) return std::nullopt;
        sdk::Band range{min->get<double>(), max->get<double>(), {}, {}};
        if (range.min > range.max) {
            report(where, "\"min\" " + text::number(range.min) + " is greater than \"max\" " +
                              text::number(range.max));
            return std::nullopt;
        }
        return range;
    }

    // Bands are inclusive at both ends, so sharing an end is an overlap too.
    void check_overlap(const sdk::Band& band,
                       const std::vector<std::pair<std::size_t, sdk::Band>>& earlier,
                       const std::string& where) {
        for (const auto& [number, other] : earlier) {
            if (band.min <= other.max && other.min <= band.max) {
                report(where, "overlaps band " + std::to_string(number) + " (" +
                                  text::number(other.min) + " to " + text::number(other.max) +
                                  "); a score must fall in one band only");
            }
        }
    }

    const json& form_;
    std::vector<Problem> problems_;
    std::map<std::string, ItemInfo> items_;    // first item with each id
    std::map<std::string, int> items_naming_;  // subscale id -> items naming it
    std::set<std::string> subscale_ids_;
    bool any_scorable_ = false;
    bool subscales_readable_ = true;     // absent or an array
    std::set<std::string> item_ids_;     // seen so far, for duplicates
    std::set<std::string> section_ids_;  // seen so far, for duplicates
    std::size_t item_count_ = 0;
};

}  // namespace

std::vector<Problem> validate_definition(const nlohmann::json& definition) {
    return DefinitionChecker(definition).run();
}

sdk::FormDefinition parse_definition(const nlohmann::json& definition) {
    auto problems = validate_definition(definition);
    if (!problems.empty()) throw InvalidDefinition(std::move(problems));
    return definition.get<sdk::FormDefinition>();
}

}  // namespace counselor::core
