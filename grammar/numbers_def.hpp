// Definitions of the number rules. Included by numbers.cpp only.
//
// One reading of a cardinal serves three rules: number() reads it and what may follow it (a
// fraction's denominator, "over N", "and a quarter"), quantity() reads it before a unit and
// nothing that could be the unit, and ordinal() reads it as the prefix of an ordinal ending
// ("one hundred twenty" + "fifth"). Whether a cardinal and an ordinal word form one ordinal or a
// fraction depends on the cardinal's last word ("twenty" + "fifth" is 25th, "one" + "fifth" is
// 1/5), so the cardinal carries it (`piece`), and the same test decides both rules.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "numbers.hpp"
#include "primitives.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/optional.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace claimcheck::grammar {
namespace rules {

namespace numbers_detail {

using boost::fusion::at_c;

// ---------------------------------------------------------------- how number words join

// The kind of a number word. A cardinal remembers its first and last word; an ordinal ending
// its first word. `closed` is what nothing but a scale word may follow: digits ("3 hundred"),
// "zero", decimals ("two point five"), dozens.
enum class piece : std::uint8_t { none, unit, teen, tens, hundred, scale, closed };

// May a word of kind `next` continue a number whose last word is of kind `last`? "twenty" +
// "one", "one hundred" + "fifth", "two" + "hundredth", "three" + "trillionth"; not "one" +
// "fifth" or "twenty" + "twenty" (those are two numbers, or a fraction).
inline bool can_follow(piece last, piece next) {
    switch (last) {
        case piece::none:
            return true;
        case piece::tens:
            return next == piece::unit || next == piece::hundred || next == piece::scale;
        case piece::hundred:
            return next == piece::unit || next == piece::teen || next == piece::tens ||
                   next == piece::scale;
        case piece::scale:
            return next == piece::unit || next == piece::teen || next == piece::tens;
        default:  // unit, teen, closed
            return next == piece::hundred || next == piece::scale;
    }
}

// A cardinal being read: "two million three hundred" is total 2e6 (the scaled chunks), group 300
// (the unscaled chunk after them), scale 1e6 (the last scale word).
struct cardinal_reading {
    double total = 0;
    double group = 0;
    double scale = 0;
    piece first = piece::none;
    piece last = piece::none;
    bool digits = false;    // a part is written in digits: "3 hundred", "1.5 million"
    bool hundreds = false;  // the group has a "hundred": "three hundred and two"
    // The addend after the last "and": "two" in "six million and two". Before a denominator it
    // is the numerator of a mixed number: "six million and two thirds".
    double and_part = 0;
    double value() const { return total + group; }
};

// An ordinal in words, or a fraction's denominator: "fifth", "twenty-first", "hundredths".
struct ordinal_reading {
    double value = 0;
    piece first = piece::none;   // the kind of its first word: "twenty" in "twenty-fifth"
    bool plural = false;         // "fifths": a denominator only
    bool fraction_only = false;  // "half", "quarter": denominators, never ordinals
};

// A cardinal and what number() read after it.
struct number_state {
    cardinal_reading head;
    double value = 0;
};

// ---------------------------------------------------------------- word tables

struct unit_words_table : x3::symbols<unsigned> {
    unit_words_table() {
        add("zero", 0)("nought", 0)("naught", 0)("nil", 0)("one", 1)("two", 2)("three", 3)
           ("four", 4)("five", 5)("six", 6)("seven", 7)("eight", 8)("nine", 9)("ten", 10)
           ("eleven", 11)("twelve", 12)("thirteen", 13)("fourteen", 14)("fifteen", 15)
           ("sixteen", 16)("seventeen", 17)("eighteen", 18)("nineteen", 19);
    }
};
struct digit_words_table : x3::symbols<unsigned> {  // what may follow "twenty-"
    digit_words_table() {
        add("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)
           ("eight", 8)("nine", 9);
    }
};
struct tens_words_table : x3::symbols<unsigned> {
    tens_words_table() {
        add("twenty", 20)("thirty", 30)("forty", 40)("fourty", 40)("fifty", 50)("sixty", 60)
           ("seventy", 70)("eighty", 80)("ninety", 90);
    }
};
// Singular and plural: "three thousand millions" is 3e9.
struct scale_words_table : x3::symbols<double> {
    scale_words_table() {
        add("thousand", 1e3)("million", 1e6)("billion", 1e9)("trillion", 1e12)
           ("thousands", 1e3)("millions", 1e6)("billions", 1e9)("trillions", 1e12);
    }
};
// Digits after "point": "nine point nought four".
struct point_digit_words_table : x3::symbols<char> {
    point_digit_words_table() {
        add("zero", '0')("nought", '0')("naught", '0')("oh", '0')("one", '1')("two", '2')
           ("three", '3')("four", '4')("five", '5')("six", '6')("seven", '7')("eight", '8')
           ("nine", '9');
    }
};
// What may follow "twenty" in one word: "twentyfifth", "fortysecond".
struct unit_ordinal_words_table : x3::symbols<unsigned> {
    unit_ordinal_words_table() {
        add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)
           ("seventh", 7)("eighth", 8)("ninth", 9)("nineth", 9);
    }
};

struct ordinal_word {
    double value = 0;
    piece head = piece::none;
    bool plural = false;
    bool fraction_only = false;
};

// The ordinal words, which end ordinals and denominators, with their plurals, which only end
// denominators ("three fifths"). "first" and "second" have no fraction plural ("seconds" is a
// unit); "half" and "quarter" are denominators only.
struct ordinal_words_table : x3::symbols<ordinal_word> {
    ordinal_words_table() {
        struct entry {
            char const* word;
            double value;
            piece head;
        };
        static entry const entries[] = {
            {"first", 1, piece::unit}, {"second", 2, piece::unit}, {"third", 3, piece::unit},
            {"fourth", 4, piece::unit}, {"fifth", 5, piece::unit}, {"sixth", 6, piece::unit},
            {"seventh", 7, piece::unit}, {"eighth", 8, piece::unit}, {"ninth", 9, piece::unit},
            {"nineth", 9, piece::unit},  // a common misspelling
            {"tenth", 10, piece::teen}, {"eleventh", 11, piece::teen},
            {"twelfth", 12, piece::teen}, {"thirteenth", 13, piece::teen},
            {"fourteenth", 14, piece::teen}, {"fifteenth", 15, piece::teen},
            {"sixteenth", 16, piece::teen}, {"seventeenth", 17, piece::teen},
            {"eighteenth", 18, piece::teen}, {"nineteenth", 19, piece::teen},
            {"twentieth", 20, piece::tens}, {"thirtieth", 30, piece::tens},
            {"fortieth", 40, piece::tens}, {"fiftieth", 50, piece::tens},
            {"sixtieth", 60, piece::tens}, {"seventieth", 70, piece::tens},
            {"eightieth", 80, piece::tens}, {"ninetieth", 90, piece::tens},
            {"hundredth", 100, piece::hundred}, {"thousandth", 1e3, piece::scale},
            {"millionth", 1e6, piece::scale}, {"billionth", 1e9, piece::scale},
            {"trillionth", 1e12, piece::scale}};
        for (entry const& e : entries) {
            add(e.word, ordinal_word{e.value, e.head, false, false});
            if (e.value > 2) add(std::string(e.word) + "s", ordinal_word{e.value, e.head, true, false});
        }
        add("half", ordinal_word{2, piece::unit, false, true});
        add("halves", ordinal_word{2, piece::unit, true, true});
        add("quarter", ordinal_word{4, piece::unit, false, true});
        add("quarters", ordinal_word{4, piece::unit, true, true});
    }
};
// Counts that are phrases. number() reads the exact ones; quantity() also reads the fractions
// that stand before a unit ("half a year") and the vague ones, whose value is a conventional
// reading ("a few" = 3, as Recognizers-Text reads it; the duration keeps modifier `vague`).
struct number_phrase_table : x3::symbols<double> {
    number_phrase_table() {
        add("a couple of", 2)("a couple", 2)("a pair of", 2)("a pair", 2)("a dozen of", 12)
           ("a dozen", 12)("half a dozen", 6);
    }
};
struct exact_count_table : x3::symbols<double> {
    exact_count_table() {
        add("a couple of", 2)("a couple", 2)("couple of", 2)("a pair of", 2)("a dozen", 12)
           ("one dozen", 12)("half a dozen", 6)("a half", 0.5)("half a", 0.5)("half an", 0.5)
           ("a quarter of a", 0.25)("a quarter", 0.25)("one and a half", 1.5);
    }
};
struct vague_count_table : x3::symbols<double> {
    vague_count_table() {
        add("a few", 3)("few", 3)("several", 3)("some", 3)("a number of", 3)("many", 5)
           ("dozens of", 24)("scores of", 40)("a handful of", 3)("numerous", 5);
    }
};
// "one over 20", "two out of five hundred", "1 in twenty-one"
enum class ratio_kind : std::uint8_t { over, out_of, in };
struct ratio_words_table : x3::symbols<ratio_kind> {
    ratio_words_table() {
        add("over", ratio_kind::over)("out of", ratio_kind::out_of)("in", ratio_kind::in);
    }
};
// "half a million", "quarter million"
struct fraction_lead_table : x3::symbols<double> {
    fraction_lead_table() { add("half", 0.5)("quarter", 0.25); }
};
// Units of time: "in" and "over" before a count of them are not a ratio ("3 in 10 days").
struct time_unit_table : x3::symbols<> {
    time_unit_table() {
        for (char const* w : {"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                              "days", "week", "weeks", "month", "months", "year", "years",
                              "decade", "decades", "century", "centuries"})
            add(w);
    }
};

// The words a number, an ordinal or a count can begin with (below, built from the tables above).
// The rules are tried after every "the", "a" and "in" of the claim rules and at every word of
// `claimcheck expr`, and most of those words are no number: one walk down this trie, over the
// word's first letters, turns them away before the rules' many alternatives run. Entries are
// prefixes: "twenty" lets "twentyfifth" in, "a hundred" lets "a hundred and tenth" in and keeps
// "a" alone ("about", "and") out.
struct first_words_table : x3::symbols<> {
    // every word of `table`, after `before`: ("a ", ordinal words) adds "a fifth", "a tenth"...
    template <typename Table>
    first_words_table& words(Table const& table, std::string const& before = {}) {
        table.for_each([&](std::string const& w, auto const&) { add(before + w); });
        return *this;
    }
    first_words_table& words(std::initializer_list<char const*> list, std::string const& before = {}) {
        for (char const* w : list) add(before + w);
        return *this;
    }
};

unit_words_table const unit_words;
digit_words_table const digit_words;
tens_words_table const tens_words;
scale_words_table const scale_words;
point_digit_words_table const point_digit_words;
unit_ordinal_words_table const unit_ordinal_words;
ordinal_words_table const ordinal_word_list;
number_phrase_table const number_phrases;
exact_count_table const exact_counts;
vague_count_table const vague_counts;
ratio_words_table const ratio_words;
fraction_lead_table const fraction_leads;
time_unit_table const time_units;

// "seven", "seventy", "3", "point 77", "a hundred", "a million"
first_words_table const cardinal_first_words =
    first_words_table{}.words(unit_words).words(tens_words).words({"point"})
        .words({"hundred"}, "a ").words(scale_words, "a ")
        .words({"hundred"}, "an ").words(scale_words, "an ");
// cardinals, "minus 5", "half a million", "quarter million", "a dozen", "a fifth", "an eighth"
first_words_table const number_first_words = [] {
    first_words_table t;
    t.words(unit_words).words(tens_words).words({"point", "minus", "negative"});
    t.words(fraction_leads).words(number_phrases);
    for (char const* a : {"a ", "an "})
        t.words(unit_words, a).words(tens_words, a).words(ordinal_word_list, a)
            .words(scale_words, a).words({"hundred"}, a);
    return t;
}();
// cardinals, the phrases, and the article alone ("a year")
first_words_table const quantity_first_words =
    first_words_table{}.words(unit_words).words(tens_words).words({"point", "a", "an", "single"})
        .words(exact_counts).words(vague_counts);
// "first", "twenty-first", "twentyfifth", "two hundredth", "a hundred and tenth"
first_words_table const ordinal_first_words =
    first_words_table{}.words(ordinal_word_list).words(unit_words).words(tens_words)
        .words({"hundred"}, "a ").words(scale_words, "a ");
// what may follow the first word of an ordinal of several words: "twenty | first", "two |
// hundredth", "one | hundred and fifth", "twenty | -first"
first_words_table const ordinal_second_words =
    first_words_table{}.words(ordinal_word_list).words(unit_words).words(tens_words)
        .words(scale_words).words({"hundred", "and", "-"});

template <typename Table>
auto word_in(Table const& table) {
    return x3::lexeme[table >> word_end];
}

auto const article = kw("a") | kw("an");
auto const hundred_word = kw("hundred");
auto const dozen_word = kw("dozen") | kw("dozens");
// "half", but not "half-hearted" or "half-time"
auto const half_word =
    x3::lexeme[x3::lit("half") >> !(x3::ascii::alnum | x3::lit('_') | (x3::lit('-') >> x3::ascii::alpha))];
// Where a fraction that could be an ordinal ("a third", "one fifth") ends as a noun phrase: before
// "of", a word that ends noun phrases, or no word at all. Before a noun it is the ordinal: "a
// third term".
auto const fraction_end = kw("of") | phrase_stop_word | !x3::ascii::alnum;
// the first test of each top rule
auto const cardinal_starts = &(x3::ascii::digit | cardinal_first_words);
auto const number_starts = &(x3::ascii::digit | number_first_words);
auto const quantity_starts = &(x3::ascii::digit | quantity_first_words);
auto const ordinal_starts = &(x3::ascii::digit | ordinal_first_words);
// An ordinal of several words goes on after its first word with a number word, an ordinal word,
// "and" or a hyphen. A number word followed by anything else ("two years") is no ordinal, and
// this test turns it away before its cardinal is read.
auto const ordinal_goes_on =
    &(x3::lexeme[+x3::ascii::alpha] >> ordinal_second_words);

// ---------------------------------------------------------------- actions

// below one hundred
auto const set_small = [](auto& ctx) {
    unsigned n = x3::_attr(ctx);
    piece k = n == 0 ? piece::closed : n < 10 ? piece::unit : piece::teen;
    x3::_val(ctx) = cardinal_reading{0, static_cast<double>(n), 0, k, k, false, false};
};
auto const set_tens = [](auto& ctx) {
    double n = x3::_attr(ctx);
    x3::_val(ctx) = cardinal_reading{0, n, 0, piece::tens, piece::tens, false, false};
};
auto const set_glued = [](auto& ctx) {  // "seventyseven"
    double n = at_c<0>(x3::_attr(ctx)) + at_c<1>(x3::_attr(ctx));
    x3::_val(ctx) = cardinal_reading{0, n, 0, piece::tens, piece::unit, false, false};
};
auto const add_unit = [](auto& ctx) {  // "seventy-seven"
    x3::_val(ctx).group += x3::_attr(ctx);
    x3::_val(ctx).last = piece::unit;
};

// numerals: the first term of a group
auto const copy_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const set_digits = [](auto& ctx) {
    double n = x3::_attr(ctx);
    x3::_val(ctx) = cardinal_reading{0, n, 0, piece::closed, piece::closed, true, false};
};
inline double decimal_fraction(std::string const& digits) {
    double f = 0, scale = 0.1;
    for (char c : digits) {
        f += (c - '0') * scale;
        scale /= 10;
    }
    return f;
}
auto const add_point = [](auto& ctx) {  // "two point five", "1 point 1"
    auto& v = x3::_val(ctx);
    if (v.group != std::floor(v.group)) {
        x3::_pass(ctx) = false;
        return;
    }
    v.group += decimal_fraction(x3::_attr(ctx));
    v.last = piece::closed;
};
auto const set_point = [](auto& ctx) {  // "point 77"
    double f = decimal_fraction(x3::_attr(ctx));
    x3::_val(ctx) = cardinal_reading{0, f, 0, piece::closed, piece::closed, true, false};
};
auto const set_one = [](auto& ctx) {  // "a" in "a hundred", "a million"
    x3::_val(ctx) = cardinal_reading{0, 1, 0, piece::unit, piece::unit, false, false};
};

// groups
auto const times_hundred = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.group *= 100;
    v.last = piece::hundred;
    v.hundreds = true;
};
auto const times_dozen = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.group *= 12;
    v.last = piece::closed;
    v.and_part = 0;
};
auto const mark_and = [](auto& ctx) {
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_val(ctx).and_part = x3::_attr(ctx).group;
};
// "and twelve", "and 21" after "hundred": 1..99, so "3 hundred and 0" and "3 hundred and 2.12
// hundred" stop after "3 hundred"
auto const check_tail = [](auto& ctx) {
    cardinal_reading const& t = x3::_attr(ctx);
    x3::_pass(ctx) = t.group >= 1 && t.group < 100 && t.group == std::floor(t.group);
    if (x3::_pass(ctx)) x3::_val(ctx) = t;
};
auto const add_tail = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    cardinal_reading const& t = x3::_attr(ctx);
    v.group += t.group;
    v.last = t.last;
    v.digits = v.digits || t.digits;
    v.and_part = t.and_part;
};

