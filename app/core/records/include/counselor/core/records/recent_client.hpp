// The client the counselor last had open, so the next start returns to them.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>

namespace counselor::core {

// nullopt when none was remembered or that client no longer exists.
std::optional<std::int64_t> last_client(Database& db);
void remember_last_client(Database& db, std::int64_t client_id);

}  // namespace counselor::core
