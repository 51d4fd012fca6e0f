#include "counselor/core/records/session_service.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/safety.hpp"

#include <algorithm>
#include <cctype>

namespace counselor::core {

bool is_session_time(const std::string& text) {
    if (text.size() != 16 || text[10] != ' ' || text[13] != ':') return false;
    if (!is_real_date(text.substr(0, 10))) return false;
    for (std::size_t i : {11, 12, 14, 15}) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    const int hour = std::stoi(text.substr(11, 2));
    const int minute = std::stoi(text.substr(14, 2));
    return hour < 24 && minute < 60;
}

std::optional<std::string> session_status(const std::string& written) {
    if (written == "no-show") return "no_show";
    for (const char* status : {"scheduled", "held", "cancelled", "no_show"}) {
        if (written == status) return status;
    }
    return std::nullopt;
}

namespace {

std::vector<std::string> joint_session_warnings(Database& db, std::int64_t case_id,
                                                std::size_t attendee_count) {
    if (attendee_count > 1 && !safety_hold_flags(db, case_id).empty())
        return {safety_warning_text("a joint session")};
    return {};
}

}  // namespace

std::vector<std::string> SessionService::warnings(std::int64_t case_id,
                                                  const std::vector<std::int64_t>& attendees) {
    std::size_t count = attendees.size();
    if (count == 0) {
        auto found = CaseRepository(db_).find(case_id);
        if (!found) throw NotFound("no case with id " + std::to_string(case_id));
        count = found->members.size();
    }
    return joint_session_warnings(db_, case_id, count);
}

PlannedSession SessionService::add(std::int64_t case_id, const std::string& starts_at, int minutes,
                                   std::vector<std::int64_t> attendees, bool despite_safety_hold) {
    if (!is_session_time(starts_at)) {
        throw UserError("session time '" + starts_at + "' is not a time like 2026-12-03 14:30");
    }
    if (minutes < 1 || minutes > 600) {
        throw UserError("a session lasts 1 to 600 minutes, not " + std::to_string(minutes));
    }
    Transaction transaction(db_);
    auto found = CaseRepository(db_).find(case_id);
    if (!found) throw NotFound("no case with id " + std::to_string(case_id));
    std::vector<std::int64_t> members;
    for (const auto& member : found->members)
        members.push_back(member.client_id);
    if (attendees.empty()) attendees = members;
    std::sort(attendees.begin(), attendees.end());
    attendees.erase(std::unique(attendees.begin(), attendees.end()), attendees.end());
    for (std::int64_t id : attendees) {
        if (std::find(members.begin(), members.end(), id) == members.end()) {
            throw UserError("client " + std::to_string(id) + " is not a member of case " +
                            std::to_string(case_id));
        }
    }

    PlannedSession planned;
    planned.warnings = joint_session_warnings(db_, case_id, attendees.size());
    if (!planned.warnings.empty() && !despite_safety_hold) {
        throw UserError(planned.warnings.front() +
                        " Plan it with one spouse, or go ahead with --despite-safety-hold.");
    }
    Session session;
    session.case_id = case_id;
    session.starts_at = starts_at;
    session.duration_minutes = minutes;
    session.attendees = attendees;
    planned.id = SessionRepository(db_).add(session);
    AuditLog(db_).append(audit_entry(actor_, "session.create", "session", planned.id,
                                     "case=" + std::to_string(case_id) +
                                         " attendees=" + std::to_string(attendees.size()) +
                                         (planned.warnings.empty() ? "" : " despite-safety-hold")));
    transaction.commit();
    return planned;
}

void SessionService::set_status(std::int64_t session_id, const std::string& status,
                                const std::string& now) {
    const auto stored = session_status(status);
    if (!stored) {
        throw UserError("'" + status +
                        "' is not a session status; use held, cancelled, no-show or scheduled");
    }
    Transaction transaction(db_);
    const Session session = view(session_id);
    if (session.status == *stored) return;
    // Times as entered, "YYYY-MM-DD HH:MM", compare as text.
    if ((*stored == "held" || *stored == "no_show") && session.starts_at > now) {
        throw UserError("session " + std::to_string(session_id) + " starts " + session.starts_at +
                        ", still ahead; it can be marked " +
                        (*stored == "held" ? "held" : "no-show") +
                        " once it has begun, or cancelled now");
    }
    SessionRepository(db_).set_status(session_id, *stored);
    AuditLog(db_).append(audit_entry(actor_, "session.status", "session", session_id,
                                     "from=" + session.status + " to=" + *stored));
    transaction.commit();
}

std::vector<Session> SessionService::of_case(std::int64_t case_id) {
    if (!CaseRepository(db_).find(case_id))
        throw NotFound("no case with id " + std::to_string(case_id));
    return SessionRepository(db_).for_case(case_id);
}

Session SessionService::view(std::int64_t id) {
    auto found = SessionRepository(db_).find(id);
    if (!found) throw NotFound("no session with id " + std::to_string(id));
    return *found;
}

}  // namespace counselor::core
