#include "counselor/core/records/timeline.hpp"

#include "counselor/core/records/case_repository.hpp"

#include <algorithm>

namespace counselor::core {

namespace {

// Stored times come as "YYYY-MM-DD HH:MM" (sessions, as entered) or as
// "YYYY-MM-DDTHH:MM:SSZ" (everything stamped by the program); one shape
// lets them sort and read alike.
std::string minute_of(const std::string& stamp) {
    std::string date = stamp.substr(0, 16);
    if (date.size() > 10 && date[10] == 'T') date[10] = ' ';
    return date;
}

// A session's status as it reads in a sentence; "no_show" is only how it is stored.
std::string status_words(const std::string& status) {
    return status == "no_show" ? "no-show" : status;
}

std::string title_of(const TemplateNamer& template_name, const std::string& tool_id,
                     const std::string& template_id) {
    if (!template_name) return template_id;
    auto title = template_name(tool_id, template_id);
    return title.empty() ? template_id : title;
}

// One query each for the sessions with their notes, the members'
// administrations and the homework: a case of years opens at once, and
// none of the stored JSON (note bodies, answers, results) is read, only
// what the timeline shows.
void add_sessions(Database& db, std::int64_t case_id, const TemplateNamer& template_name,
                  std::vector<TimelineEntry>& entries) {
    Statement query = db.prepare(
        "SELECT s.id, s.starts_at, s.duration_minutes, s.status, n.id, n.tool_id,"
        " n.template_id, n.status, COALESCE(n.signed_at, n.created_at)"
        " FROM sessions AS s LEFT JOIN notes AS n ON n.session_id = s.id"
        " WHERE s.case_id = ? ORDER BY s.starts_at, s.id, n.created_at, n.id");
    query.bind(1, case_id);
    std::int64_t last_session = 0;
    while (query.step()) {
        const std::int64_t session_id = query.int64(0);
        if (session_id != last_session) {
            entries.push_back({minute_of(query.text(1)), TimelineKind::session,
                               "Session, " + std::to_string(query.int64(2)) + " min (" +
                                   status_words(query.text(3)) + ")",
                               session_id});
            last_session = session_id;
        }
        if (query.is_null(4)) continue;
        entries.push_back({minute_of(query.text(8)), TimelineKind::note,
                           "Note (" + title_of(template_name, query.text(5), query.text(6)) + ", " +
                               query.text(7) + ")",
                           query.int64(4)});
    }
}

void add_assessments(Database& db, const Case& found, const ToolNamer& tool_name,
                     std::vector<TimelineEntry>& entries) {
    Statement query = db.prepare(
        "SELECT id, tool_id, administered_at FROM administrations"
        " WHERE client_id = ?1 AND (case_id IS NULL OR case_id = ?2)"
        " ORDER BY administered_at DESC, id DESC");
    for (const auto& member : found.members) {
        query.bind(1, member.client_id).bind(2, found.id);
        while (query.step()) {
            const std::string tool_id = query.text(1);
            std::string tool = tool_name ? tool_name(tool_id) : tool_id;
            entries.push_back({minute_of(query.text(2)), TimelineKind::assessment,
                               tool + ": " + member.first_name, query.int64(0)});
        }
        query.reset();
    }
}

void add_homework(Database& db, std::int64_t case_id, const TemplateNamer& template_name,
                  std::vector<TimelineEntry>& entries) {
    Statement query = db.prepare(
        "SELECT id, tool_id, template_id, status, assigned_at FROM homework_assignments"
        " WHERE case_id = ? ORDER BY assigned_at DESC, id DESC");
    query.bind(1, case_id);
    while (query.step()) {
        entries.push_back(
            {minute_of(query.text(4)), TimelineKind::homework,
             title_of(template_name, query.text(1), query.text(2)) + " (" + query.text(3) + ")",
             query.int64(0)});
    }
}

}  // namespace

std::string_view to_string(TimelineKind kind) {
    switch (kind) {
        case TimelineKind::session:
            return "session";
        case TimelineKind::note:
            return "note";
        case TimelineKind::assessment:
            return "assessment";
        case TimelineKind::homework:
            return "homework";
    }
    return "session";
}

std::vector<TimelineEntry> case_timeline(Database& db, std::int64_t case_id,
                                         const ToolNamer& tool_name,
                                         const TemplateNamer& template_name) {
    auto found = CaseRepository(db).find(case_id);
    if (!found) throw NotFound("case " + std::to_string(case_id) + " does not exist");
    std::vector<TimelineEntry> entries;
    add_sessions(db, case_id, template_name, entries);
    add_assessments(db, *found, tool_name, entries);
    add_homework(db, case_id, template_name, entries);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    return entries;
}

}  // namespace counselor::core
