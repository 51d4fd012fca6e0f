#include "counselor/core/documents/paged_document.hpp"

#include "pdf_blocks.hpp"
#include "pdf_pages.hpp"
#include "pdf_text.hpp"

#include <string>
#include <vector>

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

struct PagedDocument::Impl {
    PageGeometry page;
    // Text is measured on a recording surface with fixed font options, so the
    // layout is the same whatever the pages are finally drawn on.
    Surface measure{cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr)};
    Cairo measure_cr{cairo_create(measure.get())};
    Context context{make_context(measure_cr.get())};
    std::string header;
    std::vector<Unit> units;
    std::vector<Page> pages;
    std::vector<std::pair<int, int>> numbers;
};

PagedDocument::PagedDocument(const sdk::Document& document, Paper paper)
    : impl_(std::make_unique<Impl>()) {
    impl_->page = geometry(paper);
    impl_->header = document.header;
    impl_->units = layout_document(impl_->context.get(), document, impl_->page.frame());
    impl_->pages = paginate(impl_->units, impl_->page.content_top, impl_->page.content_bottom());
    impl_->numbers = page_numbers(impl_->pages);
}

PagedDocument::~PagedDocument() = default;

int PagedDocument::page_count() const {
    return static_cast<int>(impl_->pages.size());
}
double PagedDocument::page_width() const {
    return impl_->page.width;
}
double PagedDocument::page_height() const {
    return impl_->page.height;
}

void PagedDocument::draw_page(cairo_t* cr, int index) const {
    const auto& page = impl_->pages.at(static_cast<std::size_t>(index));
    draw_header(cr, impl_->context.get(), impl_->header, impl_->page);
    for (const auto& placed : page.placed)
        impl_->units[placed.unit].draw(cr, placed.top);
    draw_footer(cr, impl_->context.get(), impl_->numbers[static_cast<std::size_t>(index)],
                impl_->page);
}

}  // namespace counselor::core
