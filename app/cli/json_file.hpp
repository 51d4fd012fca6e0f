// Reading the JSON files a counselor or script hands to a command (answers,
// note fields), with messages that say where the file is wrong.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace counselor::cli {

// `what` names the file's role in messages, e.g. "answers file".
nlohmann::json read_json_file(const std::string& path, const std::string& what);

}  // namespace counselor::cli