// chunks: a group and its scale words
auto const apply_scale = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    double s = x3::_attr(ctx);
    if (v.scale == 0) {
        v.total = v.group * s;
        v.group = 0;
        v.scale = s;
    } else if (s > v.scale) {  // "three thousand millions"
        v.total *= s;
        v.scale *= s;
    } else {
        x3::_pass(ctx) = false;
        return;
    }
    v.last = piece::scale;
    v.and_part = 0;
};

// cardinals: chunks with falling scales, "two million (and) three hundred thousand (and) five";
// "3 million and 4 million" is two numbers, and so is "3 million 200" (digits go on only with a
// hundred or a scale word: "4 thousand 3 hundred")
auto const append_chunk = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    bool after_and = at_c<0>(x3::_attr(ctx));
    cardinal_reading const& c = at_c<1>(x3::_attr(ctx));
    bool falls = v.last == piece::scale && (c.scale == 0 || c.scale < v.scale);
    bool words_or_counted = !c.digits || c.hundreds || c.scale > 0;
    if (!falls || !words_or_counted) {
        x3::_pass(ctx) = false;
        return;
    }
    if (c.scale > 0) {
        v.total += c.total;
        v.scale = c.scale;
        v.group = 0;
    } else {
        v.group = c.group;
    }
    v.last = c.last;
    v.hundreds = c.hundreds;
    v.digits = v.digits || c.digits;
    v.and_part = c.scale > 0 ? 0 : after_and ? c.group : c.and_part;
};

