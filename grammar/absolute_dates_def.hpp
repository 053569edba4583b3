// Definitions of the absolute dates rules. Included by absolute_dates.cpp only.
//
// Date rules build their nodes in semantic actions on whole alternatives (omit[(...)[build]]):
// the word order varies ("9 September" / "September 9") where the node does not, and an action
// on a whole alternative runs only once that alternative has matched, so a failed branch never
// leaves half-filled fields behind.
//
// News text is mostly not dates, and these rules are tried at every word: each alternative opens
// with a symbols lookup or a digit, so a word that is no date fails at once. Where a reading is
// ambiguous ("May first" may be a modal and an adverb, "2011/12" a season) the rule asks for more
// evidence rather than guess.
#pragma once

#include "absolute_dates.hpp"
#include "calendar_words.hpp"

#include <initializer_list>
#include <string>

namespace claimcheck::grammar {
namespace rules {

namespace absolute_detail {

using namespace time_detail;

// ---------------------------------------------------------------- word tables

// Weekdays as they are written next to a date: in full or abbreviated ("Tue May 9", "Jul 18,
// Fri"). The abbreviations are words of their own elsewhere ("the sun", "she sat"), so they are
// read only in front of or after a date, never alone.
struct dated_weekday_table : x3::symbols<unsigned> {
    dated_weekday_table() {
        add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)
           ("saturday", 6)("sun", 0)("mon", 1)("tue", 2)("tues", 2)("wed", 3)("thu", 4)
           ("thur", 4)("thurs", 4)("fri", 5)("sat", 6);
    }
};

char const* const cardinal_names[] = {
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
char const* const ordinal_names[] = {
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth"};
char const* const tens_names[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
                                  "seventy", "eighty", "ninety"};
char const* const tens_ordinal_names[] = {"", "", "twentieth", "thirtieth"};

// 1..last written out, compounds with a hyphen or a space ("twenty-one", "twenty one"): one
// lookup per word instead of a small number grammar. The numbers rules are not reused because a
// date needs the bounds (a day is 1..31, the second half of a year 0..99) and none of the scale
// words ("two thousand people" is a count).
// 1..last in words: names[n] below 20, round tens[n / 10], the others the tens and names[n % 10]
// joined by a hyphen or a space.
inline void add_number_words(x3::symbols<unsigned>& table, unsigned last, char const* const* names,
                             char const* const* tens) {
    for (unsigned n = 1; n <= last; ++n) {
        if (n < 20) {
            table.add(names[n], n);
        } else if (n % 10 == 0) {
            table.add(tens[n / 10], n);
        } else {
            table.add(std::string(tens_names[n / 10]) + "-" + names[n % 10], n);
            table.add(std::string(tens_names[n / 10]) + " " + names[n % 10], n);
        }
    }
}
struct cardinal_words_table : x3::symbols<unsigned> {
    explicit cardinal_words_table(unsigned last) { add_number_words(*this, last, cardinal_names, tens_names); }
};
// "first" .. "thirty-first": the days of a month as ordinals.
struct day_ordinal_words_table : x3::symbols<unsigned> {
    day_ordinal_words_table() { add_number_words(*this, 31, ordinal_names, tens_ordinal_names); }
};
// The first half of a year read as two numbers: "nineteen" in "nineteen ninety-one", "twenty" in
// "twenty ten".
struct century_words_table : x3::symbols<int> {
    century_words_table() {
        for (int n = 10; n <= 19; ++n) add(cardinal_names[n], n);
        add("twenty", 20);
    }
};
struct decade_words_table : x3::symbols<int> {
    decade_words_table() {
        add("twenties", 20)("thirties", 30)("forties", 40)("fifties", 50)("sixties", 60)
           ("seventies", 70)("eighties", 80)("nineties", 90);
    }
};
// The parts a decade takes ("the mid-90s", "the late seventies"); "the" is read on its own there.
struct decade_part_table : x3::symbols<ast::part> {
    decade_part_table() {
        add("early", ast::part::early)("mid", ast::part::mid)("late", ast::part::late);
    }
};
// Eras after a year: true for the years before Christ. "AD" and "CE" without dots are words of
// their own ("100 ad campaigns"), read as eras only at the end of a clause (loose_eras).
struct era_table : x3::symbols<bool> {
    era_table() {
        add("bc", true)("b.c", true)("b.c.", true)("bce", true)("b.c.e.", true)("a.d", false)
           ("a.d.", false)("c.e.", false);
    }
};
struct loose_era_table : x3::symbols<bool> {
    loose_era_table() { add("ad", false)("ce", false); }
};
// Before a year only the dotted forms: "A.D. 70"; "BC 2019" is British Columbia.
struct era_prefix_table : x3::symbols<bool> {
    era_prefix_table() { add("b.c.", true)("a.d.", false); }
};
struct half_words_table : x3::symbols<unsigned> {
    half_words_table() { add("first", 1)("second", 2)("latter", 2); }
};
struct half_codes_table : x3::symbols<unsigned> {
    half_codes_table() { add("h1", 1)("h2", 2); }
};

// Holidays, read as days only with their year ("Christmas 2019", "Black Friday 2010", "Labor Day
// of 2020"): alone a holiday names a season of shopping or travel as often as a day ("Christmas
// sales"), and its year picks the day of the movable ones. The US holidays are the ones the news
// dates by name; a fixed one is a month and a day, a movable one the nth weekday of a month (nth
// -1: the last), Thanksgiving's Friday and Monday an offset from it, and Easter's days an offset
// from Easter Sunday.
struct holiday {
    unsigned month = 0;
    unsigned day = 0;        // fixed holidays
    int nth = 0;             // movable: the nth weekday of the month, -1 the last
    unsigned weekday = 0;    // 0 Sunday .. 6 Saturday
    int offset = 0;          // days after the day above, or after Easter Sunday
    bool easter = false;
};
struct holiday_table : x3::symbols<holiday> {
    holiday_table() {
        auto fixed = [this](std::initializer_list<char const*> names, unsigned m, unsigned d) {
            for (char const* n : names) add(n, holiday{m, d, 0, 0, 0, false});
        };
        auto movable = [this](std::initializer_list<char const*> names, unsigned m, int nth, unsigned wd,
                              int offset = 0) {
            for (char const* n : names) add(n, holiday{m, 0, nth, wd, offset, false});
        };
        auto easter = [this](std::initializer_list<char const*> names, int offset) {
            for (char const* n : names) add(n, holiday{0, 0, 0, 0, offset, true});
        };
        fixed({"new year's day", "new years day", "new year day"}, 1, 1);
        fixed({"valentine's day", "valentines day", "valentine day"}, 2, 14);
        fixed({"st. patrick's day", "st patrick's day", "st. patricks day", "st patricks day",
               "saint patrick's day", "saint patricks day", "saint patrick", "st. patrick"}, 3, 17);
        fixed({"earth day"}, 4, 22);
        fixed({"juneteenth"}, 6, 19);
        fixed({"halloween"}, 10, 31);
        fixed({"veterans day", "veterans' day", "veteran's day", "armistice day"}, 11, 11);
        fixed({"christmas eve"}, 12, 24);
        fixed({"christmas", "christmas day"}, 12, 25);
        fixed({"boxing day"}, 12, 26);
        fixed({"new year's eve", "new years eve", "new year eve"}, 12, 31);
        movable({"martin luther king day", "martin luther king jr. day", "martin luther king, jr. day",
                 "martin luther king jr day", "mlk day"}, 1, 3, 1);
        movable({"presidents' day", "presidents day", "president's day"}, 2, 3, 1);
        movable({"mother's day", "mothers day"}, 5, 2, 0);
        movable({"memorial day"}, 5, -1, 1);
        movable({"father's day", "fathers day"}, 6, 3, 0);
        movable({"labor day", "labour day"}, 9, 1, 1);
        movable({"columbus day", "indigenous peoples' day", "indigenous peoples day"}, 10, 2, 1);
        movable({"thanksgiving", "thanksgiving day"}, 11, 4, 4);
        movable({"black friday"}, 11, 4, 4, 1);
        movable({"cyber monday"}, 11, 4, 4, 4);
        easter({"easter", "easter sunday", "easter day"}, 0);
        easter({"good friday"}, -2);
        easter({"easter monday"}, 1);
    }
};

dated_weekday_table const dated_weekdays;
holiday_table const holidays;
cardinal_words_table const day_cardinals{31};
cardinal_words_table const two_digit_words{99};
cardinal_words_table const digit_words{9};
day_ordinal_words_table const day_ordinals;
century_words_table const century_words;
decade_words_table const decade_words;
decade_part_table const decade_parts;
era_table const eras;
loose_era_table const loose_eras;
era_prefix_table const era_prefixes;
half_words_table const half_words;
half_codes_table const half_codes;

// ---------------------------------------------------------------- digit primitives

// Two-digit years: 00-49 are 20xx, 50-99 19xx ("10/31/74", "3/3/15", "18 Sep '05").
inline int full_year(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

// An all-digit date with one separator ("-", "/" or "."), used twice: "2015-3-3", "2016/10/16",
// "21/04/2016", "9/15/2017", "13.5.2015", "10-29-99". A four-digit first field is the year. Else
// the day and the month are told apart by size (a field over 12 is the day); when both fit, the
// dotted form is European (day first, "1.3.1999") and the others American (month first,
// "12-03-2007"). Two fields are never a date: "7-14" is a score, "2/15" a fraction.
struct numeric_day_parser : digit_token_parser<numeric_day_parser, numeric_date> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, numeric_date& out) const {
        int a = 0, b = 0, c = 0;
        int na = detail::read_digits(it, last, 4, a);
        if ((na != 4 && na > 2) || na == 0 || it == last) return false;
        char sep = *it;
        if (sep != '-' && sep != '/' && sep != '.') return false;
        ++it;
        int nb = detail::read_digits(it, last, 2, b);
        if (nb == 0 || nb > 2) return false;
        if (it == last || *it != sep) return false;
        ++it;
        int nc = detail::read_digits(it, last, 4, c);
        numeric_date v;
        if (na == 4) {
            if (nc == 0 || nc > 2) return false;
            v = {a, static_cast<unsigned>(b), static_cast<unsigned>(c)};
        } else {
            if (nc != 4 && nc != 2) return false;
            // "19.02.10" is a date, "2.1.10" a version number
            if (sep == '.' && nc == 2 && (na != 2 || nb != 2)) return false;
            int year = nc == 4 ? c : full_year(c);
            bool day_first = a > 12 || (b <= 12 && sep == '.');
            v = day_first ? numeric_date{year, static_cast<unsigned>(b), static_cast<unsigned>(a)}
                          : numeric_date{year, static_cast<unsigned>(a), static_cast<unsigned>(b)};
        }
        if (v.year < 1000 || v.year > 2199) return false;
        if (v.month < 1 || v.month > 12 || v.day < 1 || v.day > 31) return false;
        if (!detail::ends_token(it, last)) return false;
        out = v;
        return true;
    }
};

// A month in digits with its year: "11/2016", "2/2013", "2016/11", "2016-11", "11- 2016". A
// year-first one needs two digits that are not the next year: "2011/12" and "2015-16" are a
// season or a fiscal year, not December 2011. A dash spaced on both sides separates clauses.
struct numeric_month_parser : digit_token_parser<numeric_month_parser, numeric_date> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, numeric_date& out) const {
        int a = 0, b = 0;
        int na = detail::read_digits(it, last, 4, a);
        if (na == 0) return false;
        bool space_before = it != last && *it == ' ';
        if (space_before) ++it;
        if (it == last || (*it != '/' && *it != '-')) return false;
        char sep = *it;
        ++it;
        bool space_after = it != last && *it == ' ';
        if (space_after) ++it;
        if (sep == '-' && space_before && space_after) return false;
        int nb = detail::read_digits(it, last, 4, b);
        numeric_date v;
        if (na <= 2 && nb == 4) {
            v.year = b;
            v.month = static_cast<unsigned>(a);
        } else if (na == 4 && nb == 2 && b != (a + 1) % 100) {
            v.year = a;
            v.month = static_cast<unsigned>(b);
        } else {
            return false;
        }
        if (v.year < 1000 || v.year > 2199 || v.month < 1 || v.month > 12) return false;
        if (!detail::ends_token(it, last)) return false;
        out = v;
        return true;
    }
};

// A year of two or four digits inside a glued date ("31-Oct-74", "23/Sep/2020").
struct short_or_full_year_parser : digit_token_parser<short_or_full_year_parser, int> {
    template <typename Iterator>
    bool scan(Iterator& it, Iterator const& last, int& out) const {
        int y = 0;
        int n = detail::read_digits(it, last, 4, y);
        if (n != 2 && n != 4) return false;
        if (n == 2) y = full_year(y);
        if (y < 1000 || y > 2199 || !detail::ends_token(it, last)) return false;
        out = y;
        return true;
    }
};

inline constexpr numeric_day_parser numeric_day{};
inline constexpr numeric_month_parser numeric_month{};
inline constexpr short_or_full_year_parser short_or_full_year{};
auto const day_digits = x3::uint_parser<unsigned, 10, 1, 2>{};
auto const year_digits = x3::uint_parser<int, 10, 4, 4>{};

// ---------------------------------------------------------------- small parsers

// A written-out number ends a word, and does not run on into another: "first-quarter" is not the
// first, "twenty-first-century" not the 21st.
auto const number_word_end = !(x3::ascii::alnum | x3::lit('_') | (x3::lit('-') >> x3::ascii::alpha));
template <typename Table>
auto number_word(Table const& table) {
    return x3::lexeme[table >> number_word_end];
}

// The end of a clause: the end of the text or a punctuation mark.
auto const clause_end = &(x3::eoi | x3::char_(".,;:!?)"));

auto const weekday_lead = x3::lexeme[dated_weekdays >> -x3::lit('.') >> word_end] >> x3::omit[-x3::lit(',')];
// after the date only at the end of a clause: "Jul 18, Fri", "Feb. 25, 2009, Monday."
auto const weekday_tail = x3::lit(',') >> x3::lexeme[dated_weekdays >> -x3::lit('.') >> word_end] >> clause_end;

// A month glued to its day ("Jan-1", "Oct/2", "Dec31") or before it ("Sept. 15").
auto const month_lead = x3::lexeme[all_months >> (-(x3::lit('-') | x3::lit('/')) >> &x3::ascii::digit |
                                                  -x3::lit('.') >> word_end)];
// A day as an ordinal: "1st", "first", "twenty-first".
auto const ordinal_day = as<unsigned>(ordinal_digits | number_word(day_ordinals));
// A day written out, not the start of a larger number ("October two thousand" is a year).
auto const written_day = as<unsigned>(number_word(day_ordinals) |
                                      number_word(day_cardinals) >> !(kw("thousand") | kw("hundred")));
auto const separator = x3::lit('-') | x3::lit('/');
auto const era = as<bool>(x3::lexeme[eras >> word_end] | x3::lexeme[loose_eras >> word_end] >> clause_end);
// "'05": a rule of its own, so that its action does not turn off attribute propagation in the
// alternatives it is used in
auto const set_short_year = [](auto& ctx) { x3::_val(ctx) = full_year(x3::_attr(ctx)); };
auto const apostrophe_year =
    as<int>(x3::lexeme['\'' >> x3::uint_parser<int, 10, 2, 2>{} >> word_end][set_short_year]);

// ---------------------------------------------------------------- node builders

// A day or month written out after "May" or "March" needs more than the month: "they may first
// ask", "troops march first". A year settles it ("March third 2015"), and so does a number no
// modal is followed by ("May twenty-first").
inline bool ambiguous_month(unsigned month) { return month == 3 || month == 5; }

auto const build_numeric_day = [](auto& ctx) {
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = a.year;
    v.month = a.month;
    v.day = a.day;
};
auto const build_numeric_month = [](auto& ctx) {
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = a.year;
    v.month = a.month;
};
auto const build_written_mdy = [](auto& ctx) {  // month, day in words, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.month = at_c<0>(a);
    v.day = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31 && !(ambiguous_month(v.month) && v.day < 20 && !v.year);
};
auto const build_checked_dmy = [](auto& ctx) {  // day, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<0>(a);
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31;
};
auto const build_written_dmy = [](auto& ctx) {  // day in words, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<0>(a);
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = !(ambiguous_month(v.month) && !v.year);  // "one may ask", "two march"
};
// "the third of March" and "first of March" are days, "a third of March's rain" is a fraction:
// without "the", only ordinals no fraction is named by ("first", "second", "21st", "twenty-first").
auto const build_ordinal_of_month = [](auto& ctx) {  // "the"?, ordinal, "day"?, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    ast::ordinal const& o = at_c<1>(a);
    v.day = o.value;
    v.month = at_c<3>(a);
    v.year = at_c<4>(a);
    // "a third of October" is a fraction; "the third of October", "third day of October" days
    bool fraction_like = o.word && o.value >= 3 && o.value < 20;
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31 && (at_c<0>(a) || at_c<2>(a) || !fraction_like);
};
auto const build_ymd = [](auto& ctx) {  // year, month, day
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = at_c<0>(a);
    v.month = at_c<1>(a);
    v.day = at_c<2>(a);
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31;
};
auto const build_ydm = [](auto& ctx) {  // year, day, month
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = at_c<0>(a);
    v.day = at_c<1>(a);
    v.month = at_c<2>(a);
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31;
};
auto const build_weekday_date = [](auto& ctx) {  // weekday?, date, weekday?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    ast::day_date const& d = at_c<1>(a);
    v.month = d.month;
    v.day = d.day;
    v.year = d.year;
    v.weekday = at_c<0>(a) ? at_c<0>(a) : at_c<2>(a);
};

// years: a number of years before Christ is counted astronomically (1 BC is year 0). "2017 BC"
// is British Columbia's 2017 ("the 2017 BC election"): years BC this large are not written so.
auto const build_era_year = [](auto& ctx) {  // number, BC?
    auto& a = x3::_attr(ctx);
    int n = static_cast<int>(at_c<0>(a));
    x3::_pass(ctx) = n >= 1 && !(at_c<1>(a) && n >= 1900);
    x3::_val(ctx) = at_c<1>(a) ? 1 - n : n;
};
auto const build_prefixed_era_year = [](auto& ctx) {  // BC?, number
    auto& a = x3::_attr(ctx);
    int n = static_cast<int>(at_c<1>(a));
    x3::_pass(ctx) = n >= 1;
    x3::_val(ctx) = at_c<0>(a) ? 1 - n : n;
};
auto const set_two_thousand = [](auto& ctx) { x3::_val(ctx) = 2000; };
auto const set_century = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx) * 100; };
auto const add_to_year = [](auto& ctx) { x3::_val(ctx) += static_cast<int>(x3::_attr(ctx)); };
auto const add_two_digits = [](auto& ctx) {  // "ninety-one" in "nineteen ninety-one", not "one"
    x3::_pass(ctx) = x3::_attr(ctx) >= 10;
    x3::_val(ctx) += static_cast<int>(x3::_attr(ctx));
};
// A year in words standing alone must read as a year: "nineteen ninety-six" (1100..1999), not
// "twenty ten" or "two thousand" (counts as often as years).
auto const check_standalone_year = [](auto& ctx) {
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_pass(ctx) = x3::_attr(ctx) >= 1100 && x3::_attr(ctx) <= 1999;
};

