// Completed assessments and questionnaires: who answered which tool, the
// answers, and what scoring made of them.
#pragma once

#include "counselor/core/store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct Administration {
    std::int64_t id = 0;
    std::int64_t client_id = 0;
    std::optional<std::int64_t> case_id;
    std::string tool_id;
    std::string definition_version;
    nlohmann::json answers = nlohmann::json::object();
    nlohmann::json result = nlohmann::json::object();
    std::string administered_at;  // UTC, as utc_now()
};

class AdministrationRepository {
  public:
    explicit AdministrationRepository(Database& db) : db_(db) {}

    // Caller holds the transaction. administered_at empty: now.
    std::int64_t add(const Administration& administration);
    // Stored as given, created_at too (add() sets it to now).
    std::int64_t insert(const Administration& administration, const std::string& created_at);
    std::optional<Administration> find(std::int64_t id);
    // Newest first (administered_at, then id); an empty tool_id means every tool.
    std::vector<Administration> for_client(std::int64_t client_id, const std::string& tool_id = {});

  private:
    Database& db_;
};

}  // namespace counselor::core
