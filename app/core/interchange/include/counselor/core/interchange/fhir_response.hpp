// An administration written as a FHIR R4 QuestionnaireResponse, for a
// hospital record or a registry: `counselorctl assess export ID --format fhir`.
// The subject is the client's id only; names never leave in it.
#pragma once

#include "counselor/core/records/administration_repository.hpp"

#include <counselor/sdk/form.hpp>
#include <nlohmann/json.hpp>

namespace counselor::core {

// `fhir` is the "$fhir" block of a definition imported from a Questionnaire
// (fhir_questionnaire.hpp): the response then names that Questionnaire's
// url and version and nests its items by the original groups, with the
// original linkIds. For any other form (`fhir` null) the questionnaire is
// named by the tool id and version, each section becomes a group and each
// item id a linkId. Answers are typed by the form's item types.
nlohmann::json questionnaire_response(const Administration& administration,
                                      const sdk::FormDefinition& form, const nlohmann::json& fhir);

}  // namespace counselor::core