// ordinals
auto const set_piece = [](auto& ctx) {
    ordinal_word const& w = x3::_attr(ctx);
    x3::_val(ctx) = ordinal_reading{w.value, w.head, w.plural, w.fraction_only};
};
auto const set_glued_piece = [](auto& ctx) {  // "twentyfifth"
    double n = at_c<0>(x3::_attr(ctx)) + at_c<1>(x3::_attr(ctx));
    x3::_val(ctx) = ordinal_reading{n, piece::tens, false, false};
};
// a cardinal in words and the ordinal word that ends it: "one hundred twenty" + "fifth",
// "two" + "hundredth", "three" + "trillionth"
auto const join_ordinal = [](auto& ctx) {
    cardinal_reading const& c = at_c<0>(x3::_attr(ctx));
    ordinal_reading const& p = at_c<1>(x3::_attr(ctx));
    if (c.digits || !can_follow(c.last, p.first)) {
        x3::_pass(ctx) = false;
        return;
    }
    double value = 0;
    if (p.first == piece::hundred) {
        value = c.total + c.group * 100;
    } else if (p.first == piece::scale) {
        if (c.scale != 0 && p.value >= c.scale) {
            x3::_pass(ctx) = false;
            return;
        }
        value = c.total + c.group * p.value;
    } else {
        value = c.value() + p.value;
    }
    x3::_val(ctx) = ordinal_reading{value, c.first, p.plural, p.fraction_only};
};
// "first" and "second" are no denominators: "one second" is a time, "a second" an ordinal
auto const check_denominator = [](auto& ctx) {
    ordinal_reading const& d = x3::_attr(ctx);
    x3::_pass(ctx) = d.fraction_only || d.value >= 3;
    if (x3::_pass(ctx)) x3::_val(ctx) = d;
};
// an ordinal fits the AST's value; "fifths" and "quarter" are no ordinals
auto const to_ordinal = [](auto& ctx) {
    using value_type = decltype(ast::ordinal::value);
    ordinal_reading const& o = x3::_attr(ctx);
    x3::_pass(ctx) = !o.plural && !o.fraction_only && o.value >= 1 &&
                     o.value <= static_cast<double>(std::numeric_limits<value_type>::max()) &&
                     o.value == std::floor(o.value);
    if (x3::_pass(ctx)) x3::_val(ctx) = static_cast<value_type>(o.value);
};

