#include "counselor/core/interchange/fhir_response.hpp"

#include <cmath>
#include <set>
#include <string>

namespace counselor::core {

namespace {

using nlohmann::json;

bool answered(const json& value) {
    return !(value.is_null() ||
             (value.is_string() && value.get_ref<const std::string&>().empty()) ||
             (value.is_array() && value.empty()));
}

json whole_number(const json& value) {
    if (value.is_number_integer()) return value;
    return static_cast<long long>(std::llround(value.get<double>()));
}

// One chosen option, as the Questionnaire offered it.
json chosen(const sdk::Item& item, const std::string& value, const json& node) {
    const std::string kind = node.value("answer", std::string("valueCoding"));
    if (kind == "valueInteger") return {{kind, std::stoll(value)}};
    if (kind == "valueString" || kind == "valueDate") return {{kind, value}};
    json coding = json::object();
    if (auto codings = node.find("codings"); codings != node.end() && codings->contains(value))
        coding["system"] = (*codings)[value].value("system", std::string());
    coding["code"] = value;
    if (const auto* option = item.find_option(value)) coding["display"] = option->label;
    return {{"valueCoding", coding}};
}

// The answer list of a QuestionnaireResponse item.
json answers_for(const sdk::Item& item, const json& value, const json& node) {
    json answers = json::array();
    switch (item.type) {
        case sdk::ItemType::display:
            break;
        case sdk::ItemType::boolean:
            answers.push_back({{"valueBoolean", value}});
            break;
        case sdk::ItemType::choice:
            answers.push_back(chosen(item, value.get<std::string>(), node));
            break;
        case sdk::ItemType::multi_choice:
            for (const auto& one : value)
                answers.push_back(chosen(item, one.get<std::string>(), node));
            break;
        case sdk::ItemType::scale:
        case sdk::ItemType::integer:
            answers.push_back({{"valueInteger", whole_number(value)}});
            break;
        case sdk::ItemType::decimal:
            answers.push_back({{"valueDecimal", value}});
            break;
        case sdk::ItemType::text:
        case sdk::ItemType::long_text:
            answers.push_back({{"valueString", value}});
            break;
        case sdk::ItemType::date:
            answers.push_back({{"valueDate", value}});
            break;
    }
    return answers;
}

// An answer to an item the current form no longer has: typed by its JSON.
json untyped_answers(const json& value) {
    json answers = json::array();
    for (const auto& one : value.is_array() ? value : json::array({value})) {
        if (one.is_boolean()) {
            answers.push_back({{"valueBoolean", one}});
        } else if (one.is_number_integer()) {
            answers.push_back({{"valueInteger", one}});
        } else if (one.is_number()) {
            answers.push_back({{"valueDecimal", one}});
        } else {
            answers.push_back(
                {{"valueString", one.is_string() ? one.get<std::string>() : one.dump()}});
        }
    }
    return answers;
}

class ResponseItems {
  public:
    ResponseItems(const Administration& administration, const sdk::FormDefinition& form)
        : administration_(administration), form_(form) {}

    // Items nested as the Questionnaire's tree ("$fhir"."item") nests them.
    json from_tree(const json& nodes) {
        json items = json::array();
        for (const auto& node : nodes) {
            const std::string link = node.value("linkId", std::string());
            if (node.contains("total")) {
                if (auto total = total_answer(node.value("total", std::string()))) {
                    items.push_back({{"linkId", link}, {"answer", json::array({*total})}});
                }
                continue;
            }
            const sdk::Item* item = form_.find_item(link);
            if (!item) {  // a group
                json children = from_tree(node.value("item", json::array()));
                if (children.empty()) continue;
                json group = {{"linkId", link}};
                if (node.contains("text")) group["text"] = node["text"];
                group["item"] = std::move(children);
                items.push_back(std::move(group));
                continue;
            }
            auto answer = answer_item(*item, node);
            if (!answer) continue;
            json children = from_tree(node.value("item", json::array()));
            if (!children.empty()) (*answer)["answer"][0]["item"] = std::move(children);
            items.push_back(std::move(*answer));
        }
        return items;
    }

    // One group per section, for a form that was not imported from FHIR.
    json from_sections() {
        json items = json::array();
        for (const auto& section : form_.sections) {
            json children = json::array();
            for (const auto& item : section.items) {
                if (auto answer = answer_item(item, json::object()))
                    children.push_back(std::move(*answer));
            }
            if (children.empty()) continue;
            items.push_back(
                {{"linkId", section.id}, {"text", section.title}, {"item", std::move(children)}});
        }
        return items;
    }

    // What was answered but has no place in the form as it is now.
    void add_the_rest(json& items) const {
        for (const auto& [id, value] : administration_.answers.items()) {
            if (placed_.count(id) || !answered(value)) continue;
            items.push_back({{"linkId", id}, {"answer", untyped_answers(value)}});
        }
    }

  private:
    std::optional<json> answer_item(const sdk::Item& item, const json& node) {
        auto value = administration_.answers.find(item.id);
        if (value == administration_.answers.end() || !answered(*value)) return std::nullopt;
        placed_.insert(item.id);
        json answers = answers_for(item, *value, node);
        if (answers.empty()) return std::nullopt;
        return json{{"linkId", item.id}, {"text", item.text}, {"answer", std::move(answers)}};
    }

    std::optional<json> total_answer(const std::string& type) const {
        const json& result = administration_.result;
        if (!result.is_object() || !result.contains("total")) return std::nullopt;
        const json& value = result["total"].value("value", json());
        if (!value.is_number()) return std::nullopt;
        if (type == "integer") return json{{"valueInteger", whole_number(value)}};
        if (type == "decimal") return json{{"valueDecimal", value}};
        return json{{"valueQuantity", {{"value", value}}}};
    }

    const Administration& administration_;
    const sdk::FormDefinition& form_;
    std::set<std::string> placed_;
};

}  // namespace

nlohmann::json questionnaire_response(const Administration& administration,
                                      const sdk::FormDefinition& form, const nlohmann::json& fhir) {
    const bool imported = fhir.is_object();
    std::string questionnaire;
    if (imported && fhir.contains("url")) {
        questionnaire = fhir.value("url", std::string());
        if (fhir.contains("version")) questionnaire += "|" + administration.definition_version;
    } else if (imported && fhir.contains("id")) {
        questionnaire = "Questionnaire/" + fhir.value("id", std::string());
    } else {
        questionnaire = "urn:counselor-workstation:form:" + administration.tool_id + "|" +
                        administration.definition_version;
    }
    ResponseItems builder(administration, form);
    json items =
        imported ? builder.from_tree(fhir.value("item", json::array())) : builder.from_sections();
    builder.add_the_rest(items);

    json response = {
        {"resourceType", "QuestionnaireResponse"},
        {"id", "administration-" + std::to_string(administration.id)},
        {"questionnaire", questionnaire},
        {"status", "completed"},
        {"subject", {{"reference", "Patient/" + std::to_string(administration.client_id)}}},
        {"authored", administration.administered_at}};
    if (!items.empty()) response["item"] = std::move(items);
    return response;
}

}  // namespace counselor::core
