/* The program's icon, drawn once with cairo and written as the hicolor theme
 * wants it: a scalable SVG and PNGs at fixed sizes. Two overlapping speech
 * bubbles (two people talking) with a heart in the front one.
 *
 * Usage: draw_icon OUT.svg
 *        draw_icon OUT.png SIZE
 *
 * Drawn on a 256x256 grid and scaled, so every size is the same picture. */
#include <cairo.h>
#include <cairo-svg.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A bubble: one outline, a rounded body with a tail on its bottom edge
 * starting around tail_x and pointing to (tip_x, tip_y). One path rather
 * than a body and a triangle, so the outline and the fill have no seam. */
static void bubble(cairo_t* cr, double x, double y, double w, double h, double tail_x,
                   double tip_x, double tip_y) {
    const double r = 30;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_line_to(cr, tail_x + 18, y + h);
    cairo_line_to(cr, tip_x, tip_y);
    cairo_line_to(cr, tail_x - 18, y + h);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

static void heart(cairo_t* cr, double cx, double cy, double s) {
    cairo_move_to(cr, cx, cy + 0.42 * s);
    cairo_curve_to(cr, cx - 0.15 * s, cy + 0.25 * s, cx - 0.52 * s, cy + 0.05 * s,
                   cx - 0.50 * s, cy - 0.18 * s);
    cairo_curve_to(cr, cx - 0.48 * s, cy - 0.42 * s, cx - 0.12 * s, cy - 0.48 * s,
                   cx, cy - 0.24 * s);
    cairo_curve_to(cr, cx + 0.12 * s, cy - 0.48 * s, cx + 0.48 * s, cy - 0.42 * s,
                   cx + 0.50 * s, cy - 0.18 * s);
    cairo_curve_to(cr, cx + 0.52 * s, cy + 0.05 * s, cx + 0.15 * s, cy + 0.25 * s,
                   cx, cy + 0.42 * s);
    cairo_close_path(cr);
}

static void draw(cairo_t* cr) {
    /* Back bubble: a calm teal, its tail to the lower left. */
    bubble(cr, 16, 28, 156, 116, 58, 36, 178);
    cairo_set_source_rgb(cr, 0x2a / 255.0, 0x7f / 255.0, 0x8e / 255.0);
    cairo_fill(cr);

    /* Front bubble: a warm coral, outlined in white so the two stay apart
     * where they overlap; its tail to the lower right. */
    bubble(cr, 84, 92, 156, 116, 198, 222, 242);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 12);
    cairo_stroke_preserve(cr);
    cairo_set_source_rgb(cr, 0xe0 / 255.0, 0x7a / 255.0, 0x5f / 255.0);
    cairo_fill(cr);

    heart(cr, 162, 152, 76);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill(cr);
}

int main(int argc, char** argv) {
    const double grid = 256;
    if (argc == 2) {
        cairo_surface_t* svg = cairo_svg_surface_create(argv[1], grid, grid);
        cairo_svg_surface_set_document_unit(svg, CAIRO_SVG_UNIT_PX);
        cairo_t* cr = cairo_create(svg);
        draw(cr);
        cairo_destroy(cr);
        cairo_surface_finish(svg);
        const cairo_status_t status = cairo_surface_status(svg);
        cairo_surface_destroy(svg);
        if (status != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "draw_icon: %s: %s\n", argv[1], cairo_status_to_string(status));
            return 1;
        }
        return 0;
    }
    if (argc == 3) {
        const int size = atoi(argv[2]);
        if (size < 16 || size > 1024) {
            fprintf(stderr, "draw_icon: size must be 16..1024, not %s\n", argv[2]);
            return 2;
        }
        cairo_surface_t* png = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size);
        cairo_t* cr = cairo_create(png);
        cairo_scale(cr, size / grid, size / grid);
        draw(cr);
        cairo_destroy(cr);
        const cairo_status_t status = cairo_surface_write_to_png(png, argv[1]);
        cairo_surface_destroy(png);
        if (status != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "draw_icon: %s: %s\n", argv[1], cairo_status_to_string(status));
            return 1;
        }
        return 0;
    }
    fprintf(stderr, "usage: draw_icon OUT.svg | draw_icon OUT.png SIZE\n");
    return 2;
}