// numbers: a cardinal and what follows it
auto const start_number = [](auto& ctx) {
    cardinal_reading const& c = x3::_attr(ctx);
    x3::_val(ctx) = number_state{c, c.value()};
};
// "three fifths", "one fifth", "twenty twenty-fifths", "two thirds of a million"; a singular
// denominator that would continue the cardinal makes an ordinal ("twenty fifth"), and one before
// a noun is an ordinal too ("one third term")
auto const apply_fraction = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    cardinal_reading const& h = v.head;
    ordinal_reading const& d = at_c<0>(x3::_attr(ctx));
    boost::optional<double> const& scale = at_c<1>(x3::_attr(ctx));
    bool ends = at_c<2>(x3::_attr(ctx));
    if (!d.plural && (can_follow(h.last, d.first) || !(scale || ends))) {
        x3::_pass(ctx) = false;
        return;
    }
    if (h.and_part > 0 && d.value < 20) {
        // a mixed number: "six million and two thirds" is 6e6 + 2/3 of a million
        double f = h.and_part / d.value;
        if (scale)
            f *= *scale;
        else if (h.scale > 0 && h.group == h.and_part)
            f *= h.scale;
        v.value = h.value() - h.and_part + f;
    } else {
        v.value = h.value() / d.value * (scale ? *scale : 1.0);
    }
};
// "one over 20", "2 out of 3", "1 in 5": "in" only for a part of a whole ("12 in six boxes" is
// two counts)
auto const apply_ratio = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    ratio_kind k = at_c<0>(x3::_attr(ctx));
    double d = at_c<1>(x3::_attr(ctx)).value();
    double n = v.head.value();
    if (d == 0 || (k == ratio_kind::in && !(n < d))) {
        x3::_pass(ctx) = false;
        return;
    }
    v.value = n / d;
};
// "five and a quarter", "3 million and a quarter" (of a million), "one billion and a quarter
// million"
auto const apply_mixed = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    double f = at_c<0>(x3::_attr(ctx));
    boost::optional<double> const& scale = at_c<1>(x3::_attr(ctx));
    if (scale)
        f *= *scale;
    else if (v.head.last == piece::scale && v.head.group == 0)
        f *= v.head.scale;
    v.value = v.head.value() + f;
};
// the fraction of a mixed number: simple ones ("a quarter", "one third", "two thirds"); after
// "and", "a thirtieth" or "a hundredth" starts a new item ("two hundred thirty-two and a
// thirtieth"), and "and twenty fifth" is an ordinal
auto const one_part = [](auto& ctx) {
    ordinal_reading const& d = x3::_attr(ctx);
    x3::_pass(ctx) = !d.plural && d.value < 20;
    if (x3::_pass(ctx)) x3::_val(ctx) = 1.0 / d.value;
};
auto const n_parts = [](auto& ctx) {
    cardinal_reading const& n = at_c<0>(x3::_attr(ctx));
    ordinal_reading const& d = at_c<1>(x3::_attr(ctx));
    x3::_pass(ctx) = d.value < 20 && (d.plural || !can_follow(n.last, d.first));
    if (x3::_pass(ctx)) x3::_val(ctx) = n.value() / d.value;
};
// "a fifth", "a hundredth", "a quarter of a million"; a singular one before a noun is the ordinal
// ("a third term"), "first" and "second" never fractions
auto const article_fraction = [](auto& ctx) {
    ordinal_reading const& d = at_c<0>(x3::_attr(ctx));
    boost::optional<double> const& scale = at_c<1>(x3::_attr(ctx));
    bool ends = at_c<2>(x3::_attr(ctx));
    x3::_pass(ctx) = !d.plural && (scale || ends);
    if (x3::_pass(ctx)) x3::_val(ctx) = (scale ? *scale : 1.0) / d.value;
};
auto const scaled_lead = [](auto& ctx) {  // "half a million", "quarter million"
    x3::_val(ctx) = at_c<0>(x3::_attr(ctx)) * at_c<1>(x3::_attr(ctx));
};
auto const set_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const set_half = [](auto& ctx) { x3::_val(ctx) = 0.5; };
auto const take_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).value; };
auto const apply_sign = [](auto& ctx) {
    double n = at_c<1>(x3::_attr(ctx));
    x3::_val(ctx) = at_c<0>(x3::_attr(ctx)) ? -n : n;
};

}  // namespace numbers_detail

