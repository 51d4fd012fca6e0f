// Pagination for the PDF renderer. A document is first cut into units that
// must not be split (a line of a paragraph, a list item, a table row, one
// writing line); this places them on pages, keeping headings with what
// follows, and repeating a table's header row on the page it continues on.
#pragma once

#include <cairo.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace counselor::core::pdf {

enum class Break {
    none,
    page,  // start a new page, unless this one is still empty
    copy   // the same, and count pages from 1 again
};

struct Unit {
    double height = 0;        // points
    double space_before = 0;  // left out at the top of a page
    bool keep_with_next = false;
    Break breaks = Break::none;
    std::optional<std::size_t> header;  // unit placed first if this one starts a page
    std::function<void(cairo_t*, double top)> draw;
};

struct Placed {
    std::size_t unit;
    double top;
};

struct Page {
    std::vector<Placed> placed;
    int copy = 0;
};

// Places `units` between `top` and `bottom` of each page. A unit taller
// than a whole page gets a page of its own and runs past its foot.
std::vector<Page> paginate(const std::vector<Unit>& units, double top, double bottom);

}  // namespace counselor::core::pdf