auto const build_plain_year = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.year = x3::_attr(ctx);
    v.span_years = 1;
};
auto const build_half = [](auto& ctx) {  // half, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.half = at_c<0>(a);
    v.year = at_c<1>(a);
};
auto const build_year_half = [](auto& ctx) {  // year, half
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = at_c<0>(a);
    v.half = at_c<1>(a);
};
auto const build_era_decade = [](auto& ctx) {  // part?, first year, BC?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    int first = at_c<1>(a);
    v.year = at_c<2>(a) && *at_c<2>(a) ? 1 - (first + 9) : first;  // the 1990s BC: 1999..1990 BC
    v.span_years = 10;
};
auto const build_bc_decade = [](auto& ctx) {  // part?, first year (BC)
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    int first = at_c<1>(a);
    x3::_pass(ctx) = first % 10 == 0;
    v.year = 1 - (first + 9);  // the 190s BC: 199..190 BC
    v.span_years = 10;
};
auto const build_short_decade = [](auto& ctx) {  // part?, two digits
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    int d = at_c<1>(a);
    x3::_pass(ctx) = d % 10 == 0;
    v.year = d >= 30 ? 1900 + d : 2000 + d;  // as decade_digits reads "'90s"
    v.span_years = 10;
};
// "the seventies" without a century is the 1970s, "the twenties" the 1920s: prose names the
// decades of this century in digits ("the 2020s").
auto const build_word_decade = [](auto& ctx) {  // part?, century?, decade
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.year = (at_c<1>(a) ? *at_c<1>(a) : 19) * 100 + at_c<2>(a);
    v.span_years = 10;
};
auto const build_era_century = [](auto& ctx) {  // part?, ordinal, BC?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    int n = static_cast<int>(at_c<1>(a).value);
    bool bc = at_c<2>(a) && *at_c<2>(a);
    x3::_pass(ctx) = n >= 1 && n <= (bc ? 40 : 22);
    v.year = bc ? 1 - n * 100 : (n - 1) * 100;  // the 2nd century BC: 200..101 BC
    v.span_years = 100;
};
auto const build_era_part_year = [](auto& ctx) {  // part?, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.year = at_c<1>(a);
    v.span_years = 1;
};

