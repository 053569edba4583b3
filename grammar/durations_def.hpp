// Definitions of the duration rules. Included by durations.cpp only.
//
// A duration is a hedge, when there is one, and a measure: a count and a unit ("more than | a
// year"). The measure takes the shapes news writes: "six years", "18-month", "a year and a half",
// "two years three months", "two to three years", "a decade or so", "a full year", "another
// month", "half a century", "a three-year period", "the fifth straight year". gap() adds what only
// a gap can be: "the past two years", "at least the last 20 years", spans with no count ("in
// years", "in recent memory"), days after months ("1 year 1 month 21 days", kept in days) and
// units that count only some days ("10 business days", "three weekends"; duration() leaves them
// out, since the time rules count back by it).
//
// Values are built by semantic actions on whole alternatives: a count can be scaled by its unit
// word ("a fortnight" = 2 weeks), joined with a smaller unit ("2 years 3 months" = 27 months) or
// turned into a range, which attribute propagation cannot express. An action runs only once its
// alternative has matched, and every alternative assigns the whole node, so a branch that failed
// half-way never leaves fields behind.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "durations.hpp"
#include "numbers.hpp"
#include "primitives.hpp"

#include <boost/fusion/include/at_c.hpp>

#include <cmath>
#include <initializer_list>
#include <iterator>

