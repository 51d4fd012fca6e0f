#include "counselor/core/interchange/response_export.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/interchange/fhir_questionnaire.hpp"
#include "counselor/core/interchange/fhir_response.hpp"
#include "counselor/core/platform/logging.hpp"

#include <spdlog/spdlog.h>
#include <counselor/sdk/form_file.hpp>

namespace counselor::core {

namespace {

// The "$fhir" block of the definition file a form pack serves `tool` from,
// when that file was imported from a FHIR Questionnaire; null otherwise.
nlohmann::json fhir_origin(const sdk::ToolInfo& tool) {
    const std::filesystem::path source = tool.source;
    if (source.extension() != ".json") return nullptr;
    try {
        auto definition = sdk::read_form_file(source);
        if (definition.is_object() && definition.value("id", std::string()) == tool.id &&
            definition.contains(kFhirField) && definition[kFhirField].is_object())
            return definition[kFhirField];
    } catch (const std::exception&) {
        // Changed or removed since it was loaded: export it as any other form.
    }
    return nullptr;
}

}  // namespace

nlohmann::json export_questionnaire_response(Database& db, PluginHost& plugins,
                                             const std::string& actor, std::int64_t id) {
    auto administration = AdministrationRepository(db).find(id);
    if (!administration) throw NotFound("no administration with id " + std::to_string(id));
    auto tool = plugins.find_tool(administration->tool_id);
    if (!tool) {
        throw NotFound("administration " + std::to_string(id) + " was recorded with tool \"" +
                       administration->tool_id +
                       "\", which no loaded plugin offers now; its form is needed to export it");
    }
    auto response = questionnaire_response(*administration, plugins.form(administration->tool_id),
                                           fhir_origin(tool->info));

    Transaction transaction(db);
    AuditLog(db).append(audit_entry(actor, "assessment.export", "administration", id,
                                    "format=fhir tool=" + administration->tool_id));
    transaction.commit();
    log().info("administration {} exported as a QuestionnaireResponse", id);
    return response;
}

}  // namespace counselor::core
