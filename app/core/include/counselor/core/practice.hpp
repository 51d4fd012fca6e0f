// The practice and counselor a printout is headed with.
#pragma once

#include "counselor/core/database.hpp"

#include <nlohmann/json.hpp>

namespace counselor::core {

// {"practice_name": "...", "counselor_name": "..."}; empty strings when unset.
nlohmann::json practice_info(Database& db);

}  // namespace counselor::core
