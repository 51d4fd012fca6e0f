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

enum class BlockType { heading, paragraph, list, checkboxes, writing_lines, table, page_break };

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
    }
    return "paragraph";
}

inline std::optional<BlockType> block_type_from_string(std::string_view name) {
    for (auto type :
         {BlockType::heading, BlockType::paragraph, BlockType::list, BlockType::checkboxes,
          BlockType::writing_lines, BlockType::table, BlockType::page_break}) {
        if (to_string(type) == name) return type;
    }
    return std::nullopt;
}

// One block of a document; which fields matter depends on `type`.
struct Block {
    BlockType type = BlockType::paragraph;
    std::string text;                            // heading, paragraph; label of writing_lines
    int level = 1;                               // heading: 1..3
    std::vector<std::string> items;              // list, checkboxes
    bool ordered = false;                        // list
    int lines = 0;                               // writing_lines
    std::vector<std::string> columns;            // table
    std::vector<std::vector<std::string>> rows;  // table
};

inline Block make_block(BlockType type, std::string text = {}) {
    Block block;
    block.type = type;
    block.text = std::move(text);
    return block;
}

struct Document {
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
    b.rows = j.value("rows", std::vector<std::vector<std::string>>{});
}

inline void to_json(nlohmann::json& j, const Document& d) {
    j = {{"title", d.title}, {"blocks", d.blocks}};
    if (!d.subtitle.empty()) j["subtitle"] = d.subtitle;
}
inline void from_json(const nlohmann::json& j, Document& d) {
    d.title = j.value("title", std::string());
    d.subtitle = j.value("subtitle", std::string());
    d.blocks = j.value("blocks", std::vector<Block>{});
}

}  // namespace counselor::sdk
