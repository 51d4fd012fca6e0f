// Recording an assessment or questionnaire: the answers are checked against
// the tool's form and scored by its plugin before anything is written; then
// the administration, the flags its answers raised and the audit row are
// stored in one transaction.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <counselor/sdk/result.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct RecordedAdministration {
    std::int64_t id = 0;
    sdk::Result result;
    std::vector<std::int64_t> flag_ids;
};

class AssessmentService {
  public:
    AssessmentService(Database& db, PluginHost& plugins, std::string actor)
        : db_(db), plugins_(plugins), actor_(std::move(actor)) {}

    // Flags go on the client, and on `case_id` when given; without a case, a
    // critical flag also goes on every open case the client belongs to, so a
    // safety concern shows on the couple's case too. Throws NotFound,
    // UserError (client not in the case, tool takes no answers) or
    // InvalidAnswers, and then stores nothing.
    RecordedAdministration record(const std::string& tool_id, std::int64_t client_id,
                                  std::optional<std::int64_t> case_id,
                                  const nlohmann::json& answers);

  private:
    std::vector<std::int64_t> cases_for_flags(std::int64_t client_id,
                                              std::optional<std::int64_t> case_id, bool critical);
    Database& db_;
    PluginHost& plugins_;
    std::string actor_;
};

}  // namespace counselor::core
