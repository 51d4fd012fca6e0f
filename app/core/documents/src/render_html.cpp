#include "counselor/core/documents/render_html.hpp"

#include "counselor/core/documents/chart_scale.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace counselor::core {

namespace {

// Print first: A4 with the same margins as the PDF, boxes drawn with borders
// so they print without "background graphics", breaks kept out of rows.
constexpr const char* kStyle = R"css(
:root { color: #222; background: #fff; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45;
       margin: 2em auto; max-width: 42em; padding: 0 1.5em; }
.page-header { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #666;
               border-bottom: 0.5pt solid #bbb; padding-bottom: 3pt; margin-bottom: 18pt; }
h1, h2, h3, h4, .tracker caption, .note-label {
    font-family: "DejaVu Sans", Arial, sans-serif; color: #1f3550; }
h1.title { font-size: 20pt; margin: 0 0 4pt; }
.subtitle { font-family: "DejaVu Sans", Arial, sans-serif; color: #555; margin: 0 0 16pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; }
h3 { font-size: 12pt; margin: 14pt 0 4pt; }
h4 { font-size: 10.5pt; margin: 12pt 0 4pt; }
p, li, td, th { white-space: pre-line; }
.box { display: inline-block; width: 0.8em; height: 0.8em; border: 0.9pt solid #333;
       vertical-align: -0.1em; }
ul.checkboxes { list-style: none; padding-left: 0.5em; }
ul.checkboxes .box { margin-right: 0.6em; }
.writing { margin: 10pt 0; }
.writing .label { margin: 0 0 2pt; }
.writing .line { border-bottom: 0.6pt solid #999; height: 2em; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0; }
th, td { border: 0.6pt solid #aaa; padding: 4pt 6pt; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
td:empty::after { content: "\00a0"; }
table.plain td { height: 1.6em; }
.tracker caption { text-align: left; font-weight: bold; padding-bottom: 4pt; }
.tracker td { text-align: center; vertical-align: middle; }
.tracker thead th { text-align: center; }
.tracker th[scope=row] { font-weight: normal; background: none; }
figure.chart { margin: 10pt 0; }
figure.chart figcaption { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: bold;
                          color: #1f3550; margin-bottom: 4pt; }
figure.chart svg { width: 100%; height: auto; font-family: "DejaVu Sans", Arial, sans-serif; }
.note { background: #f5f1e8; border-left: 3pt solid #b08d57; padding: 6pt 10pt; margin: 10pt 0; }
.note p { margin: 0; }
.note .note-label { font-weight: bold; font-size: 9.5pt; margin-bottom: 3pt; }
.page-break, .copy + .copy { break-before: page; page-break-before: always; }
.page-break { height: 0; border: 0; margin: 0; }
@page { size: A4; margin: 20mm 20mm 22mm;
        @bottom-center { content: "Page " counter(page) " of " counter(pages);
                         font: 8.5pt "DejaVu Sans", sans-serif; color: #666; } }
@media screen { .page-break { border-top: 1px dashed #bbb; margin: 2em 0; }
                .copy + .copy { border-top: 2px solid #ccc; margin-top: 3em; padding-top: 2em; } }
@media print { body { margin: 0; max-width: none; padding: 0; }
               h2, h3, h4, .writing .label, caption { break-after: avoid; page-break-after: avoid; }
               tr, li, .line, .note, figure.chart { break-inside: avoid; page-break-inside: avoid; } }
)css";

// "#336194" for a fill given as 0-1 fractions.
std::string hex(const chart::SeriesLook& look) {
    char buffer[8];
    auto byte = [](double v) {
        return static_cast<unsigned>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
    };
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(look.r), byte(look.g), byte(look.b));
    return buffer;
}

class HtmlWriter {
  public:
    explicit HtmlWriter(const sdk::Document& document) : document_(document) {}

    std::string write() {
        out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             << "<title>" << escape_html(document_.title) << "</title>\n"
             << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
        open_copy(document_.title, document_.subtitle);
        const auto& blocks = document_.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            // A new copy starts its own page; no break of its own is needed.
            const bool title_follows =
                i + 1 < blocks.size() && blocks[i + 1].type == sdk::BlockType::title;
            if (blocks[i].type == sdk::BlockType::page_break && title_follows) continue;
            block(blocks[i]);
        }
        out_ << "</section>\n</body>\n</html>\n";
        return out_.str();
    }

  private:
    std::string text(const std::string& raw) { return escape_html(raw); }

    void open_copy(const std::string& title, const std::string& subtitle) {
        out_ << "<section class=\"copy\">\n";
        if (!document_.header.empty()) {
            out_ << "<header class=\"page-header\" dir=\"auto\">" << text(document_.header)
                 << "</header>\n";
        }
        if (!title.empty()) out_ << "<h1 class=\"title\" dir=\"auto\">" << text(title) << "</h1>\n";
        if (!subtitle.empty()) {
            out_ << "<p class=\"subtitle\" dir=\"auto\">" << text(subtitle) << "</p>\n";
        }
    }

    void items(const char* tag, const char* attributes, const std::vector<std::string>& list,
               bool boxes) {
        out_ << '<' << tag << attributes << ">\n";
        for (const auto& item : list) {
            out_ << "<li dir=\"auto\">" << (boxes ? "<span class=\"box\"></span>" : "")
                 << text(item) << "</li>\n";
        }
        out_ << "</" << tag << ">\n";
    }

    void table(const sdk::Block& b) {
        out_ << "<table class=\"plain\">\n<thead><tr>";
        for (const auto& column : b.columns)
            out_ << "<th dir=\"auto\">" << text(column) << "</th>";
        out_ << "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
            out_ << "<tr>";
            for (const auto& cell : row)
                out_ << "<td dir=\"auto\">" << text(cell) << "</td>";
            out_ << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    void tracker(const sdk::Block& b) {
        out_ << "<table class=\"tracker\">\n";
        if (!b.text.empty()) out_ << "<caption dir=\"auto\">" << text(b.text) << "</caption>\n";
        out_ << "<thead><tr><th></th>";
        for (const auto& column : b.columns)
            out_ << "<th scope=\"col\">" << text(column) << "</th>";
        out_ << "</tr></thead>\n<tbody>\n";
        for (const auto& label : b.row_labels) {
            out_ << "<tr><th scope=\"row\" dir=\"auto\">" << text(label) << "</th>";
            for (std::size_t c = 0; c < b.columns.size(); ++c)
                out_ << "<td><span class=\"box\"></span></td>";
            out_ << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    // An inline SVG drawn like the PDF's chart: the same fills, the second
    // series hatched, so it reads in grey print and without colour.
    void bar_chart(const sdk::Block& b) {
        constexpr double width = 640, legend_height = 24, plot_top = 44, plot_height = 200;
        constexpr double axis_x = 44, right = width - 8;
        const std::size_t chart_id = ++charts_;  // pattern ids must be unique in the page
        const std::size_t n = b.categories.size(), m = std::max<std::size_t>(b.series.size(), 1);
        const chart::Axis axis(b);
        const double group = n ? (right - axis_x) / static_cast<double>(n) : 0;
        const double bar = std::min(48.0, group * 0.76 / static_cast<double>(m));
        const double base = plot_top + plot_height;
        const double height = base + 40;
        auto y_of = [&](double fraction) { return base - plot_height * fraction; };
        auto fill_of = [&](std::size_t s) {
            return chart::series_look(s).hatched ? "url(#chart" + std::to_string(chart_id) +
                                                       "-hatch" + std::to_string(s) + ")"
                                                 : hex(chart::series_look(s));
        };

        out_ << "<figure class=\"chart\">\n";
        if (!b.text.empty())
            out_ << "<figcaption dir=\"auto\">" << text(b.text) << "</figcaption>\n";
        out_ << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << width << ' ' << height
             << "\" role=\"img\" aria-label=\"" << text(b.text.empty() ? "Bar chart" : b.text)
             << "\">\n<defs>";
        for (std::size_t s = 0; s < b.series.size(); ++s) {
            if (!chart::series_look(s).hatched) continue;
            out_ << "<pattern id=\"chart" << chart_id << "-hatch" << s
                 << "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
                    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\""
                 << hex(chart::series_look(s)) << "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
                 << "stroke=\""
                 << hex({chart::kHatch[0], chart::kHatch[1], chart::kHatch[2], false})
                 << "\" stroke-width=\"1.6\"/></pattern>";
        }
        out_ << "</defs>\n";
        double x = axis_x;
        for (std::size_t s = 0; s < b.series.size(); ++s) {
            out_ << "<rect x=\"" << x << "\" y=\"6\" width=\"11\" height=\"11\" fill=\""
                 << fill_of(s) << "\" stroke=\"#222\" stroke-width=\"0.6\"/>"
                 << "<text x=\"" << x + 16 << "\" y=\"16\" font-size=\"12\">"
                 << text(b.series[s].name) << "</text>\n";
            // The SVG cannot measure text; a generous guess keeps names apart.
            x += 16 + 7.5 * static_cast<double>(b.series[s].name.size()) + 20;
        }
        if (!b.axis_label.empty()) {
            out_ << "<text x=\"0\" y=\"" << legend_height + 8 << "\" font-size=\"10\" "
                 << "fill=\"#666\">" << text(b.axis_label) << "</text>\n";
        }
        for (double t : axis.ticks()) {
            const double y = y_of(axis.fraction(t));
            out_ << "<line x1=\"" << axis_x << "\" y1=\"" << y << "\" x2=\"" << right << "\" y2=\""
                 << y << "\" stroke=\"#ccc\" stroke-width=\"0.6\"/><text x=\"" << axis_x - 6
                 << "\" y=\"" << y + 4 << "\" font-size=\"11\" text-anchor=\"end\" fill=\"#666\">"
                 << chart::value_text(t) << "</text>\n";
        }
        for (std::size_t c = 0; c < n; ++c) {
            const double left = axis_x + group * static_cast<double>(c);
            const double bars_left = left + (group - bar * static_cast<double>(m)) / 2;
            for (std::size_t s = 0; s < b.series.size(); ++s) {
                const auto value = chart::value_at(b.series[s], c);
                const double bx = bars_left + bar * static_cast<double>(s);
                const double top = y_of(value ? axis.fraction(*value) : 0);
                if (value && base - top > 0.1) {
                    out_ << "<rect x=\"" << bx << "\" y=\"" << top << "\" width=\"" << bar
                         << "\" height=\"" << base - top << "\" fill=\"" << fill_of(s)
                         << "\" stroke=\"#222\" stroke-width=\"0.6\"><title>"
                         << text(b.series[s].name) << ", " << text(b.categories[c]) << ": "
                         << chart::value_text(*value) << "</title></rect>";
                }
                out_ << "<text x=\"" << bx + bar / 2 << "\" y=\"" << top - 3
                     << "\" font-size=\"10\" text-anchor=\"middle\">"
                     << (value ? chart::value_text(*value) : "\u2013") << "</text>\n";
            }
            out_ << "<text x=\"" << left + group / 2 << "\" y=\"" << base + 18
                 << "\" font-size=\"12\" text-anchor=\"middle\">" << text(b.categories[c])
                 << "</text>\n";
        }
        out_ << "<line x1=\"" << axis_x << "\" y1=\"" << base << "\" x2=\"" << right << "\" y2=\""
             << base << "\" stroke=\"#222\"/><line x1=\"" << axis_x << "\" y1=\"" << base
             << "\" x2=\"" << axis_x << "\" y2=\"" << plot_top << "\" stroke=\"#222\"/>\n";
        out_ << "</svg>\n</figure>\n";
    }

    void writing_lines(const sdk::Block& b) {
        out_ << "<div class=\"writing\">\n";
        if (!b.text.empty()) out_ << "<p class=\"label\" dir=\"auto\">" << text(b.text) << "</p>\n";
        for (int i = 0; i < b.lines; ++i)
            out_ << "<div class=\"line\"></div>\n";
        out_ << "</div>\n";
    }

    void block(const sdk::Block& b) {
        using T = sdk::BlockType;
        switch (b.type) {
            case T::heading: {
                // h1 is the document's title; a level 1 heading is one below it.
                const int h = std::clamp(b.level, 1, 3) + 1;
                out_ << "<h" << h << " dir=\"auto\">" << text(b.text) << "</h" << h << ">\n";
                break;
            }
            case T::paragraph:
                out_ << "<p dir=\"auto\">" << text(b.text) << "</p>\n";
                break;
            case T::list:
                items(b.ordered ? "ol" : "ul", "", b.items, false);
                break;
            case T::checkboxes:
                items("ul", " class=\"checkboxes\"", b.items, true);
                break;
            case T::writing_lines:
                writing_lines(b);
                break;
            case T::table:
                table(b);
                break;
            case T::tracker:
                tracker(b);
                break;
            case T::bar_chart:
                bar_chart(b);
                break;
            case T::note:
                out_ << "<aside class=\"note\">\n";
                if (!b.label.empty()) {
                    out_ << "<p class=\"note-label\" dir=\"auto\">" << text(b.label) << "</p>\n";
                }
                out_ << "<p dir=\"auto\">" << text(b.text) << "</p>\n</aside>\n";
                break;
            case T::page_break:
                out_ << "<div class=\"page-break\"></div>\n";
                break;
            case T::title:
                out_ << "</section>\n";
                open_copy(b.text, b.subtitle);
                break;
        }
    }

    const sdk::Document& document_;
    std::ostringstream out_;
    std::size_t charts_ = 0;
};

}  // namespace

std::string escape_html(std::string_view raw) {
    std::string escaped;
    escaped.reserve(raw.size());
    for (char c : raw) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&#39;";
                break;
            default:
                // Control characters other than tab and newline are not allowed in HTML.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
                if (c == 0x7F) break;
                escaped += c;
        }
    }
    return escaped;
}

std::string render_html(const sdk::Document& document) {
    return HtmlWriter(document).write();
}

}  // namespace counselor::core
