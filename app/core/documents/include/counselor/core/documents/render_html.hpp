// A document as one self-contained HTML5 page (UTF-8, inline CSS, no
// scripts, nothing fetched) with a print stylesheet: page margins, a page
// break wherever the document asks for one, the practice header at the top
// of each copy. Every piece of text is escaped, so a name typed as markup
// prints as the characters typed.
#pragma once

#include <counselor/sdk/document.hpp>

#include <string>
#include <string_view>

namespace counselor::core {

std::string render_html(const sdk::Document& document);

// Text made safe for HTML content and attribute values.
std::string escape_html(std::string_view text);

}  // namespace counselor::core
