// Form definitions: what a questionnaire or assessment asks, how its answers
// score, and which answers raise a flag. The JSON mapping here is the
// published "form definition" schema (sdk/README.md); clinics write the same
// JSON by hand.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::sdk {

enum class ItemType {
    display,
    boolean,
    choice,
    multi_choice,
    scale,
    integer,
    decimal,
    text,
    long_text,
    date,
};

enum class ScoreMethod { sum, mean };

inline constexpr std::string_view to_string(ItemType type) {
    switch (type) {
        case ItemType::display:
            return "display";
        case ItemType::boolean:
            return "boolean";
        case ItemType::choice:
            return "choice";
        case ItemType::multi_choice:
            return "multi_choice";
        case ItemType::scale:
            return "scale";
        case ItemType::integer:
            return "integer";
        case ItemType::decimal:
            return "decimal";
        case ItemType::text:
            return "text";
        case ItemType::long_text:
            return "long_text";
        case ItemType::date:
            return "date";
    }
    return "display";
}

inline std::optional<ItemType> item_type_from_string(std::string_view name) {
    for (auto type : {ItemType::display, ItemType::boolean, ItemType::choice,
                      ItemType::multi_choice, ItemType::scale, ItemType::integer, ItemType::decimal,
                      ItemType::text, ItemType::long_text, ItemType::date}) {
        if (to_string(type) == name) return type;
    }
    return std::nullopt;
}

inline constexpr std::string_view to_string(ScoreMethod method) {
    return method == ScoreMethod::mean ? "mean" : "sum";
}

// One answer choice. `score` is what choosing it adds to the item's subscale.
struct Option {
    std::string value;
    std::string label;
    std::optional<double> score;
};

// A test against an earlier item's answer. Operators: "=", "!=", ">", ">=",
// "<", "<=", "exists". For multiple choice, "=" means "includes".
struct Condition {
    std::string item;  // empty inside a FlagRule: the flag's own item
    std::string op = "=";
    nlohmann::json value;
};

// Raises a flag on the client when the item's answer meets `when`. `hold`
// says the answer tells of danger between members of the case or in their
// home: the flag then opens the case's safety hold (joint sessions, joint and
// spouse-directed homework and the couple report need the counselor's
// confirmation while it is open), whatever its code or severity.
struct FlagRule {
    Condition when;
    std::string severity = "warning";  // info | warning | critical
    std::string code;                  // e.g. "safety", "risk"
    std::string message;
    bool hold = false;
};

// A flag raised when the item's answer equals `value`: "yes" unless told.
inline FlagRule flag_when_answer(std::string severity, std::string code, std::string message,
                                 bool hold = false, nlohmann::json value = true) {
    FlagRule flag;
    flag.when.op = "=";
    flag.when.value = std::move(value);
    flag.severity = std::move(severity);
    flag.code = std::move(code);
    flag.message = std::move(message);
    flag.hold = hold;
    return flag;
}

struct Item {
    std::string id;
    ItemType type = ItemType::display;
    std::string text;
    std::string help;
    bool required = false;
    std::vector<Option> options;  // choice, multi_choice
    std::optional<double> min;    // scale, integer, decimal
    std::optional<double> max;
    std::vector<std::string> labels;  // scale: both ends, or one per point
    bool reverse = false;             // scored max+min-value
    std::string subscale;
    std::vector<Condition> enable_when;
    std::string enable_behavior = "all";  // all | any
    std::optional<FlagRule> flag;
    // Private: the answer is the respondent's and the counselor's alone. It is
    // never printed in a document meant for both spouses (the couple report's
    // lists of items among them), e.g. answers about fear or coercion.
    bool is_private = false;

    const Option* find_option(std::string_view value) const {
        for (const auto& option : options) {
            if (option.value == value) return &option;
        }
        return nullptr;
    }
};

struct Section {
    std::string id;
    std::string title;
    std::vector<Item> items;
};

