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
//  - nesting deeper than kMaxFormDepth, a key twice in one object, a number
//    beyond plus or minus 10^15 and bytes that are not UTF-8 are refused
//    with their line and column (json_checks.hpp says why each).
#pragma once

#include "json_checks.hpp"

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

// Parses `text` as a form definition document. Throws FormFileError.
inline nlohmann::json parse_form_text(std::string_view text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    if (auto problem = check_json_text(text, kMaxFormDepth)) throw FormFileError(*problem);
    return nlohmann::json::parse(text.begin(), text.end());
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