// "the third week of April": 1..5 or the last; "the first week of 2021": ISO weeks 1..53. The
// week comes as an ordinal whose value 0 stands for "last" (week_of below).
inline int week_number(ast::ordinal const& o) { return o.value == 0 ? -1 : static_cast<int>(o.value); }
auto const build_week_of_month = [](auto& ctx) {  // week, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.week = week_number(at_c<0>(a));
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.week == -1 || (v.week >= 1 && v.week <= 5);
};
auto const build_week_of_year = [](auto& ctx) {  // week, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.week = week_number(at_c<0>(a));
    v.year = at_c<1>(a);
    x3::_pass(ctx) = v.week == -1 || (v.week >= 1 && v.week <= 53);
};
auto const build_numbered_week = [](auto& ctx) {  // week number, year ("week 3 of 2027")
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.week = at_c<0>(a);
    v.year = at_c<1>(a);
    x3::_pass(ctx) = v.week >= 1 && v.week <= 53;
};

auto const build_year_quarter = [](auto& ctx) {  // year, ordinal
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = at_c<0>(a);
    v.quarter = at_c<1>(a).value;
    x3::_pass(ctx) = v.quarter >= 1 && v.quarter <= 4;
};

}  // namespace absolute_detail

using namespace absolute_detail;

// ================================================================ rule IDs

