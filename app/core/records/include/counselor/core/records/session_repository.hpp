// Counseling sessions of a case and who attended.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct Session {
    std::int64_t id = 0;
    std::int64_t case_id = 0;
    std::string starts_at;  // local time as entered: "YYYY-MM-DD HH:MM"
    int duration_minutes = 50;
    std::string status = "scheduled";     // scheduled | held | cancelled | no_show
    std::vector<std::int64_t> attendees;  // client ids, ascending
    std::string created_at;
};

class SessionRepository {
  public:
    explicit SessionRepository(Database& db) : db_(db) {}

    std::int64_t add(const Session& session);  // caller holds the transaction
    // Stored as given, created_at too (add() sets it to now); the id is the database's.
    std::int64_t insert(const Session& session);
    std::optional<Session> find(std::int64_t id);
    std::vector<Session> for_case(std::int64_t case_id);          // by starts_at, then id
    void set_status(std::int64_t id, const std::string& status);  // caller holds the transaction

  private:
    Database& db_;
};

}  // namespace counselor::core
