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

// Reads up to max + 1 digits into value (one more than a field may have, so that the caller can
// refuse a field too long) and returns how many it read.
template <typename Iterator>
int read_digits(Iterator& it, Iterator const& last, int max, int& value) {
    int n = 0;
    value = 0;
    while (it != last && is_digit(*it) && n <= max) {
        value = value * 10 + (*it - '0');
        ++it;
        ++n;
    }
    return n;
}

// A digit token ends at a non-word character that does not glue it to more digits.
template <typename Iterator>
bool ends_token(Iterator const& it, Iterator const& last) {
    if (it != last && (is_alnum(*it) || *it == '_')) return false;
    return !glued_digits_follow(it, last);  // "1.3.1999.2", "10-12-2019-4"
}
}  // namespace detail

// The frame every parser here shares: pre-skip like any X3 primitive, scan from a copy of the
// iterator, and only on success move the value and commit. Derived::scan(it, last, value) reads
// the digits and checks the boundaries.
template <typename Derived, typename Value>
struct digit_token_parser : x3::parser<Derived> {
    using attribute_type = Value;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        Value value{};
        if (!static_cast<Derived const&>(*this).scan(it, last, value)) return false;
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// A calendar day read from digits.
struct numeric_date {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
};

// A cardinal in digits: "75", "1,500", "2.5". Attribute: double.
struct decimal_parser : digit_token_parser<decimal_parser, double> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, double& out) const {
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
        out = value;
        return true;
    }
};

// A year in digits, 1000..2199: "2015". Rejects "20151", "2015th", "2015-16" (a season or range).
struct year_parser : digit_token_parser<year_parser, int> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, int& out) const {
        int value = 0;
        if (detail::read_digits(it, last, 3, value) != 4) return false;
        if (value < 1000 || value > 2199) return false;
        if (!detail::ends_token(it, last)) return false;
        out = value;
        return true;
    }
};

// A decade: "1950s", "1990's", "'90s" (two digits: 30-99 are 19xx, 00-29 are 20xx). Attribute:
// the first year of the decade; "1900s" is read as the century by the time grammar.
struct decade_parser : digit_token_parser<decade_parser, int> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, int& out) const {
        int value = 0;
        int digits = 0;
        bool short_form = it != last && *it == '\'';
        if (short_form) ++it;
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
        out = value;
        return true;
    }
};

// An ordinal in digits: "75th", "1st", "22nd", "3rd". Attribute: unsigned.
struct ordinal_digits_parser : digit_token_parser<ordinal_digits_parser, unsigned> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, unsigned& out) const {
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
        out = value;
        return true;
    }
};

// A day of the month, 1..31, with an optional ordinal suffix: "15", "9th", "1st".
struct day_of_month_parser : digit_token_parser<day_of_month_parser, unsigned> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, unsigned& out) const {
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
        out = value;
        return true;
    }
};

// An ISO date: "2023-09-07".
struct iso_date_parser : digit_token_parser<iso_date_parser, numeric_date> {
    using value_type = numeric_date;

    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, numeric_date& out) const {
        int y = 0, m = 0, d = 0;
        if (detail::read_digits(it, last, 3, y) != 4) return false;
        if (it == last || *it != '-') return false;
        ++it;
        if (detail::read_digits(it, last, 1, m) != 2) return false;
        if (it == last || *it != '-') return false;
        ++it;
        if (detail::read_digits(it, last, 1, d) != 2) return false;
        if (it != last && (detail::is_alnum(*it) || *it == '_')) return false;
        out = {y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
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
