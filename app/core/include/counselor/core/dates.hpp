// Calendar dates as the program stores them: "YYYY-MM-DD", compared as text.
#pragma once

#include <string>

namespace counselor::core {

// True when `yyyy_mm_dd` is exactly YYYY-MM-DD and names a day that exists
// (so 1990-02-30 and 2023-02-29 are false, 2024-02-29 is true).
bool is_real_date(const std::string& yyyy_mm_dd);

// Today's date in UTC as YYYY-MM-DD.
std::string today_utc();

// The local time now as "YYYY-MM-DD HH:MM", the way sessions are entered.
std::string local_minute_now();

// The day `days` days after (or, negative, before) `yyyy_mm_dd`, which must
// be a real date (is_real_date); across months, years and leap days.
std::string days_after(const std::string& yyyy_mm_dd, int days);

}  // namespace counselor::core