struct day_date_class : tag_span {};
struct month_date_class : tag_span {};
struct bare_month_class : tag_span {};
struct year_date_class : tag_span {};
struct season_date_class : tag_span {};
struct bare_season_class : tag_span {};
struct calendar_day_class;
struct era_year_class;
struct year_in_words_class;
struct standalone_year_class;
struct week_index_class;

// ================================================================ rules

day_date_type const day_date = "day";
month_date_type const month_date = "month";
bare_month_type const bare_month = "month after a preposition";
year_date_type const year_date = "year, decade or century";
season_date_type const season_date = "season or quarter";
bare_season_type const bare_season = "season after a preposition";
x3::rule<calendar_day_class, ast::day_date> const calendar_day = "day of a month";
x3::rule<era_year_class, int> const era_year = "year with its era";
x3::rule<year_in_words_class, int> const year_in_words = "year in words";
x3::rule<standalone_year_class, int> const standalone_year = "year in words, alone";
x3::rule<week_index_class, ast::ordinal> const week_index = "week of a month or year";

// ================================================================ grammar

// ---------------------------------------------------------------- years

// "190 BC", "2014 A.D.", "AD 70"
auto const era_year_def = (x3::uint_parser<unsigned, 10, 1, 4>{} >> era)[build_era_year] |
                          (x3::lexeme[era_prefixes >> word_end] >> x3::uint_parser<unsigned, 10, 1, 4>{})[build_prefixed_era_year];

