// Dates as typed by a counselor: only real calendar days pass.
#include "counselor/core/platform/dates.hpp"

#include <catch2/catch.hpp>

#include <regex>

using counselor::core::days_after;
using counselor::core::is_real_date;
using counselor::core::today_utc;

TEST_CASE("store.dates: real calendar dates are accepted") {
    CHECK(is_real_date("1990-02-28"));
    CHECK(is_real_date("2024-02-29"));  // leap year
    CHECK(is_real_date("2000-02-29"));  // divisible by 400
    CHECK(is_real_date("1999-12-31"));
}

TEST_CASE("store.dates: impossible or malformed dates are refused") {
    CHECK_FALSE(is_real_date("1990-02-30"));
    CHECK_FALSE(is_real_date("2023-02-29"));  // not a leap year
    CHECK_FALSE(is_real_date("1900-02-29"));  // divisible by 100, not 400
    CHECK_FALSE(is_real_date("2024-04-31"));
    CHECK_FALSE(is_real_date("2024-13-01"));
    CHECK_FALSE(is_real_date("2024-00-10"));
    CHECK_FALSE(is_real_date("2024-01-00"));
    CHECK_FALSE(is_real_date("0000-01-01"));
    CHECK_FALSE(is_real_date("12/03/1984"));
    CHECK_FALSE(is_real_date("1984-3-12"));
    CHECK_FALSE(is_real_date("1984-03-12 "));
    CHECK_FALSE(is_real_date("1984-O3-12"));
    CHECK_FALSE(is_real_date(""));
}

TEST_CASE("store.dates: today is a real date") {
    const std::string today = today_utc();
    CHECK(std::regex_match(today, std::regex(R"(\d{4}-\d\d-\d\d)")));
    CHECK(is_real_date(today));
}

TEST_CASE("store.dates: counting days on crosses months, years and leap days") {
    CHECK(days_after("2026-11-22", 7) == "2026-11-29");
    CHECK(days_after("2026-11-28", 7) == "2026-12-05");
    CHECK(days_after("2026-12-28", 7) == "2027-01-04");
    CHECK(days_after("2024-02-25", 4) == "2024-02-29");  // leap year
    CHECK(days_after("2023-02-25", 4) == "2023-03-01");
    CHECK(days_after("2024-03-01", -1) == "2024-02-29");
    CHECK(days_after("2026-01-01", 0) == "2026-01-01");
}

TEST_CASE("is_real_date knows the calendar", "[dates]") {
    for (const char* good : {"2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01", "0001-01-01",
                             "2023-04-30", "9999-12-31"}) {
        INFO(good);
        CHECK(is_real_date(good));
    }
    for (const char* bad :
         {"2023-02-29", "1900-02-29", "2100-02-29", "2023-04-31", "2023-13-01", "2023-00-10",
          "2023-01-00", "2023-01-32", "0000-01-01", "23-01-01", "2023-1-01", "2023/01/01",
          "2023-01-01T10:00", " 2023-01-01", "+023-01-01", "2023-0a-01", ""}) {
        INFO(bad);
        CHECK_FALSE(is_real_date(bad));
    }
}
