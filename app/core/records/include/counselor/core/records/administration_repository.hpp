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

// An administration as its row holds it: answers and result as JSON text
// (no result: not scored), and when it was stored.
struct AdministrationRow {
    std::int64_t client_id = 0;
    std::optional<std::int64_t> case_id;
    std::string tool_id;
    std::string definition_version;
    std::string answers = "{}";
    std::optional<std::string> result;
    std::string administered_at;
    std::string created_at;
};

class AdministrationRepository {
  public:
    explicit AdministrationRepository(Database& db) : db_(db) {}

    // Caller holds the transaction. administered_at empty: now.
    std::int64_t add(const Administration& administration);
    // A row stored as given (the demo seeder stores one scored answer set
    // many times without writing its JSON again); add() stores through it.
    std::int64_t insert(const AdministrationRow& row);
    std::optional<Administration> find(std::int64_t id);
    // Newest first (administered_at, then id); an empty tool_id means every tool.
    std::vector<Administration> for_client(std::int64_t client_id, const std::string& tool_id = {});

  private:
    Database& db_;
};

}  // namespace counselor::core