// A score range with its meaning. Inclusive at both ends.
struct Band {
    double min = 0;
    double max = 0;
    std::string label;
    std::string meaning;
};

struct Subscale {
    std::string id;
    std::string title;
    ScoreMethod method = ScoreMethod::sum;
    std::vector<std::string> items;  // optional: items besides those naming it
    std::vector<Band> bands;
};

// Optional overall score across every scored item.
struct Total {
    std::string title = "Total";
    ScoreMethod method = ScoreMethod::sum;
    std::vector<Band> bands;
};

struct FormDefinition {
    std::string id;
    std::string title;
    std::string version = "1.0.0";
    std::string kind = "questionnaire";  // questionnaire | assessment | notes | homework | report
    std::string respondent = "client";   // client | each_partner | counselor
    std::string instructions;
    std::vector<Section> sections;
    std::vector<Subscale> subscales;
    std::optional<Total> total;

    const Item* find_item(std::string_view item_id) const {
        for (const auto& section : sections) {
            for (const auto& item : section.items) {
                if (item.id == item_id) return &item;
            }
        }
        return nullptr;
    }

    // Items in the order a respondent meets them.
    std::vector<const Item*> items() const {
        std::vector<const Item*> all;
        for (const auto& section : sections) {
            for (const auto& item : section.items)
                all.push_back(&item);
        }
        return all;
    }
};

// ---- JSON mapping -------------------------------------------------------

namespace detail {
template <class T>
void put_if(nlohmann::json& j, const char* key, const std::optional<T>& value) {
    if (value) j[key] = *value;
}
template <class T>
std::optional<T> optional_field(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return it->template get<T>();
}
inline ScoreMethod method_from(const nlohmann::json& j) {
    return j.value("method", std::string("sum")) == "mean" ? ScoreMethod::mean : ScoreMethod::sum;
}
}  // namespace detail

inline void to_json(nlohmann::json& j, const Option& o) {
    j = {{"value", o.value}, {"label", o.label}};
    detail::put_if(j, "score", o.score);
}
inline void from_json(const nlohmann::json& j, Option& o) {
    o.value = j.at("value").get<std::string>();
    o.label = j.value("label", o.value);
    o.score = detail::optional_field<double>(j, "score");
}

inline void to_json(nlohmann::json& j, const Condition& c) {
    j = nlohmann::json::object();
    if (!c.item.empty()) j["item"] = c.item;
    j["op"] = c.op;
    j["value"] = c.value;
}
inline void from_json(const nlohmann::json& j, Condition& c) {
    c.item = j.value("item", std::string());
    c.op = j.value("op", std::string("="));
    c.value = j.contains("value") ? j.at("value") : nlohmann::json(true);
}

inline void to_json(nlohmann::json& j, const FlagRule& f) {
    j = {{"when", f.when}, {"severity", f.severity}, {"code", f.code}, {"message", f.message}};
    if (f.hold) j["hold"] = true;
}
inline void from_json(const nlohmann::json& j, FlagRule& f) {
    f.when = j.at("when").get<Condition>();
    f.severity = j.value("severity", std::string("warning"));
    f.code = j.at("code").get<std::string>();
    f.message = j.value("message", std::string());
    f.hold = j.value("hold", false);
}

