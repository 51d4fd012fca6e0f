// Planning sessions of a case. A joint session while the case's safety hold
// is open is allowed only when the counselor confirms it (the counselor
// decides, after seeing each spouse alone), and the audit row says so.
#pragma once

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/records/session_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
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
    // 1..600 minutes, an attendee who is not a member, or a joint session
    // while the safety hold is open and `despite_safety_hold` is false.
    PlannedSession add(std::int64_t case_id, const std::string& starts_at, int minutes,
                       std::vector<std::int64_t> attendees, bool despite_safety_hold = false);
    // The warnings add() would give for these attendees (none: every
    // member), so a window can let the counselor decide before anything is
    // stored.
    std::vector<std::string> warnings(std::int64_t case_id,
                                      const std::vector<std::int64_t>& attendees);
    Session view(std::int64_t id);
    // The case's sessions, earliest first. Throws NotFound for no such case.
    std::vector<Session> of_case(std::int64_t case_id);
    // Records how the session went: "held", "cancelled", "no_show" (or
    // "no-show"), or "scheduled" again. Held or missed only once it has
    // begun (`now` as "YYYY-MM-DD HH:MM", local time); cancelled at any
    // time. Throws NotFound, or UserError for another word or a session
    // still ahead; the change is audited, the same status again is not.
    void set_status(std::int64_t session_id, const std::string& status,
                    const std::string& now = local_minute_now());

  private:
    Database& db_;
    std::string actor_;
};

// The stored status for what a person wrote ("no-show" is stored "no_show");
// nullopt for a word that is not a session's status.
std::optional<std::string> session_status(const std::string& written);

// True for "YYYY-MM-DD HH:MM" naming a real day and time.
bool is_session_time(const std::string& text);

}  // namespace counselor::core
