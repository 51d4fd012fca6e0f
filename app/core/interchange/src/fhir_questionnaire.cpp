// FHIR R4 Questionnaire -> form definition. Two passes: the first checks
// that every item has a unique linkId and a type (so the second can look up
// any question an enableWhen names); the second walks the tree in order,
// opening a section for each run of questions under one group.
#include "counselor/core/interchange/fhir_questionnaire.hpp"

#include "counselor/core/forms/problem_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace counselor::core {

namespace {

using nlohmann::json;
using text::quote;

constexpr std::string_view kOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
constexpr std::string_view kLegacyOrdinal =
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
constexpr std::string_view kItemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight";
constexpr std::string_view kMinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
constexpr std::string_view kMaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
constexpr std::string_view kVariable = "http://hl7.org/fhir/StructureDefinition/variable";
constexpr std::string_view kCalculated =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

// How an item looks, not what it asks or scores: safe to leave behind.
constexpr std::string_view kPresentation[] = {
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
    "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
    "http://hl7.org/fhir/StructureDefinition/rendering-style",
    "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
    "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
    "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
};

constexpr std::string_view kOperators[] = {"exists", "=", "!=", ">", "<", ">=", "<="};

// FHIR item types and the form item type each becomes.
const std::map<std::string, std::string, std::less<>> kItemTypes = {
    {"display", "display"},    {"boolean", "boolean"}, {"choice", "choice"},
    {"open-choice", "choice"}, {"coding", "choice"},   {"integer", "integer"},
    {"decimal", "decimal"},    {"string", "text"},     {"text", "long_text"},
    {"date", "date"}};

std::string string_at(const json& object, std::string_view key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool true_at(const json& object, std::string_view key) {
    auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

const json& array_at(const json& object, std::string_view key) {
    static const json empty = json::array();
    auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

const json* find_extension(const json& element, std::string_view url) {
    for (const auto& extension : array_at(element, "extension")) {
        if (extension.is_object() && string_at(extension, "url") == url) return &extension;
    }
    return nullptr;
}

std::optional<double> number_in(const json& extension) {
    for (const char* key : {"valueDecimal", "valueInteger"}) {
        auto it = extension.find(key);
        if (it != extension.end() && it->is_number()) return it->get<double>();
    }
    return std::nullopt;
}

std::string number_text(double value) {
    return text::number(value);
}

// Only letters, digits, "-", "_" and "." name a form file.
std::string safe_id(const std::string& candidate) {
    std::string id;
    for (char c : candidate) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        id += plain ? c : '-';
    }
    id.erase(0, id.find_first_not_of(".-"));
    if (id.size() > 64) id.resize(64);
    return id;
}

// A calculatedExpression that adds up the score of every answer. Returns
// 0 for the whole response, N for "%resource.item(.item)*" (only items N
// levels deep), nullopt when the expression is something else.
std::optional<std::size_t> sum_of_scores(std::string expression) {
    expression.erase(std::remove_if(expression.begin(), expression.end(),
                                    [](unsigned char c) { return std::isspace(c); }),
                     expression.end());
    static const std::regex pattern(
        R"(%resource\.(answers\(\)|repeat\(item\)\.answer|descendants\(\)\.answer|((item\.)+)answer)\.(value|valueCoding)\.(ordinal|weight)\(\)\.sum\(\))");
    std::smatch match;
    if (!std::regex_match(expression, match, pattern)) return std::nullopt;
    if (!match[2].matched) return 0;
    return match[2].length() / std::string_view("item.").size();
}

struct Conditions {
    json list = json::array();
    std::string behavior = "all";
};

// Where an item's questions go: the section for its group, opened when the
// first question arrives (a run of questions after a nested group opens a
// new one, so the order stays the Questionnaire's).
struct Context {
    std::string section_base;
    std::string title;
    std::optional<std::size_t> section;
    Conditions conditions;
    std::size_t depth = 0;
};

class Converter {
  public:
    explicit Converter(const json& questionnaire) : q_(questionnaire) {}

    FhirImport run() {
        const std::string type = string_at(q_, "resourceType");
        if (type != "Questionnaire") {
            problem("file", "a FHIR " + quote(type) +
                                " resource; only a Questionnaire can be imported as a form");
            return std::move(out_);
        }
        const json& items = array_at(q_, "item");
        if (items.empty()) {
            problem("Questionnaire", "has no items to ask");
            return std::move(out_);
        }
        collect(items, "");
        if (!out_.problems.empty()) return std::move(out_);

        const std::string id = form_id();
        if (id.empty()) {
            problem("Questionnaire", "has no id, name or url to name the form by");
            return std::move(out_);
        }
        std::string title = string_at(q_, "title");
        if (title.empty()) title = string_at(q_, "name");
        if (title.empty()) title = id;

        for (const auto& extension : array_at(q_, "extension"))
            read_variable(extension);
        check_element(q_, "Questionnaire", {kVariable});

        Context root{id, title, std::nullopt, {}, 0};
        json tree = json::array();
        walk(items, root, tree);
        check_total_depth();

        json& definition = out_.definition;
        definition = {{"id", id}, {"title", title}};
        if (auto version = string_at(q_, "version"); !version.empty())
            definition["version"] = version;
        definition["kind"] = total_ ? "assessment" : "questionnaire";
        definition["sections"] = sections_;
        if (total_) definition["total"] = *total_;
        json fhir = {{"resourceType", "Questionnaire"}};
        for (const char* key : {"url", "id", "version", "name"}) {
            if (auto value = string_at(q_, key); !value.empty()) fhir[key] = value;
        }
        fhir["item"] = tree;
        definition[kFhirField] = fhir;
        return std::move(out_);
    }

  private:
    void warn(const std::string& where, std::string message) {
        out_.warnings.push_back({where, std::move(message)});
    }
    void problem(const std::string& where, std::string message) {
        out_.problems.push_back({where, std::move(message)});
    }

    std::string form_id() const {
        std::string url = string_at(q_, "url");
        if (auto slash = url.find_last_of('/'); slash != std::string::npos) url.erase(0, slash + 1);
        for (const auto& candidate : {string_at(q_, "id"), string_at(q_, "name"), url}) {
            if (auto id = safe_id(candidate); !id.empty()) return id;
        }
        return {};
    }

    // ---- first pass: linkIds ----

    void collect(const json& items, const std::string& parent) {
        std::size_t number = 0;
        for (const auto& item : items) {
            ++number;
            std::string where =
                (parent.empty() ? "" : parent + ", ") + "item " + std::to_string(number);
            if (!item.is_object()) {
                problem(where, "an item must be a JSON object");
                continue;
            }
            const std::string link = string_at(item, "linkId");
            if (link.empty()) {
                problem(where, "has no linkId; every item needs one, unique in the Questionnaire");
            } else {
                where = "item " + quote(link);
                if (!types_.emplace(link, string_at(item, "type")).second) {
                    problem(where, "the linkId " + quote(link) +
                                       " is used by an earlier item; linkIds must be unique");
                }
            }
            if (string_at(item, "type").empty()) problem(where, "has no type");
            if (item.contains("item")) {
                if (item["item"].is_array()) {
                    collect(item["item"], where);
                } else {
                    problem(where, "\"item\" must be an array");
                }
            }
        }
    }

    // ---- second pass ----

    void walk(const json& items, Context& context, json& tree) {
        for (const auto& item : items) {
            if (string_at(item, "type") == "group") {
                group(item, context, tree);
                context.section.reset();
            } else {
                question(item, context, tree);
            }
        }
    }

    json& section(Context& context) {
        if (!context.section) {
            std::string id = context.section_base;
            for (int n = 2; !section_ids_.insert(id).second; ++n)
                id = context.section_base + "-" + std::to_string(n);
            sections_.push_back({{"id", id}, {"title", context.title}, {"items", json::array()}});
            context.section = sections_.size() - 1;
        }
        return sections_[*context.section];
    }

    static std::string item_text(const json& item) {
        std::string text = string_at(item, "text");
        if (auto prefix = string_at(item, "prefix"); !prefix.empty())
            text = text.empty() ? prefix : prefix + " " + text;
        return text;
    }

    void group(const json& item, const Context& parent, json& tree) {
        const std::string link = string_at(item, "linkId");
        const std::string where = "item " + quote(link);
        check_element(item, where, {kVariable});
        for (const auto& extension : array_at(item, "extension"))
            read_variable(extension);
        if (true_at(item, "repeats"))
            warn(where, "a repeating group is asked once; its answers are not repeated");
        if (true_at(item, "required"))
            warn(where, "a required group (at least one answer inside it) is not carried over");
        std::string title = item_text(item);
        Context context{link, title.empty() ? parent.title : title, std::nullopt,
                        combine(parent.conditions, conditions(item, where), where),
                        parent.depth + 1};
        json node = {{"linkId", link}};
        if (!title.empty()) node["text"] = title;
        node["item"] = json::array();
        walk(array_at(item, "item"), context, node["item"]);
        if (!node["item"].empty()) tree.push_back(std::move(node));
    }

    void question(const json& item, Context& context, json& tree) {
        const std::string link = string_at(item, "linkId");
        const std::string where = "item " + quote(link);
        json node = {{"linkId", link}};
        if (const json* calculated = find_extension(item, kCalculated)) {
            if (become_total(item, *calculated, where)) {
                node["total"] = string_at(item, "type");
                tree.push_back(std::move(node));
            }
            left_out_.insert(link);
            return;
        }
        auto converted = convert(item, where, node, context.depth + 1);
        Conditions own = context.conditions;
        if (converted) {
            own = combine(context.conditions, conditions(item, where), where);
            if (!own.list.empty()) {
                (*converted)["enable_when"] = own.list;
                if (own.behavior == "any") (*converted)["enable_behavior"] = "any";
            }
            section(context)["items"].push_back(*converted);
            converted_[link] = *converted;
        } else {
            left_out_.insert(link);
        }
        Context children = context;  // after section(): children follow in the same one
        children.depth = context.depth + 1;
        children.conditions = own;
        // Questions under a question: in a response they hang under its answer.
        json nested = json::array();
        walk(array_at(item, "item"), children, nested);
        context.section = children.section;
        if (converted && (*converted)["type"] == "display") {
            for (auto& child : nested)
                tree.push_back(std::move(child));
            return;
        }
        if (!nested.empty()) node["item"] = std::move(nested);
        if (converted || node.contains("item")) tree.push_back(std::move(node));
    }

    std::optional<json> convert(const json& item, const std::string& where, json& node,
                                std::size_t depth) {
        const std::string link = string_at(item, "linkId");
        const std::string fhir_type = string_at(item, "type");
        auto type = kItemTypes.find(fhir_type);
        if (type == kItemTypes.end()) {
            warn(where,
                 "items of type " + quote(fhir_type) + " are not supported; the item is left out");
            return std::nullopt;
        }
        std::string text = item_text(item);
        json out = {{"id", link}, {"type", type->second}, {"text", text.empty() ? link : text}};
        const bool numeric = type->second == "integer" || type->second == "decimal";
        check_element(item, where,
                      numeric ? std::initializer_list<std::string_view>{kMinValue, kMaxValue}
                              : std::initializer_list<std::string_view>{});
        if (type->second == "display") return out;
        if (true_at(item, "required")) out["required"] = true;
        if (true_at(item, "readOnly"))
            warn(where, "readOnly is not carried over; the item can be answered");
        if (!array_at(item, "initial").empty())
            warn(where, "its initial answer is not carried over");
        if (item.contains("maxLength"))
            warn(where, "maxLength is not carried over; the form's own length limit applies");

        if (type->second == "choice") {
            out["options"] = options(item, where, node, depth);
            if (true_at(item, "repeats")) out["type"] = "multi_choice";
            if (fhir_type == "open-choice")
                warn(where,
                     "free-text answers of an open-choice are not carried over; only the "
                     "listed options can be chosen");
            return out;
        }
        if (true_at(item, "repeats"))
            warn(where, "repeats is not carried over; the item takes one answer");
        if (item.contains("answerOption") || item.contains("answerValueSet"))
            warn(where, "its list of allowed answers is not carried over");
        if (numeric) {
            if (const json* low = find_extension(item, kMinValue); low && number_in(*low))
                out["min"] = *number_in(*low);
            if (const json* high = find_extension(item, kMaxValue); high && number_in(*high))
                out["max"] = *number_in(*high);
        }
        return out;
    }

    // ---- options and their scores ----

    std::optional<double> score_of(std::initializer_list<const json*> holders,
                                   const std::string& where, const std::string& code) {
        std::optional<double> ordinal, weight;
        for (const json* holder : holders) {
            if (!holder || !holder->is_object()) continue;
            for (auto url : {kOrdinalValue, kLegacyOrdinal}) {
                if (const json* e = find_extension(*holder, url); e && !ordinal)
                    ordinal = number_in(*e);
            }
            if (const json* e = find_extension(*holder, kItemWeight); e && !weight)
                weight = number_in(*e);
        }
        if (ordinal && weight && *ordinal != *weight) {
            warn(where, "the answer " + quote(code) + " has an ordinalValue of " +
                            number_text(*ordinal) + " and an itemWeight of " +
                            number_text(*weight) + "; the itemWeight is used");
        }
        return weight ? weight : ordinal;
    }

    json options(const json& item, const std::string& where, json& node, std::size_t depth) {
        const std::size_t problems_before = out_.problems.size();
        json list = json::array();
        json codings = json::object();
        std::set<std::string> seen;
        std::string answer = "valueCoding";
        auto add = [&](const std::string& value, const std::string& label,
                       std::optional<double> score, const std::string& system) {
            if (!seen.insert(value).second) {
                problem(where, "the answer " + quote(value) + " is listed twice");
                return;
            }
            json option = {{"value", value}, {"label", label.empty() ? value : label}};
            if (score) {
                option["score"] = *score;
                scored_depths_.insert(depth);
            }
            list.push_back(std::move(option));
            if (!system.empty()) codings[value] = {{"system", system}};
        };

        if (item.contains("answerOption")) {
            std::size_t number = 0;
            for (const auto& option : array_at(item, "answerOption")) {
                const std::string at = "answerOption " + std::to_string(++number);
                if (true_at(option, "initialSelected"))
                    warn(where, at + " is selected initially; that is not carried over");
                if (auto coding = option.find("valueCoding");
                    coding != option.end() && coding->is_object()) {
                    const std::string code = string_at(*coding, "code");
                    if (code.empty()) {
                        problem(where, at + " has a Coding without a code");
                        continue;
                    }
                    add(code, string_at(*coding, "display"),
                        score_of({&option, &*coding}, where, code), string_at(*coding, "system"));
                    continue;
                }
                std::optional<std::string> value;
                if (auto s = option.find("valueString"); s != option.end() && s->is_string()) {
                    value = s->get<std::string>();
                    answer = "valueString";
                } else if (auto i = option.find("valueInteger");
                           i != option.end() && i->is_number_integer()) {
                    value = std::to_string(i->get<long long>());
                    answer = "valueInteger";
                } else if (auto d = option.find("valueDate"); d != option.end() && d->is_string()) {
                    value = d->get<std::string>();
                    answer = "valueDate";
                }
                if (!value) {
                    warn(where, at + " is neither a Coding, a string, an integer nor a date; it "
                                     "is left out");
                    continue;
                }
                add(*value, *value, score_of({&option}, where, *value), "");
            }
        } else if (item.contains("answerValueSet")) {
            value_set_options(string_at(item, "answerValueSet"), where, add);
        }
        if (list.empty() && out_.problems.size() == problems_before) {
            problem(where,
                    "a choice needs answerOption or an answerValueSet naming a contained "
                    "ValueSet");
        }
        node["answer"] = answer;
        if (!codings.empty()) node["codings"] = codings;
        return list;
    }

    template <class Add>
    void value_set_options(const std::string& reference, const std::string& where, Add& add) {
        if (reference.empty() || reference.front() != '#') {
            problem(where, "answerValueSet " + quote(reference) +
                               " is not a contained ValueSet; only \"#id\" references to a "
                               "ValueSet inside the Questionnaire can be imported");
            return;
        }
        const json* value_set = nullptr;
        for (const auto& resource : array_at(q_, "contained")) {
            if (resource.is_object() && string_at(resource, "resourceType") == "ValueSet" &&
                "#" + string_at(resource, "id") == reference)
                value_set = &resource;
        }
        if (!value_set) {
            problem(where, "answerValueSet " + quote(reference) +
                               " names no ValueSet contained in the Questionnaire");
            return;
        }
        auto concept_of = [&](const json& entry, const std::string& system) {
            const std::string code = string_at(entry, "code");
            if (code.empty()) {
                problem(where, "ValueSet " + quote(reference) + " has a concept without a code");
                return;
            }
            add(code, string_at(entry, "display"), score_of({&entry}, where, code), system);
        };
        if (auto expansion = value_set->find("expansion"); expansion != value_set->end()) {
            for (const auto& entry : array_at(*expansion, "contains"))
                concept_of(entry, string_at(entry, "system"));
            return;
        }
        const json& compose = value_set->value("compose", json::object());
        if (!array_at(compose, "exclude").empty())
            warn(where, "ValueSet " + quote(reference) + ": its exclude list is not applied");
        for (const auto& include : array_at(compose, "include")) {
            if (array_at(include, "concept").empty()) {
                problem(where, "ValueSet " + quote(reference) +
                                   " includes codes without listing them (a filter, a whole code "
                                   "system or another ValueSet); list its concepts so they can "
                                   "become options");
                continue;
            }
            for (const auto& listed : array_at(include, "concept"))
                concept_of(listed, string_at(include, "system"));
        }
    }

    // ---- enableWhen ----

    Conditions conditions(const json& item, const std::string& where) {
        Conditions result;
        if (!item.contains("enableWhen")) return result;
        for (const auto& when : array_at(item, "enableWhen")) {
            const std::string question = string_at(when, "question");
            auto target = types_.find(question);
            if (target == types_.end()) {
                problem(where,
                        "enableWhen names question " + quote(question) + ", which no item has");
                continue;
            }
            if (target->second == "group" || target->second == "display") {
                problem(where, "enableWhen names " + quote(question) + ", a " + target->second +
                                   " item, which takes no answer");
                continue;
            }
            if (left_out_.count(question)) {
                warn(where, "its enableWhen on " + quote(question) +
                                " is left out, as that item is not carried over");
                continue;
            }
            const std::string op = string_at(when, "operator");
            if (std::find(std::begin(kOperators), std::end(kOperators), op) ==
                std::end(kOperators)) {
                problem(where, "enableWhen operator " + quote(op) + " is not a FHIR operator");
                continue;
            }
            auto value = answer_of(when, question, where);
            if (!value) continue;
            result.list.push_back({{"item", question}, {"op", op}, {"value", *value}});
        }
        const std::string behavior = string_at(item, "enableBehavior");
        if (!behavior.empty() && behavior != "all" && behavior != "any") {
            problem(where, "enableBehavior " + quote(behavior) + " is neither \"all\" nor \"any\"");
        }
        if (behavior == "any") result.behavior = "any";
        return result;
    }

    std::optional<json> answer_of(const json& when, const std::string& question,
                                  const std::string& where) {
        for (const auto& [key, value] : when.items()) {
            if (key.rfind("answer", 0) != 0) continue;
            if (key == "answerBoolean" || key == "answerString" || key == "answerDate")
                return value;
            if (key == "answerCoding") return json(string_at(value, "code"));
            if (key == "answerInteger" || key == "answerDecimal") {
                // A choice with integer options holds them as text.
                auto target = converted_.find(question);
                if (target != converted_.end() && target->second.contains("options") &&
                    value.is_number())
                    return json(number_text(value.get<double>()));
                return value;
            }
            warn(where, "its enableWhen on " + quote(question) + " compares an " + key +
                            ", which is not supported; the condition is left out");
            return std::nullopt;
        }
        problem(where, "its enableWhen on " + quote(question) + " has no answer to compare");
        return std::nullopt;
    }

    // A group's conditions hold for every item inside it.
    Conditions combine(const Conditions& outer, Conditions own, const std::string& where) {
        if (outer.list.empty()) return own;
        if (own.list.empty()) return outer;
        auto all_like = [](const Conditions& c) {
            return c.behavior == "all" || c.list.size() == 1;
        };
        if (all_like(outer) && all_like(own)) {
            Conditions both = outer;
            both.behavior = "all";
            for (const auto& condition : own.list)
                both.list.push_back(condition);
            return both;
        }
        warn(where,
             "its enableWhen and its group's cannot be combined (one needs all, the other "
             "any); only its own is kept");
        return own;
    }

    // ---- calculated items ----

    void read_variable(const json& extension) {
        if (string_at(extension, "url") != kVariable) return;
        const json& expression = extension.value("valueExpression", json::object());
        const std::string name = string_at(expression, "name");
        if (!name.empty()) variables_[name] = string_at(expression, "expression");
    }

    bool become_total(const json& item, const json& calculated, const std::string& where) {
        const json& value = calculated.value("valueExpression", json::object());
        std::string expression = string_at(value, "expression");
        for (const auto& extension : array_at(item, "extension"))
            read_variable(extension);
        if (!expression.empty() && expression.front() == '%') {
            if (auto variable = variables_.find(expression.substr(1)); variable != variables_.end())
                expression = variable->second;
        }
        const std::string type = string_at(item, "type");
        const auto depth = sum_of_scores(expression);
        const bool fits = type == "quantity" || type == "decimal" || type == "integer";
        if (!depth || !fits) {
            warn(where, "its calculatedExpression " + quote(string_at(value, "expression")) +
                            " is not recognised; the calculated item is left out");
            return false;
        }
        if (total_) {
            warn(where, "a second total; only the first one is kept");
            return false;
        }
        std::string title = item_text(item);
        total_ = json{{"title", title.empty() ? std::string("Total") : title}};
        total_depth_ = *depth;
        total_where_ = where;
        return true;
    }

    // "%resource.item.answer..." adds up top-level items only: if scores sit
    // deeper, the FHIR total and ours would differ.
    void check_total_depth() {
        if (!total_ || total_depth_ == 0) return;
        if (std::all_of(scored_depths_.begin(), scored_depths_.end(),
                        [&](std::size_t d) { return d == total_depth_; }))
            return;
        warn(total_where_, "its calculatedExpression adds up only items at nesting level " +
                               std::to_string(total_depth_) +
                               ", but scored items sit at other levels too; no total is kept");
        total_.reset();
    }

    // ---- extensions ----

    void check_element(const json& element, const std::string& where,
                       std::initializer_list<std::string_view> handled) {
        for (const auto& extension : array_at(element, "extension")) {
            const std::string url = string_at(extension, "url");
            auto known = [&](std::string_view u) { return u == url; };
            if (std::any_of(handled.begin(), handled.end(), known) ||
                std::any_of(std::begin(kPresentation), std::end(kPresentation), known) ||
                url == kCalculated)
                continue;
            warn(where, "extension " + quote(url) + " is not carried over");
        }
        for (const auto& extension : array_at(element, "modifierExtension")) {
            warn(where, "modifierExtension " + quote(string_at(extension, "url")) +
                            " changes its meaning and is not understood");
        }
    }

    const json& q_;
    FhirImport out_;
    json sections_ = json::array();
    std::set<std::string> section_ids_;
    std::map<std::string, std::string> types_;  // linkId -> FHIR type
    std::map<std::string, json> converted_;     // linkId -> form item
    std::set<std::string> left_out_;
    std::map<std::string, std::string> variables_;
    std::optional<json> total_;
    std::size_t total_depth_ = 0;
    std::string total_where_;
    std::set<std::size_t> scored_depths_;
};

}  // namespace

bool is_fhir_resource(const nlohmann::json& document) {
    return document.is_object() && document.contains("resourceType");
}

FhirImport convert_fhir_questionnaire(const nlohmann::json& resource) {
    return Converter(resource).run();
}

}  // namespace counselor::core
