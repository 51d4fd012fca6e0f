#include "counselor/core/records/note_service.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/forms/answer_validator.hpp"
#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/platform/text.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/records/practice.hpp"

#include <counselor/sdk/scoring.hpp>

namespace counselor::core {

namespace {

void check_fields(const sdk::FormDefinition& form, const nlohmann::json& fields, bool complete) {
    if (auto problems = validate_answers(form, fields, complete); !problems.empty()) {
        throw InvalidAnswers(std::move(problems));
    }
}

}  // namespace

std::vector<NoteTemplate> NoteService::templates() {
    std::vector<NoteTemplate> found;
    for (const auto& tool : plugins_.tools()) {
        if (tool.info.kind != "notes") continue;
        for (auto& info : plugins_.template_list(tool.info.id)) {
            auto form = parse_definition(info.body.value("form", nlohmann::json::object()));
            found.push_back({tool.info.id, std::move(info), std::move(form)});
        }
    }
    return found;
}

NoteTemplate NoteService::find_template(const std::string& template_id) {
    std::string known;
    for (auto& candidate : templates()) {
        if (candidate.info.id == template_id) return candidate;
        known += (known.empty() ? "" : ", ") + candidate.info.id;
    }
    throw NotFound("no note template \"" + template_id +
                   "\"; the loaded ones are: " + (known.empty() ? "none" : known));
}

Note NoteService::existing(std::int64_t note_id) {
    auto note = NoteRepository(db_).find(note_id);
    if (!note) throw NotFound("no note with id " + std::to_string(note_id));
    return *note;
}

std::int64_t NoteService::add(std::int64_t session_id, const std::string& template_id,
                              const nlohmann::json& fields) {
    auto session = SessionRepository(db_).find(session_id);
    if (!session) throw NotFound("no session with id " + std::to_string(session_id));
    auto chosen = find_template(template_id);
    check_fields(chosen.form, fields, false);

    Transaction transaction(db_);
    Note note;
    note.session_id = session_id;
    note.case_id = session->case_id;
    note.tool_id = chosen.tool_id;
    note.template_id = template_id;
    note.fields = fields;
    const auto id = NoteRepository(db_).add_draft(note);
    AuditLog(db_).append(
        audit_entry(actor_, "note.create", "note", id,
                    "session=" + std::to_string(session_id) + " template=" + template_id));
    transaction.commit();
    return id;
}

void NoteService::edit(std::int64_t note_id, const nlohmann::json& fields) {
    auto note = existing(note_id);
    if (note.signed_off()) {
        throw UserError("note " + std::to_string(note_id) + " was signed on " +
                        note.signed_at.value_or("?") +
                        " and cannot be changed; add a correction with `counselorctl note "
                        "addendum " +
                        std::to_string(note_id) + " --text ...`");
    }
    check_fields(find_template(note.template_id).form, fields, false);
    Transaction transaction(db_);
    NoteRepository(db_).update_fields(note_id, fields);
    AuditLog(db_).append(audit_entry(actor_, "note.edit", "note", note_id));
    transaction.commit();
}

void NoteService::sign(std::int64_t note_id) {
    auto note = existing(note_id);
    if (note.signed_off()) {
        throw UserError("note " + std::to_string(note_id) + " is already signed");
    }
    const auto form = find_template(note.template_id).form;
    check_fields(form, note.fields, true);
    // What the counselor recorded (e.g. risk observed) raises its flags on
    // the case once the note is signed, like an assessment's answers do.
    const auto raised = sdk::score_form(form, sdk::Answers(note.fields)).flags;
    // The note carries the counselor's name and credentials; the login that
    // did it goes into the audit row below.
    const auto signature = counselor_signature(db_);
    Transaction transaction(db_);
    NoteRepository(db_).sign(note_id, signature);
    FlagRepository flags(db_);
    for (const auto& r : raised) {
        Flag flag;
        flag.case_id = note.case_id;
        flag.code = r.code;
        flag.severity = r.severity;
        flag.message = r.message;
        flag.hold = r.hold;
        flag.source = "note:" + std::to_string(note_id);
        flags.raise(flag);
    }
    AuditLog(db_).append(audit_entry(actor_, "note.sign", "note", note_id,
                                     "flags=" + std::to_string(raised.size())));
    transaction.commit();
}

std::int64_t NoteService::add_addendum(std::int64_t note_id, const std::string& text) {
    auto note = existing(note_id);
    if (!note.signed_off()) {
        throw UserError("note " + std::to_string(note_id) +
                        " is still a draft; edit it instead of adding an addendum");
    }
    const std::string body = trimmed(text);
    if (body.empty()) throw UserError("an addendum needs text");
    const auto signature = counselor_signature(db_);
    Transaction transaction(db_);
    const auto id = NoteRepository(db_).add_addendum(note_id, body, signature);
    AuditLog(db_).append(
        audit_entry(actor_, "note.addendum", "note", note_id, "addendum=" + std::to_string(id)));
    transaction.commit();
    return id;
}

NoteHistory NoteService::view(std::int64_t note_id) {
    NoteHistory history;
    history.note = existing(note_id);
    history.addenda = NoteRepository(db_).addenda(note_id);
    if (history.note.session_id) {
        history.session = SessionRepository(db_).find(*history.note.session_id).value_or(Session{});
    }
    Transaction transaction(db_);
    AuditLog(db_).append(audit_entry(actor_, "note.view", "note", note_id));
    transaction.commit();
    return history;
}

sdk::Document NoteService::render(const NoteHistory& history) {
    const auto& note = history.note;
    auto found = CaseRepository(db_).find(note.case_id);
    auto attendees = nlohmann::json::array();
    for (const auto& member : found ? found->members : std::vector<CaseMember>{}) {
        const auto& ids = history.session.attendees;
        if (std::find(ids.begin(), ids.end(), member.client_id) != ids.end()) {
            attendees.push_back(member.first_name + " " + member.last_name);
        }
    }
    auto addenda = nlohmann::json::array();
    for (const auto& addendum : history.addenda) {
        addenda.push_back({{"id", addendum.id},
                           {"text", addendum.text},
                           {"signed_at", addendum.signed_at},
                           {"signed_by", addendum.signed_by}});
    }
    nlohmann::json request = {
        {"practice", practice_info(db_)},
        {"case", {{"id", note.case_id}, {"title", found ? found->title : ""}}},
        {"session",
         {{"id", history.session.id},
          {"starts_at", history.session.starts_at},
          {"minutes", history.session.duration_minutes},
          {"attendees", attendees}}},
        {"note",
         {{"id", note.id},
          {"template", note.template_id},
          {"fields", note.fields},
          {"status", note.status},
          {"signed_at", note.signed_at.value_or("")},
          {"signed_by", note.signed_by.value_or("")},
          {"addenda", addenda}}}};
    return plugins_.render_document(note.tool_id, request);
}

}  // namespace counselor::core