namespace claimcheck::grammar {
namespace rules {

namespace durations_detail {

using boost::fusion::at_c;

// ---------------------------------------------------------------- word tables

// A list of words the grammar tests as one table lookup, not a keyword per word.
struct word_list : x3::symbols<> {
    word_list(std::initializer_list<char const*> words) {
        for (char const* w : words) add(w);
    }
};
// one word (or phrase) of a table, as a whole word
template <typename Table>
auto one_of(Table const& table) {
    return x3::lexeme[table >> word_end];
}

// A unit word and how many units one of it counts: "fortnight" is two weeks.
struct unit_size {
    ast::unit u = ast::unit::year;
    double per = 1;
    ast::day_kind kind = ast::day_kind::any;  // "business days", "weekends"
};

struct unit_entry {
    char const* word;
    ast::unit u;
    double per;
    bool singular;  // may follow "a full", "another", "half", or stand in "a three-year period"
    ast::day_kind kind = ast::day_kind::any;
};

// Every unit word but "quarter" (below). Hotel-style "two nights" count days.
inline constexpr unit_entry unit_entries[] = {
    {"day", ast::unit::day, 1, true},           {"days", ast::unit::day, 1, false},
    {"night", ast::unit::day, 1, true},         {"nights", ast::unit::day, 1, false},
    {"week", ast::unit::week, 1, true},         {"weeks", ast::unit::week, 1, false},
    {"fortnight", ast::unit::week, 2, true},    {"fortnights", ast::unit::week, 2, false},
    {"month", ast::unit::month, 1, true},       {"months", ast::unit::month, 1, false},
    {"year", ast::unit::year, 1, true},         {"years", ast::unit::year, 1, false},
    {"yr", ast::unit::year, 1, true},           {"yrs", ast::unit::year, 1, false},
    {"decade", ast::unit::decade, 1, true},     {"decades", ast::unit::decade, 1, false},
    {"century", ast::unit::century, 1, true},   {"centuries", ast::unit::century, 1, false},
    // Days that count only some days: "within 10 business days", "three straight weekends". They
    // keep their own name in the output; time arithmetic reads a business day as a day and a
    // weekend as a week (one weekend a week).
    {"business day", ast::unit::day, 1, true, ast::day_kind::business},
    {"business days", ast::unit::day, 1, false, ast::day_kind::business},
    {"working day", ast::unit::day, 1, true, ast::day_kind::business},
    {"working days", ast::unit::day, 1, false, ast::day_kind::business},
    {"weekend", ast::unit::week, 1, true, ast::day_kind::weekend},
    {"weekends", ast::unit::week, 1, false, ast::day_kind::weekend},
};

// Unit words that count one unit each, for unit_word() (the time rules count "the last three
// months" with it; a fortnight has no unit of its own there).
struct unit_table : x3::symbols<ast::unit> {
    unit_table() {
        for (auto const& e : unit_entries)
            if (e.per == 1 && e.kind == ast::day_kind::any) add(e.word, e.u);
    }
};
// Unit words with their size; `singular_only` for the shapes that take one unit ("a full year").
struct sized_unit_table : x3::symbols<unit_size> {
    explicit sized_unit_table(bool singular_only) {
        for (auto const& e : unit_entries)
            if (e.singular || !singular_only) add(e.word, unit_size{e.u, e.per, e.kind});
    }
};
// "quarter" is a unit only where no "of" follows: "three quarters of the vote" is a fraction.
struct quarter_table : x3::symbols<unit_size> {
    explicit quarter_table(bool singular_only) {
        add("quarter", unit_size{ast::unit::quarter, 1});
        if (!singular_only) add("quarters", unit_size{ast::unit::quarter, 1});
    }
};
// Units glued to digits, as in listings and tables: "3.5years", "3day", "3y", "2w". No "d" (3D
// films, "in 3D") and no "m" ($2m).
struct glued_unit_table : x3::symbols<unit_size> {
    glued_unit_table() {
        for (auto const& e : unit_entries)
            if (e.kind == ast::day_kind::any) add(e.word, unit_size{e.u, e.per});
        add("y", unit_size{ast::unit::year, 1})("w", unit_size{ast::unit::week, 1});
    }
};
// Plural units alone make a vague span: "the first visit in years".
struct plural_unit_table : x3::symbols<ast::unit> {
    plural_unit_table() {
        using ast::unit;
        add("days", unit::day)("weeks", unit::week)("months", unit::month)("years", unit::year)
           ("decades", unit::decade)("centuries", unit::century)("ages", unit::year);
    }
};

// Hedges in front of a count. The output folds these into exact|about|more_than|less_than|
// at_least|at_most|vague; the finer kinds have their own tolerances (rules/tolerances.yaml).
struct modifier_table : x3::symbols<ast::modifier> {
    modifier_table() {
        using ast::modifier;
        add("about", modifier::about)("around", modifier::about)("roughly", modifier::about)
           ("some", modifier::about)("approximately", modifier::about)
           ("an estimated", modifier::about)("circa", modifier::about)
           ("more or less", modifier::about)
           ("nearly", modifier::nearly)("almost", modifier::nearly)
           ("close to", modifier::nearly)("just shy of", modifier::nearly)
           ("the better part of", modifier::nearly)("the best part of", modifier::nearly)
           ("not quite", modifier::nearly)
           ("more than", modifier::more_than)("over", modifier::more_than)
           ("well over", modifier::more_than)("upwards of", modifier::more_than)
           ("in excess of", modifier::more_than)("longer than", modifier::more_than)
           ("well more than", modifier::more_than)
           ("just over", modifier::just_over)("just more than", modifier::just_over)
           ("a little over", modifier::just_over)("a little more than", modifier::just_over)
           ("little more than", modifier::just_over)("slightly more than", modifier::just_over)
           ("slightly over", modifier::just_over)
           ("less than", modifier::less_than)("under", modifier::less_than)
           ("fewer than", modifier::less_than)("shorter than", modifier::less_than)
           ("well under", modifier::less_than)("well less than", modifier::less_than)
           ("just under", modifier::nearly)("just less than", modifier::nearly)
           ("a little less than", modifier::nearly)("slightly less than", modifier::nearly)
           ("at least", modifier::at_least)("no less than", modifier::at_least)
           ("no fewer than", modifier::at_least)("not less than", modifier::at_least)
           ("at most", modifier::at_most)("up to", modifier::at_most)
           ("no more than", modifier::at_most)("not more than", modifier::at_most)
           ("exactly", modifier::exact)("precisely", modifier::exact)("fully", modifier::exact)
           ("a full", modifier::exact)("a whole", modifier::exact)("full", modifier::exact);
    }
};
// Hedges after the unit: "a decade or so", "two years or more".
struct trailing_hedge_table : x3::symbols<ast::modifier> {
    trailing_hedge_table() {
        using ast::modifier;
        add("or so", modifier::about)("or more", modifier::at_least)
           ("or longer", modifier::at_least)("or less", modifier::at_most)
           ("or fewer", modifier::at_most);
    }
};
// Fractions joined to a count or a unit: "one and a quarter years", "a year and a half", "one
// month and half", "a year-and-a-half" ("two and a half" is read by the count itself).
struct fraction_tail_table : x3::symbols<double> {
    fraction_tail_table() {
        add("and a half", 0.5)("and half", 0.5)("and a quarter", 0.25)
           ("and three quarters", 0.75)("and three-quarters", 0.75)
           ("-and-a-half", 0.5)("-and-a-quarter", 0.25);
    }
};
// Fractions that count a unit: "three quarters of a century".
struct fraction_count_table : x3::symbols<double> {
    fraction_count_table() {
        add("three quarters of a", 0.75)("three-quarters of a", 0.75)
           ("three quarters of an", 0.75)("three-quarters of an", 0.75);
    }
};

unit_table const units;
sized_unit_table const sized_units{false};
sized_unit_table const single_units{true};
quarter_table const quarters{false};
quarter_table const single_quarter{true};
glued_unit_table const glued_units;
plural_unit_table const plural_units;
modifier_table const modifiers;
trailing_hedge_table const trailing_hedges;
fraction_tail_table const fraction_tails;
fraction_count_table const fraction_counts;

// Hedges that are also prepositions: before "the past two years" they are the preposition
// ("over the past two years" is the period, not "more than" it).
word_list const prepositional_modifiers{"about", "around", "over", "under", "up to", "circa"};
// Nouns that name the duration itself after "a three-year": "a three-year period". Pause nouns
// ("hiatus", "interval") stay outside: the elapsed rule reads them ("after a three-year hiatus").
word_list const period_nouns{"period", "span",      "stretch",   "spell",    "stint",
                             "term",   "timespan",  "time span", "timeframe", "time frame"};
// What turns a count of units into an age, which is no time span: "59-year-old", "several days
// old", "about 200 years older", "18-year-olds", "21 years of age".
word_list const age_words{"old", "older", "olds", "younger", "of age"};
// "all year", "a full week", "the whole day", "the entire decade"
word_list const whole_words{"all",      "full",     "whole",     "entire",   "a full",
                            "a whole",  "an entire", "the full", "the whole", "the entire"};
// "three straight years", "the fifth consecutive year"
word_list const run_words{"straight", "consecutive", "successive"};
// the backward span a gap can be: "the past two years", "last three months"
word_list const recent_words{"the past", "the last", "the previous", "past", "last", "previous"};
// "many years", "several decades", "recent weeks"
word_list const span_words{"many", "several", "recent"};
word_list const articles{"a", "an", "the"};
// The first words of the measures that begin with a word of their own.
word_list const lead_words{"all", "full", "whole", "entire",  "a",
                           "an",  "the",  "half",  "another", "between"};
// The first word of a cardinal: "three" of "three-year", "twenty" of "twenty five" (digits are
// tested apart).
word_list const cardinal_starts{
    "one",      "two",       "three",     "four",     "five",     "six",       "seven",
    "eight",    "nine",      "ten",       "eleven",   "twelve",   "thirteen",  "fourteen",
    "fifteen",  "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",    "thirty",
    "forty",    "fourty",    "fifty",     "sixty",    "seventy",  "eighty",    "ninety",
    "hundred",  "thousand"};

// ---------------------------------------------------------------- small parsers

// the end of a word that may not continue with a hyphen: "or so" but not "or so-called"
auto const hyphen_word_end = !(x3::ascii::alnum | x3::char_("_-"));

auto const modifier_word = one_of(modifiers);
// a hedge that cannot be read as a preposition in front of "the past two years"
auto const period_modifier = !one_of(prepositional_modifiers) >> modifier_word;
auto const trailing_hedge = x3::lexeme[trailing_hedges >> hyphen_word_end];
// (The guard stands in front: a sequence that fails after its first part has already written
// that part's value into an enclosing optional, and "a year and a quarter of the budget" would
// then be 1.25 years.)
auto const fraction_tail = !(one_of(fraction_tails) >> kw("of")) >> one_of(fraction_tails);
auto const period_noun = one_of(period_nouns);
auto const age_mark = -x3::lit('-') >> one_of(age_words);
auto const whole_word = one_of(whole_words);
auto const run_before = one_of(run_words);
auto const in_a_row = kw("in") >> kw("a") >> kw("row");
// "running" and "straight" close the phrase: "the third year running" but not "the third year
// running the company"
auto const run_after = kw("consecutively") | in_a_row |
                       (kw("running") | kw("straight")) >> !x3::ascii::alpha;
auto const recent = one_of(recent_words);

// a decimal without sign or exponent, for counts glued to their unit ("3.5years"); not "inf"
struct glued_count_policies : x3::ureal_policies<double> {
    template <typename Iterator>
    static bool parse_exp(Iterator&, Iterator const&) { return false; }
    template <typename Iterator, typename Attribute>
    static bool parse_nan(Iterator&, Iterator const&, Attribute&) { return false; }
    template <typename Iterator, typename Attribute>
    static bool parse_inf(Iterator&, Iterator const&, Attribute&) { return false; }
};
x3::real_parser<double, glued_count_policies> const glued_count;

// ---------------------------------------------------------------- cheap guards
//
// The number and ordinal rules are dear next to a table lookup, and the mention loop tries a gap
// at every word. The shapes that need them for only a few words test those words first.

auto const lead_word = one_of(lead_words);
auto const cardinal_start = x3::ascii::digit | one_of(cardinal_starts);

// A word that ends like an ordinal: "fifth", "21st", "twenty-first" (and "and", "with": the
// ordinal rule decides).
struct ordinal_shape_parser : x3::parser<ordinal_shape_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        char a = 0, b = 0;
        while (it != last) {
            char c = *it;
            if (c == '-') {
                Iterator n = std::next(it);
                if (n == last || !detail::is_alnum(*n)) break;
            } else if (!detail::is_alnum(c)) {
                break;
            }
            a = b;
            b = c;
            ++it;
        }
        if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
              (a == 't' && b == 'h')))
            return false;
        first = it;
        return true;
    }
};
ordinal_shape_parser const ordinal_shape;