// "nineteen ninety-one", "nineteen hundred ninety three", "nineteen oh five", "twenty ten",
// "two thousand and fifteen". A bare "two thousand" is a year only where nothing follows it
// ("in October two thousand."): "on May 5, two thousand people marched" counts people.
auto const year_in_words_def =
    x3::lexeme[(x3::lit("two thousand") | x3::lit("two-thousand")) >> word_end][set_two_thousand] >>
        (-kw("and") >> number_word(two_digit_words)[add_to_year] |
         clause_end | &kw("and")) |
    number_word(century_words)[set_century] >>
        (kw("hundred") >> -(-kw("and") >> number_word(two_digit_words)[add_to_year]) |
         (kw("oh") | kw("zero")) >> number_word(digit_words)[add_to_year] |
         number_word(two_digit_words)[add_two_digits]);

auto const standalone_year_def = year_in_words[check_standalone_year];

// A year after a day or a month: ", 2018", "2018", "of 2018", "'05", "nineteen seventy two", "190 BC".
auto const year_value = as<int>(era_year | year4 | year_in_words);
auto const year_tail =
    as<int>(x3::omit[-(x3::lit(',') | kw("of"))] >> as<int>(era_year | year4 | year_in_words | apostrophe_year));

// ---------------------------------------------------------------- days

