// A document's pages drawn small inside a window, one under the other, as
// they will print: the core's PagedDocument through the window's cairo
// context, so the live preview and the paper agree.
#pragma once

#include <counselor/core/documents/paged_document.hpp>

#include <wx/scrolwin.h>

#include <memory>

namespace counselor::gui {

class PagePreview : public wxScrolledCanvas {
  public:
    explicit PagePreview(wxWindow* parent);

    void show(const sdk::Document& document);
    // No document: the text says why (nothing chosen, or the plugin failed).
    void show_message(const wxString& text);
    int page_count() const { return paged_ ? paged_->page_count() : 0; }

  private:
    void on_paint();
    double scale() const;  // page points to pixels, to fit the width
    void update_virtual_size();

    std::unique_ptr<core::PagedDocument> paged_;
    wxString message_;
};

}  // namespace counselor::gui
