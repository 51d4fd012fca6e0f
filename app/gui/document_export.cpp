#include "document_export.hpp"

#include "wx_text.hpp"

#include <counselor/core/export_document.hpp>

#include <wx/filedlg.h>

namespace counselor::gui {

std::optional<std::string> export_with_dialog(wxWindow* parent, const wxString& title,
                                              const wxString& suggested_name,
                                              const std::function<sdk::Document()>& produce) {
    wxFileDialog save(parent, title, "", suggested_name + ".pdf",
                      _("PDF (*.pdf)|*.pdf|Web page (*.html)|*.html"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return std::nullopt;
    const auto format =
        save.GetFilterIndex() == 1 ? core::ExportFormat::html : core::ExportFormat::pdf;
    const std::string path = utf8(save.GetPath());
    // The file dialog has already asked before replacing a file.
    core::export_document(produce(), format, path, true);
    return path;
}

}  // namespace counselor::gui
