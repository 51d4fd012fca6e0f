// The PDF as a person's viewer sees it, read back with poppler's tools:
// text that can be selected and searched, page numbers, the header on
// every page, fonts embedded, and any script printed as written.
#include "document_fixtures.hpp"
#include "pdf_tools.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/render_pdf.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace counselor;
using Catch::Contains;
using test::count_of;

namespace {

std::filesystem::path write_pdf(const test::TempDir& dir, const sdk::Document& doc,
                                const core::PdfOptions& options = {}) {
    std::ostringstream bytes;
    core::render_pdf(doc, bytes, options);
    const auto file = dir / "out.pdf";
    test::write_file(file, bytes.str());
    return file;
}

// pdftotext separates pages with a form feed; the last page ends with one.
std::vector<std::string> pages_of(const std::string& text) {
    std::vector<std::string> pages;
    std::istringstream in(text);
    for (std::string page; std::getline(in, page, '\f');)
        pages.push_back(page);
    if (!pages.empty() && pages.back().find_first_not_of("\n ") == std::string::npos) {
        pages.pop_back();
    }
    return pages;
}

sdk::Document long_document(int paragraphs) {
    sdk::Document doc;
    doc.header = "Riverside Pastoral Counseling · Pastor Ann Reyes";
    doc.title = "A long handout";
    for (int i = 1; i <= paragraphs; ++i) {
        doc.paragraph("Paragraph " + std::to_string(i) +
                      ": a few sentences long enough to wrap across the page. Take your time, "
                      "answer honestly, and skip anything you are not ready for yet.");
    }
    return doc;
}

}  // namespace

TEST_CASE("pdf: title, name, header and page number are real text", "[render][pdf]") {
    test::TempDir dir;
    const auto pdf = write_pdf(dir, test::every_block());
    const std::string text = test::pdf_text(pdf);
    CHECK_THAT(text, Contains("Daily gratitude log"));
    CHECK_THAT(text, Contains("For Naomi Hartwell"));
    CHECK_THAT(text, Contains("Riverside Pastoral Counseling · Pastor Ann Reyes"));
    CHECK_THAT(text, Contains("Page 1 of"));
    CHECK_THAT(text, Contains("Looked for one good thing"));
    CHECK_THAT(text, Contains("One line a day is plenty."));
    CHECK(test::pdf_info(pdf, "Title") == "Daily gratitude log");
}

TEST_CASE("pdf: page breaks, copies and per-copy page numbers", "[render][pdf]") {
    test::TempDir dir;
    const auto pdf = write_pdf(dir, test::every_block());
    // Naomi's copy runs to a page break (2 pages); Daniel's copy is 1 page.
    REQUIRE(test::pdf_pages(pdf) == 3);
    const auto pages = pages_of(test::pdf_text(pdf));
    REQUIRE(pages.size() == 3);
    CHECK_THAT(pages[0], Contains("Page 1 of 2") && Contains("For Naomi Hartwell"));
    CHECK_THAT(pages[1], Contains("Page 2 of 2") && Contains("For next time"));
    CHECK_THAT(pages[2], Contains("Page 1 of 1") && Contains("For Daniel Hartwell") &&
                             Contains("Daily gratitude log") && Contains("The second copy."));
    for (const auto& page : pages)
        CHECK_THAT(page, Contains("Riverside Pastoral Counseling"));
}

TEST_CASE("pdf: overflowing content flows onto numbered pages, every line kept", "[render][pdf]") {
    test::TempDir dir;
    const auto pdf = write_pdf(dir, long_document(60));
    const int count = test::pdf_pages(pdf);
    CHECK(count >= 3);
    const auto pages = pages_of(test::pdf_text(pdf));
    REQUIRE(pages.size() == static_cast<std::size_t>(count));
    for (int p = 0; p < count; ++p) {
        const std::string number = "Page " + std::to_string(p + 1) + " of " + std::to_string(count);
        CHECK_THAT(pages[static_cast<std::size_t>(p)],
                   Contains(number) && Contains("Riverside Pastoral Counseling"));
    }
    const std::string text = test::pdf_text(pdf);
    for (int i = 1; i <= 60; ++i)
        CHECK(count_of(text, "Paragraph " + std::to_string(i) + ":") == 1);
}

