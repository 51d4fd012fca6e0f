// The bar_chart document block: its JSON, the check the host makes of it,
// and how each renderer prints it.
#include "document_fixtures.hpp"
#include "pdf_tools.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/render_html.hpp>
#include <counselor/core/documents/render_pdf.hpp>
#include <counselor/core/documents/render_text.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace counselor;
using Catch::Contains;
using nlohmann::json;

namespace {

const sdk::Block& chart_of(const sdk::Document& doc) {
    for (const auto& block : doc.blocks) {
        if (block.type == sdk::BlockType::bar_chart) return block;
    }
    FAIL("no bar_chart block");
    return doc.blocks.front();
}

std::string joined(const std::vector<std::string>& problems) {
    std::string all;
    for (const auto& p : problems)
        all += p + "\n";
    return all;
}

}  // namespace

TEST_CASE("bar_chart: JSON names its fields and maps back unchanged", "[document][chart]") {
    const auto doc = test::stage_chart();
    const json j = doc;
    const json& chart = j["blocks"][2];
    CHECK(chart["type"] == "bar_chart");
    CHECK(chart["text"] == "Latest stage scores");
    CHECK(chart["categories"].size() == 5);
    CHECK(chart["series"][1]["name"] == "Daniel Hartwell");
    CHECK(chart["series"][1]["values"][4].is_null());  // missing stays missing, not 0
    CHECK(chart["series"][0]["values"][1] == 4.17);
    CHECK(chart["min"] == 1);
    CHECK(chart["max"] == 5);
    CHECK(chart["axis_label"] == "Mean score, 1 to 5");

    const auto back = j.get<sdk::Document>();
    const sdk::Block& read = chart_of(back);
    CHECK(read.series == chart_of(doc).series);
    CHECK(read.categories == chart_of(doc).categories);
    CHECK(read.axis_min == 1);
    CHECK(read.axis_max == 5);
    CHECK(json(back) == j);
}

TEST_CASE("bar_chart: a chart without its axis or with text values does not fit",
          "[document][chart]") {
    json chart = json(test::stage_chart())["blocks"][2];
    SECTION("no max") {
        chart.erase("max");
    }
    SECTION("no series") {
        chart.erase("series");
    }
    SECTION("a value that is text") {
        chart["series"][0]["values"][0] = "3.5";
    }
    CHECK_THROWS_AS(chart.get<sdk::Block>(), json::exception);
}

TEST_CASE("bar_chart: documents without charts read and write as before", "[document][chart]") {
    const json old = json::parse(R"({"title": "T", "blocks": [
        {"type": "table", "columns": ["a"], "rows": [["1"]]},
        {"type": "tracker", "text": "x", "columns": ["Mon"], "rows": ["y"]}]})");
    const auto doc = old.get<sdk::Document>();
    CHECK(json(doc) == old);
    CHECK(sdk::document_problems(doc).empty());
}

TEST_CASE("bar_chart: the document check finds what JSON cannot", "[document][chart]") {
    auto doc = test::stage_chart();
    CHECK(sdk::document_problems(doc).empty());
    auto& chart = doc.blocks[2];

    SECTION("a series with a value too few") {
        chart.series[0].values.pop_back();
        const auto problems = sdk::document_problems(doc);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] ==
              "blocks[2] (bar_chart): series \"Naomi Hartwell\" has 4 values for 5 categories");
    }
    SECTION("a series with a value too many") {
        chart.series[1].values.push_back(2.0);
        CHECK_THAT(joined(sdk::document_problems(doc)), Contains("has 6 values for 5 categories"));
    }
    SECTION("min equal to max") {
        chart.axis_max = 1;
        CHECK_THAT(joined(sdk::document_problems(doc)),
                   Contains("min (1) must be less than max (1)"));
    }
    SECTION("min above max") {
        chart.axis_min = 6;
        CHECK_THAT(joined(sdk::document_problems(doc)),
                   Contains("min (6) must be less than max (5)"));
    }
    SECTION("a value outside the axis") {
        chart.series[1].values[0] = 5.5;
        CHECK_THAT(joined(sdk::document_problems(doc)), Contains("has 5.5, outside 1-5"));
    }
    SECTION("no categories") {
        chart.categories.clear();
        chart.series = {{"A", {}}};
        CHECK_THAT(joined(sdk::document_problems(doc)), Contains("it has no categories"));
    }
}

