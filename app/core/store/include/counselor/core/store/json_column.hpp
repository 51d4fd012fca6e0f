// JSON documents kept in TEXT columns (answers, results, note bodies,
// homework personalisation). Internal to the store module.
#pragma once

#include "counselor/core/platform/errors.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace counselor::core::detail {

// UTF-8 as written, not \u escapes, so the text stays readable in the file.
inline std::string json_to_column(const nlohmann::json& value) {
    return value.dump();
}

// A document that no longer parses means the file was altered outside the
// program; say which record, never the text itself (it may be client data).
inline nlohmann::json json_from_column(const std::string& text, const char* what, std::int64_t id) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        throw DatabaseError(DatabaseError::Reason::corrupt, std::string("the stored ") + what +
                                                                " of record " + std::to_string(id) +
                                                                " is not valid JSON");
    }
}

}  // namespace counselor::core::detail
