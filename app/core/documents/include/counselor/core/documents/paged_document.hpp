// A document laid out on pages once, ready to draw onto any cairo context
// that measures in points: a PDF file, a printer, a print preview. What the
// counselor previews is therefore exactly what prints and what exports.
#pragma once

#include "counselor/core/documents/render_pdf.hpp"

#include <counselor/sdk/document.hpp>

#include <memory>

typedef struct _cairo cairo_t;

namespace counselor::core {

class PagedDocument {
  public:
    explicit PagedDocument(const sdk::Document& document, Paper paper = Paper::a4);
    ~PagedDocument();
    PagedDocument(const PagedDocument&) = delete;
    PagedDocument& operator=(const PagedDocument&) = delete;

    int page_count() const;
    double page_width() const;   // points
    double page_height() const;  // points

    // Draws page `index` (0-based) with the header and "Page N of M" footer,
    // origin at the top-left corner of the page.
    void draw_page(cairo_t* cr, int index) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace counselor::core
