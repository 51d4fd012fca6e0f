// What happened in a case, newest first: sessions, their notes, the members'
// assessments and the homework, as one list a counselor can scan at a glance.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

enum class TimelineKind { session, note, assessment, homework };

std::string_view to_string(TimelineKind kind);

struct TimelineEntry {
    std::string date;  // "YYYY-MM-DD HH:MM"
    TimelineKind kind = TimelineKind::session;
    std::string title;
    std::int64_t id = 0;  // of the session, note, administration or assignment
};

// Turns a tool id into the name a person reads; the id itself when empty.
using ToolNamer = std::function<std::string(const std::string& tool_id)>;

// Every entry of the case, newest first (ties: higher id first). Assessments
// are those of the case's members taken for this case or for no case.
// The title a person reads for a note format or a homework exercise; the
// core knows only ids, the plugins know the titles.
using TemplateNamer =
    std::function<std::string(const std::string& tool_id, const std::string& template_id)>;

std::vector<TimelineEntry> case_timeline(Database& db, std::int64_t case_id,
                                         const ToolNamer& tool_name = {},
                                         const TemplateNamer& template_name = {});

}  // namespace counselor::core
