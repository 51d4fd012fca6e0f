// Printing and previewing a document: the pages are the core's PagedDocument,
// drawn through the printer's (or the preview's) cairo context, so paper,
// preview and the exported PDF are one and the same layout.
#pragma once

#include <counselor/core/documents/paged_document.hpp>

#include <wx/print.h>

#include <functional>

namespace counselor::gui {

class HandoutPrintout : public wxPrintout {
  public:
    // `printed` runs once the pages went to a printer (or file), never for a preview.
    HandoutPrintout(const sdk::Document& document, const wxString& title,
                    std::function<void()> printed = {});

    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from_page, int* to_page) override;
    bool OnPrintPage(int page) override;
    void OnEndPrinting() override;

  private:
    core::PagedDocument paged_;
    std::function<void()> printed_;
};

// The print preview's frame: its Print button prints the document (and
// runs `printed`, e.g. to write the audit row).
class PrintPreviewFrame : public wxPreviewFrame {
  public:
    using wxPreviewFrame::wxPreviewFrame;
    // What the Print button does: the print dialog, then the printer. False
    // when nothing was printed (cancelled, or the printer failed).
    bool print();
};

// Opens the print preview of `document` in its own frame. Returns the frame,
// or nullptr when no preview could be made.
PrintPreviewFrame* show_print_preview(wxWindow* parent, const sdk::Document& document,
                                      const wxString& title, std::function<void()> printed = {});

}  // namespace counselor::gui