// ================================================================ rule IDs

struct number_class : tag_span {};
struct quantity_class : tag_span {};
struct ordinal_class : tag_span {};
struct below_hundred_class;
struct point_digits_class;
struct digits_numeral_class;
struct hundred_tail_class;
struct small_numeral_class;
struct small_class;
struct chunk_class;
struct cardinal_class;
struct ordinal_piece_class;
struct ordinal_words_class;
struct ordinal_value_class;
struct denominator_class;
struct mixed_fraction_class;
struct scale_suffix_class;
struct fraction_class;
struct cardinal_number_class;
struct cardinal_count_class;
struct count_class;
struct unsigned_number_class;

// ================================================================ rules

using numbers_detail::cardinal_reading;
using numbers_detail::number_state;
using numbers_detail::ordinal_reading;

number_type const number = "number";
quantity_type const quantity = "quantity";
ordinal_type const ordinal = "ordinal";
x3::rule<below_hundred_class, cardinal_reading> const below_hundred = "number below one hundred";
x3::rule<point_digits_class, std::string> const point_digits = "digits after a decimal point";
x3::rule<digits_numeral_class, cardinal_reading> const digits_numeral = "number in digits";
x3::rule<hundred_tail_class, cardinal_reading> const hundred_tail = "tens and units after hundred";
x3::rule<small_numeral_class, cardinal_reading> const small_numeral = "number below one hundred";
x3::rule<small_class, cardinal_reading> const small = "number from 1 to 99";
x3::rule<chunk_class, cardinal_reading> const chunk = "number with scale words";
x3::rule<cardinal_class, cardinal_reading> const cardinal = "cardinal";
x3::rule<ordinal_piece_class, ordinal_reading> const ordinal_piece = "ordinal word";
x3::rule<ordinal_words_class, ordinal_reading> const ordinal_words = "ordinal in words";
x3::rule<ordinal_value_class, decltype(ast::ordinal::value)> const ordinal_value = "ordinal number";
x3::rule<denominator_class, ordinal_reading> const denominator = "denominator";
x3::rule<mixed_fraction_class, double> const mixed_fraction = "fraction after and";
x3::rule<scale_suffix_class, double> const scale_suffix = "scale of a fraction";
x3::rule<fraction_class, double> const fraction = "fraction";
x3::rule<cardinal_number_class, number_state> const cardinal_number = "number from a cardinal";
x3::rule<cardinal_count_class, number_state> const cardinal_count = "count and fraction";
x3::rule<count_class, double> const count = "count";
x3::rule<unsigned_number_class, double> const unsigned_number = "number without sign";

