#include "counselor/core/platform/dates.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace counselor::core {
namespace {

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// Reads `count` digits at `pos`; -1 when any is not a digit.
int read_number(const std::string& text, std::size_t pos, std::size_t count) {
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// The time now, in local time or in UTC, written as strftime's `format` says.
std::string now_formatted(const char* format, bool local) {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    if (local)
        localtime_r(&now, &parts);
    else
        gmtime_r(&now, &parts);
    std::array<char, 32> buffer{};
    std::strftime(buffer.data(), buffer.size(), format, &parts);
    return buffer.data();
}

}  // namespace

bool is_real_date(const std::string& yyyy_mm_dd) {
    const std::string& s = yyyy_mm_dd;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int year = read_number(s, 0, 4);
    const int month = read_number(s, 5, 2);
    const int day = read_number(s, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    return day <= days_in_month(year, month);
}

std::string today_utc() {
    return now_formatted("%Y-%m-%d", false);
}

std::string local_minute_now() {
    return now_formatted("%Y-%m-%d %H:%M", true);
}

// From days_from_civil, not gmtime_r and strftime: those read the time zone
// (/etc/localtime) on their first call, which a UTC time never needs, and
// that first call fell inside loading the plugins.
std::string utc_text(std::int64_t seconds) {
    constexpr std::int64_t kDay = 24 * 60 * 60;
    const std::int64_t days = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
    const std::int64_t rest = seconds - days * kDay;
    const CivilDay date = civil_from_days(days);
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(date.year), date.month, date.day, static_cast<int>(rest / 3600),
                  static_cast<int>(rest % 3600 / 60), static_cast<int>(rest % 60));
    return buffer.data();
}

std::string utc_now() {
    using namespace std::chrono;
    return utc_text(floor<seconds>(system_clock::now()).time_since_epoch().count());
}

std::int64_t days_from_civil(const CivilDay& date) {
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const unsigned m = date.month;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(y - era * 400);
    const unsigned day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const unsigned day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

CivilDay civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(days - era * 146097);
    const unsigned year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned shifted_month = (5 * day_of_year + 2) / 153;
    const unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

std::string days_after(const std::string& yyyy_mm_dd, int days) {
    using namespace std::chrono;
    const year_month_day from{year{read_number(yyyy_mm_dd, 0, 4)},
                              month{static_cast<unsigned>(read_number(yyyy_mm_dd, 5, 2))},
                              day{static_cast<unsigned>(read_number(yyyy_mm_dd, 8, 2))}};
    const year_month_day to{sys_days{from} + std::chrono::days{days}};
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(to.year()),
                  static_cast<unsigned>(to.month()), static_cast<unsigned>(to.day()));
    return buffer.data();
}

}  // namespace counselor::core
