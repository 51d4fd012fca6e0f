// Session notes and their addenda. A note is a draft until signed; the
// database itself refuses any change to a signed note or to an addendum.
#pragma once

#include "counselor/core/store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct Note {
    std::int64_t id = 0;
    std::optional<std::int64_t> session_id;
    std::int64_t case_id = 0;
    std::string tool_id;                               // the notes tool whose template it follows
    std::string template_id;                           // e.g. "soap"
    nlohmann::json fields = nlohmann::json::object();  // stored as the body
    std::string status = "draft";                      // draft | signed
    std::optional<std::string> signed_at;
    std::optional<std::string> signed_by;
    std::string created_at;
    std::string updated_at;

    bool signed_off() const { return status == "signed"; }
};

struct Addendum {
    std::int64_t id = 0;
    std::int64_t note_id = 0;
    std::string text;  // stored as the body
    std::string signed_at;
    std::string signed_by;
    std::string created_at;
};

class NoteRepository {
  public:
    explicit NoteRepository(Database& db) : db_(db) {}

    // Caller holds the transaction for all writes.
    std::int64_t add_draft(const Note& note);
    // A note stored as given: its status, signature and times (the demo
    // seeder writes signed notes of past sessions). The id is the database's.
    std::int64_t insert(const Note& note);
    // Replaces a draft's fields; on a signed note the database refuses
    // (DatabaseError carrying "signed notes cannot be changed").
    void update_fields(std::int64_t id, const nlohmann::json& fields);
    void sign(std::int64_t id, const std::string& signed_by);  // signed_at: now
    std::int64_t add_addendum(std::int64_t note_id, const std::string& text,
                              const std::string& signed_by);
    std::optional<Note> find(std::int64_t id);
    std::vector<Note> for_session(std::int64_t session_id);
    std::vector<Addendum> addenda(std::int64_t note_id);  // oldest first (signed_at, id)

  private:
    Database& db_;
};

}  // namespace counselor::core
