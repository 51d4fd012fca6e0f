// A document as plain text, for a terminal or a .txt file: headings
// underlined, lists indented, [ ] boxes, tables lined up in columns,
// writing lines as rows of underscores. Lines fit in 72 columns.
#pragma once

#include <counselor/sdk/document.hpp>

#include <string>

namespace counselor::core {

std::string render_text(const sdk::Document& document);

}  // namespace counselor::core
