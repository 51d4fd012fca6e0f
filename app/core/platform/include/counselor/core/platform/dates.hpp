// Calendar dates and moments as the program stores them: days as
// "YYYY-MM-DD" and moments as "YYYY-MM-DDTHH:MM:SSZ" (UTC), both compared as
// text. The one place the program turns clock readings into those texts.
#pragma once

#include <cstdint>
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

// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ", the form every timestamp is stored in.
std::string utc_now();

// `seconds` since 1970-01-01 (UTC) in the same form as utc_now().
std::string utc_text(std::int64_t seconds);

// A day of the proleptic Gregorian calendar.
struct CivilDay {
    std::int64_t year = 1970;
    unsigned month = 1;
    unsigned day = 1;
};

// Days from 1970-01-01 to `date`, and back (Howard Hinnant's algorithms):
// exact for any Gregorian date, with no time zone or locale in play.
std::int64_t days_from_civil(const CivilDay& date);
CivilDay civil_from_days(std::int64_t days);

}  // namespace counselor::core
