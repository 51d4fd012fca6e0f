#include "pdf_text.hpp"

#include "counselor/core/platform/utf8.hpp"

namespace counselor::core::pdf {

namespace {

using FontOptions = std::unique_ptr<cairo_font_options_t, Release<cairo_font_options_destroy>>;
using FontDescription = std::unique_ptr<PangoFontDescription, Release<pango_font_description_free>>;
using LayoutIter = std::unique_ptr<PangoLayoutIter, Release<pango_layout_iter_free>>;

double points(int pango_units) {
    return pango_units_to_double(pango_units);
}

PangoAlignment pango_alignment(Align align) {
    switch (align) {
        case Align::centre:
            return PANGO_ALIGN_CENTER;
        case Align::right:
            return PANGO_ALIGN_RIGHT;
        case Align::left:
            break;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

void set_color(cairo_t* cr, Color color) {
    cairo_set_source_rgb(cr, color.r, color.g, color.b);
}

Context make_context(cairo_t* cr) {
    Context context(pango_cairo_create_context(cr));
    FontOptions options(cairo_font_options_create());
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), options.get());
    // Glyphs placed at fractional positions: even spacing on paper.
    pango_context_set_round_glyph_positions(context.get(), FALSE);
    return context;
}

Layout make_layout(PangoContext* context, const std::string& text, const Style& style, double width,
                   Align align) {
    Layout layout(pango_layout_new(context), g_object_unref);
    FontDescription font(pango_font_description_new());
    pango_font_description_set_family(font.get(), style.family);
    // Absolute size: points on the page, whatever the context's resolution.
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(),
                                     style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    if (width > 0) {
        pango_layout_set_width(layout.get(), pango_units_from_double(width));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout.get(), pango_alignment(align));
    pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
    const std::string clean = utf8::printable(text);
    pango_layout_set_text(layout.get(), clean.c_str(), static_cast<int>(clean.size()));
    return layout;
}

double height_of(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return points(logical.height);
}

double width_of(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return points(logical.width);
}

std::vector<Line> lines_of(PangoLayout* layout) {
    std::vector<Line> lines;
    LayoutIter iter(pango_layout_get_iter(layout));
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
        int y0 = 0, y1 = 0;
        pango_layout_iter_get_line_yrange(iter.get(), &y0, &y1);
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter.get());
        PangoRectangle own;
        pango_layout_line_get_extents(line, nullptr, &own);
        // The iterator's x includes the alignment offset; the line's own x
        // is what show_layout_line adds by itself.
        lines.push_back({line, points(logical.x - own.x), points(y0), points(y1 - y0),
                         points(pango_layout_iter_get_baseline(iter.get()))});
    } while (pango_layout_iter_next_line(iter.get()));
    return lines;
}

void draw_line(cairo_t* cr, const Line& line, double x, double y, Color color) {
    set_color(cr, color);
    cairo_move_to(cr, x + line.x, y + line.baseline);
    pango_cairo_show_layout_line(cr, line.line);
}

void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, Color color) {
    set_color(cr, color);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

}  // namespace counselor::core::pdf
