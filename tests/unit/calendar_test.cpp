// Calendar arithmetic: the date maths every resolved claim rests on.
#include "core/calendar.hpp"

#include <gtest/gtest.h>

namespace {

using namespace claimcheck;

TEST(calendar, month_arithmetic_clamps_to_the_end_of_the_month) {
    EXPECT_EQ(format_iso(add_months(*parse_iso("2024-03-31"), -1)), "2024-02-29");
    EXPECT_EQ(format_iso(add_months(*parse_iso("2023-03-31"), -1)), "2023-02-28");
    EXPECT_EQ(format_iso(add_years(*parse_iso("2024-02-29"), -1)), "2023-02-28");
    EXPECT_EQ(format_iso(add_months(*parse_iso("2017-11-15"), -2)), "2017-09-15");
    EXPECT_EQ(format_iso(add_years(*parse_iso("2025-10-10"), -80)), "1945-10-10");
}

TEST(calendar, iso_dates_are_strict_and_never_coerced) {
    EXPECT_TRUE(parse_iso("2023-09-07"));
    EXPECT_FALSE(parse_iso("2023-02-30"));
    EXPECT_FALSE(parse_iso("2023-13-01"));
    EXPECT_FALSE(parse_iso("2023-9-7"));
    EXPECT_FALSE(parse_iso("20230907"));
    EXPECT_TRUE(parse_iso("2024-02-29"));
    EXPECT_FALSE(parse_iso("2023-02-29"));
}

TEST(calendar, weekdays_and_intervals) {
    EXPECT_EQ(weekday(*parse_iso("2017-11-15")), 3u);  // a Wednesday
    EXPECT_EQ(weekday(*parse_iso("2025-10-07")), 2u);  // a Tuesday
    interval y = year_interval(1948);
    EXPECT_EQ(format_iso(y.from), "1948-01-01");
    EXPECT_EQ(format_iso(y.to), "1948-12-31");
    EXPECT_TRUE(y.contains(*parse_iso("1948-09-09")));
    EXPECT_FALSE(y.overlaps(year_interval(1949)));
    interval open;
    EXPECT_FALSE(open.bounded_below());
    EXPECT_FALSE(open.bounded_above());
    EXPECT_EQ(days_in_month(2000, 2), 29u);
    EXPECT_EQ(days_in_month(1900, 2), 28u);
}

}  // namespace
