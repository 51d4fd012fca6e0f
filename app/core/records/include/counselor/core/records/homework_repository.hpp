// Homework assignments: an exercise from a homework tool, personalised for a
// client or a couple, and where it stands.
#pragma once

#include "counselor/core/store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct HomeworkAssignment {
    std::int64_t id = 0;
    std::int64_t case_id = 0;
    std::optional<std::int64_t> client_id;  // set: for this client; empty: for the whole case
    std::string tool_id;
    std::string template_id;
    nlohmann::json personalisation = nlohmann::json::object();  // e.g. {"counselor_note": "..."}
    std::string status = "assigned";                            // assigned | completed | reviewed
    std::string assigned_at;
    std::optional<std::string> due_on;  // YYYY-MM-DD
    std::string updated_at;
};

class HomeworkRepository {
  public:
    explicit HomeworkRepository(Database& db) : db_(db) {}

    std::int64_t add(const HomeworkAssignment& assignment);  // caller holds the transaction
    // Stored as given, status and times too (add() sets updated_at, and an
    // empty assigned_at, to now). The schema's CHECK refuses unknown statuses.
    std::int64_t insert(const HomeworkAssignment& assignment);
    std::optional<HomeworkAssignment> find(std::int64_t id);
    void set_status(std::int64_t id, const std::string& status);
    std::vector<HomeworkAssignment> for_case(std::int64_t case_id);  // newest first

  private:
    Database& db_;
};

}  // namespace counselor::core