TEST_CASE("pdf: a long table repeats its header row and never splits a row", "[render][pdf]") {
    sdk::Document doc;
    doc.title = "Sessions";
    std::vector<std::vector<std::string>> rows;
    for (int i = 1; i <= 90; ++i)
        rows.push_back({"Row " + std::to_string(i), "first line\nsecond line"});
    doc.table({"Which row", "What happened"}, rows);
    test::TempDir dir;
    const auto pdf = write_pdf(dir, doc);
    const auto pages = pages_of(test::pdf_text(pdf));
    REQUIRE(pages.size() >= 3);
    for (const auto& page : pages) {
        CHECK(count_of(page, "Which row") == 1);
        // Each row's two lines stay on one page together.
        CHECK(count_of(page, "first line") == count_of(page, "second line"));
    }
}

TEST_CASE("pdf: accents, Hebrew, Arabic and emoji survive", "[render][pdf]") {
    sdk::Document doc;
    doc.title = "Trade places";
    doc.subtitle = "For José Ñúñez 😀 שלום";
    // No lam-alef here: pdftotext reads that ligature back with its two
    // letters swapped, though the page shows it right.
    doc.paragraph("مرحبا بكم");
    test::TempDir dir;
    const auto pdf = write_pdf(dir, doc);
    const std::string text = test::pdf_text(pdf);
    INFO(text);
    CHECK_THAT(text, Contains("José Ñúñez"));
    CHECK_THAT(text, Contains("שלום"));
    CHECK_THAT(text, Contains("مرحبا"));
    CHECK_THAT(text, Contains("😀"));
}

TEST_CASE("pdf: every font is embedded", "[render][pdf]") {
    test::TempDir dir;
    auto doc = test::every_block("José Ñúñez 😀 שלום");
    const auto fonts = test::pdf_fonts(write_pdf(dir, doc));
    INFO(fonts);
    std::istringstream lines(fonts);
    std::string line;
    std::getline(lines, line);  // column names
    std::getline(lines, line);  // rule
    int listed = 0;
    while (std::getline(lines, line)) {
        ++listed;
        // Columns: name type encoding emb sub uni object ID
        std::istringstream columns(line);
        std::vector<std::string> words;
        for (std::string w; columns >> w;)
            words.push_back(w);
        REQUIRE(words.size() >= 6);
        CHECK(words[words.size() - 5] == "yes");  // emb
    }
    CHECK(listed >= 2);
    CHECK_THAT(fonts, Contains("DejaVu"));
}

TEST_CASE("pdf: A4 by default, Letter when asked", "[render][pdf]") {
    test::TempDir dir;
    CHECK_THAT(test::pdf_info(write_pdf(dir, long_document(1)), "Page size"),
               Contains("595.276 x 841.89"));
    CHECK_THAT(test::pdf_info(write_pdf(dir, long_document(1), {core::Paper::letter}), "Page size"),
               Contains("612 x 792"));
}

TEST_CASE("pdf: breaks at the start or the end add no blank pages", "[render][pdf]") {
    sdk::Document doc;
    doc.page_break().paragraph("Only this.").page_break().page_break();
    test::TempDir dir;
    const auto pdf = write_pdf(dir, doc);
    CHECK(test::pdf_pages(pdf) == 1);
    CHECK_THAT(test::pdf_text(pdf), Contains("Only this.") && Contains("Page 1 of 1"));
}

TEST_CASE("pdf: an empty document is still one valid page", "[render][pdf]") {
    test::TempDir dir;
    const auto pdf = write_pdf(dir, sdk::Document{});
    CHECK(test::pdf_pages(pdf) == 1);
    CHECK_THAT(test::pdf_text(pdf), Contains("Page 1 of 1"));
}
