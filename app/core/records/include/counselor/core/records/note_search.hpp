// Full-text search over signed session notes (the store's NoteIndex), with
// an excerpt of each note found.
// What a counselor types is never logged or audited: it may hold a name.
#pragma once

#include "counselor/core/store/database.hpp"
#include "counselor/core/store/note_index.hpp"
#include "counselor/core/store/note_text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct NoteHit : FoundNote {
    std::string excerpt;  // a line of the note around the first word found
};

class NoteSearch {
  public:
    explicit NoteSearch(Database& db) : db_(db) {}

    // Signed notes holding every word of `text` (any case, accents ignored;
    // a word ending in * matches as a prefix), newest first. Empty text
    // finds nothing.
    std::vector<NoteHit> search(const std::string& text, int limit = 20);

    // The index's query for `text` (NoteIndex::match_expression): each word
    // quoted, so what is typed is never read as query syntax.
    static std::string match_expression(const std::string& text);

  private:
    Database& db_;
};

}  // namespace counselor::core
