#include "counselor/core/store/note_index.hpp"

#include <algorithm>
#include <cctype>

namespace counselor::core {

std::string NoteIndex::match_expression(const std::vector<std::string>& words) {
    std::string expression;
    for (const auto& word : words) {
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

const char* NoteIndex::sql() {
    // The index gives the ids, newest first, and stops at the limit; only
    // those notes are read.
    return "SELECT n.id, n.case_id, n.session_id, n.template_id, COALESCE(n.signed_at, ''),"
           " COALESCE(s.starts_at, ''), n.body"
           " FROM (SELECT docid FROM note_search WHERE note_search MATCH ?1"
           "       ORDER BY docid DESC LIMIT ?2) AS found"
           " JOIN notes AS n ON n.id = found.docid"
           " LEFT JOIN sessions AS s ON s.id = n.session_id"
           " ORDER BY n.id DESC";
}

std::vector<IndexedNote> NoteIndex::find(const std::vector<std::string>& words, int limit) {
    std::vector<IndexedNote> notes;
    const std::string expression = match_expression(words);
    if (expression.empty() || limit < 1) return notes;
    Statement query = db_.prepare(sql());
    query.bind(1, expression).bind(2, limit);
    while (query.step()) {
        IndexedNote note;
        note.note_id = query.int64(0);
        note.case_id = query.int64(1);
        note.session_id = query.optional_int64(2);
        note.template_id = query.text(3);
        note.signed_at = query.text(4);
        note.session_starts_at = query.text(5);
        note.body = query.text(6);
        notes.push_back(std::move(note));
    }
    return notes;
}

}  // namespace counselor::core
