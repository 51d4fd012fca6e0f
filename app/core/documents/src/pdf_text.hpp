// Owning handles for the cairo and pango objects the PDF renderer uses, and
// text layout in the renderer's few type styles. Internal to the core.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <vector>

namespace counselor::core::pdf {

template <auto Free>
struct Release {
    template <class T>
    void operator()(T* handle) const {
        if (handle) Free(handle);
    }
};
using Surface = std::unique_ptr<cairo_surface_t, Release<cairo_surface_destroy>>;
using Cairo = std::unique_ptr<cairo_t, Release<cairo_destroy>>;
using Context = std::unique_ptr<PangoContext, Release<g_object_unref>>;
// Shared: a laid-out paragraph is drawn later, by each unit cut from it.
using Layout = std::shared_ptr<PangoLayout>;

struct Color {
    double r = 0, g = 0, b = 0;
};
void set_color(cairo_t* cr, Color color);

struct Style {
    const char* family;  // a fontconfig family list, e.g. "DejaVu Serif,serif"
    double size;         // points
    bool bold = false;
    bool italic = false;
    Color color;
    double line_spacing = 1.0;  // of the font's own line height
};

enum class Align { left, centre, right };

// A pango context for `cr` measuring in points, with hinting off so that
// what is measured is exactly what is drawn in the PDF.
Context make_context(cairo_t* cr);

// `text` wrapped to `width` points (no wrapping when width <= 0).
Layout make_layout(PangoContext* context, const std::string& text, const Style& style, double width,
                   Align align = Align::left);

double height_of(PangoLayout* layout);
double width_of(PangoLayout* layout);  // the widest line, in points

// One line of a layout, with its place relative to the layout's top left.
struct Line {
    PangoLayoutLine* line;  // owned by the layout
    double x;               // where the line starts (alignment, right-to-left)
    double top;             // top of the line's slot, including line spacing
    double height;          // of the slot
    double baseline;        // from the layout's top
};
std::vector<Line> lines_of(PangoLayout* layout);

// Draws `line` of a layout whose top left is at (x, y).
void draw_line(cairo_t* cr, const Line& line, double x, double y, Color color);
void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, Color color);

}  // namespace counselor::core::pdf
