// Everything stored in a database, as text, to prove that a refused command
// changed nothing: compare the snapshot before and after.
#pragma once

#include <counselor/core/database.hpp>

#include <filesystem>
#include <string>

namespace counselor::test {

inline std::string database_snapshot(const std::filesystem::path& path) {
    core::DatabaseOptions options;
    options.create_if_missing = false;
    options.read_only = true;
    auto db = core::Database::open(path, options);
    std::string text = "schema " + std::to_string(db.schema_version()) + "\n";
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        auto table = tables.text(0);
        text += "table " + table + "\n";
        auto rows = db.prepare("SELECT * FROM \"" + table + "\" ORDER BY rowid");
        while (rows.step()) {
            for (int column = 0; column < rows.column_count(); ++column) {
                text += rows.is_null(column) ? std::string("NULL") : rows.text(column);
                text += '|';
            }
            text += '\n';
        }
    }
    return text;
}

}  // namespace counselor::test
