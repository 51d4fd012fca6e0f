#include "text_table.hpp"

#include <algorithm>

namespace counselor::cli {

std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // skip continuation bytes
    }));
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths(headers_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    };
    measure(headers_);
    for (const auto& row : rows_)
        measure(row);

    auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            text += row[i];
            if (i + 1 < row.size()) text += std::string(widths[i] - display_width(row[i]) + 2, ' ');
        }
        out << text << '\n';
    };
    line(headers_);
    for (const auto& row : rows_)
        line(row);
}

}  // namespace counselor::cli
