#include "counselor/core/store/bulk_load.hpp"

#include "counselor/core/platform/errors.hpp"

namespace counselor::core {

namespace {

// The trigger that puts each signed note into the full-text index as it is
// written (data/migrations/0003_note_search.sql). Inside one transaction
// each INSERT is its own statement, and FTS4 writes out what it has
// gathered at every statement's savepoint: every note became a segment of
// its own, merged again and again (about 650,000 instructions a note).
constexpr const char* kNoteIndexTrigger = "notes_search_signed_insert";
constexpr const char* kDropNoteIndexTrigger = "DROP TRIGGER notes_search_signed_insert";

std::string trigger_sql(Database& db, const char* name) {
    Statement query =
        db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    query.bind(1, std::string(name));
    if (!query.step()) throw UserError(std::string("the practice has no trigger ") + name);
    return query.text(0);
}

std::string quoted_list(const std::vector<std::string>& names) {
    std::string list;
    for (const auto& name : names)
        list += (list.empty() ? "'" : ", '") + name + "'";
    return list;
}

}  // namespace

BulkLoad::BulkLoad(Database& db) : db_(db) {
    Statement cache = db_.prepare("PRAGMA cache_size");
    cache.step();
    cache_size_ = cache.int64(0);
    db_.execute("PRAGMA cache_size = -131072");
}

BulkLoad::~BulkLoad() {
    try {
        db_.execute("PRAGMA cache_size = " + std::to_string(cache_size_));
    } catch (const std::exception&) {
        // The connection's cache stays larger; nothing stored depends on it.
    }
}

void BulkLoad::start(const std::vector<std::string>& tables) {
    Statement query = db_.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN (" +
        quoted_list(tables) + ") ORDER BY name");
    while (query.step())
        indexes_.emplace_back(query.text(0), query.text(1));
    for (const auto& index : indexes_)
        db_.execute("DROP INDEX \"" + index.first + "\"");
    note_trigger_ = trigger_sql(db_, kNoteIndexTrigger);
    db_.execute(kDropNoteIndexTrigger);
}

void BulkLoad::finish() {
    // As the migration does, and as the benchmark's floor does by copying
    // the notes in one statement.
    db_.execute(
        "INSERT INTO note_search (docid, text)"
        " SELECT id, note_text(body) FROM notes WHERE status = 'signed' ORDER BY id");
    db_.execute(note_trigger_);
    for (const auto& index : indexes_)
        db_.execute(index.second);
}

}  // namespace counselor::core
