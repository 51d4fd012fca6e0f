// The SQL function note_text(body) that the note search index is built
// from; every connection registers it before migrating. Internal.
#pragma once

struct sqlite3;

namespace counselor::core::detail {

void register_note_text(sqlite3* db);

}  // namespace counselor::core::detail