// ---------------------------------------------------------------- actions

// How many of the family's base unit (months: ast::months_in, or days) one unit is; 0 where
// units do not mix.
using ast::months_in;
constexpr double days_in(ast::unit u) {
    return u == ast::unit::day ? 1 : u == ast::unit::week ? 7 : 0;
}

ast::duration measured(double amount, bool vague, unit_size const& s) {
    ast::duration d;
    d.amount.value = amount;
    d.amount.vague = vague;
    d.u = s.u;
    d.kind = s.kind;
    return d;
}

auto const take = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const take_calendar = [](auto& ctx) {
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_pass(ctx) = x3::_val(ctx).kind == ast::day_kind::any;
};
auto const set_amount = [](auto& ctx) { x3::_val(ctx).amount = x3::_attr(ctx); };

// a modifier and a measure: "more than | a year"
auto const hedged = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d = at_c<1>(x3::_attr(ctx));
    d.mod = at_c<0>(x3::_attr(ctx));
};
auto const maybe_hedged = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d = at_c<1>(x3::_attr(ctx));
    d.mod = at_c<0>(x3::_attr(ctx)).get_value_or(ast::modifier::exact);
};
// one unit: "all year", "another month", "a fortnight"
auto const one_unit = [](auto& ctx) {
    unit_size const& s = x3::_attr(ctx);
    x3::_val(ctx) = measured(s.per, false, s);
};
auto const half_unit = [](auto& ctx) {
    unit_size const& s = x3::_attr(ctx);
    x3::_val(ctx) = measured(0.5 * s.per, false, s);
};
// a number and a unit: "a three-year period", "3.5years"
auto const number_of_units = [](auto& ctx) {
    unit_size const& s = at_c<1>(x3::_attr(ctx));
    x3::_val(ctx) = measured(at_c<0>(x3::_attr(ctx)) * s.per, false, s);
};
// an ordinal run: "the fifth straight year" lasts five years
auto const run_of_units = [](auto& ctx) {
    unit_size const& s = at_c<1>(x3::_attr(ctx));
    x3::_val(ctx) = measured(at_c<0>(x3::_attr(ctx)).value * s.per, false, s);
};

