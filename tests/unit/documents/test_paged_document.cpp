// The layout a print preview shows is the one the PDF carries: same pages,
// and each page really has something drawn on it.
#include "document_fixtures.hpp"
#include "pdf_tools.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/paged_document.hpp>
#include <counselor/core/documents/render_pdf.hpp>

#include <cairo.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>

using namespace counselor;

namespace {

// Dark pixels on page `index` drawn at 1 pixel per point onto white.
int ink_on_page(const core::PagedDocument& paged, int index) {
    const int width = static_cast<int>(paged.page_width());
    const int height = static_cast<int>(paged.page_height());
    // Owned, so a page that does not exist (draw_page throws) frees them too.
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), &cairo_surface_destroy);
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                &cairo_destroy);
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    paged.draw_page(cr.get(), index);
    cairo_surface_flush(surface.get());
    int dark = 0;
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < width; ++x) {
            if ((row[x] & 0xff) < 128) ++dark;  // blue channel of a dark pixel
        }
    }
    return dark;
}

}  // namespace

TEST_CASE("the print preview has the same pages as the PDF", "[pdf][preview]") {
    auto doc = test::every_block();
    doc.page_break().paragraph("A second page, on purpose.");
    core::PagedDocument paged(doc);
    REQUIRE(paged.page_count() >= 2);
    CHECK(paged.page_width() == Approx(595.276));  // A4 in points

    test::TempDir dir;
    std::ofstream out(dir / "doc.pdf", std::ios::binary);
    core::render_pdf(doc, out);
    out.close();
    CHECK(test::pdf_pages(dir / "doc.pdf") == paged.page_count());
}

TEST_CASE("every preview page has ink on it, a page that does not exist is refused",
          "[pdf][preview]") {
    auto doc = test::every_block();
    doc.page_break().paragraph("A second page, on purpose.");
    core::PagedDocument paged(doc, core::Paper::letter);
    CHECK(paged.page_height() == Approx(792));
    for (int p = 0; p < paged.page_count(); ++p) {
        INFO("page " << p);
        CHECK(ink_on_page(paged, p) > 50);  // a line of text and the footer at least
    }
    CHECK_THROWS(ink_on_page(paged, paged.page_count()));
}
