// Exporting a recorded administration as a FHIR R4 QuestionnaireResponse
// (`counselorctl assess export ID --format fhir`): the record, its tool's
// form as the loaded plugins offer it now, and the Questionnaire it was
// imported from, if any, put together; the export audited (ids only).
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace counselor::core {

// Administration `id` shaped by fhir_response.hpp. Throws NotFound for an
// unknown administration or a tool no plugin offers.
nlohmann::json export_questionnaire_response(Database& db, PluginHost& plugins,
                                             const std::string& actor, std::int64_t id);

}  // namespace counselor::core
