// The couple report: both spouses' administrations side by side, rendered by
// a report tool. The core gathers the records; the plugin decides what the
// report says, so a clinic can bring its own report.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <counselor/sdk/document.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

// {"practice", "case": {id, title, flags[]}, "partners": [{client_id, name,
// administrations: {tool_id: [{id, administered_at, answers, result}, newest first]}}]}
// Throws NotFound, or UserError when the case does not have two members.
nlohmann::json couple_report_request(Database& db, std::int64_t case_id);

// The members of case `case_id` who have completed no assessment yet, in
// member order: the report has nothing of theirs to show. Throws NotFound.
std::vector<CaseMember> members_without_administrations(Database& db, std::int64_t case_id);

// The first loaded tool of kind "report", or UserError when there is none.
std::string default_report_tool(const PluginHost& plugins);

// What to say before a couple report while the case's safety hold is open
// (a report for both spouses is not advised then); nullopt without a hold.
std::optional<std::string> couple_report_warning(Database& db, std::int64_t case_id);

// Gathers, renders with `tool_id` and records the report in the audit log.
// While the safety hold is open it is refused (UserError with the warning)
// unless `despite_safety_hold`, which the audit row then records.
sdk::Document couple_report(Database& db, PluginHost& plugins, const std::string& actor,
                            std::int64_t case_id, const std::string& tool_id,
                            bool despite_safety_hold = false);

}  // namespace counselor::core
