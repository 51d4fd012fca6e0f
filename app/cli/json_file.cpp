#include "json_file.hpp"

#include <counselor/core/errors.hpp>

#include <filesystem>
#include <fstream>

namespace counselor::cli {

nlohmann::json read_json_file(const std::string& path, const std::string& what) {
    if (!std::filesystem::is_regular_file(path)) {
        throw core::UserError(what + " " + path + " does not exist");
    }
    std::ifstream in(path);
    if (!in) throw core::UserError("cannot read " + what + " " + path);
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        std::string message = e.what();
        auto at = message.find("line ");
        throw core::UserError(what + " " + path + " is not valid JSON: " +
                              (at == std::string::npos ? message : message.substr(at)));
    }
}

}  // namespace counselor::cli
