// Dates as a handout prints them: "Saturday 5 December 2026".
#pragma once

#include <optional>
#include <string>

namespace homework {

// "2026-12-05" -> "Saturday 5 December 2026"; nullopt unless a real YYYY-MM-DD date.
std::optional<std::string> long_date(const std::string& yyyy_mm_dd);

}  // namespace homework
