#include "counselor/core/records/homework_repository.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/store/json_column.hpp"

namespace counselor::core {

namespace {

constexpr const char* select_assignment =
    "SELECT id, case_id, client_id, tool_id, template_id, personalisation, status, assigned_at,"
    " due_on, updated_at FROM homework_assignments";

// A row of select_assignment.
HomeworkAssignment read_assignment(const Statement& row) {
    HomeworkAssignment assignment;
    assignment.id = row.int64(0);
    assignment.case_id = row.int64(1);
    assignment.client_id = row.optional_int64(2);
    assignment.tool_id = row.text(3);
    assignment.template_id = row.text(4);
    assignment.personalisation =
        detail::json_from_column(row.text(5), "homework personalisation", assignment.id);
    assignment.status = row.text(6);
    assignment.assigned_at = row.text(7);
    assignment.due_on = row.optional_text(8);
    assignment.updated_at = row.text(9);
    return assignment;
}

}  // namespace

std::int64_t HomeworkRepository::add(const HomeworkAssignment& assignment) {
    HomeworkAssignment given_now = assignment;
    given_now.updated_at = utc_now();
    if (given_now.assigned_at.empty()) given_now.assigned_at = given_now.updated_at;
    return insert(given_now);
}

std::int64_t HomeworkRepository::insert(const HomeworkAssignment& assignment) {
    db_.prepare(
           "INSERT INTO homework_assignments (case_id, client_id, tool_id, template_id,"
           " personalisation, status, assigned_at, due_on, updated_at)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, assignment.case_id)
        .bind(2, assignment.client_id)
        .bind(3, assignment.tool_id)
        .bind(4, assignment.template_id)
        .bind(5, detail::json_to_column(assignment.personalisation))
        .bind(6, assignment.status)
        .bind(7, assignment.assigned_at)
        .bind(8, assignment.due_on)
        .bind(9, assignment.updated_at)
        .run();
    return db_.last_insert_id();
}

std::optional<HomeworkAssignment> HomeworkRepository::find(std::int64_t id) {
    Statement query = db_.prepare(std::string(select_assignment) + " WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_assignment(query);
}

void HomeworkRepository::set_status(std::int64_t id, const std::string& status) {
    db_.prepare("UPDATE homework_assignments SET status = ?, updated_at = ? WHERE id = ?")
        .bind(1, status)
        .bind(2, utc_now())
        .bind(3, id)
        .run();
    if (db_.changes() == 0) throw NotFound("no homework assignment with id " + std::to_string(id));
}

std::vector<HomeworkAssignment> HomeworkRepository::for_case(std::int64_t case_id) {
    Statement query = db_.prepare(std::string(select_assignment) +
                                  " WHERE case_id = ? ORDER BY assigned_at DESC, id DESC");
    query.bind(1, case_id);
    std::vector<HomeworkAssignment> assignments;
    while (query.step())
        assignments.push_back(read_assignment(query));
    return assignments;
}

}  // namespace counselor::core
