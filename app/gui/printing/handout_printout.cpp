#include "printing/handout_printout.hpp"

#include <wx/dc.h>
#include <wx/display.h>
#include <wx/graphics.h>

#include <cairo.h>

namespace counselor::gui {

HandoutPrintout::HandoutPrintout(const sdk::Document& document, const wxString& title,
                                 std::function<void()> printed)
    : wxPrintout(title), paged_(document), printed_(std::move(printed)) {}

void HandoutPrintout::OnEndPrinting() {
    if (!IsPreview() && printed_) printed_();
}

bool HandoutPrintout::HasPage(int page) {
    return page >= 1 && page <= paged_.page_count();
}

void HandoutPrintout::GetPageInfo(int* min_page, int* max_page, int* from_page, int* to_page) {
    *min_page = *from_page = 1;
    *max_page = *to_page = paged_.page_count();
}

bool HandoutPrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (!dc || !HasPage(page)) return false;
    // The layout is in points across the whole sheet, margins included.
    FitThisSizeToPaper(
        wxSize(static_cast<int>(paged_.page_width()), static_cast<int>(paged_.page_height())));
    cairo_t* cr = nullptr;
    bool scaled_by_wx = false;
    if (wxGraphicsContext* graphics = dc->GetGraphicsContext()) {
        // The preview draws on a graphics-context DC: wx has put the scale
        // to the paper into the cairo context already.
        cr = static_cast<cairo_t*>(graphics->GetNativeContext());
        scaled_by_wx = true;
    } else {
        // A printer's DC has no graphics context; its handle is the print
        // job's cairo context in device units, and wx scales only what it
        // draws itself. (Printing through the graphics context alone gave
        // blank sheets: found by the print test.)
        cr = static_cast<cairo_t*>(dc->GetHandle());
    }
    if (!cr) return false;
    cairo_save(cr);
    if (!scaled_by_wx) {
        constexpr int kSpan = 1000;  // logical units, for a precise scale
        const double x0 = dc->LogicalToDeviceX(0);
        const double y0 = dc->LogicalToDeviceY(0);
        cairo_translate(cr, x0, y0);
        cairo_scale(cr, (dc->LogicalToDeviceX(kSpan) - x0) / kSpan,
                    (dc->LogicalToDeviceY(kSpan) - y0) / kSpan);
    }
    paged_.draw_page(cr, page - 1);
    cairo_restore(cr);
    return true;
}

PrintPreviewFrame* show_print_preview(wxWindow* parent, const sdk::Document& document,
                                      const wxString& title, std::function<void()> printed) {
    auto* preview = new wxPrintPreview(new HandoutPrintout(document, title),
                                       new HandoutPrintout(document, title, std::move(printed)));
    if (!preview->IsOk()) {
        delete preview;
        return nullptr;
    }
    // A sheet's proportions, as tall as the screen allows.
    const wxRect screen = wxDisplay(parent).GetClientArea();
    const int height = std::min(screen.GetHeight() - 40, 1000);
    auto* frame = new PrintPreviewFrame(preview, parent, title, wxDefaultPosition,
                                        wxSize(std::max(600, height * 9 / 10), height));
    frame->Initialize();
    frame->Show();
    return frame;
}

bool PrintPreviewFrame::print() {
    return m_printPreview && m_printPreview->Print(true);
}

}  // namespace counselor::gui
