#include "counselor/core/records/note_repository.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/store/json_column.hpp"

namespace counselor::core {

// What may change is decided by the triggers in the schema (signed notes and
// addenda are unchangeable); this code does not check the status itself, so
// the rule holds for every path that writes to the file.

namespace {

constexpr const char* select_note =
    "SELECT id, session_id, case_id, tool_id, template_id, body, status, signed_at, signed_by,"
    " created_at, updated_at FROM notes";

// A row of select_note.
Note read_note(const Statement& row) {
    Note note;
    note.id = row.int64(0);
    note.session_id = row.optional_int64(1);
    note.case_id = row.int64(2);
    note.tool_id = row.text(3);
    note.template_id = row.text(4);
    note.fields = detail::json_from_column(row.text(5), "note body", note.id);
    note.status = row.text(6);
    note.signed_at = row.optional_text(7);
    note.signed_by = row.optional_text(8);
    note.created_at = row.text(9);
    note.updated_at = row.text(10);
    return note;
}

// An UPDATE by id that touched nothing: the note does not exist (a signed
// one would have been refused by its trigger before this point).
void check_found(Database& db, std::int64_t id) {
    if (db.changes() == 0) throw NotFound("no note with id " + std::to_string(id));
}

}  // namespace

std::int64_t NoteRepository::add_draft(const Note& note) {
    Note draft = note;
    draft.status = "draft";
    draft.signed_at.reset();
    draft.signed_by.reset();
    draft.created_at = utc_now();
    draft.updated_at = draft.created_at;
    return insert(draft);
}

std::int64_t NoteRepository::insert(const Note& note) {
    db_.prepare(
           "INSERT INTO notes (session_id, case_id, tool_id, template_id, body, status,"
           " signed_at, signed_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, note.session_id)
        .bind(2, note.case_id)
        .bind(3, note.tool_id)
        .bind(4, note.template_id)
        .bind(5, detail::json_to_column(note.fields))
        .bind(6, note.status)
        .bind(7, note.signed_at)
        .bind(8, note.signed_by)
        .bind(9, note.created_at)
        .bind(10, note.updated_at)
        .run();
    return db_.last_insert_id();
}

void NoteRepository::update_fields(std::int64_t id, const nlohmann::json& fields) {
    db_.prepare("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?")
        .bind(1, detail::json_to_column(fields))
        .bind(2, utc_now())
        .bind(3, id)
        .run();
    check_found(db_, id);
}

void NoteRepository::sign(std::int64_t id, const std::string& signed_by) {
    const std::string now = utc_now();
    db_.prepare(
           "UPDATE notes SET status = 'signed', signed_at = ?, signed_by = ?, updated_at = ?"
           " WHERE id = ?")
        .bind(1, now)
        .bind(2, signed_by)
        .bind(3, now)
        .bind(4, id)
        .run();
    check_found(db_, id);
}

std::int64_t NoteRepository::add_addendum(std::int64_t note_id, const std::string& text,
                                          const std::string& signed_by) {
    const std::string now = utc_now();
    db_.prepare(
           "INSERT INTO note_addenda (note_id, body, signed_at, signed_by, created_at)"
           " VALUES (?, ?, ?, ?, ?)")
        .bind(1, note_id)
        .bind(2, text)
        .bind(3, now)
        .bind(4, signed_by)
        .bind(5, now)
        .run();
    return db_.last_insert_id();
}

std::optional<Note> NoteRepository::find(std::int64_t id) {
    Statement query = db_.prepare(std::string(select_note) + " WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_note(query);
}

std::vector<Note> NoteRepository::for_session(std::int64_t session_id) {
    Statement query =
        db_.prepare(std::string(select_note) + " WHERE session_id = ? ORDER BY created_at, id");
    query.bind(1, session_id);
    std::vector<Note> notes;
    while (query.step())
        notes.push_back(read_note(query));
    return notes;
}

std::vector<Addendum> NoteRepository::addenda(std::int64_t note_id) {
    Statement query = db_.prepare(
        "SELECT id, note_id, body, signed_at, signed_by, created_at FROM note_addenda"
        " WHERE note_id = ? ORDER BY signed_at, id");
    query.bind(1, note_id);
    std::vector<Addendum> addenda;
    while (query.step()) {
        addenda.push_back({query.int64(0), query.int64(1), query.text(2), query.text(3),
                           query.text(4), query.text(5)});
    }
    return addenda;
}

}  // namespace counselor::core
