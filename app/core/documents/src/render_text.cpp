#include "counselor/core/documents/render_text.hpp"

#include "counselor/core/documents/chart_scale.hpp"
#include "counselor/core/platform/utf8.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace counselor::core {

namespace {

constexpr int kWidth = 72;

using Lines = std::vector<std::string>;

std::string pad_right(const std::string& text, int width) {
    return text + std::string(std::max(0, width - utf8::display_width(text)), ' ');
}

// Splits a word wider than `width` into pieces that fit, at code points.
Lines split_long_word(const std::string& word, int width) {
    Lines pieces{""};
    for (std::size_t at = 0; at < word.size();) {
        const auto cp = utf8::decode(word, at);
        std::string one = word.substr(at, cp.length);
        at += cp.length;
        if (utf8::display_width(pieces.back() + one) > width && !pieces.back().empty()) {
            pieces.emplace_back();
        }
        pieces.back() += one;
    }
    return pieces;
}

// Greedy word wrap; a newline in the text always starts a new line.
Lines wrap(const std::string& text, int width) {
    Lines lines;
    std::istringstream paragraphs(text);
    std::string paragraph;
    while (std::getline(paragraphs, paragraph)) {
        std::istringstream words(paragraph);
        std::string word, line;
        while (words >> word) {
            for (const auto& piece : split_long_word(word, width)) {
                const std::string joined = line.empty() ? piece : line + " " + piece;
                if (utf8::display_width(joined) <= width) {
                    line = joined;
                } else {
                    lines.push_back(line);
                    line = piece;
                }
            }
        }
        lines.push_back(line);
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

// `marker` on the first line, the rest indented to line up under the text.
void hanging(std::ostream& out, const std::string& marker, const std::string& text) {
    const int indent = utf8::display_width(marker);
    const Lines lines = wrap(text, kWidth - indent);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out << (i == 0 ? marker : std::string(indent, ' ')) << lines[i] << '\n';
    }
}

void underlined(std::ostream& out, const std::string& text, char rule) {
    for (const auto& line : wrap(text, kWidth)) {
        out << line << '\n';
    }
    const int width = std::min(kWidth, utf8::display_width(text));
    out << std::string(std::max(width, 3), rule) << '\n';
}

// Column widths that fit kWidth: narrow columns keep their natural width,
// wide ones share what is left.
std::vector<int> fit_columns(std::vector<int> natural, int separators) {
    const int available = kWidth - separators;
    int total = 0;
    for (int w : natural)
        total += w;
    while (total > available) {
        auto widest = std::max_element(natural.begin(), natural.end());
        if (*widest <= 4) break;
        --*widest;
        --total;
    }
    return natural;
}

void table_rows(std::ostream& out, const std::vector<std::vector<std::string>>& rows,
                std::size_t columns, bool centre_after_first) {
    std::vector<int> natural(columns, 1);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
            for (const auto& line : wrap(row[c], kWidth))
                natural[c] = std::max(natural[c], utf8::display_width(line));
        }
    }
    const auto widths = fit_columns(natural, static_cast<int>(3 * (columns - 1)));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<Lines> cells(columns);
        std::size_t height = 1;
        for (std::size_t c = 0; c < columns; ++c) {
            cells[c] = wrap(c < rows[r].size() ? rows[r][c] : "", widths[c]);
            height = std::max(height, cells[c].size());
        }
        for (std::size_t l = 0; l < height; ++l) {
            std::string line;
            for (std::size_t c = 0; c < columns; ++c) {
                std::string cell = l < cells[c].size() ? cells[c][l] : "";
                if (centre_after_first && c > 0) {
                    const int room = widths[c] - utf8::display_width(cell);
                    cell = std::string(std::max(0, room / 2), ' ') + cell;
                }
                line += (c ? " | " : "") + pad_right(cell, widths[c]);
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out << line << '\n';
        }
        if (r == 0) {  // under the header row
            std::string rule;
            for (std::size_t c = 0; c < columns; ++c)
                rule += (c ? "-+-" : "") + std::string(widths[c], '-');
            out << rule << '\n';
        }
    }
}

void table(std::ostream& out, const sdk::Block& block) {
    std::size_t columns = block.columns.size();
    for (const auto& row : block.rows)
        columns = std::max(columns, row.size());
    if (columns == 0) return;
    std::vector<std::vector<std::string>> rows{block.columns};
    rows.insert(rows.end(), block.rows.begin(), block.rows.end());
    table_rows(out, rows, columns, false);
}

