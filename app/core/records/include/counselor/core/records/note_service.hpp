// Session notes: drafted from a notes tool's template, edited while a draft,
// signed once, and then never changed; corrections are signed addenda.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/records/note_repository.hpp"
#include "counselor/core/records/session_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <counselor/sdk/document.hpp>
#include <counselor/sdk/form.hpp>
#include <counselor/sdk/tool.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

// A note format offered by a notes tool; its body carries the form of fields.
struct NoteTemplate {
    std::string tool_id;
    sdk::Template info;
    sdk::FormDefinition form;
};

struct NoteHistory {
    Note note;
    std::vector<Addendum> addenda;  // oldest first
    Session session;
};

class NoteService {
  public:
    NoteService(Database& db, PluginHost& plugins, std::string actor)
        : db_(db), plugins_(plugins), actor_(std::move(actor)) {}

    std::vector<NoteTemplate> templates();
    NoteTemplate find_template(const std::string& template_id);

    // A draft may leave required fields empty; what is filled in must fit.
    std::int64_t add(std::int64_t session_id, const std::string& template_id,
                     const nlohmann::json& fields);
    // Refused once the note is signed (and the database refuses it too).
    void edit(std::int64_t note_id, const nlohmann::json& fields);
    // Every required field must be filled in.
    void sign(std::int64_t note_id);
    std::int64_t add_addendum(std::int64_t note_id, const std::string& text);

    NoteHistory view(std::int64_t note_id);  // recorded in the audit log
    sdk::Document render(const NoteHistory& history);

  private:
    Note existing(std::int64_t note_id);
    Database& db_;
    PluginHost& plugins_;
    std::string actor_;
};

}  // namespace counselor::core
