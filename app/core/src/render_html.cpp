#include "counselor/core/render_html.hpp"

#include <algorithm>
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
               tr, li, .line, .note { break-inside: avoid; page-break-inside: avoid; } }
)css";

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