// A range gives no exact number: it reads as a vague count at its middle ("two to three months"
// = 2.5, vague), so the vague tolerance covers both ends. Not a range when the second number is
// not the larger ("cut from 10 to 5 years").
bool make_range(ast::duration& d, ast::quantity const& low, double high, unit_size const& s) {
    if (low.vague || high <= low.value) return false;
    d = measured((low.value + high) / 2 * s.per, true, s);
    d.amount.first = low.first;
    d.amount.last = low.last;
    return true;
}
// "between two and six days"
auto const between_range = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    ast::quantity const& high = at_c<1>(a);
    x3::_pass(ctx) = !high.vague && make_range(x3::_val(ctx), at_c<0>(a), high.value, at_c<2>(a));
};
// "two to three months", "three or four years" (the count is already in _val)
auto const range_to = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    ast::quantity const low = d.amount;
    ast::quantity const& high = at_c<0>(x3::_attr(ctx));
    x3::_pass(ctx) = !high.vague && make_range(d, low, high.value, at_c<1>(x3::_attr(ctx)));
};

// The unit after a count, with a fraction before or after it and a range closed after it: "one
// and a quarter | year", "a year | and a half", "a year | or two".
auto const apply_unit = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    auto const& a = x3::_attr(ctx);
    unit_size const& s = at_c<1>(a);
    double v = d.amount.value + at_c<0>(a).get_value_or(0) + at_c<2>(a).get_value_or(0);
    if (auto const& high = at_c<3>(a)) {
        if (d.amount.vague || *high <= v) {
            x3::_pass(ctx) = false;
            return;
        }
        v = (v + *high) / 2;
        d.amount.vague = true;
    }
    d.amount.value = v * s.per;
    d.u = s.u;
    d.kind = s.kind;
};

