// Calendar arithmetic for claims: days, month/year offsets, and closed date intervals.
//
// Every time a claim names or implies becomes an `interval` of whole days with the precision the
// text gave it ("late 2011" is 2011-09-01..2011-12-31 at year precision with modifier late).
// Days are counted from 1970-01-01 (std::chrono::sys_days), so intervals compare as integers.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

using day_number = std::int32_t;  // days since 1970-01-01, proleptic Gregorian

// Precision of a time as written: "Sept. 15" is day, "October 2015" month, "the 1950s" decade.
enum class precision : std::uint8_t { day, week, month, season, quarter, year, decade, century };

std::string_view to_string(precision p);

struct civil {
    int year = 1970;
    unsigned month = 1;  // 1..12
    unsigned day = 1;    // 1..31
};

bool is_valid(int year, unsigned month, unsigned day);
unsigned days_in_month(int year, unsigned month);
day_number to_days(civil c);             // c must be valid
civil to_civil(day_number d);
unsigned weekday(day_number d);          // 0 = Sunday .. 6 = Saturday (as std::chrono)

// Calendar offsets that clamp the day of month ("Mar 31 - 1 month" = "Feb 28/29").
day_number add_months(day_number d, int months);
day_number add_years(day_number d, int years);
day_number first_of_month(int year, unsigned month);
day_number last_of_month(int year, unsigned month);

std::string format_iso(day_number d);                        // YYYY-MM-DD
std::optional<day_number> parse_iso(std::string_view text);  // strict YYYY-MM-DD, valid dates only

// A closed interval of days. Open ends use the sentinels below (JSON renders them as null).
inline constexpr day_number unbounded_past = INT32_MIN / 2;
inline constexpr day_number unbounded_future = INT32_MAX / 2;

struct interval {
    day_number from = unbounded_past;
    day_number to = unbounded_future;

    bool bounded_below() const { return from != unbounded_past; }
    bool bounded_above() const { return to != unbounded_future; }
    bool contains(day_number d) const { return from <= d && d <= to; }
    bool overlaps(interval const& o) const { return from <= o.to && o.from <= to; }
    friend bool operator==(interval const&, interval const&) = default;
};

interval year_interval(int year);
interval month_interval(int year, unsigned month);
interval day_interval(day_number d);

}  // namespace claimcheck
