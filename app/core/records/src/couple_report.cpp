#include "counselor/core/records/couple_report.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/records/practice.hpp"
#include "counselor/core/records/safety.hpp"

namespace counselor::core {

namespace {

nlohmann::json flag_json(const Flag& flag) {
    nlohmann::json j = {{"id", flag.id},
                        {"code", flag.code},
                        {"severity", flag.severity},
                        {"message", flag.message},
                        {"raised_at", flag.raised_at}};
    if (flag.hold) j["hold"] = true;
    if (flag.client_id) j["client_id"] = *flag.client_id;
    return j;
}

nlohmann::json flags_json(const std::vector<Flag>& flags) {
    auto all = nlohmann::json::array();
    for (const auto& flag : flags)
        all.push_back(flag_json(flag));
    return all;
}

nlohmann::json partner_json(Database& db, const CaseMember& member) {
    auto by_tool = nlohmann::json::object();
    for (const auto& a : AdministrationRepository(db).for_client(member.client_id)) {
        by_tool[a.tool_id].push_back({{"id", a.id},
                                      {"administered_at", a.administered_at},
                                      {"answers", a.answers},
                                      {"result", a.result}});
    }
    return {{"client_id", member.client_id},
            {"name", member.first_name + " " + member.last_name},
            {"administrations", by_tool}};
}

}  // namespace

nlohmann::json couple_report_request(Database& db, std::int64_t case_id) {
    auto found = CaseRepository(db).find(case_id);
    if (!found) throw NotFound("no case with id " + std::to_string(case_id));
    if (found->members.size() != 2) {
        throw UserError("case " + std::to_string(case_id) + " has " +
                        std::to_string(found->members.size()) +
                        " members; a couple report needs a case of two");
    }
    auto partners = nlohmann::json::array();
    for (const auto& member : found->members)
        partners.push_back(partner_json(db, member));
    return {{"practice", practice_info(db)},
            {"case",
             {{"id", found->id},
              {"title", found->title},
              {"flags", flags_json(open_flags_of_case(db, found->id))}}},
            {"partners", partners}};
}

std::vector<CaseMember> members_without_administrations(Database& db, std::int64_t case_id) {
    auto found = CaseRepository(db).find(case_id);
    if (!found) throw NotFound("no case with id " + std::to_string(case_id));
    std::vector<CaseMember> missing;
    AdministrationRepository administrations(db);
    // Every administration of a member, as couple_report_request gathers them.
    for (const auto& member : found->members) {
        if (administrations.for_client(member.client_id).empty()) missing.push_back(member);
    }
    return missing;
}

std::string default_report_tool(const PluginHost& plugins) {
    for (const auto& tool : plugins.tools()) {
        if (tool.info.kind == "report") return tool.info.id;
    }
    throw UserError("no report tool is loaded; `counselorctl plugins list` shows why");
}

std::optional<std::string> couple_report_warning(Database& db, std::int64_t case_id) {
    if (safety_hold_flags(db, case_id).empty()) return std::nullopt;
    return safety_warning_text("a report for both spouses");
}

sdk::Document couple_report(Database& db, PluginHost& plugins, const std::string& actor,
                            std::int64_t case_id, const std::string& tool_id,
                            bool despite_safety_hold) {
    auto tool = plugins.find_tool(tool_id);
    if (!tool) throw NotFound("no tool \"" + tool_id + "\" among the loaded plugins");
    if (tool->info.kind != "report") {
        throw UserError("tool \"" + tool_id + "\" is a " + tool->info.kind + " tool, not a report");
    }
    const auto warning = couple_report_warning(db, case_id);
    if (warning && !despite_safety_hold) {
        throw UserError(*warning + " Print it anyway with --despite-safety-hold.");
    }
    auto document = plugins.render_document(tool_id, couple_report_request(db, case_id));
    Transaction transaction(db);
    AuditLog(db).append(audit_entry(actor, "report.couple", "case", case_id,
                                    "tool=" + tool_id + (warning ? " despite-safety-hold" : "")));
    transaction.commit();
    return document;
}

}  // namespace counselor::core
