// Checks on JSON a person wrote by hand, made before it is turned into a
// document, each refused with the line and column an editor shows:
//
//  - nesting deeper than a limit: a form is about six levels deep, and
//    unbounded nesting is how a crafted file exhausts the stack of every
//    recursive reader after the parser;
//  - a key twice in one object: nlohmann keeps the last silently, so a
//    person who pasted an item's field twice would never learn which won;
//  - a number beyond ±kMaxJsonNumber, or one too large for a double
//    (1e400): every number in a form is a score, a bound or a count, and
//    converting a huge one to an int later is undefined behaviour;
//  - bytes that are not UTF-8, said plainly with their byte offset rather
//    than echoed raw to a terminal.
//
// The checks run as a SAX pass over the text (iterative, no recursion), so
// they cost no deep stack whatever the input; the document is parsed after.
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::sdk {

inline constexpr double kMaxJsonNumber = 1e15;

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};

// The line and column (both from 1) of the character at byte `offset`.
// Columns count bytes, as nlohmann's offsets do.
inline TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition position;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

// "line L, column C" of byte `offset` in `text`.
inline std::string place_of(std::string_view text, std::size_t offset) {
    const auto where = position_of(text, offset);
    return "line " + std::to_string(where.line) + ", column " + std::to_string(where.column);
}

namespace json_checks_detail {

// A pointer into the text that tells `taken` how many bytes the parser has
// read, so a SAX handler, which is given no position, can say where it is.
class CountingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* at, const char* begin, std::size_t* taken)
        : at_(at), begin_(begin), taken_(taken) {}
    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        ++at_;
        *taken_ = static_cast<std::size_t>(at_ - begin_);
        return *this;
    }
    CountingIterator operator++(int) {
        auto before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
    bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

  private:
    const char* at_;
    const char* begin_;
    std::size_t* taken_;
};

// The offset of the first byte that does not start or continue a
// well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates or values
// past U+10FFFF), or text.size().
inline std::size_t first_bad_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // the second byte's range
        if (byte < 0x80) {
            length = 1;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            length = 2;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            length = 3;
            if (byte == 0xE0) low = 0xA0;
            if (byte == 0xED) high = 0x9F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
            if (byte == 0xF0) low = 0x90;
            if (byte == 0xF4) high = 0x8F;
        } else {
            return i;
        }
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return i;
        }
        i += length;
    }
    return i;
}

inline bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The SAX handler: refuses what the comment at the top lists, keeping the
// first refusal as "line L, column C: what to fix".
class Checker {
  public:
    using json = nlohmann::json;

    Checker(std::string_view text, const std::size_t* taken, int max_depth)
        : text_(text), taken_(taken), max_depth_(max_depth) {}

    const std::optional<std::string>& problem() const { return problem_; }

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool string(std::string&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool number_integer(json::number_integer_t value) {
        return number_fits(static_cast<double>(value));
    }
    bool number_unsigned(json::number_unsigned_t value) {
        return number_fits(static_cast<double>(value));
    }
    bool number_float(json::number_float_t value, const std::string&) { return number_fits(value); }
    bool start_object(std::size_t) {
        if (!open_container()) return false;
        keys_.emplace_back();
        return true;
    }
    bool key(std::string& name) {
        if (keys_.back().insert(name).second) return true;
        return refuse(key_start(), "the key " + json(name).dump() +
                                       " appears twice in one object; keep one of them");
    }
    bool end_object() {
        keys_.pop_back();
        --depth_;
        return true;
    }
    bool start_array(std::size_t) { return open_container(); }
    bool end_array() {
        --depth_;
        return true;
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception& error) {
        // `position` counts from 1 and points at the character that failed.
        const std::size_t offset = position == 0 ? 0 : position - 1;
        const std::string what = error.what();
        if (what.find("ill-formed UTF-8") != std::string::npos) {
            const std::size_t bad = first_bad_utf8(text_);
            return refuse(bad, "byte " + std::to_string(bad + 1) +
                                   " is not UTF-8; save the file as UTF-8 text");
        }
        if (what.find("number overflow") != std::string::npos) return number_too_large(offset);
        if (text_.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            return refuse(0, "the file is empty; it should hold a JSON object {...}");
        }
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        const auto reason = what.find("syntax error");
        return refuse(offset, reason == std::string::npos ? what : what.substr(reason));
    }

  private:
    bool open_container() {
        if (depth_ >= max_depth_) {
            return refuse(taken() == 0 ? 0 : taken() - 1,
                          "nested deeper than " + std::to_string(max_depth_) +
                              " levels; nothing here needs that many");
        }
        ++depth_;
        return true;
    }

    bool number_fits(double value) {
        if (std::isfinite(value) && std::fabs(value) <= kMaxJsonNumber) return true;
        return number_too_large(taken());
    }

    // `after` is where the parser stopped: on the number's last character or
    // one past it.
    bool number_too_large(std::size_t after) {
        const std::size_t start = number_start(after);
        std::size_t end = start;
        while (end < text_.size() && is_number_char(text_[end]))
            ++end;
        std::string number(text_.substr(start, std::min<std::size_t>(end - start, 30)));
        if (end - start > 30) number += "...";
        return refuse(start, "the number " + number +
                                 " is too large; use one within plus or minus 1000000000000000");
    }

    std::size_t number_start(std::size_t after) const {
        std::size_t at = std::min(after, text_.size());
        if (at > 0 && !is_number_char(text_[at - 1])) --at;
        while (at > 0 && is_number_char(text_[at - 1]))
            --at;
        return at;
    }

    // The parser stands just past a key's closing quote: find its opening one.
    std::size_t key_start() const {
        std::size_t at = std::min(taken(), text_.size());
        if (at > 0) --at;  // the closing quote
        while (at > 0) {
            --at;
            if (text_[at] != '"') continue;
            std::size_t backslashes = 0;
            while (at > backslashes && text_[at - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0) return at;
        }
        return at;
    }

    bool refuse(std::size_t offset, const std::string& what) {
        if (!problem_) problem_ = place_of(text_, offset) + ": " + what;
        return false;
    }

    std::size_t taken() const { return *taken_; }

    std::string_view text_;
    const std::size_t* taken_;
    int max_depth_;
    int depth_ = 0;
    std::vector<std::set<std::string>> keys_;
    std::optional<std::string> problem_;
};

}  // namespace json_checks_detail

// The first problem in `text` as "line L, column C: what to fix", or none.
// Plain JSON syntax errors are reported the same way.
inline std::optional<std::string> check_json_text(std::string_view text, int max_depth) {
    // The JSON parser takes a NUL for the end of the text, so "3\0garbage"
    // would read as the number 3 (found by the form-file fuzzer).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        return place_of(text, nul) + ": byte " + std::to_string(nul + 1) +
               " is a NUL byte; this is not a text file";
    }
    std::size_t taken = 0;
    json_checks_detail::Checker checker(text, &taken, max_depth);
    const char* begin = text.data();
    json_checks_detail::CountingIterator first(begin, begin, &taken);
    json_checks_detail::CountingIterator last(begin + text.size(), begin, &taken);
    nlohmann::json::sax_parse(first, last, &checker);
    return checker.problem();
}

}  // namespace counselor::sdk