// ================================================================ grammar

using namespace numbers_detail;

// ---------------------------------------------------------------- cardinals

// 0..99: "seventeen", "seventy", "seventy-seven", "seventy seven", "seventyseven"
auto const below_hundred_def =
    x3::lexeme[tens_words >> digit_words >> word_end][set_glued] |
    word_in(tens_words)[set_tens] >> -(-x3::lit('-') >> word_in(digit_words))[add_unit] |
    word_in(unit_words)[set_small];

// "77" in "point 77", "nought four" in "nine point nought four"
auto const point_digits_def =
    x3::lexeme[+x3::ascii::digit >> word_end] | +word_in(point_digit_words);

// 1..99 after "hundred": words, or digits after "and" ("3 hundred and 21")
auto const digits_numeral_def = decimal[set_digits];
auto const small_numeral_def = below_hundred | digits_numeral;
auto const small_def = (kw("and") >> small_numeral)[mark_and] | below_hundred[copy_val];
auto const hundred_tail_def = small[check_tail] >> -dozen_word[times_dozen] >> !hundred_word;

// The layers of a chunk are expressions, not rules: their actions fill the chunk's own value.
// Cardinals are read at every number word the claim rules meet, and a rule call with a copy of
// the value per layer cost more than the words themselves.

// the first term of a group: words, digits ("3" in "3 hundred"), decimals ("two point two",
// "1 point 1", "point 77")
auto const numeral =
    decimal[set_digits] >> -(kw("point") >> point_digits)[add_point] |
    below_hundred_def >> -(kw("point") >> point_digits)[add_point] |
    kw("point") >> x3::lexeme[+x3::ascii::digit >> word_end][set_point];

