#include "counselor/core/timeline.hpp"

#include "counselor/core/administration_repository.hpp"
#include "counselor/core/case_repository.hpp"
#include "counselor/core/homework_repository.hpp"
#include "counselor/core/note_repository.hpp"
#include "counselor/core/session_repository.hpp"

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

std::string title_of(const TemplateNamer& template_name, const std::string& tool_id,
                     const std::string& template_id) {
    if (!template_name) return template_id;
    auto title = template_name(tool_id, template_id);
    return title.empty() ? template_id : title;
}

void add_sessions(Database& db, std::int64_t case_id, const TemplateNamer& template_name,
                  std::vector<TimelineEntry>& entries) {
    NoteRepository notes(db);
    for (const auto& session : SessionRepository(db).for_case(case_id)) {
        entries.push_back({minute_of(session.starts_at), TimelineKind::session,
                           "Session, " + std::to_string(session.duration_minutes) + " min (" +
                               session.status + ")",
                           session.id});
        for (const auto& note : notes.for_session(session.id)) {
            entries.push_back({minute_of(note.signed_at.value_or(note.created_at)),
                               TimelineKind::note,
                               "Note (" + title_of(template_name, note.tool_id, note.template_id) +
                                   ", " + note.status + ")",
                               note.id});
        }
    }
}

void add_assessments(Database& db, const Case& found, const ToolNamer& tool_name,
                     std::vector<TimelineEntry>& entries) {
    AdministrationRepository administrations(db);
    for (const auto& member : found.members) {
        for (const auto& given : administrations.for_client(member.client_id)) {
            if (given.case_id && *given.case_id != found.id) continue;
            std::string tool = tool_name ? tool_name(given.tool_id) : given.tool_id;
            entries.push_back({minute_of(given.administered_at), TimelineKind::assessment,
                               tool + ": " + member.first_name, given.id});
        }
    }
}

void add_homework(Database& db, std::int64_t case_id, const TemplateNamer& template_name,
                  std::vector<TimelineEntry>& entries) {
    for (const auto& assignment : HomeworkRepository(db).for_case(case_id)) {
        entries.push_back({minute_of(assignment.assigned_at), TimelineKind::homework,
                           title_of(template_name, assignment.tool_id, assignment.template_id) +
                               " (" + assignment.status + ")",
                           assignment.id});
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
