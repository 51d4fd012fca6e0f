// A printable document: what render() returns and what the host turns into
// PDF, HTML, print preview and paper. The JSON mapping is the published
// "document" schema.
#pragma once

#include <nlohmann/json.hpp>

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
    title
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
    }
    return "paragraph";
}

inline std::optional<BlockType> block_type_from_string(std::string_view name) {
    for (auto type :
         {BlockType::heading, BlockType::paragraph, BlockType::list, BlockType::checkboxes,
          BlockType::writing_lines, BlockType::table, BlockType::page_break, BlockType::tracker,
          BlockType::note, BlockType::title}) {
        if (to_string(type) == name) return type;
    }
    return std::nullopt;
}

// One block of a document; which fields matter depends on `type`.
struct Block {
    BlockType type = BlockType::paragraph;
    // heading, paragraph, note, title: the text; writing_lines: its label;
    // tracker: its title
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
    }
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

}  // namespace counselor::sdk
