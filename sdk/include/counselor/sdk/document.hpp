// A printable document: what render() returns and what the host turns into
// PDF, HTML, print preview and paper. The JSON mapping is the published
// "document" schema.
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::sdk {

enum class BlockType {
    heading,
    paragraph,
    list,
    checkboxes,
    writing_lines,
    table,
    page_break,
    tracker,
    note,
    title,
    bar_chart
};

inline constexpr std::string_view to_string(BlockType type) {
    switch (type) {
        case BlockType::heading:
            return "heading";
        case BlockType::paragraph:
            return "paragraph";
        case BlockType::list:
            return "list";
        case BlockType::checkboxes:
            return "checkboxes";
        case BlockType::writing_lines:
            return "writing_lines";
        case BlockType::table:
            return "table";
        case BlockType::page_break:
            return "page_break";
        case BlockType::tracker:
            return "tracker";
        case BlockType::note:
            return "note";
        case BlockType::title:
            return "title";
        case BlockType::bar_chart:
            return "bar_chart";
    }
    return "paragraph";
}

inline std::optional<BlockType> block_type_from_string(std::string_view name) {
    for (auto type :
         {BlockType::heading, BlockType::paragraph, BlockType::list, BlockType::checkboxes,
          BlockType::writing_lines, BlockType::table, BlockType::page_break, BlockType::tracker,
          BlockType::note, BlockType::title, BlockType::bar_chart}) {
        if (to_string(type) == name) return type;
    }
    return std::nullopt;
}

// One named row of numbers in a bar chart, one value per category; a
// missing value (not answered, not taken) is drawn as no bar rather than as 0.
struct ChartSeries {
    std::string name;
    std::vector<std::optional<double>> values;

    // Spelled out: the SDK promises C++17 to plugin authors.
    bool operator==(const ChartSeries& other) const {
        return name == other.name && values == other.values;
    }
    bool operator!=(const ChartSeries& other) const { return !(*this == other); }
};

// One block of a document; which fields matter depends on `type`.
struct Block {
    BlockType type = BlockType::paragraph;
    // heading, paragraph, note, title: the text; writing_lines: its label;
    // tracker, bar_chart: its title
    std::string text;
    int level = 1;                               // heading: 1..3
    std::vector<std::string> items;              // list, checkboxes
    bool ordered = false;                        // list
    int lines = 0;                               // writing_lines
    std::vector<std::string> columns;            // table; tracker: the days (or times)
    std::vector<std::vector<std::string>> rows;  // table
    std::vector<std::string> row_labels;         // tracker: what to tick, one row each
    std::string label;                           // note: the line above it, e.g. who wrote it
    std::string subtitle;                        // title: the line under it
    std::vector<std::string> categories;         // bar_chart: one group of bars each
    std::vector<ChartSeries> series;             // bar_chart: one bar per category each
    double axis_min = 0;                         // bar_chart: the value axis
    double axis_max = 1;
    std::string axis_label;  // bar_chart: what the values are, e.g. "Score (1-5)"
};

inline Block make_block(BlockType type, std::string text = {}) {
    Block block;
    block.type = type;
    block.text = std::move(text);
    return block;
}

// `header` is printed at the top of every page (the practice's letterhead
// line). A `title` block starts another copy in the same document, e.g. the
// second spouse's handout: it begins a new page and page numbers restart.
struct Document {
    std::string header;
    std::string title;
    std::string subtitle;
    std::vector<Block> blocks;

    Document& heading(std::string text, int level = 1) {
        Block b = make_block(BlockType::heading, std::move(text));
        b.level = level;
        blocks.push_back(std::move(b));
        return *this;
    }
    Document& paragraph(std::string text) {
        blocks.push_back(make_block(BlockType::paragraph, std::move(text)));
        return *this;
    }
    Document& list(std::vector<std::string> items, bool ordered = false) {
        Block b = make_block(BlockType::list);
        b.items = std::move(items);
        b.ordered = ordered;
        blocks.push_back(std::move(b));
        return *this;
    }
    Document& checkboxes(std::vector<std::string> items) {
        Block b = make_block(BlockType::checkboxes);
        b.items = std::move(items);
        blocks.push_back(std::move(b));
        return *this;
    }
    Document& writing_lines(int count, std::string label = {}) {
        Block b = make_block(BlockType::writing_lines, std::move(label));
        b.lines = count;
        blocks.push_back(std::move(b));
        return *this;
    }
    Document& table(std::vector<std::string> columns, std::vector<std::vector<std::string>> rows) {
        Block b = make_block(BlockType::table);
        b.columns = std::move(columns);
        b.rows = std::move(rows);
        blocks.push_back(std::move(b));
        return *this;
    }
    Document& page_break() {
        blocks.push_back(make_block(BlockType::page_break));
        return *this;
    }
    // A weekly grid: one row per thing to tick, one box per column.
    Document& tracker(std::string caption, std::vector<std::string> columns,
                      std::vector<std::string> row_labels) {
        Block b = make_block(BlockType::tracker, std::move(caption));
        b.columns = std::move(columns);
        b.row_labels = std::move(row_labels);
        blocks.push_back(std::move(b));
        return *this;
    }
    // A set-apart paragraph, such as the counselor's own word to the client.
    Document& note(std::string text, std::string label = {}) {
        Block b = make_block(BlockType::note, std::move(text));
        b.label = std::move(label);
        blocks.push_back(std::move(b));
        return *this;
    }
    // Grouped vertical bars: for each category one bar per series, on a value
    // axis from `axis_min` to `axis_max`.
    Document& bar_chart(std::string caption, std::vector<std::string> categories,
                        std::vector<ChartSeries> series, double axis_min, double axis_max,
                        std::string axis_label = {}) {
        Block b = make_block(BlockType::bar_chart, std::move(caption));
        b.categories = std::move(categories);
        b.series = std::move(series);
        b.axis_min = axis_min;
        b.axis_max = axis_max;
        b.axis_label = std::move(axis_label);
        blocks.push_back(std::move(b));
        return *this;
    }
    // Starts another copy: a new page, the title again, page numbers from 1.
    Document& title_block(std::string text, std::string line_under = {}) {
        Block b = make_block(BlockType::title, std::move(text));
        b.subtitle = std::move(line_under);
        blocks.push_back(std::move(b));
        return *this;
    }
};

inline void to_json(nlohmann::json& j, const Block& b) {
    j = {{"type", to_string(b.type)}};
    switch (b.type) {
        case BlockType::heading:
            j["text"] = b.text;
            j["level"] = b.level;
            break;
        case BlockType::paragraph:
            j["text"] = b.text;
            break;
        case BlockType::list:
            j["items"] = b.items;
            j["ordered"] = b.ordered;
            break;
        case BlockType::checkboxes:
            j["items"] = b.items;
            break;
        case BlockType::writing_lines:
            j["lines"] = b.lines;
            if (!b.text.empty()) j["text"] = b.text;
            break;
        case BlockType::table:
            j["columns"] = b.columns;
            j["rows"] = b.rows;
            break;
        case BlockType::page_break:
            break;
        case BlockType::tracker:
            j["text"] = b.text;
            j["columns"] = b.columns;
            j["rows"] = b.row_labels;
            break;
        case BlockType::note:
            j["text"] = b.text;
            if (!b.label.empty()) j["label"] = b.label;
            break;
        case BlockType::title:
            j["text"] = b.text;
            if (!b.subtitle.empty()) j["subtitle"] = b.subtitle;
            break;
        case BlockType::bar_chart: {
            if (!b.text.empty()) j["text"] = b.text;
            j["categories"] = b.categories;
            auto& series = j["series"] = nlohmann::json::array();
            for (const auto& s : b.series) {
                auto values = nlohmann::json::array();
                for (const auto& v : s.values)
                    values.push_back(v ? nlohmann::json(*v) : nlohmann::json(nullptr));
                series.push_back({{"name", s.name}, {"values", values}});
            }
            j["min"] = b.axis_min;
            j["max"] = b.axis_max;
            if (!b.axis_label.empty()) j["axis_label"] = b.axis_label;
            break;
        }
    }
}

// A bar chart's series and axis are required: a chart without its axis
// cannot be drawn truthfully, so missing fields do not fit the schema
// (nlohmann's exceptions), rather than defaulting to a made-up scale.
inline void read_bar_chart(const nlohmann::json& j, Block& b) {
    b.categories = j.at("categories").get<std::vector<std::string>>();
    b.series.clear();
    for (const auto& entry : j.at("series")) {
        ChartSeries s;
        s.name = entry.at("name").get<std::string>();
        for (const auto& v : entry.at("values"))
            s.values.push_back(v.is_null() ? std::nullopt : std::optional<double>(v.get<double>()));
        b.series.push_back(std::move(s));
    }
    b.axis_min = j.at("min").get<double>();
    b.axis_max = j.at("max").get<double>();
    b.axis_label = j.value("axis_label", std::string());
}
inline void from_json(const nlohmann::json& j, Block& b) {
    b.type = block_type_from_string(j.at("type").get<std::string>()).value_or(BlockType::paragraph);
    b.text = j.value("text", std::string());
    b.level = j.value("level", 1);
    b.items = j.value("items", std::vector<std::string>{});
    b.ordered = j.value("ordered", false);
    b.lines = j.value("lines", 0);
    b.columns = j.value("columns", std::vector<std::string>{});
    // A tracker's rows are labels; a table's are rows of cells.
    if (b.type == BlockType::tracker) {
        b.row_labels = j.value("rows", std::vector<std::string>{});
    } else {
        b.rows = j.value("rows", std::vector<std::vector<std::string>>{});
    }
    b.label = j.value("label", std::string());
    b.subtitle = j.value("subtitle", std::string());
    if (b.type == BlockType::bar_chart) read_bar_chart(j, b);
}

inline void to_json(nlohmann::json& j, const Document& d) {
    j = {{"title", d.title}, {"blocks", d.blocks}};
    if (!d.header.empty()) j["header"] = d.header;
    if (!d.subtitle.empty()) j["subtitle"] = d.subtitle;
}
inline void from_json(const nlohmann::json& j, Document& d) {
    d.header = j.value("header", std::string());
    d.title = j.value("title", std::string());
    d.subtitle = j.value("subtitle", std::string());
    d.blocks = j.value("blocks", std::vector<Block>{});
}

// What is wrong with a document that JSON alone cannot say: a bar chart
// whose series do not have one value per category, or whose axis is empty or
// does not hold its values. Each problem names the block, e.g.
// "blocks[4] (bar_chart): series \"Naomi\" has 4 values for 5 categories".
// The host refuses a rendered document with problems.
inline std::vector<std::string> document_problems(const Document& d) {
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < d.blocks.size(); ++i) {
        const Block& b = d.blocks[i];
        if (b.type != BlockType::bar_chart) continue;
        const std::string where = "blocks[" + std::to_string(i) + "] (bar_chart): ";
        auto number = [](double v) {
            std::string text = std::to_string(v);
            text.erase(text.find_last_not_of('0') + 1);
            if (!text.empty() && text.back() == '.') text.pop_back();
            return text;
        };
        if (b.categories.empty()) problems.push_back(where + "it has no categories");
        if (b.series.empty()) problems.push_back(where + "it has no series");
        const bool axis_ok = std::isfinite(b.axis_min) && std::isfinite(b.axis_max);
        if (!axis_ok || !(b.axis_min < b.axis_max)) {
            problems.push_back(where + "min (" + number(b.axis_min) + ") must be less than max (" +
                               number(b.axis_max) + ")");
        }
        for (const auto& s : b.series) {
            if (s.values.size() != b.categories.size()) {
                problems.push_back(where + "series \"" + s.name + "\" has " +
                                   std::to_string(s.values.size()) + " values for " +
                                   std::to_string(b.categories.size()) + " categories");
            }
            for (const auto& v : s.values) {
                if (v && axis_ok && (!std::isfinite(*v) || *v < b.axis_min || *v > b.axis_max)) {
                    problems.push_back(where + "series \"" + s.name + "\" has " + number(*v) +
                                       ", outside " + number(b.axis_min) + "-" +
                                       number(b.axis_max));
                }
            }
        }
    }
    return problems;
}

}  // namespace counselor::sdk
