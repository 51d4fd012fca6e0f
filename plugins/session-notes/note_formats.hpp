// The three note formats (SOAP, DAP, BIRP). Each is a form the counselor fills
// in: the format's own fields, then fields every format shares (attendees,
// pastoral care, risk, homework, next appointment) under the same ids, so a
// note keeps its shared fields whichever format it is written in.
#pragma once

#include <counselor/sdk/sdk.hpp>

#include <string>
#include <vector>

namespace session_notes {

namespace sdk = counselor::sdk;

inline constexpr const char* kToolId = "session-note";

// A field of the format itself, always a long text.
struct FormatField {
    const char* id;
    const char* heading;
    const char* help;
};

struct NoteFormat {
    const char* id;     // soap, dap, birp: the template id
    const char* name;   // "SOAP"
    const char* title;  // "SOAP note"
    const char* description;
    std::vector<FormatField> fields;
};

const std::vector<NoteFormat>& note_formats();

// nullptr when no format has this id.
const NoteFormat* find_format(const std::string& id);

// The format's form, with the id "session-note-<format id>" unless given.
sdk::FormDefinition note_form(const NoteFormat& format, const std::string& form_id = {});

}  // namespace session_notes
