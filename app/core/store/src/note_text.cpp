#include "counselor/core/store/note_text.hpp"

#include "json_string_values.hpp"
#include "note_text_function.hpp"

#include <sqlcipher/sqlite3.h>
#include <nlohmann/json.hpp>

namespace counselor::core {

namespace {

void append_strings(const nlohmann::json& value, std::string& text) {
    if (value.is_string()) {
        if (!text.empty()) text += '\n';
        text += value.get_ref<const std::string&>();
    } else if (value.is_structured()) {
        for (const auto& element : value)
            append_strings(element, text);
    }
}

void note_text_sql(sqlite3_context* context, int, sqlite3_value** arguments) {
    const unsigned char* body = sqlite3_value_text(arguments[0]);
    if (body == nullptr) {
        sqlite3_result_null(context);
        return;
    }
    const std::string text = note_text(reinterpret_cast<const char*>(body));
    sqlite3_result_text64(context, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

std::string note_text(const std::string& body) {
    // The quick scan answers for the JSON the program writes; the parser
    // for anything it is not sure of.
    if (auto text = detail::json_string_values(body)) return std::move(*text);
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) return body;  // not JSON: the text as it is
    std::string text;
    append_strings(parsed, text);
    return text;
}

namespace detail {

void register_note_text(sqlite3* db) {
    sqlite3_create_function_v2(db, "note_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               note_text_sql, nullptr, nullptr, nullptr);
}

}  // namespace detail

}  // namespace counselor::core
