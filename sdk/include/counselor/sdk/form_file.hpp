// Reading a form definition file that a person wrote by hand: the same rules
// for the host (`counselorctl form validate`) and for a plugin serving such
// files (form packs), so a file passes or fails the same way in both.
//
//  - a file over kMaxFormFileBytes is refused before it is read: a form is a
//    few kilobytes, and a runaway file must not fill memory;
//  - a UTF-8 byte-order mark is skipped (editors on Windows write one) and
//    positions count from after it, as the editor shows them;
//  - a syntax error is reported as "line L, column C: what", counted here
//    from the byte offset so the numbers match the file in an editor;
//  - nesting deeper than kMaxFormDepth is refused: a form is about six levels
//    deep, and unbounded nesting is how a crafted file exhausts the stack of
//    every recursive reader after the parser.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

namespace counselor::sdk {

inline constexpr std::uintmax_t kMaxFormFileBytes = 2u * 1024u * 1024u;
inline constexpr int kMaxFormDepth = 64;

// Why a file cannot be read as a form definition; what() does not repeat
// the path, so a caller can put it in front.
struct FormFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

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

// Parses `text` as a form definition document. Throws FormFileError.
inline nlohmann::json parse_form_text(std::string_view text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());

    struct TooDeep {};
    auto limit_depth = [](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
        if (depth >= kMaxFormDepth && (event == nlohmann::json::parse_event_t::object_start ||
                                       event == nlohmann::json::parse_event_t::array_start)) {
            throw TooDeep{};
        }
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), limit_depth);
    } catch (const TooDeep&) {
        throw FormFileError("nested deeper than " + std::to_string(kMaxFormDepth) +
                            " levels; a form definition needs far fewer");
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte counts from 1 and points at the character that failed.
        auto where = position_of(text, e.byte == 0 ? 0 : e.byte - 1);
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        auto reason = what.find("syntax error");
        throw FormFileError("line " + std::to_string(where.line) + ", column " +
                            std::to_string(where.column) + ": " +
                            (reason == std::string::npos ? what : what.substr(reason)));
    }
}

// Reads and parses one definition file. Throws FormFileError.
inline nlohmann::json read_form_file(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) throw FormFileError("cannot read it: " + error.message());
    if (size > kMaxFormFileBytes) {
        throw FormFileError("it is " + std::to_string(size) + " bytes; a form definition may be " +
                            "at most 2 MB");
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FormFileError("cannot read it");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_form_text(text);
}

}  // namespace counselor::sdk
