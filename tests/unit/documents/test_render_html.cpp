// The HTML rendering: self-contained, printable, and never executing what a
// client's name or a note happens to contain.
#include "document_fixtures.hpp"

#include <counselor/core/documents/render_html.hpp>

#include <catch2/catch.hpp>

using namespace counselor;
using Catch::Contains;

namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++count;
    return count;
}

}  // namespace

TEST_CASE("html: a client named as a script tag prints as text", "[render][html][bad-input]") {
    const std::string name = "<script>alert(1)</script>";
    auto doc = test::every_block(name);
    doc.header = "<b>Practice</b>";
    doc.title = "</title><script>x()</script>";
    doc.blocks.front().label = "<img src=x onerror=alert(2)>";
    const std::string html = core::render_html(doc);
    CHECK_THAT(html, Contains("For &lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(html, Contains("&lt;b&gt;Practice&lt;/b&gt;"));
    CHECK_THAT(html, Contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>"));
    CHECK_THAT(html, Contains("&lt;img src=x onerror=alert(2)&gt;"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("html: ampersands and both kinds of quote are escaped everywhere",
          "[render][html][bad-input]") {
    sdk::Document doc;
    doc.title = "Sam & Jo O'Brien";
    doc.subtitle = "\"Jo\" & 'Sam'";
    doc.table({"A & B"}, {{"\"quoted\""}});
    doc.tracker("Q's & A's", {"Mon"}, {"<row>"});
    const std::string html = core::render_html(doc);
    CHECK_THAT(html, Contains("Sam &amp; Jo O&#39;Brien"));
    CHECK_THAT(html, Contains("&quot;Jo&quot; &amp; &#39;Sam&#39;"));
    CHECK_THAT(html, Contains("<th dir=\"auto\">A &amp; B</th>"));
    CHECK_THAT(html, Contains("&quot;quoted&quot;"));
    CHECK_THAT(html, Contains("Q&#39;s &amp; A&#39;s"));
    CHECK_THAT(html, Contains("&lt;row&gt;"));
    CHECK(core::escape_html(std::string("a\0b\x07"
                                        "c\n",
                                        6)) == "abc\n");
}

TEST_CASE("html: one self-contained UTF-8 page with a print stylesheet", "[render][html]") {
    const std::string html = core::render_html(test::every_block());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK_THAT(html, Contains("<meta charset=\"utf-8\">"));
    CHECK_THAT(html, Contains("@page { size: A4; margin:"));
    CHECK_THAT(html, Contains("@media print"));
    // Nothing is fetched from elsewhere.
    CHECK(html.find("http") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
}

TEST_CASE("html: page breaks and copies start new printed pages", "[render][html]") {
    const std::string html = core::render_html(test::every_block());
    CHECK(count_of(html, "<div class=\"page-break\"></div>") == 1);
    CHECK_THAT(html, Contains(".page-break, .copy + .copy { break-before: page;"));
    // Each copy is a section with the practice header, the title and the name.
    CHECK(count_of(html, "<section class=\"copy\">") == 2);
    CHECK(count_of(html,
                   "<header class=\"page-header\" dir=\"auto\">Riverside Pastoral "
                   "Counseling · Pastor Ann Reyes</header>") == 2);
    CHECK(count_of(html, "<h1 class=\"title\" dir=\"auto\">Daily gratitude log</h1>") == 2);
    CHECK_THAT(html, Contains("<p class=\"subtitle\" dir=\"auto\">For Daniel Hartwell</p>"));
}

TEST_CASE("html: boxes, lines and tracker cells are drawn for paper", "[render][html]") {
    const std::string html = core::render_html(test::every_block());
    CHECK(count_of(html, "<span class=\"box\"></span>") == 2 * 7 + 1);
    CHECK(count_of(html, "<div class=\"line\"></div>") == 3 + 2);
    CHECK_THAT(html, Contains("<caption dir=\"auto\">Each day I</caption>"));
    CHECK_THAT(html, Contains("<ol>\n<li dir=\"auto\">Look for one good thing.</li>"));
    CHECK_THAT(html, Contains("<aside class=\"note\">"));
}
