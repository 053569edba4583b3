// Definitions of the number rules. Included by numbers.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "numbers.hpp"
#include "primitives.hpp"

namespace claimcheck::grammar {
namespace rules {

namespace numbers_detail {

// ---------------------------------------------------------------- word tables

struct unit_words_table : x3::symbols<unsigned> {
    unit_words_table() {
        add("zero", 0)("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)
           ("eight", 8)("nine", 9)("ten", 10)("eleven", 11)("twelve", 12)("thirteen", 13)
           ("fourteen", 14)("fifteen", 15)("sixteen", 16)("seventeen", 17)("eighteen", 18)
           ("nineteen", 19);
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
struct scale_words_table : x3::symbols<double> {
    scale_words_table() {
        add("thousand", 1e3)("million", 1e6)("billion", 1e9)("trillion", 1e12);
    }
};
struct ordinal_words_table : x3::symbols<unsigned> {
    ordinal_words_table() {
        add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)
           ("seventh", 7)("eighth", 8)("ninth", 9)("tenth", 10)("eleventh", 11)("twelfth", 12)
           ("thirteenth", 13)("fourteenth", 14)("fifteenth", 15)("sixteenth", 16)
           ("seventeenth", 17)("eighteenth", 18)("nineteenth", 19)("twentieth", 20)
           ("thirtieth", 30)("fortieth", 40)("fiftieth", 50)("sixtieth", 60)("seventieth", 70)
           ("eightieth", 80)("ninetieth", 90)("hundredth", 100)("thousandth", 1000);
    }
};
struct ordinal_digit_words_table : x3::symbols<unsigned> {  // what may follow "seventy-"
    ordinal_digit_words_table() {
        add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)
           ("seventh", 7)("eighth", 8)("ninth", 9);
    }
};
// Counts that are phrases: exact ones, and vague ones whose value is a conventional reading
// ("a few" = 3, as Recognizers-Text reads it; the duration keeps modifier `vague`).
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

unit_words_table const unit_words;
digit_words_table const digit_words;
tens_words_table const tens_words;
scale_words_table const scale_words;
ordinal_words_table const ordinal_words;
ordinal_digit_words_table const ordinal_digit_words;
exact_count_table const exact_counts;
vague_count_table const vague_counts;

template <typename Table>
auto word_in(Table const& table) {
    return x3::lexeme[table >> word_end];
}

// ---------------------------------------------------------------- actions

auto const set_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const add_val = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
auto const times_hundred = [](auto& ctx) { x3::_val(ctx) *= 100; };
auto const add_half = [](auto& ctx) { x3::_val(ctx) += 0.5; };
auto const set_one = [](auto& ctx) { x3::_val(ctx) = 1; };

// Accumulator for "two million three hundred thousand": the total so far and the group (0..999)
// being read.
struct accumulator {
    double total = 0;
    double group = 0;
};
auto const start_group = [](auto& ctx) { x3::_val(ctx).group = x3::_attr(ctx); };
auto const close_scale = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.total += (v.group == 0 ? 1 : v.group) * x3::_attr(ctx);
    v.group = 0;
};
auto const close_total = [](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.total += v.group;
    v.group = 0;
};
auto const take_total = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).total; };
auto const scale_val = [](auto& ctx) { x3::_val(ctx) *= x3::_attr(ctx); };

}  // namespace numbers_detail

// ================================================================ rule IDs

struct number_class : tag_span {};
struct quantity_class : tag_span {};
struct ordinal_class : tag_span {};
struct below_hundred_class;
struct below_thousand_class;
struct number_words_class;
struct count_class;
struct compound_ordinal_class;

// ================================================================ rules

number_type const number = "number";
quantity_type const quantity = "quantity";
ordinal_type const ordinal = "ordinal";
x3::rule<below_hundred_class, double> const below_hundred = "number below one hundred";
x3::rule<below_thousand_class, double> const below_thousand = "number below one thousand";
x3::rule<number_words_class, numbers_detail::accumulator> const number_words = "number in words";
x3::rule<count_class, double> const count = "count";
x3::rule<compound_ordinal_class, unsigned> const compound_ordinal = "compound ordinal";

// ================================================================ grammar

using namespace numbers_detail;

// 0..99: "seven", "seventeen", "seventy", "seventy-seven", "seventy seven"
auto const below_hundred_def =
    word_in(tens_words)[set_val] >> -(-x3::lit('-') >> word_in(digit_words)[add_val]) |
    word_in(unit_words)[set_val];

// 0..999: "one hundred and twelve", "a hundred", "hundred"
auto const hundred_tail = kw("hundred")[times_hundred] >> -(-kw("and") >> below_hundred[add_val]);
auto const below_thousand_def =
    below_hundred[set_val] >> -hundred_tail | ((kw("a") | kw("an")) >> &kw("hundred"))[set_one] >>
    hundred_tail;

// any size: "three billion", "two million three hundred thousand and five"
auto const number_words_def =
    below_thousand[start_group] >>
    *(word_in(scale_words)[close_scale] >> -(-kw("and") >> below_thousand[start_group])) >>
    x3::eps[close_total];

// digits, with an optional scale word ("1.5 million"), or words
auto const number_def =
    decimal[set_val] >> -word_in(scale_words)[scale_val] | number_words[take_total];

// a number followed by "and a half": "two and a half"
auto const count_def = number[set_val] >> -(kw("and") >> kw("a") >> kw("half"))[add_half];

// a count before a unit: exact phrases, numbers, vague phrases, and the article "a"/"an"
auto const quantity_def =
    word_in(exact_counts) >> x3::attr(false) | count >> x3::attr(false) |
    word_in(vague_counts) >> x3::attr(true) |
    (kw("a") | kw("an") | kw("one") | kw("single")) >> x3::attr(1.0) >> x3::attr(false);

// ordinals: "75th", "seventy-fifth", "twenty first", "first", "hundredth"
auto const compound_ordinal_def =
    x3::omit[word_in(tens_words)[set_val] >> -x3::lit('-') >> word_in(ordinal_digit_words)[add_val]];
auto const ordinal_def = ordinal_digits >> x3::attr(false) | compound_ordinal >> x3::attr(true) |
                         word_in(ordinal_words) >> x3::attr(true);

BOOST_SPIRIT_DEFINE(number, quantity, ordinal, below_hundred, below_thousand, number_words, count,
                    compound_ordinal)

}  // namespace rules

rules::number_type const& number() { return rules::number; }
rules::quantity_type const& quantity() { return rules::quantity; }
rules::ordinal_type const& ordinal() { return rules::ordinal; }

}  // namespace claimcheck::grammar
