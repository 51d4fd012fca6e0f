// Where to save a printable document (a handout, a report) and as what: one
// dialog for every tab. The file is then written by the core's
// export_document, which the command line uses too.
#pragma once

#include <counselor/core/documents/export_document.hpp>

#include <wx/string.h>

#include <optional>
#include <string>

class wxWindow;

namespace counselor::gui {

struct ExportTarget {
    std::string path;
    core::ExportFormat format = core::ExportFormat::pdf;
};

// Asks for a PDF or web-page file (asking before replacing one); nullopt
// when the counselor cancels.
std::optional<ExportTarget> ask_export_target(wxWindow* parent, const wxString& title,
                                              const wxString& suggested_name);

}  // namespace counselor::gui
