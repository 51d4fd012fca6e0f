// The JSON that `--json` prints for records.
#pragma once

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/client_repository.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace counselor::cli {

nlohmann::json to_json(const core::Client& client);
nlohmann::json to_json(const std::vector<core::Client>& clients);
nlohmann::json to_json(const core::Case& found);
nlohmann::json to_json(const std::vector<core::Case>& cases);

// "Ann Lee and Ben Lee"
std::string member_names(const core::Case& found);

}  // namespace counselor::cli
