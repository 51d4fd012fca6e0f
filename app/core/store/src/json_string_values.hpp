// The string values of a JSON text (not its keys), in document order, each
// on its own line: what note search indexes and quotes from a note's body.
//
// A single pass over the text, without building a document: the full-text
// index calls it for every note written, and the excerpt builder for every
// note found. It handles the JSON the program writes (objects, arrays,
// strings with the usual escapes, numbers, true/false/null); anything else
// (a \u escape, bytes above ASCII, text that is not JSON) makes it answer
// "not sure", and the caller falls back to a full parse, so the result is
// always the same as the parser's.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace counselor::core::detail {

std::optional<std::string> json_string_values(std::string_view json);

}  // namespace counselor::core::detail