// below a thousand, counted in dozens or not: "three hundred and twelve", "a hundred", "2.12
// hundred", "two dozen", "two hundred dozens", "three hundred and two dozens"; "3 hundred and
// 2 hundred" is two numbers
auto const group =
    (numeral | (article >> &(hundred_word | word_in(scale_words)))[set_one]) >>
    -(hundred_word[times_hundred] >> -(dozen_word[times_dozen] | hundred_tail[add_tail]) |
      dozen_word[times_dozen]);

// "two million", "three thousand millions"
auto const chunk_def = group >> *word_in(scale_words)[apply_scale];

// "seven hundred twenty-one thousand and twelve", "4 thousand 3 hundred"
auto const cardinal_def =
    cardinal_starts >> chunk_def >> *(x3::matches[kw("and")] >> chunk)[append_chunk];

// ---------------------------------------------------------------- ordinals and denominators

auto const ordinal_piece_def =
    word_in(ordinal_word_list)[set_piece] |
    x3::lexeme[tens_words >> unit_ordinal_words >> word_end][set_glued_piece];

// "fifth", "twenty-first", "twenty first", "one hundred and fifth", "two hundredth",
// "twenty-one trillion and three hundred twenty second"; as denominators also "fifths". Never
// after digits ("3 hundredth"): those are ordinal_digits' ("75th"), and a number in digits is
// turned away before its cardinal is read. One word first: no ordinal of several words begins
// with an ordinal word, and most ordinals are one word ("first").
auto const ordinal_words_def =
    !x3::ascii::digit >>
    (ordinal_piece[copy_val] |
     ordinal_goes_on >> (cardinal >> -(x3::lit('-') | kw("and")) >> ordinal_piece)[join_ordinal]);

