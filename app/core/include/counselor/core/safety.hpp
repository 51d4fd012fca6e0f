// The safety rule of the workstation: once anyone in a case has reported
// physical danger, joint sessions and intimacy or conjoint homework carry a
// warning everywhere they are offered, and need the counselor's explicit
// decision to go ahead.
#pragma once

#include "counselor/core/case_repository.hpp"
#include "counselor/core/database.hpp"
#include "counselor/core/flag_repository.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

// Open flags on the case or on any of its members, each once, in the
// repository's order (critical first).
std::vector<Flag> open_flags_of_case(Database& db, std::int64_t case_id);

// Open critical "safety" flags on the case or on any of its members.
std::vector<Flag> open_safety_flags(Database& db, std::int64_t case_id);

// The warning shown beside joint work while a safety flag is open.
std::string safety_warning_text(const std::string& what);  // what: "a joint session"

}  // namespace counselor::core
