#include "counselor/core/records/assessment_service.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"

#include <spdlog/spdlog.h>

namespace counselor::core {

namespace {

void check_tool_takes_answers(PluginHost& plugins, const std::string& tool_id) {
    auto tool = plugins.find_tool(tool_id);
    if (!tool) {
        throw NotFound("no tool \"" + tool_id +
                       "\" among the loaded plugins; `counselorctl tools list` shows them");
    }
    if (tool->info.kind != "assessment" && tool->info.kind != "questionnaire") {
        throw UserError("tool \"" + tool_id + "\" is a " + tool->info.kind +
                        " tool; only assessments and questionnaires take answers");
    }
}

void check_membership(Database& db, std::int64_t client_id, std::optional<std::int64_t> case_id) {
    const auto found = CaseRepository(db).membership(client_id, case_id);
    if (!found.client) throw NotFound("no client with id " + std::to_string(client_id));
    if (!case_id) return;
    if (!found.case_exists) throw NotFound("no case with id " + std::to_string(*case_id));
    if (!found.member) {
        throw UserError("client " + std::to_string(client_id) + " is not a member of case " +
                        std::to_string(*case_id));
    }
}

}  // namespace

std::vector<std::int64_t> AssessmentService::cases_for_flags(std::int64_t client_id,
                                                             std::optional<std::int64_t> case_id,
                                                             bool critical) {
    if (case_id) return {*case_id};
    std::vector<std::int64_t> ids;
    if (!critical) return ids;
    for (const auto& found : CaseRepository(db_).for_client(client_id)) {
        if (found.status == "open") ids.push_back(found.id);
    }
    return ids;
}

RecordedAdministration AssessmentService::record(const std::string& tool_id, std::int64_t client_id,
                                                 std::optional<std::int64_t> case_id,
                                                 const nlohmann::json& answers) {
    check_tool_takes_answers(plugins_, tool_id);
    check_membership(db_, client_id, case_id);
    // Validation and scoring happen before the transaction: bad answers store nothing.
    RecordedAdministration recorded;
    auto evaluation = plugins_.evaluate_with_json(tool_id, sdk::Answers(answers));
    recorded.result = std::move(evaluation.result);

    Transaction transaction(db_);
    Administration administration;
    administration.client_id = client_id;
    administration.case_id = case_id;
    administration.tool_id = tool_id;
    administration.definition_version = recorded.result.definition_version;
    administration.answers = answers;
    // Stored as the plugin answered it (already read as a result above),
    // not written out again from the result.
    administration.result = std::move(evaluation.json);
    recorded.id = AdministrationRepository(db_).add(administration);

    FlagRepository flags(db_);
    const std::string source = "administration:" + std::to_string(recorded.id);
    for (const auto& raised : recorded.result.flags) {
        Flag flag;
        flag.code = raised.code;
        flag.severity = raised.severity;
        flag.message = raised.message;
        flag.hold = raised.hold;
        flag.source = source;
        flag.client_id = client_id;
        recorded.flag_ids.push_back(flags.raise(flag));
        flag.client_id.reset();
        for (std::int64_t id : cases_for_flags(client_id, case_id, raised.severity == "critical")) {
            flag.case_id = id;
            recorded.flag_ids.push_back(flags.raise(flag));
        }
    }
    AuditLog(db_).append(audit_entry(actor_, "assessment.record", "administration", recorded.id,
                                     "tool=" + tool_id + " client=" + std::to_string(client_id) +
                                         " flags=" + std::to_string(recorded.flag_ids.size())));
    transaction.commit();
    log().info("administration {} of {} recorded with {} flag rows", recorded.id, tool_id,
               recorded.flag_ids.size());
    return recorded;
}

}  // namespace counselor::core