auto const ordinal_value_def = ordinal_words[to_ordinal];

auto const denominator_def = ordinal_words[check_denominator];

// "a quarter", "one half", "two thirds": after "and" in a mixed number
auto const mixed_fraction_def =
    ((article | kw("one")) >> denominator)[one_part] | (below_hundred >> denominator)[n_parts];

// "million" in "quarter million", "of a million" in "two thirds of a million"
auto const scale_suffix_def = word_in(scale_words) | kw("of") >> article >> word_in(scale_words);

// fractions that begin a number: "a fifth", "a quarter of a million", "half a million",
// "quarter million", "half"
auto const fraction_def =
    (article >> denominator >> -scale_suffix >> x3::matches[&fraction_end])[article_fraction] |
    (word_in(fraction_leads) >> -article >> word_in(scale_words))[scaled_lead] |
    half_word[set_half];

// ---------------------------------------------------------------- numbers

// a cardinal, then a denominator, a ratio or a mixed number's fraction
auto const cardinal_number_def =
    cardinal[start_number] >>
    -((-x3::lit('-') >> denominator >> -scale_suffix >> x3::matches[&fraction_end])[apply_fraction] |
      (word_in(ratio_words) >> !year4 >> cardinal >> !word_in(time_units))[apply_ratio] |
      (kw("and") >> mixed_fraction >> -scale_suffix)[apply_mixed]);

auto const unsigned_number_def = word_in(number_phrases)[set_val] | fraction[set_val] |
                                 cardinal_number[take_value];

// "minus 5", "negative one over 20"
auto const number_def =
    number_starts >> (x3::matches[kw("minus") | kw("negative")] >> unsigned_number)[apply_sign];

// a count before a unit: a cardinal and a mixed number's fraction ("two and a half"), never a
// denominator, a ratio or a sign ("three quarters" may be nine months)
auto const cardinal_count_def =
    cardinal[start_number] >> -(kw("and") >> mixed_fraction >> -scale_suffix)[apply_mixed];
auto const count_def = cardinal_count[take_value];

// a count before a unit: exact phrases, numbers, vague phrases, and the article "a"/"an"
auto const quantity_def =
    quantity_starts >>
    (word_in(exact_counts) >> x3::attr(false) | count >> x3::attr(false) |
     word_in(vague_counts) >> x3::attr(true) |
     (kw("a") | kw("an") | kw("one") | kw("single")) >> x3::attr(1.0) >> x3::attr(false));

// ordinals: "75th", "seventy-fifth", "twenty first", "first", "hundredth", "two hundredth"
auto const ordinal_def =
    ordinal_starts >> (ordinal_digits >> x3::attr(false) | ordinal_value >> x3::attr(true));

BOOST_SPIRIT_DEFINE(number, quantity, ordinal, below_hundred, point_digits, digits_numeral,
                    hundred_tail, small_numeral, small, chunk, cardinal, ordinal_piece,
                    ordinal_words, ordinal_value, denominator, mixed_fraction, scale_suffix,
                    fraction, cardinal_number, cardinal_count, count, unsigned_number)

}  // namespace rules

rules::number_type const& number() { return rules::number; }
rules::quantity_type const& quantity() { return rules::quantity; }
rules::ordinal_type const& ordinal() { return rules::ordinal; }

}  // namespace claimcheck::grammar
