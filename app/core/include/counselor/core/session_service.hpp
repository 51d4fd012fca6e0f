// Planning sessions of a case. A joint session while a safety concern is
// open is allowed (the counselor decides) but always comes with a warning.
#pragma once

#include "counselor/core/database.hpp"
#include "counselor/core/session_repository.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

struct PlannedSession {
    std::int64_t id = 0;
    std::vector<std::string> warnings;
};

class SessionService {
  public:
    SessionService(Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {}

    // starts_at "YYYY-MM-DD HH:MM"; no attendees: every member of the case.
    // Throws NotFound, or UserError for a malformed time, a length outside
    // 1..600 minutes, or an attendee who is not a member.
    PlannedSession add(std::int64_t case_id, const std::string& starts_at, int minutes,
                       std::vector<std::int64_t> attendees);
    // The warnings add() would give for these attendees (none: every
    // member), so a window can let the counselor decide before anything is
    // stored.
    std::vector<std::string> warnings(std::int64_t case_id,
                                      const std::vector<std::int64_t>& attendees);
    Session view(std::int64_t id);

  private:
    Database& db_;
    std::string actor_;
};

// True for "YYYY-MM-DD HH:MM" naming a real day and time.
bool is_session_time(const std::string& text);

}  // namespace counselor::core