// The date without a weekday, in every order the peer suites and the news write it.
// Two things of which the first takes the year written after the second: "May and June 2011",
// "September 14 and 18, 2010". A lookahead's action keeps that year in the node being built.
auto const keep_pair_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
// "November 19-20, 2015", "September 14 and 18, 2010": the first day, then the second ahead
auto const pair_first_day =
    x3::lexeme[x3::uint_parser<unsigned, 10, 1, 2>{} >>
               x3::omit[-(x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th"))] >> !x3::ascii::alnum];
auto const day_pair_tail = (kw("and") | kw("or") | kw("to") | kw("through") | x3::lit('-')) >> day_of_month >>
                           -year_tail[keep_pair_year];
auto const build_day_pair = [](auto& ctx) {  // month, day; a year is already in the node
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    ast::day_date d;
    d.first = v.first;
    d.year = v.year;
    d.month = at_c<0>(a);
    d.day = at_c<1>(a);
    v = d;
    x3::_pass(ctx) = d.day >= 1 && d.day <= 31;
};

// "3 to 6 May 2004": the first day takes the month (and year) written after the second. "May" and
// "March" need a year or the end of the clause ("3 to 6 may be").
auto const keep_pair_month = [](auto& ctx) {
    x3::_val(ctx).month = x3::_attr(ctx);
    x3::_val(ctx).year = boost::none;
};
auto const day_first_pair_tail =
    (kw("and") | kw("or") | kw("to") | kw("through") | x3::lit('-')) >> day_of_month >> x3::omit[-kw("of")] >>
    (month_safe[keep_pair_month] >> -year_tail[keep_pair_year] |
     month_any[keep_pair_month] >> (year_tail[keep_pair_year] | clause_end));
auto const build_day_first_pair = [](auto& ctx) {  // day; the month and year are already in the node
    auto& v = x3::_val(ctx);
    ast::day_date d;
    d.first = v.first;
    d.year = v.year;
    d.month = v.month;
    d.day = x3::_attr(ctx);
    v = d;
    x3::_pass(ctx) = d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12;
};

// the day of a holiday in a year of the Gregorian calendar
inline bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
inline unsigned days_in_month(int y, unsigned m) {
    static unsigned const days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap_year(y) ? 29 : days[m - 1];
}
inline unsigned weekday_of(int y, unsigned m, unsigned d) {  // 0 Sunday (Sakamoto)
    static int const t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return static_cast<unsigned>((y + y / 4 - y / 100 + y / 400 + t[m - 1] + static_cast<int>(d)) % 7);
}
inline void easter_sunday(int y, unsigned& month, unsigned& day) {  // the anonymous Gregorian algorithm
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    month = static_cast<unsigned>((h + l - 7 * m + 114) / 31);
    day = static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1);
}
inline void holiday_day(holiday const& h, int y, unsigned& month, unsigned& day) {
    if (h.easter) {
        easter_sunday(y, month, day);
    } else if (h.nth == 0) {
        month = h.month;
        day = h.day;
        return;
    } else {
        month = h.month;
        if (h.nth > 0) {
            day = 1 + (h.weekday + 7 - weekday_of(y, month, 1)) % 7 + static_cast<unsigned>(h.nth - 1) * 7;
        } else {
            unsigned last = days_in_month(y, month);
            day = last - (weekday_of(y, month, last) + 7 - h.weekday) % 7;
        }
    }
    int d = static_cast<int>(day) + h.offset;  // offsets stay within a month of the day
    if (d < 1) {
        month -= 1;
        d += static_cast<int>(days_in_month(y, month));
    } else if (d > static_cast<int>(days_in_month(y, month))) {
        d -= static_cast<int>(days_in_month(y, month));
        month += 1;
    }
    day = static_cast<unsigned>(d);
}
auto const build_holiday = [](auto& ctx) {  // holiday, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    holiday const& h = at_c<0>(a);
    int y = at_c<1>(a);
    // the movable days are counted in the Gregorian calendar
    x3::_pass(ctx) = h.nth == 0 && !h.easter ? y >= 1 : y >= 1583;
    if (!x3::_pass(ctx)) return;
    holiday_day(h, y, v.month, v.day);
    v.year = y;
};

// "the ides of March": the 15th of March, May, July and October, the 13th of the other months
auto const build_ides = [](auto& ctx) {  // month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.month = at_c<0>(a);
    v.year = at_c<1>(a);
    v.day = v.month == 3 || v.month == 5 || v.month == 7 || v.month == 10 ? 15 : 13;
};

auto const calendar_day_def =
    // "Christmas 2019", "Black Friday 2010", "Labor Day of 2020"; not "By Christmas, 2019 had..."
    x3::omit[(x3::lexeme[holidays >> word_end] >> x3::omit[-kw("of")] >>
              as<int>(era_year | year4 | year_in_words | apostrophe_year))[build_holiday]] |
    x3::omit[(x3::omit[-kw("the") >> kw("ides") >> kw("of")] >> month_any >> -year_tail)[build_ides]] |
    x3::omit[(month_lead >> pair_first_day >> &day_pair_tail)[build_day_pair]] |
    x3::omit[(pair_first_day >> &day_first_pair_tail)[build_day_first_pair]] |
    // "Sept. 15", "Jan-1", "Dec31, 1994", "July 4th of 1995", "September 10, nineteen zero one"
    x3::omit[(month_lead >> day_of_month >> -year_tail)[build_mdy]] |
    // "October, 1st", "February the 15th"
    x3::omit[(month_any >> (x3::lit(',') | kw("the")) >> ordinal_day >> -year_tail)[build_written_mdy]] |
    // "May twenty-first", "January first 2000", "jan twenty two, 2018"
    x3::omit[(month_any >> written_day >> -year_tail)[build_written_mdy]] |
    // "9 September 1948", "22 of Jan", "18 Sep '05"; in "$12 December 27" the day is the 27th
    x3::omit[(day_of_month >> x3::omit[-kw("of")] >> month_any >> !day_of_month >> -year_tail)[build_dmy]] |
    // "14april 2015"
    x3::omit[(x3::lexeme[day_digits >> &x3::ascii::alpha] >> month_any >> -year_tail)[build_checked_dmy]] |
    // "the 9th of September", "first of March", "the third day of October"
    x3::omit[(-(kw("the") >> x3::attr(true)) >> ordinal() >> -(kw("day") >> x3::attr(true)) >> x3::omit[kw("of")] >>
              month_any >> -year_tail)[build_ordinal_of_month]] |
    // "fifteenth August", "fifteen August nineteen hundred ninety three" (a count needs the year)
    x3::omit[(number_word(day_ordinals) >> x3::omit[-kw("of")] >> month_any >> -year_tail)[build_written_dmy]] |
    x3::omit[(number_word(day_cardinals) >> x3::omit[-kw("of")] >> month_any >> year_tail)[build_written_dmy]] |
    // "2023-09-07", "2015-3-3", "9/15/2017", "21/04/2016", "13.5.2015", "10-29-99"
    x3::omit[numeric_day[build_numeric_day]] |
    // "23/Sep/2020", "31-Oct-74", "2020/Sep/23", "2020/23/Sep"
    x3::omit[x3::lexeme[day_digits >> separator >> all_months >> separator >> short_or_full_year][build_checked_dmy]] |
    x3::omit[x3::lexeme[year_digits >> separator >> all_months >> separator >> day_digits >> word_end][build_ymd]] |
    x3::omit[x3::lexeme[year_digits >> separator >> day_digits >> separator >> all_months >> word_end][build_ydm]];

// the week holding a day: "the week of October 7", "the week beginning (on) February 4"
auto const build_week_of_day = [](auto& ctx) {
    ast::day_date const& d = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.month = d.month;
    v.day = d.day;
    v.year = d.year;
    v.week = true;
};
auto const week_of_day_lead =
    x3::omit[kw("the") >> kw("week") >> (kw("of") | kw("beginning") | kw("starting") | kw("commencing")) >> -kw("on") |
             x3::lexeme[x3::lit("w/c") >> word_end]];  // "w/c Feb 4": week commencing

// with its weekday, before or after: "Monday, Jan 22, 2018", "Tue May 9", "Jul 18, Fri"
auto const day_date_def =
    x3::omit[(x3::eps[mark_start] >> week_of_day_lead >> calendar_day)[spanning(build_week_of_day)]] |
    x3::omit[(x3::eps[mark_start] >> -weekday_lead >> calendar_day >> -weekday_tail)[spanning(build_weekday_date)]];

// ---------------------------------------------------------------- months

// "the first week of", "the last week in", "week 3 of". "last" is an ordinal of value 0. A rule
// of its own, not as<>(): an inline rule would change the context the ordinal rule (another
// translation unit) is called with, and it is instantiated for one context only.
auto const week_index_def = kw("last") >> x3::attr(ast::ordinal{}) | ordinal();
auto const week_of = x3::omit[-kw("the")] >> week_index >> x3::omit[kw("week") >> (kw("of") | kw("in"))];
auto const numbered_week_of = x3::omit[kw("week")] >> x3::uint_parser<int, 10, 1, 2>{} >> x3::omit[kw("of")];

// "last May", "next March", but not "this may take longer", "the last march of the season": after
// a shift a modal or a verb is told from the month by what follows it. A verb is followed by its
// complement; the month by the end of the clause, by a preposition or conjunction, or by the
// subject of the next clause ("Last May the company...").
struct month_follower_table : x3::symbols<> {
    month_follower_table() {
        for (char const* w : {"when", "and", "or", "but", "in", "on", "at", "after", "before",
                              "until", "since", "during", "while", "as", "amid", "the", "a", "an",
                              "its", "his", "her", "their", "our", "he", "she", "it", "they", "we",
                              "i", "you"})
            add(w);
    }
};
month_follower_table const month_followers;
// true when what follows can only follow the month
auto const after_shifted_month = as<bool>((clause_end | &x3::lexeme[month_followers >> word_end]) >> x3::attr(true) |
                                          x3::attr(false));
auto const build_shifted_month = [](auto& ctx) {  // part?, shift, month, month for sure?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.month_shift = at_c<1>(a);
    v.month = at_c<2>(a);
    x3::_pass(ctx) = at_c<3>(a) || !ambiguous_month(v.month);
};

// "May and June 2011", "May/June 2011": the first month takes the year written after the second.
// The lookahead's action keeps the year in the node; the month's span ends at the month.
auto const month_pair_tail = (kw("and") | kw("or") | kw("to") | kw("through") | x3::lit('/') | x3::lit('-')) >>
                             month_any >> year_tail[keep_pair_year];
auto const build_month_pair = [](auto& ctx) {  // month; the year is already in the node
    auto& v = x3::_val(ctx);
    ast::month_date m;
    m.first = v.first;
    m.year = v.year;
    m.month = x3::_attr(ctx);
    v = m;
};

auto const month_date_def =
    x3::omit[(x3::eps[mark_start] >> week_of >> month_any >> -year_tail)[spanning(build_week_of_month)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> month_any >> year_tail)[spanning(build_month_year)]] |
    x3::omit[(x3::eps[mark_start] >> month_any >> &month_pair_tail)[spanning(build_month_pair)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> month_any >> year_shift)[spanning(build_month_year_shift)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> month_any >> after_shifted_month)
                 [spanning(build_shifted_month)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> month_any)[spanning(build_month_part)]] |
    x3::omit[(x3::eps[mark_start] >> numeric_month)[spanning(build_numeric_month)]] |
    x3::omit[(x3::eps[mark_start] >> month_safe)[spanning(build_month)]];

// after "in", "since", "until"...: any month name, "May" and "Sept." included
auto const bare_month_def = x3::omit[(x3::eps[mark_start] >> month_any)[spanning(build_month)]];

// ---------------------------------------------------------------- years, decades, centuries

auto const decade_part = x3::lexeme[decade_parts >> (x3::lit('-') | word_end)];
auto const short_decade = x3::lexeme[x3::uint_parser<int, 10, 2, 2>{} >> -x3::lit('\'') >> 's' >> word_end];

// Bare words and two-digit decades need "the": "in the 90s", "the late seventies" ("in her
// 90s", "in his seventies" are ages).
// "early in 2011", "late in the 19th century": a part, then "in"
auto const part_in = part_word >> x3::omit[-kw("in")];
// "and early 20th century" after the 19th: the rest of a pair of centuries
auto const before_christ = x3::lexeme[(x3::lit("b.c.e.") | x3::lit("b.c.") | x3::lit("b.c") | x3::lit("bce") |
                                       x3::lit("bc")) >> word_end];
auto const century_pair_tail = x3::omit[(kw("and") | kw("or") | kw("to") | kw("through")) >> -part_word >>
                                        -kw("the") >> ordinal() >> -x3::lit('-') >>
                                        (kw("century") | kw("centuries"))];
// "or 180 BC" after a year: the rest of a pair of years before Christ
auto const bc_year_pair_tail = (kw("or") | kw("and") | kw("to") | x3::lit('-')) >>
                               x3::uint_parser<unsigned, 10, 1, 4>{} >> before_christ;
auto const build_bc_pair_year = [](auto& ctx) {
    int n = static_cast<int>(x3::_attr(ctx));
    auto& v = x3::_val(ctx);
    x3::_pass(ctx) = n >= 1 && n < 1900;  // as build_era_year: "2017 BC" is British Columbia's
    v.year = 1 - n;
    v.span_years = 1;
};
// "the first 9 months of 1997", "the first two weeks of 2021"
struct first_units_table : x3::symbols<ast::unit> {
    first_units_table() { add("days", ast::unit::day)("weeks", ast::unit::week)("months", ast::unit::month); }
};
first_units_table const first_units;
auto const build_first_units = [](auto& ctx) {  // count, unit, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.first_count = at_c<0>(a);
    v.first_unit = at_c<1>(a);
    v.year = at_c<2>(a);
    v.span_years = 1;
    int most = v.first_unit == ast::unit::month ? 11 : v.first_unit == ast::unit::week ? 52 : 364;
    x3::_pass(ctx) = v.first_count >= 2 && v.first_count <= most;
};
auto const first_count = as<int>(x3::lexeme[x3::uint_parser<int, 10, 1, 3>{} >> !x3::ascii::alnum] |
                                 number_word(two_digit_words));
auto const year_date_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> kw("first")] >> first_count >>
              x3::lexeme[first_units >> word_end] >> x3::omit[kw("of")] >> year4)[spanning(build_first_units)]] |
    // "the first half of 2020", "H1 2016", "2019 H2", "2019-H2"
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> x3::lexeme[half_words >> word_end] >>
              x3::omit[kw("half") >> kw("of")] >> year4)[spanning(build_half)]] |
    x3::omit[(x3::eps[mark_start] >> x3::lexeme[half_codes >> word_end] >> x3::omit[-kw("of")] >> year4)
                 [spanning(build_half)]] |
    x3::omit[(x3::eps[mark_start] >> year4 >> x3::lexeme[x3::omit[-x3::lit('-')] >> half_codes >> word_end])
                 [spanning(build_year_half)]] |
    // "the first week of 2021", "week 3 of 2027"
    x3::omit[(x3::eps[mark_start] >> week_of >> year4)[spanning(build_week_of_year)]] |
    x3::omit[(x3::eps[mark_start] >> numbered_week_of >> year4)[spanning(build_numbered_week)]] |
    // "the year 2011", "the year two thousand"
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> x3::omit[kw("year")] >> year_value)
                 [spanning(build_plain_year)]] |
    // "the 1950s", "the early 1990s", "1990s BC"
    x3::omit[(x3::eps[mark_start] >> -part_in >> x3::omit[-kw("the")] >> decade_digits >> -era)
                 [spanning(build_era_decade)]] |
    // "190s BC", "the 90s BC": decades before Christ written short
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[-kw("the")] >>
              x3::lexeme[x3::uint_parser<int, 10, 2, 3>{} >> x3::lit('s') >> word_end] >> x3::omit[before_christ])
                 [spanning(build_bc_decade)]] |
    // "the 90s", "the mid-90s"
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("the")] >> -decade_part >> short_decade)
                 [spanning(build_short_decade)]] |
    // "the seventies", "the late seventies", "the early nineteen fifties"
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("the")] >> -decade_part >> -number_word(century_words) >>
              x3::lexeme[decade_words >> word_end])[spanning(build_word_decade)]] |
    // "the 20th century", "the 10th-century A.D.", "the late 5th century B.C."; "20th centuries"
    // ends a pair ("the 19th and 20th centuries")
    x3::omit[(x3::eps[mark_start] >> -part_in >> x3::omit[-kw("the")] >> ordinal() >> x3::omit[-x3::lit('-')] >>
              x3::omit[kw("century") | kw("centuries")] >> -era)[spanning(build_era_century)]] |
    // the first of two centuries sharing the word: the 19th in "the 19th and early 20th century",
    // the 2nd BC in "the 2nd or 3rd century BC"
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[-kw("the")] >> ordinal() >>
              &(century_pair_tail >> before_christ) >> x3::attr(boost::optional<bool>(true)))
                 [spanning(build_era_century)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[-kw("the")] >> ordinal() >> &century_pair_tail >>
              x3::attr(boost::optional<bool>()))[spanning(build_era_century)]] |
    // the first of two years sharing the era: 190 in "190 or 180 BC"
    x3::omit[(x3::eps[mark_start] >> x3::lexeme[x3::uint_parser<unsigned, 10, 1, 4>{} >> word_end] >>
              &bc_year_pair_tail)[spanning(build_bc_pair_year)]] |
    // "2018", "late 2011", "567 BC", "in 2014 AD", "nineteen ninety-six"
    x3::omit[(x3::eps[mark_start] >> -part_in >> as<int>(era_year | year4 | standalone_year))
                 [spanning(build_era_part_year)]];

