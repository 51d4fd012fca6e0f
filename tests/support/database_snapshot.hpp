// Everything stored in a database, as text, to prove that a refused command
// changed nothing: compare the snapshot before and after.
#pragma once

#include <counselor/core/store/database.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace counselor::test {

// `except_table`: one table left out, e.g. the audit log, where a refusal
// leaves its own row.
inline std::string database_snapshot(const std::filesystem::path& path,
                                     const std::string& except_table = {}) {
    core::DatabaseOptions options;
    options.create_if_missing = false;
    options.read_only = true;
    auto db = core::Database::open(path, options);
    std::string text = "schema " + std::to_string(db.schema_version()) + "\n";
    // Not the virtual tables (a contentless full-text index cannot be read
    // back row by row): their own tables below hold what they store.
    auto tables = db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    while (tables.step()) {
        auto table = tables.text(0);
        if (table == except_table) continue;
        text += "table " + table + "\n";
        // Sorted as text: some tables have no rowid to order by.
        std::vector<std::string> lines;
        auto rows = db.prepare("SELECT * FROM \"" + table + "\"");
        while (rows.step()) {
            std::string line;
            for (int column = 0; column < rows.column_count(); ++column) {
                line += rows.is_null(column) ? std::string("NULL") : rows.text(column);
                line += '|';
            }
            // Its row in sqlite_sequence goes with the table left out.
            if (table == "sqlite_sequence" && !except_table.empty() &&
                line.rfind(except_table + "|", 0) == 0)
                continue;
            lines.push_back(line);
        }
        std::sort(lines.begin(), lines.end());
        for (const auto& line : lines)
            text += line + '\n';
    }
    return text;
}

// The files of a database byte for byte: the file, its -wal and -shm files
// and its key files. For an encrypted database, which database_snapshot
// cannot read without the key, and where "unchanged" means every byte.
inline std::string database_files(const std::filesystem::path& path) {
    std::string all;
    for (const char* suffix : {"", "-wal", "-shm", ".keyparams", ".keyparams.next"}) {
        const std::filesystem::path file(path.string() + suffix);
        std::ifstream in(file, std::ios::binary);
        all +=
            std::string(suffix) + ":" +
            (in ? std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())
                : std::string("absent")) +
            "\n";
    }
    return all;
}

}  // namespace counselor::test