// A smaller unit after a larger one of the same family: "2 years 3 months", "two years and
// three months" and "2 years, 3 months" are 27 months, "one week three days" 10 days (the offset
// rule reads "1 month, 21 days ago" alike). Months and days do not mix here (a month has no
// fixed number of days; gap() joins them in days, see add_days), and neither do vague counts or
// business days and weekends. A larger unit after a smaller one is a rate or a
// list ("two days a week", "six months and two years"), not a sum.
auto const add_smaller_unit = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    ast::quantity const& q = at_c<0>(x3::_attr(ctx));
    unit_size const& s = at_c<1>(x3::_attr(ctx));
    double big = months_in(d.u), small = months_in(s.u);
    if (big == 0 || small == 0) big = days_in(d.u), small = days_in(s.u);
    if (q.vague || d.amount.vague || small == 0 || small >= big ||
        d.kind != ast::day_kind::any || s.kind != ast::day_kind::any) {
        x3::_pass(ctx) = false;
        return;
    }
    d.amount.value = d.amount.value * big / small + q.value * s.per;
    d.u = s.u;
};

// Days after a count of months or years: "1 year 1 month 21 days", "two years and three days".
// A month has no fixed number of days, so the sum is kept in days, at the mean Gregorian month
// (365.25 / 12 = 30.4375 days) and rounded to whole days: 1 year 1 month 21 days = 417 days.
// Only the gap rule joins them: the offset rule reads "1 month and 21 days ago" part by part, on
// the calendar. Vague counts, hedged or special days ("two years and a few days", "a month and
// two weekends") do not join, and neither does a smaller unit before a larger one ("two days a
// month").
constexpr double days_per_month = 365.25 / 12;
auto const add_days = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    ast::duration const& e = x3::_attr(ctx);
    double months = months_in(d.u), days = days_in(e.u);
    if (months == 0 || days == 0 || d.amount.vague || e.amount.vague ||
        e.mod != ast::modifier::exact || d.kind != ast::day_kind::any ||
        e.kind != ast::day_kind::any) {
        x3::_pass(ctx) = false;
        return;
    }
    d.amount.value = std::round(d.amount.value * months * days_per_month + e.amount.value * days);
    d.u = ast::unit::day;
};

// "a decade or so": a hedge after the unit, unless one stands before the count
auto const trailing_hedge_mod = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    if (d.mod == ast::modifier::exact) d.mod = x3::_attr(ctx);
};

// "two and six days": the first count shares the unit of the second
auto const shared_unit = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    unit_size const& s = x3::_attr(ctx);
    d.amount.value *= s.per;
    d.u = s.u;
    d.kind = s.kind;
};

inline ast::quantity const unknown_count{{}, 0, true};

}  // namespace durations_detail

// ================================================================ rule IDs

// Records the span like tag_span, less any space a count's optional tail skipped before it
// failed ("two" in "two and six days" ends at the word).
struct trimmed_span {
    static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    template <typename Iterator, typename Context>
    void on_success(Iterator const& first, Iterator last, ast::spanned& node,
                    Context const&) const {
        while (last != first && is_space(*std::prev(last))) --last;
        node.first = first;
        node.last = last;
    }
};

