// The plain-text rendering a counselor sees in a terminal or a .txt file.
#include "document_fixtures.hpp"

#include <counselor/core/documents/render_text.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using namespace counselor;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// Index of the first line equal to `wanted`; fails the test if none is.
std::size_t line_index(const std::vector<std::string>& lines, const std::string& wanted) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] == wanted) return i;
    }
    FAIL("no line \"" << wanted << "\"");
    return 0;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++count;
    return count;
}

}  // namespace

TEST_CASE("text: header, title underlined to its width, subtitle", "[render][text]") {
    const auto lines = lines_of(core::render_text(test::every_block()));
    REQUIRE(lines.size() > 4);
    CHECK(lines[0] == "Riverside Pastoral Counseling · Pastor Ann Reyes");
    const auto title = line_index(lines, "Daily gratitude log");
    CHECK(lines[title + 1] == std::string(19, '='));
    CHECK(lines[title + 2] == "For Naomi Hartwell");
}

TEST_CASE("text: headings are underlined by level", "[render][text]") {
    const auto lines = lines_of(core::render_text(test::every_block()));
    CHECK(lines[line_index(lines, "Why this helps") + 1] == std::string(14, '='));
    CHECK(lines[line_index(lines, "What to do") + 1] == std::string(10, '-'));
    CHECK(lines[line_index(lines, "For next time") + 1] == std::string(13, '~'));
}

TEST_CASE("text: lists, boxes, writing lines and the note", "[render][text]") {
    const std::string text = core::render_text(test::every_block());
    const auto lines = lines_of(text);
    line_index(lines, "  1. Look for one good thing.");
    line_index(lines, "  2. Write it down.");
    line_index(lines, "  - A cup of coffee");
    line_index(lines, "  [ ] I told my spouse");
    line_index(lines, "| One line a day is plenty.");
    line_index(lines, "A note from Pastor Ann Reyes");
    // 3 lines under the question, 2 under "For next time".
    CHECK(count_of(text, std::string(72, '_')) == 5);
    const std::string section_break = "                                 * * *";  // centred
    line_index(lines, section_break);
}

TEST_CASE("text: a tracker is a grid of [ ] boxes under its days", "[render][text]") {
    const std::string text = core::render_text(test::every_block());
    CHECK(count_of(text, "[ ]") == 2 * 7 + 1);  // the tracker, and one check box
    const auto lines = lines_of(text);
    const auto head = line_index(lines, "Each day I") + 1;
    CHECK_THAT(lines[head], Catch::Contains("Mon") && Catch::Contains("Sun"));
    // Every box of a row sits under its day's column separator pattern.
    CHECK(lines[head + 2].find("Looked for one good thing") == 0);
    CHECK(count_of(lines[head + 2], "[ ]") == 7);
    CHECK(lines[head + 2].find('|') == lines[head].find('|'));
}

TEST_CASE("text: table columns line up, counting accented letters as one column",
          "[render][text]") {
    sdk::Document doc;
    doc.table({"Name", "Note"}, {{"José Ñúñez", "first"}, {"Al", "second"}, {"שלום", "third"}});
    const auto lines = lines_of(core::render_text(doc));
    REQUIRE(lines.size() == 5);
    // The separator sits after the widest name (10 columns) on every row.
    CHECK(lines[0] == "Name       | Note");
    CHECK(lines[1] == "-----------+-------");
    CHECK(lines[2] == "José Ñúñez | first");
    CHECK(lines[3] == "Al         | second");
    CHECK(lines[4] == "שלום       | third");
}

TEST_CASE("text: long paragraphs wrap within 72 columns without losing words", "[render][text]") {
    std::string paragraph;
    for (int i = 0; i < 60; ++i)
        paragraph += "word" + std::to_string(i) + " ";
    sdk::Document doc;
    doc.paragraph(paragraph);
    const std::string text = core::render_text(doc);
    const auto lines = lines_of(text);
    CHECK(lines.size() > 4);
    for (const auto& line : lines)
        CHECK(line.size() <= 72);
    // Every word once, in order.
    std::string words;
    for (const auto& line : lines)
        words += line + " ";
    CHECK(words == paragraph);
}

TEST_CASE("text: a second copy repeats the header and its own title", "[render][text]") {
    const std::string text = core::render_text(test::every_block());
    CHECK(count_of(text, "Riverside Pastoral Counseling") == 2);
    CHECK(count_of(text, "Daily gratitude log\n===") == 2);
    CHECK(text.find("For Daniel Hartwell") != std::string::npos);
}
