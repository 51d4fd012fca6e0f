// The searchable text of a note's stored body: its string values, one per
// line. The schema's note-search index is built by the SQL function
// note_text(body), which the store registers on every connection before it
// migrates; the excerpts of search results are cut from the same text.
#pragma once

#include <string>

namespace counselor::core {

std::string note_text(const std::string& body);

}  // namespace counselor::core
