// Saving a printable document (a handout, a report) as PDF or HTML, after
// asking where: one dialog and one writer, the core's export_document, which
// the command line uses too.
#pragma once

#include <counselor/sdk/document.hpp>

#include <wx/string.h>

#include <functional>
#include <optional>
#include <string>

class wxWindow;

namespace counselor::gui {

// Asks for a file, then renders with `produce` (only then: rendering may be
// audited) and writes it. The path written, or nullopt when cancelled.
// Throws core::UserError when the document or the file cannot be made.
std::optional<std::string> export_with_dialog(wxWindow* parent, const wxString& title,
                                              const wxString& suggested_name,
                                              const std::function<sdk::Document()>& produce);

}  // namespace counselor::gui
