// Small helpers for the storage tests: reading files and counting rows.
#pragma once

#include "counselor/core/store/database.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

namespace counselor::test {

inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A file compared with what it held before; a plain bool, so a failure does
// not print a binary database.
inline bool file_still_holds(const std::filesystem::path& path, const std::string& bytes) {
    return file_bytes(path) == bytes;
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The names in a folder, to see that nothing was created beside a file.
inline std::set<std::string> folder_listing(const std::filesystem::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

// The first column of the first row, as text ("" when there is no row).
inline std::string scalar(core::Database& db, const std::string& sql) {
    core::Statement query = db.prepare(sql);
    return query.step() ? query.text(0) : std::string();
}

inline std::int64_t row_count(core::Database& db, const std::string& table) {
    return std::stoll(scalar(db, "SELECT COUNT(*) FROM " + table));
}

inline core::DatabaseOptions read_only() {
    core::DatabaseOptions options;
    options.read_only = true;
    return options;
}

// The DatabaseError `fn` throws, so a test can check its reason and message.
template <typename Fn>
core::DatabaseError database_error_from(Fn&& fn) {
    try {
        fn();
    } catch (const core::DatabaseError& error) {
        return error;
    }
    FAIL("expected a DatabaseError");
    throw std::logic_error("unreachable");
}

}  // namespace counselor::test