TEST_CASE("text: a bar chart prints as a table of its values and its scale",
          "[render][text][chart]") {
    const std::string text = core::render_text(test::stage_chart());
    INFO(text);
    CHECK_THAT(text, Contains("Latest stage scores\n"));
    CHECK_THAT(text, Contains("Naomi Hartwell | Daniel Hartwell"));
    CHECK_THAT(text, Contains("Safety"));
    CHECK_THAT(text, Contains("4.17"));
    CHECK_THAT(text, Contains("3.67"));
    CHECK_THAT(text, Contains("Mean score, 1 to 5 (Scale 1 to 5)"));
    // The missing intimacy score is a dash on the intimacy row, not a 0.
    const auto row = text.find("\nIntimacy");
    REQUIRE(row != std::string::npos);
    const std::string line = text.substr(row + 1, text.find('\n', row + 1) - row - 1);
    CHECK_THAT(line, Catch::EndsWith("|        -"));
    CHECK_THAT(line, !Contains("0"));
}

TEST_CASE("html: a bar chart is an inline SVG with escaped names", "[render][html][chart]") {
    const std::string html = core::render_html(test::stage_chart("<b>&"));
    CHECK_THAT(html, Contains("<figure class=\"chart\">"));
    CHECK_THAT(html, Contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK_THAT(html, Contains("&lt;b&gt;&amp;"));
    CHECK_THAT(html, !Contains("<b>&"));
    // The second series is hatched, not told apart by colour alone.
    CHECK_THAT(html, Contains("<pattern id=\"chart1-hatch1\""));
    CHECK_THAT(html, Contains("fill=\"url(#chart1-hatch1)\""));
    CHECK_THAT(html, Contains(">4.17</text>"));
    CHECK_THAT(html, Contains(">Connection</text>"));
    CHECK_THAT(html, Contains("Mean score, 1 to 5"));
    // Two legend swatches and eight bars: the missing value has none, and
    // Naomi's intimacy, 1 on an axis from 1, stands no higher than the axis.
    CHECK(test::count_of(html, "<rect x=") == 2 + 8);
    CHECK_THAT(html, Contains(">\u2013</text>"));  // the missing value is a dash
}

TEST_CASE("pdf: a bar chart prints its legend, categories and values", "[render][pdf][chart]") {
    test::TempDir dir;
    std::ostringstream bytes;
    core::render_pdf(test::stage_chart(), bytes);
    const auto file = dir / "chart.pdf";
    test::write_file(file, bytes.str());
    const std::string text = test::pdf_text(file);
    INFO(text);
    for (const char* wanted :
         {"Latest stage scores", "Naomi Hartwell", "Daniel Hartwell", "Honesty", "Connection",
          "Intimacy", "4.17", "Mean score, 1 to 5", "After the chart."}) {
        CHECK_THAT(text, Contains(wanted));
    }
    CHECK(test::pdf_pages(file) == 1);
}

TEST_CASE("pdf: a chart that does not fit the rest of a page moves whole to the next",
          "[render][pdf][chart]") {
    auto doc = test::stage_chart();
    sdk::Document filled;
    filled.title = "Long";
    // About three quarters of the first page: too little room left for the chart.
    for (int i = 0; i < 25; ++i)
        filled.paragraph("Filler line " + std::to_string(i));
    filled.blocks.push_back(chart_of(doc));
    test::TempDir dir;
    std::ostringstream bytes;
    core::render_pdf(filled, bytes);
    const auto file = dir / "moved.pdf";
    test::write_file(file, bytes.str());
    const std::string text = test::pdf_text(file);
    REQUIRE(test::pdf_pages(file) == 2);
    const auto second_page = text.find('\f');
    REQUIRE(second_page != std::string::npos);
    CHECK(text.find("Filler line 24") < second_page);
    // Legend, values and category names all on the second page.
    CHECK(text.find("Naomi Hartwell") > second_page);
    CHECK(text.find("Intimacy") > second_page);
    CHECK(text.find("4.17") > second_page);
}
