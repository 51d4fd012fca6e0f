// The full-text index of signed notes (schema 3), asked through the store:
// the query language of the index (SQLite's FTS4 today) stays here, and
// note search in the records sees rows. What a counselor types is never
// logged: it may hold a name.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

// Which note was found, and where it stands in the record.
struct FoundNote {
    std::int64_t note_id = 0;
    std::int64_t case_id = 0;
    std::optional<std::int64_t> session_id;
    std::string template_id;
    std::string signed_at;
    std::string session_starts_at;  // empty without a session
};

struct IndexedNote : FoundNote {
    std::string body;  // the stored JSON
};

class NoteIndex {
  public:
    explicit NoteIndex(Database& db) : db_(db) {}

    // Signed notes holding every word of `words` (any case, accents ignored;
    // a word ending in * matches as a prefix), newest first, at most `limit`.
    // Words of punctuation only are left out; none left finds nothing.
    std::vector<IndexedNote> find(const std::vector<std::string>& words, int limit);

    // The index's query for `words`: each word quoted, so what is typed is
    // never read as query syntax. Empty when no word can match.
    static std::string match_expression(const std::vector<std::string>& words);
    // The statement find() runs: ?1 the match expression, ?2 the limit.
    static const char* sql();

  private:
    Database& db_;
};

}  // namespace counselor::core
