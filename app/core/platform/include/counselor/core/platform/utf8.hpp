// Small UTF-8 helpers for the plain-text renderer and file names: walking
// code points, and how many terminal columns a string takes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace counselor::core::utf8 {

// One code point decoded from `text` at `at`. An invalid or truncated
// sequence decodes as one byte with `valid` false, so a walk always advances.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;  // bytes
    bool valid = false;
};
CodePoint decode(std::string_view text, std::size_t at);

// Terminal columns: combining marks take none, East Asian wide characters
// and emoji two, everything else one. Close enough to line up tables.
int display_width(std::string_view text);

// The text with each invalid byte replaced by U+FFFD and control characters
// other than tab and newline left out: safe to hand to a layout engine.
std::string printable(std::string_view text);

}  // namespace counselor::core::utf8
