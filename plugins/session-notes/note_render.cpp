#include "note_render.hpp"

#include "note_formats.hpp"

#include <string>
#include <vector>

namespace session_notes {

namespace {

using nlohmann::json;

void require(bool condition, const std::string& message) {
    if (!condition) throw sdk::BadInput("session note: " + message);
}

std::string string_field(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "Naomi", "Naomi and Daniel", "Naomi, Daniel and Ruth".
std::string join_names(const json& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i].get<std::string>();
    }
    return out;
}

// "2026-11-21 14:00 (50 minutes) with Naomi Hartwell and Daniel Hartwell"
std::string session_line(const json& session) {
    std::string line = string_field(session, "starts_at");
    if (auto minutes = session.find("minutes"); minutes != session.end() && minutes->is_number()) {
        line += " (" + std::to_string(minutes->get<int>()) + " minutes)";
    }
    const json attendees = session.value("attendees", json::array());
    require(attendees.is_array(), "session.attendees must be an array of names");
    for (const auto& name : attendees)
        require(name.is_string(), "session.attendees must be an array of names");
    if (!attendees.empty()) line += " with " + join_names(attendees);
    return line;
}

// "Case: Rebuilding trust. Counselor: R. Alvarez, Grace Counseling."
void preface(sdk::Document& doc, const json& request) {
    const json practice = request.value("practice", json::object());
    const json kase = request.value("case", json::object());
    std::string line;
    if (auto title = string_field(kase, "title"); !title.empty()) line = "Case: " + title + ".";
    if (auto counselor = string_field(practice, "counselor_name"); !counselor.empty()) {
        const std::string name = string_field(practice, "practice_name");
        if (!line.empty()) line += " ";
        line += "Counselor: " + counselor + (name.empty() ? "" : ", " + name) + ".";
    }
    if (!line.empty()) doc.paragraph(line);
}

// Paragraphs as the counselor typed them: a blank line starts a new one.
void paragraphs(sdk::Document& doc, const std::string& text) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        std::string part = text.substr(start, end - start);
        if (part.find_first_not_of(" \n\r\t") != std::string::npos) doc.paragraph(part);
        start = end + 2;
    }
}

// A field's printed value, or "" when it was left empty.
std::string value_text(const sdk::Item& item, const json& value) {
    if (value.is_null()) return {};
    if (item.type == sdk::ItemType::boolean) {
        require(value.is_boolean(), "field \"" + item.id + "\" must be true or false");
        return value.get<bool>() ? "Yes" : "No";
    }
    require(value.is_string(), "field \"" + item.id + "\" must be text");
    // A choice prints as the counselor read it: its label, not its value.
    if (const sdk::Option* option = item.find_option(value.get<std::string>()))
        return option->label;
    return value.get<std::string>();
}

// Refused rather than skipped, so nothing the counselor wrote is silently
// left off the printout.
void require_known_fields(const sdk::FormDefinition& form, const json& fields) {
    for (const auto& [id, value] : fields.items()) {
        require(form.find_item(id) != nullptr,
                "field \"" + id + "\" is not part of the " + form.title);
    }
}

// Each filled field under its heading, section by section; fields the
// branching does not ask (risk details without risk) are left out.
void note_fields(sdk::Document& doc, const sdk::FormDefinition& form, const json& fields) {
    const auto asked = sdk::enabled_items(form, sdk::Answers(fields));
    for (const auto& section : form.sections) {
        bool section_started = false;
        for (const auto& item : section.items) {
            auto value = fields.find(item.id);
            if (value == fields.end() || !asked.count(item.id)) continue;
            const std::string text = value_text(item, *value);
            if (text.find_first_not_of(" \n\r\t") == std::string::npos) continue;
            if (!section_started) doc.heading(section.title, 1);
            section_started = true;
            doc.heading(item.text, 2);
            paragraphs(doc, text);
        }
    }
}

std::string signed_line(const std::string& by, const std::string& at) {
    return "Signed by " + by + (at.empty() ? "" : " at " + at);
}

void signature(sdk::Document& doc, const json& note) {
    const std::string status = string_field(note, "status");
    if (status == "draft") {
        doc.paragraph("DRAFT — not signed");
        return;
    }
    require(status == "signed", "note.status must be \"draft\" or \"signed\"");
    const std::string by = string_field(note, "signed_by");
    const std::string at = string_field(note, "signed_at");
    require(!by.empty() && !at.empty(), "a signed note needs signed_by and signed_at");
    doc.paragraph(signed_line(by, at));
}

// In the order given: the host keeps them in the order they were added.
void addenda(sdk::Document& doc, const json& note) {
    const json list = note.value("addenda", json::array());
    require(list.is_array(), "note.addenda must be an array");
    if (list.empty()) return;
    doc.heading("Addenda", 1);
    std::size_t number = 0;
    for (const auto& addendum : list) {
        require(addendum.is_object(), "each addendum must be an object");
        const std::string by = string_field(addendum, "signed_by");
        const std::string at = string_field(addendum, "signed_at");
        doc.heading("Addendum " + std::to_string(++number) + (at.empty() ? "" : ", " + at), 2);
        paragraphs(doc, string_field(addendum, "text"));
        doc.paragraph(by.empty() ? "Not signed yet" : signed_line(by, at));
    }
}

}  // namespace

sdk::Document render_note(const json& request) {
    require(request.is_object(), "the request must be a JSON object");
    require(request.contains("note") && request["note"].is_object(),
            "the request needs a \"note\" object");
    const json& note = request["note"];
    const NoteFormat* format = find_format(string_field(note, "template"));
    require(format != nullptr, "note.template must be soap, dap or birp");
    const json fields = note.value("fields", json::object());
    require(fields.is_object(), "note.fields must be an object");
    const auto form = note_form(*format);
    require_known_fields(form, fields);

    sdk::Document doc;
    doc.title = std::string("Session note (") + format->name + ")";
    doc.subtitle = session_line(request.value("session", json::object()));
    preface(doc, request);
    note_fields(doc, form, fields);
    signature(doc, note);
    addenda(doc, note);
    return doc;
}

}  // namespace session_notes