void tracker(std::ostream& out, const sdk::Block& block) {
    if (!block.text.empty()) out << block.text << '\n';
    std::vector<std::vector<std::string>> rows;
    rows.push_back({""});
    rows[0].insert(rows[0].end(), block.columns.begin(), block.columns.end());
    for (const auto& label : block.row_labels) {
        std::vector<std::string> row{label};
        row.insert(row.end(), block.columns.size(), "[ ]");
        rows.push_back(row);
    }
    table_rows(out, rows, block.columns.size() + 1, true);
}

// A chart cannot be drawn in plain text; its numbers can: one row per
// category, one column per series, and the scale they are on.
void bar_chart(std::ostream& out, const sdk::Block& block) {
    if (!block.text.empty()) out << block.text << '\n';
    std::vector<std::vector<std::string>> rows{{""}};
    for (const auto& series : block.series)
        rows[0].push_back(series.name);
    for (std::size_t c = 0; c < block.categories.size(); ++c) {
        std::vector<std::string> row{block.categories[c]};
        for (const auto& series : block.series) {
            const auto value = chart::value_at(series, c);
            row.push_back(value ? chart::value_text(*value) : "-");
        }
        rows.push_back(row);
    }
    table_rows(out, rows, block.series.size() + 1, true);
    const std::string scale =
        "Scale " + chart::value_text(block.axis_min) + " to " + chart::value_text(block.axis_max);
    hanging(out, "", block.axis_label.empty() ? scale : block.axis_label + " (" + scale + ")");
}

void note(std::ostream& out, const sdk::Block& block) {
    if (!block.label.empty()) out << block.label << '\n';
    for (const auto& line : wrap(block.text, kWidth - 2))
        out << "| " << line << '\n';
}

void writing_lines(std::ostream& out, const sdk::Block& block) {
    if (!block.text.empty()) hanging(out, "", block.text);
    for (int i = 0; i < block.lines; ++i) {
        out << '\n' << std::string(kWidth, '_') << '\n';
    }
}

void title(std::ostream& out, const std::string& header, const std::string& text,
           const std::string& subtitle) {
    if (!header.empty()) out << header << "\n\n";
    if (!text.empty()) underlined(out, text, '=');
    if (!subtitle.empty()) hanging(out, "", subtitle);
}

void block(std::ostream& out, const sdk::Document& document, const sdk::Block& b) {
    using T = sdk::BlockType;
    switch (b.type) {
        case T::heading:
            underlined(out, b.text, b.level <= 1 ? '=' : b.level == 2 ? '-' : '~');
            break;
        case T::paragraph:
            hanging(out, "", b.text);
            break;
        case T::list:
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                hanging(out, b.ordered ? "  " + std::to_string(i + 1) + ". " : "  - ", b.items[i]);
            }
            break;
        case T::checkboxes:
            for (const auto& item : b.items)
                hanging(out, "  [ ] ", item);
            break;
        case T::writing_lines:
            writing_lines(out, b);
            break;
        case T::table:
            table(out, b);
            break;
        case T::tracker:
            tracker(out, b);
            break;
        case T::bar_chart:
            bar_chart(out, b);
            break;
        case T::note:
            note(out, b);
            break;
        case T::page_break:
            out << std::string(kWidth / 2 - 3, ' ') << "* * *\n";
            break;
        case T::title:
            out << std::string(kWidth / 2 - 3, ' ') << "* * *\n\n";
            title(out, document.header, b.text, b.subtitle);
            break;
    }
}

}  // namespace

std::string render_text(const sdk::Document& document) {
    std::ostringstream out;
    title(out, document.header, document.title, document.subtitle);
    bool first = document.header.empty() && document.title.empty() && document.subtitle.empty();
    const auto& blocks = document.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        // A title block marks the new page itself.
        const bool title_follows =
            i + 1 < blocks.size() && blocks[i + 1].type == sdk::BlockType::title;
        if (blocks[i].type == sdk::BlockType::page_break && title_follows) continue;
        if (!first) out << '\n';
        first = false;
        block(out, document, blocks[i]);
    }
    return out.str();
}

}  // namespace counselor::core
