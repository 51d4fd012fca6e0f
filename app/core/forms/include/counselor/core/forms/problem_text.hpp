// Wording shared by the definition and answer validators, so both quote
// values and name JSON types the same way; the FHIR importer words its
// problems with them too, so every problem a form file can have reads alike.
#pragma once

#include <counselor/sdk/scoring.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core::text {

inline std::string quote(std::string_view text) {
    return '"' + std::string(text) + '"';
}

inline std::string join(std::span<const std::string_view> names) {
    std::string joined;
    for (auto name : names) {
        if (!joined.empty()) joined += ", ";
        joined += name;
    }
    return joined;
}

inline std::string join(const std::vector<std::string>& names) {
    std::vector<std::string_view> views(names.begin(), names.end());
    return join(std::span<const std::string_view>(views));
}

inline std::string number(double value) {
    return sdk::detail::format_number(value);
}

// A value as a message quotes it. Long text is cut (at a character boundary)
// so one pasted paragraph does not swamp the list of problems; invalid UTF-8
// is replaced rather than thrown about.
inline std::string short_dump(const nlohmann::json& value) {
    std::string dumped = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    constexpr std::size_t kLimit = 40;
    if (dumped.size() <= kLimit) return dumped;
    std::size_t cut = kLimit;
    while (cut > 0 && (static_cast<unsigned char>(dumped[cut]) & 0xC0) == 0x80)
        --cut;
    return dumped.substr(0, cut) + "...";
}

// What was found instead of what was expected: `the string "yes"`,
// `the number 3`, `an array`.
inline std::string describe_value(const nlohmann::json& value) {
    using Type = nlohmann::json::value_t;
    switch (value.type()) {
        case Type::string:
            return "the string " + short_dump(value);
        case Type::number_integer:
        case Type::number_unsigned:
        case Type::number_float:
            return "the number " + short_dump(value);
        case Type::boolean:
            return value.get<bool>() ? "true" : "false";
        case Type::array:
            return "an array";
        case Type::object:
            return "an object";
        default:
            return "null";
    }
}

}  // namespace counselor::core::text
