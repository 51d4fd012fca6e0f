// Printing and previewing a document: the pages are the core's PagedDocument,
// drawn through the printer's (or the preview's) cairo context, so paper,
// preview and the exported PDF are one and the same layout.
#pragma once

#include <counselor/core/paged_document.hpp>

#include <wx/print.h>

namespace counselor::gui {

class HandoutPrintout : public wxPrintout {
  public:
    HandoutPrintout(const sdk::Document& document, const wxString& title);

    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from_page, int* to_page) override;
    bool OnPrintPage(int page) override;

  private:
    core::PagedDocument paged_;
};

// Opens the print preview of `document` in its own frame (Print from there).
// Returns the frame, or nullptr when no preview could be made.
wxFrame* show_print_preview(wxWindow* parent, const sdk::Document& document, const wxString& title);

}  // namespace counselor::gui
