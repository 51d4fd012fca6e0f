// Plain-text tables for the terminal, aligned by characters, not bytes, so
// names with accents line up.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace counselor::cli {

class TextTable {
  public:
    explicit TextTable(std::vector<std::string> headers) : headers_(std::move(headers)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    bool empty() const { return rows_.empty(); }
    void print(std::ostream& out) const;

  private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

// Number of UTF-8 code points in `text`.
std::size_t display_width(const std::string& text);

}  // namespace counselor::cli