inline void to_json(nlohmann::json& j, const Item& item) {
    j = {{"id", item.id}, {"type", to_string(item.type)}, {"text", item.text}};
    if (!item.help.empty()) j["help"] = item.help;
    if (item.required) j["required"] = true;
    if (!item.options.empty()) j["options"] = item.options;
    detail::put_if(j, "min", item.min);
    detail::put_if(j, "max", item.max);
    if (!item.labels.empty()) j["labels"] = item.labels;
    if (item.reverse) j["reverse"] = true;
    if (!item.subscale.empty()) j["subscale"] = item.subscale;
    if (!item.enable_when.empty()) {
        j["enable_when"] = item.enable_when;
        if (item.enable_behavior != "all") j["enable_behavior"] = item.enable_behavior;
    }
    if (item.flag) j["flag"] = *item.flag;
    if (item.is_private) j["private"] = true;
}
inline void from_json(const nlohmann::json& j, Item& item) {
    item.id = j.at("id").get<std::string>();
    item.type = item_type_from_string(j.at("type").get<std::string>()).value_or(ItemType::display);
    item.text = j.value("text", std::string());
    item.help = j.value("help", std::string());
    item.required = j.value("required", false);
    item.options = j.value("options", std::vector<Option>{});
    item.min = detail::optional_field<double>(j, "min");
    item.max = detail::optional_field<double>(j, "max");
    item.labels = j.value("labels", std::vector<std::string>{});
    item.reverse = j.value("reverse", false);
    item.subscale = j.value("subscale", std::string());
    item.enable_when = j.value("enable_when", std::vector<Condition>{});
    item.enable_behavior = j.value("enable_behavior", std::string("all"));
    item.flag = detail::optional_field<FlagRule>(j, "flag");
    item.is_private = j.value("private", false);
}

inline void to_json(nlohmann::json& j, const Section& s) {
    j = {{"id", s.id}, {"title", s.title}, {"items", s.items}};
}
inline void from_json(const nlohmann::json& j, Section& s) {
    s.id = j.at("id").get<std::string>();
    s.title = j.value("title", std::string());
    s.items = j.value("items", std::vector<Item>{});
}

inline void to_json(nlohmann::json& j, const Band& b) {
    j = {{"min", b.min}, {"max", b.max}, {"label", b.label}};
    if (!b.meaning.empty()) j["meaning"] = b.meaning;
}
inline void from_json(const nlohmann::json& j, Band& b) {
    b.min = j.at("min").get<double>();
    b.max = j.at("max").get<double>();
    b.label = j.at("label").get<std::string>();
    b.meaning = j.value("meaning", std::string());
}

inline void to_json(nlohmann::json& j, const Subscale& s) {
    j = {{"id", s.id}, {"title", s.title}, {"method", to_string(s.method)}, {"bands", s.bands}};
    if (!s.items.empty()) j["items"] = s.items;
}
inline void from_json(const nlohmann::json& j, Subscale& s) {
    s.id = j.at("id").get<std::string>();
    s.title = j.value("title", s.id);
    s.method = detail::method_from(j);
    s.items = j.value("items", std::vector<std::string>{});
    s.bands = j.value("bands", std::vector<Band>{});
}

inline void to_json(nlohmann::json& j, const Total& t) {
    j = {{"title", t.title}, {"method", to_string(t.method)}, {"bands", t.bands}};
}
inline void from_json(const nlohmann::json& j, Total& t) {
    t.title = j.value("title", std::string("Total"));
    t.method = detail::method_from(j);
    t.bands = j.value("bands", std::vector<Band>{});
}

inline void to_json(nlohmann::json& j, const FormDefinition& f) {
    j = {{"id", f.id},
         {"title", f.title},
         {"version", f.version},
         {"kind", f.kind},
         {"respondent", f.respondent},
         {"instructions", f.instructions},
         {"sections", f.sections}};
    if (!f.subscales.empty()) j["subscales"] = f.subscales;
    if (f.total) j["total"] = *f.total;
}
inline void from_json(const nlohmann::json& j, FormDefinition& f) {
    f.id = j.at("id").get<std::string>();
    f.title = j.value("title", std::string());
    f.version = j.value("version", std::string("1.0.0"));
    f.kind = j.value("kind", std::string("questionnaire"));
    f.respondent = j.value("respondent", std::string("client"));
    f.instructions = j.value("instructions", std::string());
    f.sections = j.value("sections", std::vector<Section>{});
    f.subscales = j.value("subscales", std::vector<Subscale>{});
    f.total = detail::optional_field<Total>(j, "total");
}

}  // namespace counselor::sdk
