#include "counselor/core/render_pdf.hpp"

#include "pdf_blocks.hpp"
#include "pdf_pages.hpp"
#include "pdf_text.hpp"

#include <cairo-pdf.h>

#include <stdexcept>
#include <string>

namespace counselor::core {

namespace {

using namespace pdf;

struct PageGeometry {
    double width, height;
    double margin = 56.7;  // 20 mm at the sides
    double header_top = 34;
    double content_top = 78;
    double footer_gap = 40;  // from the foot of the page to the footer's baseline area
    double content_bottom() const { return height - 64; }
    Frame frame() const { return {margin, width - 2 * margin}; }
};

PageGeometry geometry(Paper paper) {
    return paper == Paper::letter ? PageGeometry{612, 792} : PageGeometry{595.276, 841.89};
}

const Style kHeader{kSans, 8, false, false, kMuted, 1.0};

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
    return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

// Page N of M, counted within each copy.
std::vector<std::pair<int, int>> page_numbers(const std::vector<Page>& pages) {
    std::vector<std::pair<int, int>> numbers;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const bool new_copy = i == 0 || pages[i].copy != pages[i - 1].copy;
        numbers.push_back({new_copy ? 1 : numbers.back().first + 1, 0});
    }
    for (std::size_t i = pages.size(); i-- > 0;) {
        const bool last_of_copy = i + 1 == pages.size() || pages[i + 1].copy != pages[i].copy;
        numbers[i].second = last_of_copy ? numbers[i].first : numbers[i + 1].second;
    }
    return numbers;
}

void draw_header(cairo_t* cr, PangoContext* context, const std::string& header,
                 const PageGeometry& page) {
    if (header.empty()) return;
    const Frame frame = page.frame();
    auto text = make_layout(context, header, kHeader, frame.width);
    draw_layout(cr, text.get(), frame.left, page.header_top, kHeader.color);
    const double rule = page.header_top + height_of(text.get()) + 4;
    set_color(cr, kRule);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, frame.left, rule);
    cairo_line_to(cr, frame.left + frame.width, rule);
    cairo_stroke(cr);
}

void draw_footer(cairo_t* cr, PangoContext* context, std::pair<int, int> number,
                 const PageGeometry& page) {
    const Frame frame = page.frame();
    const std::string text =
        "Page " + std::to_string(number.first) + " of " + std::to_string(number.second);
    auto footer = make_layout(context, text, kHeader, frame.width, Align::centre);
    draw_layout(cr, footer.get(), frame.left, page.height - page.footer_gap, kHeader.color);
}

}  // namespace

void render_pdf(const sdk::Document& document, std::ostream& out, const PdfOptions& options) {
    const PageGeometry page = geometry(options.paper);
    Surface surface(
        cairo_pdf_surface_create_for_stream(&write_to_stream, &out, page.width, page.height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                   "Counselor Workstation");
    Cairo cr(cairo_create(surface.get()));
    Context context = make_context(cr.get());

    // First pass: measure and place everything, so the page count is known
    // before the first footer is drawn.
    const auto units = layout_document(context.get(), document, page.frame());
    const auto pages = paginate(units, page.content_top, page.content_bottom());
    const auto numbers = page_numbers(pages);

    for (std::size_t p = 0; p < pages.size(); ++p) {
        draw_header(cr.get(), context.get(), document.header, page);
        for (const auto& placed : pages[p].placed)
            units[placed.unit].draw(cr.get(), placed.top);
        draw_footer(cr.get(), context.get(), numbers[p], page);
        cairo_show_page(cr.get());
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    const cairo_status_t status = cairo_surface_status(surface.get());
    if (status != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error(std::string("could not write the PDF: ") +
                                 cairo_status_to_string(status));
    }
}

}  // namespace counselor::core
