#include "counselor/core/records/session_repository.hpp"

#include "counselor/core/platform/dates.hpp"

namespace counselor::core {

namespace {

constexpr const char* select_session =
    "SELECT id, case_id, starts_at, duration_minutes, status, created_at FROM sessions";

// A row of select_session, without its attendees.
Session read_session(const Statement& row) {
    Session session;
    session.id = row.int64(0);
    session.case_id = row.int64(1);
    session.starts_at = row.text(2);
    session.duration_minutes = static_cast<int>(row.int64(3));
    session.status = row.text(4);
    session.created_at = row.text(5);
    return session;
}

std::vector<std::int64_t> attendees_of(Database& db, std::int64_t session_id) {
    Statement query = db.prepare(
        "SELECT client_id FROM session_attendees WHERE session_id = ? ORDER BY client_id");
    query.bind(1, session_id);
    std::vector<std::int64_t> attendees;
    while (query.step())
        attendees.push_back(query.int64(0));
    return attendees;
}

std::vector<Session> read_sessions(Database& db, Statement& query) {
    std::vector<Session> sessions;
    while (query.step()) {
        Session session = read_session(query);
        session.attendees = attendees_of(db, session.id);
        sessions.push_back(std::move(session));
    }
    return sessions;
}

}  // namespace

std::int64_t SessionRepository::add(const Session& session) {
    Session now = session;
    now.created_at = utc_now();
    return insert(now);
}

std::int64_t SessionRepository::insert(const Session& session) {
    db_.prepare(
           "INSERT INTO sessions (case_id, starts_at, duration_minutes, status, created_at)"
           " VALUES (?, ?, ?, ?, ?)")
        .bind(1, session.case_id)
        .bind(2, session.starts_at)
        .bind(3, session.duration_minutes)
        .bind(4, session.status)
        .bind(5, session.created_at)
        .run();
    const std::int64_t session_id = db_.last_insert_id();
    Statement add_attendee =
        db_.prepare("INSERT INTO session_attendees (session_id, client_id) VALUES (?, ?)");
    for (const std::int64_t client_id : session.attendees)
        add_attendee.bind(1, session_id).bind(2, client_id).run();
    return session_id;
}

void SessionRepository::set_status(std::int64_t id, const std::string& status) {
    db_.prepare("UPDATE sessions SET status = ? WHERE id = ?").bind(1, status).bind(2, id).run();
}

std::optional<Session> SessionRepository::find(std::int64_t id) {
    Statement query = db_.prepare(std::string(select_session) + " WHERE id = ?");
    query.bind(1, id);
    std::vector<Session> sessions = read_sessions(db_, query);
    if (sessions.empty()) return std::nullopt;
    return std::move(sessions.front());
}

std::vector<Session> SessionRepository::for_case(std::int64_t case_id) {
    Statement query =
        db_.prepare(std::string(select_session) + " WHERE case_id = ? ORDER BY starts_at, id");
    query.bind(1, case_id);
    return read_sessions(db_, query);
}

}  // namespace counselor::core