struct duration_class : trimmed_span {};
struct gap_class : trimmed_span {};
struct unit_word_class;
struct sized_unit_class;
struct single_unit_class;
struct count_phrase_class;
struct run_unit_class;
struct counted_class;
struct measure_class;
struct hedged_measure_class;
struct hedged_recent_class;
struct recent_span_class;
struct vague_span_class;
struct joined_class;
struct any_duration_class : trimmed_span {};
struct calendar_measure_class;

// ================================================================ rules

duration_type const duration = "duration";
gap_type const gap = "duration or vague span";
unit_word_type const unit_word = "unit of time";
x3::rule<sized_unit_class, durations_detail::unit_size> const sized_unit = "unit of time";
x3::rule<single_unit_class, durations_detail::unit_size> const single_unit = "one unit of time";
x3::rule<count_phrase_class, ast::quantity> const count_phrase = "count of units";
x3::rule<run_unit_class, durations_detail::unit_size> const run_unit = "unit of a run";
x3::rule<counted_class, ast::duration> const counted = "counted duration";
x3::rule<measure_class, ast::duration> const measure = "amount of time";
x3::rule<hedged_measure_class, ast::duration> const hedged_measure = "amount of time";
x3::rule<hedged_recent_class, ast::duration> const hedged_recent = "the past few units";
x3::rule<recent_span_class, ast::duration> const recent_span = "the past few units";
x3::rule<vague_span_class, ast::duration> const vague_span = "vague span";
x3::rule<joined_class, ast::duration> const joined = "duration in months and days";
x3::rule<any_duration_class, ast::duration> const any_duration = "duration";
x3::rule<calendar_measure_class, ast::duration> const calendar_measure = "duration";

// ================================================================ grammar

using namespace durations_detail;

// "year", "years", "quarters" (not "quarters of"); the hyphen of "18-month" is the count's
auto const unit_word_def =
    one_of(units) | x3::omit[one_of(quarters)] >> !kw("of") >> x3::attr(ast::unit::quarter);
auto const sized_unit_def = one_of(sized_units) | one_of(quarters) >> !kw("of");
auto const single_unit_def = one_of(single_units) | one_of(single_quarter) >> !kw("of");

// what counts the units: "six", "a", "a couple of", "two and a half", "three quarters of a"
auto const count_phrase_def = one_of(fraction_counts) >> x3::attr(false) | quantity();

// A count and what follows it. The count is read once; then a unit ("six years", "18-month",
// "three straight years", "one and a quarter years", "a year and a half", "a year or two", "2
// years 3 months", "a decade or so"), a range ("two to three months"), or, in "two and six
// days", nothing: "two" takes the unit of the count after it, and the span ends at "two".
//
// the end of a range after the unit: "a year or two" (not "a year or two years")
auto const or_count = &(kw("or") >> number() >> !sized_unit) >> kw("or") >> number();
// (The optional hedge that ends the rule is a sequence: a lexeme that misses has still skipped
// the space before it, and only a sequence gives that back, so the span ends at the last word.)
// "their first talks in six years, a day after the parade": after a comma, "a day after" is an
// adverbial of its own, not more of the duration
auto const comma_adverbial = x3::lit(',') >> -kw("and") >> (kw("a") | kw("an") | kw("one")) >>
                             sized_unit >>
                             (kw("after") | kw("before") | kw("later") | kw("earlier") | kw("ago"));
auto const unit_tail =
    (-fraction_tail >> -x3::lit('-') >> -run_before >> sized_unit >> -fraction_tail >>
     -or_count)[apply_unit] >>
    *(!comma_adverbial >> x3::omit[-x3::lit(',') >> -kw("and")] >> count_phrase >> -x3::lit('-') >>
      sized_unit)[add_smaller_unit] >>
    -(x3::eps >> trailing_hedge)[trailing_hedge_mod];
auto const range_tail =
    ((kw("to") | kw("or")) >> count_phrase >> -x3::lit('-') >> sized_unit)[range_to];
auto const shared_tail =
    &(kw("and") >> quantity() >> -x3::lit('-') >> sized_unit[shared_unit] >> !age_mark);
