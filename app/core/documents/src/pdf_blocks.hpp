// Turns a document's title and blocks into the PDF renderer's units: the
// typography of the printed page lives here.
#pragma once

#include "pdf_pages.hpp"
#include "pdf_text.hpp"

#include <counselor/sdk/document.hpp>

#include <vector>

namespace counselor::core::pdf {

// The fonts are Debian's default DejaVu families; fontconfig supplies
// another font for any character they lack.
inline constexpr const char* kSerif = "DejaVu Serif,serif";
inline constexpr const char* kSans = "DejaVu Sans,sans-serif";

inline constexpr Color kInk{0.13, 0.13, 0.13};
inline constexpr Color kMuted{0.40, 0.40, 0.40};
inline constexpr Color kRule{0.62, 0.62, 0.62};

// The text column of a page, in points.
struct Frame {
    double left;
    double width;
};

std::vector<Unit> layout_document(PangoContext* context, const sdk::Document& document,
                                  Frame frame);

}  // namespace counselor::core::pdf
