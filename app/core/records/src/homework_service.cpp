#include "counselor/core/records/homework_service.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/text.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/records/practice.hpp"
#include "counselor/core/records/safety.hpp"

namespace counselor::core {

namespace {

bool is_member(const Case& found, std::int64_t client_id) {
    for (const auto& member : found.members) {
        if (member.client_id == client_id) return true;
    }
    return false;
}

}  // namespace

std::vector<HomeworkTemplate> HomeworkService::templates() {
    std::vector<HomeworkTemplate> found;
    for (const auto& tool : plugins_.tools()) {
        if (tool.info.kind != "homework") continue;
        for (auto& info : plugins_.template_list(tool.info.id)) {
            found.push_back({tool.info.id, std::move(info)});
        }
    }
    return found;
}

HomeworkTemplate HomeworkService::find_template(const std::string& template_id) {
    for (auto& candidate : templates()) {
        if (candidate.info.id == template_id) return candidate;
    }
    throw NotFound("no homework exercise \"" + template_id +
                   "\"; `counselorctl homework templates` lists them");
}

std::optional<std::string> HomeworkService::safety_warning(const HomeworkTemplate& exercise,
                                                           std::int64_t case_id) {
    if (!exercise.held_by_safety_hold()) return std::nullopt;
    if (safety_hold_flags(db_, case_id).empty()) return std::nullopt;
    if (exercise.touches_intimacy()) return safety_warning_text("intimacy homework");
    if (exercise.conjoint()) return safety_warning_text("homework done together");
    return safety_warning_text("homework that asks a spouse to move toward the other");
}

std::int64_t HomeworkService::resolve_case(const HomeworkOrder& order) {
    CaseRepository cases(db_);
    if (order.case_id) {
        auto found = cases.find(*order.case_id);
        if (!found) throw NotFound("no case with id " + std::to_string(*order.case_id));
        if (order.client_id && !is_member(*found, *order.client_id)) {
            throw UserError("client " + std::to_string(*order.client_id) +
                            " is not a member of case " + std::to_string(*order.case_id));
        }
        return found->id;
    }
    if (!order.client_id) throw UserError("name a client (--client) or a case (--case)");
    if (!ClientRepository(db_).find(*order.client_id)) {
        throw NotFound("no client with id " + std::to_string(*order.client_id));
    }
    std::vector<std::int64_t> open;
    for (const auto& found : cases.for_client(*order.client_id)) {
        if (found.status == "open") open.push_back(found.id);
    }
    if (open.size() == 1) return open.front();
    if (open.empty()) {
        throw UserError("client " + std::to_string(*order.client_id) +
                        " has no open case; open one with `counselorctl case open`");
    }
    throw UserError("client " + std::to_string(*order.client_id) + " is in several open cases (" +
                    join_ids(open) + "); name one with --case");
}

HomeworkAssignment HomeworkService::assignment_for(const HomeworkOrder& order,
                                                   const HomeworkTemplate& exercise,
                                                   std::int64_t case_id) {
    HomeworkAssignment assignment;
    assignment.case_id = case_id;
    assignment.client_id = order.client_id;
    assignment.tool_id = exercise.tool_id;
    assignment.template_id = exercise.info.id;
    assignment.due_on = order.due;
    if (!order.counselor_note.empty()) {
        assignment.personalisation["counselor_note"] = order.counselor_note;
    }
    return assignment;
}

AssignedHomework HomeworkService::assign(const HomeworkOrder& order) {
    if (order.due && !is_real_date(*order.due)) {
        throw UserError("due date '" + *order.due + "' is not a real date; use YYYY-MM-DD");
    }
    const auto exercise = find_template(order.template_id);
    const auto case_id = resolve_case(order);
    AssignedHomework assigned;
    if (auto warning = safety_warning(exercise, case_id)) {
        if (!order.despite_safety_flag) {
            throw UserError(*warning + " Assign it anyway with --despite-safety-hold.");
        }
        assigned.warnings.push_back(*warning);
    }
    const HomeworkAssignment assignment = assignment_for(order, exercise, case_id);
    Transaction transaction(db_);
    assigned.id = HomeworkRepository(db_).add(assignment);
    AuditLog(db_).append(
        audit_entry(actor_, "homework.assign", "homework", assigned.id,
                    "case=" + std::to_string(case_id) + " template=" + exercise.info.id +
                        (assigned.warnings.empty() ? "" : " despite-safety-hold")));
    transaction.commit();
    return assigned;
}

void HomeworkService::set_status(std::int64_t id, const std::string& status) {
    if (status != "assigned" && status != "completed" && status != "reviewed") {
        throw UserError("status '" + status + "' is not one of assigned, completed, reviewed");
    }
    Transaction transaction(db_);
    HomeworkRepository(db_).set_status(id, status);
    AuditLog(db_).append(
        audit_entry(actor_, "homework.status", "homework", id, "status=" + status));
    transaction.commit();
}

HomeworkAssignment HomeworkService::view(std::int64_t id) {
    auto found = HomeworkRepository(db_).find(id);
    if (!found) throw NotFound("no homework assignment with id " + std::to_string(id));
    return *found;
}

std::vector<HomeworkAssignment> HomeworkService::for_case(std::int64_t case_id) {
    return HomeworkRepository(db_).for_case(case_id);
}

std::vector<std::string> HomeworkService::recipients(const HomeworkAssignment& assignment) {
    std::vector<std::string> names;
    if (assignment.client_id) {
        if (auto client = ClientRepository(db_).find(*assignment.client_id)) {
            names.push_back(client->display_name());
        }
        return names;
    }
    if (auto found = CaseRepository(db_).find(assignment.case_id)) {
        for (const auto& m : found->members)
            names.push_back(m.first_name + " " + m.last_name);
    }
    return names;
}

nlohmann::json HomeworkService::render_request(const HomeworkAssignment& assignment) {
    return {{"template_id", assignment.template_id},
            {"practice", practice_info(db_)},
            {"recipients", recipients(assignment)},
            {"due", assignment.due_on.value_or("")},
            {"assigned", assignment.assigned_at.substr(0, 10)},
            {"counselor_note", assignment.personalisation.value("counselor_note", std::string())}};
}

sdk::Document HomeworkService::render(std::int64_t id) {
    const auto assignment = view(id);
    auto document = plugins_.render_document(assignment.tool_id, render_request(assignment));
    Transaction transaction(db_);
    AuditLog(db_).append(audit_entry(actor_, "homework.render", "homework", id));
    transaction.commit();
    return document;
}

sdk::Document HomeworkService::preview(const HomeworkOrder& order) {
    const auto exercise = find_template(order.template_id);
    HomeworkOrder shown = order;
    if (shown.due && !is_real_date(*shown.due)) shown.due.reset();  // still being typed
    auto assignment = assignment_for(shown, exercise, resolve_case(order));
    assignment.assigned_at = today_utc();
    return plugins_.render_document(assignment.tool_id, render_request(assignment));
}

std::string HomeworkService::suggested_name(std::int64_t id) {
    const auto assignment = view(id);
    std::string title = assignment.template_id;
    for (auto& exercise : templates()) {
        if (exercise.info.id == assignment.template_id) title = exercise.info.title;
    }
    std::string names;
    for (const auto& name : recipients(assignment))
        names += (names.empty() ? "" : " and ") + name;
    return names + " - " + title;
}

}  // namespace counselor::core
