#include "json_file.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/sdk/json_checks.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace counselor::cli {

namespace {

// Answers and note fields are flat objects; a few levels leave room for
// multiple-choice arrays and whatever a plugin's fields hold.
constexpr int kMaxDepth = 16;

}  // namespace

nlohmann::json read_json_file(const std::string& path, const std::string& what) {
    if (!std::filesystem::is_regular_file(path)) {
        throw core::UserError(what + " " + path + " does not exist");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw core::UserError("cannot read " + what + " " + path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // The same checks as a form definition: a key twice, a number no item
    // can hold or bytes that are not UTF-8 are refused where they stand,
    // before anything is stored.
    if (auto problem = sdk::check_json_text(text, kMaxDepth)) {
        throw core::UserError(what + " " + path + " is not valid JSON: " + *problem);
    }
    auto json = nlohmann::json::parse(text);
    // Both kinds map ids to values; a list would read as "nothing answered".
    if (!json.is_object()) {
        throw core::UserError(what + " " + path +
                              " must hold a JSON object {\"id\": value, ...}, not " +
                              (json.is_array() ? "a list" : "a single value"));
    }
    return json;
}

}  // namespace counselor::cli
