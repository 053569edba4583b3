// Hand-written X3 primitive parsers for digit strings, where the boundaries matter more than the
// digits: "3-2" (a score), "555-0134" (a phone number), "A-123" (an id) and "10:30" (a time) must
// not read as numbers, "75th" is an ordinal and "1950s" a decade. Each parser pre-skips like any
// X3 primitive, then checks what stands before and after the digits.
#pragma once

#include "config.hpp"

#include <cstdint>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace detail {
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Digits glued to what follows by "-", "/" or ":" and another digit are part of a score, a date
// or a phone number, not a count.
template <typename Iterator>
bool glued_digits_follow(Iterator it, Iterator const& last) {
    if (it == last) return false;
    char c = *it;
    if (c != '-' && c != '/' && c != ':' && c != '.' && c != ',') return false;
    ++it;
    return it != last && is_digit(*it);
}
}  // namespace detail

// A cardinal in digits: "75", "1,500", "2.5". Attribute: double.
struct decimal_parser : x3::parser<decimal_parser> {
    using attribute_type = double;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        if (it == last || !detail::is_digit(*it)) return false;
        double value = 0;
        int digits = 0;
        while (it != last && detail::is_digit(*it)) {
            value = value * 10 + (*it - '0');
            ++it;
            ++digits;
        }
        // thousands groups: exactly three digits after each comma
        while (digits <= 3 && it != last && *it == ',') {
            Iterator g = it;
            ++g;
            int n = 0;
            double group = 0;
            while (g != last && detail::is_digit(*g) && n < 4) {
                group = group * 10 + (*g - '0');
                ++g;
                ++n;
            }
            if (n != 3) break;
            value = value * 1000 + group;
            it = g;
        }
        if (it != last && *it == '.') {
            Iterator d = it;
            ++d;
            if (d != last && detail::is_digit(*d)) {
                double scale = 0.1;
                while (d != last && detail::is_digit(*d)) {
                    value += (*d - '0') * scale;
                    scale /= 10;
                    ++d;
                }
                it = d;
            }
        }
        if (it != last && (detail::is_alpha(*it) || *it == '_')) return false;  // "75th", "1950s"
        if (detail::glued_digits_follow(it, last)) return false;
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// A year in digits, 1000..2199: "2015". Rejects "20151", "2015th", "2015-16" (a season or range).
struct year_parser : x3::parser<year_parser> {
    using attribute_type = int;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        int value = 0;
        for (int i = 0; i < 4; ++i, ++it) {
            if (it == last || !detail::is_digit(*it)) return false;
            value = value * 10 + (*it - '0');
        }
        if (value < 1000 || value > 2199) return false;
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        if (detail::glued_digits_follow(it, last)) return false;
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// A decade: "1950s", "1990's", "'90s" (two digits: 30-99 are 19xx, 00-29 are 20xx). Attribute:
// the first year of the decade; "1900s" is read as the century by the time grammar.
struct decade_parser : x3::parser<decade_parser> {
    using attribute_type = int;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        int value = 0;
        int digits = 0;
        if (it != last && *it == '\'') ++it;
        bool short_form = it != first;
        while (it != last && detail::is_digit(*it) && digits < 5) {
            value = value * 10 + (*it - '0');
            ++it;
            ++digits;
        }
        if (short_form ? digits != 2 : digits != 4) return false;
        if (value % 10 != 0) return false;
        if (short_form) value += value >= 30 ? 1900 : 2000;
        if (value < 1000 || value > 2190) return false;
        if (it != last && *it == '\'') ++it;
        if (it == last || detail::lower(*it) != 's') return false;
        ++it;
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// An ordinal in digits: "75th", "1st", "22nd", "3rd". Attribute: unsigned.
struct ordinal_digits_parser : x3::parser<ordinal_digits_parser> {
    using attribute_type = unsigned;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        unsigned value = 0;
        int digits = 0;
        while (it != last && detail::is_digit(*it) && digits < 7) {
            value = value * 10 + static_cast<unsigned>(*it - '0');
            ++it;
            ++digits;
        }
        if (digits == 0 || digits > 6) return false;
        char a = it != last ? detail::lower(*it) : '\0';
        if (a == '\0') return false;
        ++it;
        char b = it != last ? detail::lower(*it) : '\0';
        if (b == '\0') return false;
        ++it;
        bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                      (a == 't' && b == 'h');
        if (!suffix) return false;
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// A day of the month, 1..31, with an optional ordinal suffix: "15", "9th", "1st".
struct day_of_month_parser : x3::parser<day_of_month_parser> {
    using attribute_type = unsigned;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        unsigned value = 0;
        int digits = 0;
        while (it != last && detail::is_digit(*it) && digits < 3) {
            value = value * 10 + static_cast<unsigned>(*it - '0');
            ++it;
            ++digits;
        }
        if (digits == 0 || digits > 2 || value < 1 || value > 31) return false;
        if (it != last && detail::is_alpha(*it)) {
            Iterator s = it;
            char a = detail::lower(*s);
            ++s;
            char b = s != last ? detail::lower(*s) : '\0';
            bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                          (a == 'r' && b == 'd') || (a == 't' && b == 'h');
            if (!suffix) return false;
            ++s;
            it = s;
        }
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        if (it != last && (*it == ':' || *it == '-' || *it == '/')) {
            Iterator n = it;
            ++n;
            if (n != last && detail::is_digit(*n)) return false;  // "15:30", "15-2"
        }
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// Two-digit month or day inside numeric dates ("2023-09-07", "9/15/2017").
struct iso_date_parser : x3::parser<iso_date_parser> {
    struct value_type {
        int year = 0;
        unsigned month = 0;
        unsigned day = 0;
    };
    using attribute_type = value_type;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        auto read = [&](int n, int& out) {
            out = 0;
            for (int i = 0; i < n; ++i, ++it) {
                if (it == last || !detail::is_digit(*it)) return false;
                out = out * 10 + (*it - '0');
            }
            return true;
        };
        int y = 0, m = 0, d = 0;
        if (!read(4, y)) return false;
        if (it == last || *it != '-') return false;
        ++it;
        if (!read(2, m)) return false;
        if (it == last || *it != '-') return false;
        ++it;
        if (!read(2, d)) return false;
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        value_type v{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
        x3::traits::move_to(v, attr);
        first = it;
        return true;
    }
};

inline constexpr decimal_parser decimal{};
inline constexpr year_parser year4{};
inline constexpr decade_parser decade_digits{};
inline constexpr ordinal_digits_parser ordinal_digits{};
inline constexpr day_of_month_parser day_of_month{};
inline constexpr iso_date_parser iso_date{};

}  // namespace claimcheck::grammar
