// A document as a PDF: selectable text in embedded fonts, wrapped and paged
// so that no line or table row is cut between pages, the practice header on
// every page and "Page N of M" at the foot (counted per copy when a
// document holds one copy per spouse).
#pragma once

#include <counselor/sdk/document.hpp>

#include <ostream>

namespace counselor::core {

enum class Paper { a4, letter };

struct PdfOptions {
    Paper paper = Paper::a4;
};

// Throws std::runtime_error if cairo cannot produce the PDF or `out` fails.
void render_pdf(const sdk::Document& document, std::ostream& out, const PdfOptions& options = {});

}  // namespace counselor::core