// ---------------------------------------------------------------- seasons and quarters

auto const season_word = x3::lexeme[seasons >> word_end];
// "third quarter", "third-quarter"
auto const quarter_word = x3::omit[-x3::lit('-') >> kw("quarter")];
// "the summer of 2019", "spring 2020", "early summer", "last fall", "summer last year",
// "the first quarter of 2020", "Q3 2019", "the 2001 third quarter". A season alone ("the 2018
// Winter Olympics", "will fall on Friday") is no time: it needs "the", a year, a part or a shift,
// or a preposition (bare_season, after "in" or "since").
auto const build_part_quarter = [](auto& ctx) {  // part, ordinal, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a);
    v.quarter = at_c<1>(a).value;
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.quarter >= 1 && v.quarter <= 4;
};
auto const season_date_def =
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[kw("the")] >> season_word >> -year_tail)
                 [spanning(build_season_year)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> season_word >> year_tail)[spanning(build_season_year)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> season_word >> -year_tail)[spanning(build_part_season)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> season_word)[spanning(build_shift_season)]] |
    x3::omit[(x3::eps[mark_start] >> season_word >> year_shift)[spanning(build_season_shift)]] |
    // "the end of the second quarter of 2019", "late in the third quarter"
    x3::omit[(x3::eps[mark_start] >> part_in >> x3::omit[-kw("the")] >> ordinal() >> quarter_word >>
              -(x3::omit[-kw("of")] >> year4))[spanning(build_part_quarter)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ordinal() >> quarter_word >>
              -(x3::omit[-kw("of")] >> year4))[spanning(build_quarter)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ordinal() >> quarter_word >>
              year_shift)[spanning(build_quarter_shift)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> year4 >> x3::omit[-kw("the")] >> ordinal() >>
              quarter_word)[spanning(build_year_quarter)]] |
    x3::omit[(x3::eps[mark_start] >> x3::lexeme['q' >> x3::char_("1-4") >> word_end] >>
              x3::omit[-x3::lit(',')] >> year4)[spanning(build_q_digit)]];

auto const build_bare_season = [](auto& ctx) { x3::_val(ctx).season = x3::_attr(ctx); };
auto const bare_season_def = x3::omit[(x3::eps[mark_start] >> season_word)[spanning(build_bare_season)]];

BOOST_SPIRIT_DEFINE(day_date, month_date, bare_month, year_date, season_date, bare_season, calendar_day,
                    era_year, year_in_words, standalone_year, week_index)

}  // namespace rules

rules::day_date_type const& day_date() { return rules::day_date; }
rules::month_date_type const& month_date() { return rules::month_date; }
rules::bare_month_type const& bare_month() { return rules::bare_month; }
rules::year_date_type const& year_date() { return rules::year_date; }
rules::season_date_type const& season_date() { return rules::season_date; }
rules::bare_season_type const& bare_season() { return rules::bare_season; }

}  // namespace claimcheck::grammar
