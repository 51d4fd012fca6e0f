// A FHIR R4 Questionnaire turned into a form definition, so `counselorctl form
// import` can install what a hospital or an SDC registry publishes.
//
// Carried over: groups (as sections, nested groups flattened in order),
// display, boolean, choice / open-choice / coding (options from answerOption
// or a contained ValueSet named "#id"; `repeats` makes a multiple choice),
// integer, decimal, string, text, date; required; prefix; enableWhen with
// enableBehavior (a group's conditions pass to its items); minValue and
// maxValue; option scores from the ordinalValue and itemWeight extensions;
// and a total when a calculatedExpression sums those scores over the whole
// response. Everything else that changes what is asked or scored comes back
// as a warning naming the item, never dropped without a word.
//
// The definition keeps the Questionnaire's url, id and version and the tree
// of its linkIds under "$fhir", which the form schema leaves alone, so an
// administration can be written back as a QuestionnaireResponse. Item ids
// are the linkIds.
#pragma once

#include "counselor/core/forms/problem.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace counselor::core {

// The field of a converted definition that holds what export needs.
inline constexpr const char* kFhirField = "$fhir";

// A JSON object with a "resourceType": a FHIR resource, not a definition.
bool is_fhir_resource(const nlohmann::json& document);

struct FhirImport {
    nlohmann::json definition;      // meaningful only when problems is empty
    std::vector<Problem> warnings;  // what could not be carried over
    std::vector<Problem> problems;  // what makes the Questionnaire unusable
};

// Converts; does not run validate_definition (the caller does, as for any file).
FhirImport convert_fhir_questionnaire(const nlohmann::json& resource);

}  // namespace counselor::core
