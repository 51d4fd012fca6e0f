#include "printing/document_export.hpp"

#include "widgets/wx_text.hpp"

#include <wx/filedlg.h>

namespace counselor::gui {

std::optional<ExportTarget> ask_export_target(wxWindow* parent, const wxString& title,
                                              const wxString& suggested_name) {
    wxFileDialog save(parent, title, "", suggested_name + ".pdf",
                      _("PDF (*.pdf)|*.pdf|Web page (*.html)|*.html"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return std::nullopt;
    return ExportTarget{utf8(save.GetPath()), save.GetFilterIndex() == 1 ? core::ExportFormat::html
                                                                         : core::ExportFormat::pdf};
}

}  // namespace counselor::gui