auto const counted_def = count_phrase[set_amount] >> (unit_tail | range_tail | shared_tail);

// the unit of a run and the words that make it one: "straight year", "day consecutively"
auto const run_unit_def = run_before >> single_unit >> -in_a_row | single_unit >> run_after;

// A duration without its hedge. Shapes that begin with a word of their own come first; every
// other one begins with a count.
auto const measure_def =
    &lead_word >> (
        // "all year", "a full week", "full-month", "the whole day"
        (whole_word >> -x3::lit('-') >> single_unit)[one_unit] |
        // "another month", "another two years"
        kw("another") >> (counted[take] | single_unit[one_unit]) |
        // "half year", "half-year" ("half a year" is a count)
        (kw("half") >> -x3::lit('-') >> single_unit)[half_unit] |
        // "a three-year period", "a 300 year period" (the noun names the duration; "a
        // three-year hiatus" leaves the article and the noun to the claim rules)
        (one_of(articles) >> &cardinal_start >> number() >> -x3::lit('-') >> single_unit >>
         period_noun)[number_of_units] |
        // "between two and six days"
        (kw("between") >> quantity() >> kw("and") >> quantity() >> -x3::lit('-') >>
         sized_unit)[between_range]) |
    // "the fifth straight year", "the third straight month in a row", "the ninth day
    // consecutively"
    (&(-kw("the") >> ordinal_shape >> (run_before | single_unit)) >> -kw("the") >> ordinal() >>
     run_unit)[run_of_units] |
    // "3.5years", "3y"
    (&x3::ascii::digit >> x3::lexeme[glued_count >> glued_units >> word_end])
        [number_of_units] |
    counted[take];

// A hedge and a measure, unless the units count an age ("a 59-year-old", "several days old").
// The top rules take their node by attribute, not from an action: a rule whose right-hand side
// has actions hands its span handler no attribute, so the node would have no span.
auto const hedged_measure_def = (modifier_word >> measure)[hedged] | measure[take];
auto const any_duration_def = hedged_measure >> !age_mark;
// duration() counts calendar units only: the time rules count from it ("two weeks ago"), and a
// number of weekends or business days ago is no fixed number of days. gap() takes them all.
auto const calendar_measure_def = any_duration[take_calendar];
auto const duration_def = calendar_measure;

// "the past twenty four years", "at least the last 20 years", "the previous three quarters":
// the span back from now, for gaps ("in the past two years"). Not "the next two years": a gap
// lies in the past.
auto const hedged_recent_def = (-period_modifier >> recent >> measure)[maybe_hedged];
auto const recent_span_def = hedged_recent >> !age_mark;

// spans with no count: "in years", "in many decades", "in a long time", "in recent memory"
auto const vague_span_def =
    x3::attr(ast::modifier::vague) >> x3::attr(unknown_count) >>
    (x3::omit[-one_of(span_words)] >>
         one_of(plural_units) >> x3::omit[!age_mark] |
     x3::omit[kw("a") >> (kw("long") >> kw("time") | kw("while") | kw("generation"))] >>
         x3::attr(ast::unit::year) |
     x3::omit[(kw("recent") | kw("living")) >> kw("memory")] >> x3::attr(ast::unit::decade));

// "two years, five days a week": a rate, not more days; "after six months, three days of talks":
// the days begin a noun phrase of their own
auto const rate_word = kw("a") | kw("an") | kw("per") | kw("each") | kw("every") | kw("of");
// a duration and, after months or years, days: "1 year 1 month 21 days" (see add_days)
auto const joined_def =
    any_duration[take] >> -(!comma_adverbial >> x3::omit[-x3::lit(',') >> -kw("and")] >> counted >>
                            !age_mark >> !rate_word)[add_days];

// the gap of a first-in-interval or negated claim
auto const gap_def = joined | recent_span | vague_span;

BOOST_SPIRIT_DEFINE(duration, gap, unit_word, sized_unit, single_unit, count_phrase, run_unit,
                    counted, measure, hedged_measure, hedged_recent, recent_span, vague_span,
                    joined, any_duration, calendar_measure)

}  // namespace rules

rules::duration_type const& duration() { return rules::duration; }
rules::gap_type const& gap() { return rules::gap; }
rules::unit_word_type const& unit_word() { return rules::unit_word; }

}  // namespace claimcheck::grammar
