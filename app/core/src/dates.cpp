#include "counselor/core/dates.hpp"

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
