#include "counselor/core/records/note_search.hpp"

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
    std::string expression;
    for (const auto& word : words_of(text)) {
        // Only punctuation: nothing the index holds, and no query syntax either.
        if (std::none_of(word.begin(), word.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                       (static_cast<unsigned char>(c) & 0x80) != 0;
            }))
            continue;
        if (!expression.empty()) expression += ' ';
        // A prefix goes inside the quotes: "walk*" (FTS4 reads "walk"* as two terms).
        expression += '"' + word + '"';
    }
    return expression;
}

const char* NoteSearch::sql() {
    // The index gives the ids, newest first, and stops at the limit; only
    // those notes are read.
    return "SELECT n.id, n.case_id, n.session_id, n.template_id, IFNULL(n.signed_at, ''),"
           " IFNULL(s.starts_at, ''), n.body"
           " FROM (SELECT docid FROM note_search WHERE note_search MATCH ?1"
           "       ORDER BY docid DESC LIMIT ?2) AS found"
           " JOIN notes AS n ON n.id = found.docid"
           " LEFT JOIN sessions AS s ON s.id = n.session_id"
           " ORDER BY n.id DESC";
}

std::vector<NoteHit> NoteSearch::search(const std::string& text, int limit) {
    std::vector<NoteHit> hits;
    const std::string expression = match_expression(text);
    if (expression.empty() || limit < 1) return hits;
    Statement query = db_.prepare(sql());
    query.bind(1, expression).bind(2, limit);
    const auto words = words_of(text);
    while (query.step()) {
        NoteHit hit;
        hit.note_id = query.int64(0);
        hit.case_id = query.int64(1);
        hit.session_id = query.optional_int64(2);
        hit.template_id = query.text(3);
        hit.signed_at = query.text(4);
        hit.session_starts_at = query.text(5);
        hit.excerpt = excerpt_of(note_text(query.text(6)), words);
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace counselor::core
