#include "counselor/core/records/note_search.hpp"

#include "counselor/core/store/note_index.hpp"

#include <algorithm>
#include <cctype>

namespace counselor::core {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else if (c != '"') {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// About a line of `text` around the first place one of `words` starts
// (ASCII case ignored; without a place found, the beginning).
std::string excerpt_of(const std::string& text, const std::vector<std::string>& words) {
    constexpr std::size_t kBefore = 40;
    constexpr std::size_t kLength = 120;
    std::size_t at = std::string::npos;
    for (auto word : words) {
        if (!word.empty() && word.back() == '*') word.pop_back();
        if (word.empty()) continue;
        auto found = std::search(text.begin(), text.end(), word.begin(), word.end(),
                                 [](char a, char b) { return lower(a) == lower(b); });
        if (found != text.end()) at = std::min(at, static_cast<std::size_t>(found - text.begin()));
    }
    std::size_t start = at == std::string::npos || at < kBefore ? 0 : at - kBefore;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;  // not inside a UTF-8 character
    std::size_t end = std::min(text.size(), start + kLength);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    std::string excerpt = text.substr(start, end - start);
    std::replace(excerpt.begin(), excerpt.end(), '\n', ' ');
    return (start > 0 ? "..." : "") + excerpt + (end < text.size() ? "..." : "");
}

}  // namespace

std::string NoteSearch::match_expression(const std::string& text) {
    return NoteIndex::match_expression(words_of(text));
}

std::vector<NoteHit> NoteSearch::search(const std::string& text, int limit) {
    std::vector<NoteHit> hits;
    const auto words = words_of(text);
    for (auto& note : NoteIndex(db_).find(words, limit)) {
        NoteHit hit;
        // Where the note stands moves over; its body stays to cut the excerpt from.
        static_cast<FoundNote&>(hit) = std::move(static_cast<FoundNote&>(note));
        hit.excerpt = excerpt_of(note_text(note.body), words);
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace counselor::core
