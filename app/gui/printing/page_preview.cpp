#include "printing/page_preview.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <cairo.h>

namespace counselor::gui {

namespace {
constexpr int kGap = 12;  // DIPs around and between pages
}

PagePreview::PagePreview(wxWindow* parent) : wxScrolledCanvas(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(20));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { on_paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        update_virtual_size();
        Refresh();
    });
}

void PagePreview::show(const sdk::Document& document) {
    paged_ = std::make_unique<core::PagedDocument>(document);
    message_.clear();
    update_virtual_size();
    Scroll(0, 0);
    Refresh();
}

void PagePreview::show_message(const wxString& text) {
    paged_.reset();
    message_ = text;
    update_virtual_size();
    Refresh();
}

double PagePreview::scale() const {
    if (!paged_) return 1.0;
    const int width = GetClientSize().GetWidth() - 2 * FromDIP(kGap);
    return std::max(0.1, width / paged_->page_width());
}

void PagePreview::update_virtual_size() {
    if (!paged_) {
        SetVirtualSize(GetClientSize());
        return;
    }
    const int page_height = static_cast<int>(paged_->page_height() * scale());
    SetVirtualSize(GetClientSize().GetWidth(),
                   paged_->page_count() * (page_height + FromDIP(kGap)) + FromDIP(kGap));
}

void PagePreview::on_paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxColour(0xd4, 0xd6, 0xd9)));  // the desk the sheets lie on
    dc.Clear();
    if (!paged_) {
        dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        dc.DrawLabel(message_, wxRect(GetClientSize()).Deflate(FromDIP(kGap)),
                     wxALIGN_CENTRE_HORIZONTAL | wxALIGN_TOP);
        return;
    }
    std::unique_ptr<wxGraphicsContext> graphics(wxGraphicsContext::Create(dc));
    auto* cr = graphics ? static_cast<cairo_t*>(graphics->GetNativeContext()) : nullptr;
    if (!cr) return;
    const double factor = scale();
    const double gap = FromDIP(kGap);
    const double width = paged_->page_width() * factor;
    const double height = paged_->page_height() * factor;
    // Scrolling moves the pages up; the graphics context works in window pixels.
    cairo_translate(cr, 0, -CalcUnscrolledPosition(wxPoint(0, 0)).y);
    for (int page = 0; page < paged_->page_count(); ++page) {
        const double top = gap + page * (height + gap);
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);  // a thin shadow lifts the sheet
        cairo_rectangle(cr, gap + 2, top + 2, width, height);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_rectangle(cr, gap, top, width, height);
        cairo_fill(cr);
        cairo_translate(cr, gap, top);
        cairo_scale(cr, factor, factor);
        paged_->draw_page(cr, page);
        cairo_restore(cr);
    }
}

}  // namespace counselor::gui
