#include "core/calendar.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace claimcheck {

namespace chr = std::chrono;

std::string_view to_string(precision p) {
    static constexpr std::array<std::string_view, 8> names{
        "day", "week", "month", "season", "quarter", "year", "decade", "century"};
    return names[static_cast<std::size_t>(p)];
}

bool is_valid(int year, unsigned month, unsigned day) {
    return chr::year_month_day{chr::year{year}, chr::month{month}, chr::day{day}}.ok();
}

unsigned days_in_month(int year, unsigned month) {
    return static_cast<unsigned>(
        chr::year_month_day_last{chr::year{year}, chr::month_day_last{chr::month{month}}}.day());
}

day_number to_days(civil c) {
    return static_cast<day_number>(
        chr::sys_days{chr::year_month_day{chr::year{c.year}, chr::month{c.month}, chr::day{c.day}}}
            .time_since_epoch()
            .count());
}

civil to_civil(day_number d) {
    chr::year_month_day ymd{chr::sys_days{chr::days{d}}};
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
            static_cast<unsigned>(ymd.day())};
}

unsigned weekday(day_number d) { return chr::weekday{chr::sys_days{chr::days{d}}}.c_encoding(); }

day_number add_months(day_number d, int months) {
    civil c = to_civil(d);
    int total = c.year * 12 + static_cast<int>(c.month) - 1 + months;
    int year = total >= 0 ? total / 12 : (total - 11) / 12;
    unsigned month = static_cast<unsigned>(total - year * 12) + 1;
    unsigned day = std::min(c.day, days_in_month(year, month));
    return to_days({year, month, day});
}

day_number add_years(day_number d, int years) { return add_months(d, years * 12); }

day_number first_of_month(int year, unsigned month) { return to_days({year, month, 1}); }

day_number last_of_month(int year, unsigned month) {
    return to_days({year, month, days_in_month(year, month)});
}

std::string format_iso(day_number d) {
    civil c = to_civil(d);
    if (c.year < 0 || c.year > 9999) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%+05d-%02u-%02u", c.year, c.month, c.day);
        return buf;
    }
    // by hand: this runs for every date of every claim written
    char buf[10];
    auto y = static_cast<unsigned>(c.year);
    buf[0] = static_cast<char>('0' + y / 1000);
    buf[1] = static_cast<char>('0' + y / 100 % 10);
    buf[2] = static_cast<char>('0' + y / 10 % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + c.month / 10);
    buf[6] = static_cast<char>('0' + c.month % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + c.day / 10);
    buf[9] = static_cast<char>('0' + c.day % 10);
    return std::string(buf, 10);
}

std::optional<day_number> parse_iso(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t n) -> std::optional<int> {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return std::nullopt;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (!y || !m || !d) return std::nullopt;
    if (!is_valid(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d))) return std::nullopt;
    return to_days({*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d)});
}

interval year_interval(int year) { return {to_days({year, 1, 1}), to_days({year, 12, 31})}; }

interval month_interval(int year, unsigned month) {
    return {first_of_month(year, month), last_of_month(year, month)};
}

interval day_interval(day_number d) { return {d, d}; }


}  // namespace claimcheck
