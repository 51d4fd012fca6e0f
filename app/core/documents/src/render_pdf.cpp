#include "counselor/core/documents/render_pdf.hpp"

#include "counselor/core/documents/paged_document.hpp"
#include "pdf_text.hpp"

#include <cairo-pdf.h>

#include <stdexcept>
#include <string>

namespace counselor::core {

namespace {

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
    return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

}  // namespace

void render_pdf(const sdk::Document& document, std::ostream& out, const PdfOptions& options) {
    const PagedDocument paged(document, options.paper);
    pdf::Surface surface(cairo_pdf_surface_create_for_stream(
        &write_to_stream, &out, paged.page_width(), paged.page_height()));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                   "Counselor Workstation");
    pdf::Cairo cr(cairo_create(surface.get()));
    for (int p = 0; p < paged.page_count(); ++p) {
        paged.draw_page(cr.get(), p);
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
