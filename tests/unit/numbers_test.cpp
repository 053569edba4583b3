// The number rules on their own: what grammar::number(), grammar::quantity() and
// grammar::ordinal() read from folded (lower-case) text, the value they give and where they stop.
// Each case parses from the start of its input, with the grammar's skipper, as the claim rules
// and `claimcheck expr` do; the consumed span is the input up to where the rule stopped.
#include "grammar/numbers.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>

namespace {

namespace x3 = boost::spirit::x3;
using namespace claimcheck;

template <typename Attribute>
struct parsed {
    Attribute value{};
    std::string span;       // what the rule consumed
    std::string node_span;  // the span the rule's handler recorded in a spanned node
};

// Rules may stop after the space that follows their last word (an optional part that did not
// match has skipped it); the mention loop trims it, and so do these spans.
std::string trimmed(char const* first, char const* last) {
    std::string s(first, last);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

template <typename Attribute, typename Rule>
std::optional<parsed<Attribute>> parse(Rule const& rule, std::string const& text) {
    char const* const begin = text.data();
    char const* first = begin;
    char const* const last = begin + text.size();
    parsed<Attribute> p;
    if (!x3::phrase_parse(first, last, rule, x3::ascii::space, p.value)) return std::nullopt;
    p.span = trimmed(begin, first);
    // the node points into `text`: read its span while `text` lives
    if constexpr (std::is_base_of_v<ast::spanned, Attribute>)
        p.node_span = p.value.first ? trimmed(p.value.first, p.value.last) : "(none)";
    return p;
}

// Values are compared relatively: fractions ("one over three") are not exact in binary.
void expect_value(double got, double expected) {
    EXPECT_NEAR(got, expected, std::abs(expected) * 1e-9 + 1e-12);
}

// ---------------------------------------------------------------- number()

struct number_case {
    char const* input;
    double value;
    char const* span;  // the rest of the input is left unread
};
std::ostream& operator<<(std::ostream& os, number_case const& c) { return os << '"' << c.input << '"'; }

number_case const numbers[] = {
    // digits
    {"75", 75, "75"},
    {"1,500 people", 1500, "1,500"},
    {"2.5", 2.5, "2.5"},
    {"1.5 million", 1.5e6, "1.5 million"},
    {"3 hundred", 300, "3 hundred"},
    {"2.12 hundred", 212, "2.12 hundred"},
    {"3 hundred and 21 are", 321, "3 hundred and 21"},
    {"4 thousand 3 hundred", 4300, "4 thousand 3 hundred"},
    {"200 dozens", 2400, "200 dozens"},
    // words
    {"zero", 0, "zero"},
    {"nought is 0", 0, "nought"},
    {"nil", 0, "nil"},
    {"seventeen", 17, "seventeen"},
    {"twenty-five", 25, "twenty-five"},
    {"thirty three", 33, "thirty three"},
    {"seventyseven", 77, "seventyseven"},
    {"one hundred and twelve", 112, "one hundred and twelve"},
    {"three hundred and thirty one", 331, "three hundred and thirty one"},
    {"two hundred and two thousand", 202000, "two hundred and two thousand"},
    {"seven hundred twenty-one thousand and twelve", 721012,
     "seven hundred twenty-one thousand and twelve"},
    {"two million three hundred thousand and five", 2300005,
     "two million three hundred thousand and five"},
    {"three thousand millions", 3e9, "three thousand millions"},
    {"a hundred", 100, "a hundred"},
    {"a million people", 1e6, "a million"},
    {"two dozen eggs", 24, "two dozen"},
    {"two hundred dozens", 2400, "two hundred dozens"},
    {"three hundred and two dozens", 324, "three hundred and two dozens"},
    // phrases
    {"a dozen", 12, "a dozen"},
    {"a dozen of", 12, "a dozen of"},
    {"half a dozen", 6, "half a dozen"},
    {"a couple of", 2, "a couple of"},
    {"a pair", 2, "a pair"},
    // spoken decimals
    {"two point two million", 2.2e6, "two point two million"},
    {"nine point nought four", 9.04, "nine point nought four"},
    {"naught point five", 0.5, "naught point five"},
    {"1 point 1", 1.1, "1 point 1"},
    {"point 77", 0.77, "point 77"},
    // ratios
    {"one over 20", 0.05, "one over 20"},
    {"1 over three", 1.0 / 3, "1 over three"},
    {"one over one hundred and twenty five", 0.008, "one over one hundred and twenty five"},
    {"two out of five hundred tvs", 0.004, "two out of five hundred"},
    {"1 in twenty-one", 1.0 / 21, "1 in twenty-one"},
    // fractions
    {"one fifth", 0.2, "one fifth"},
    {"one - fourth", 0.25, "one - fourth"},
    {"one-third of voters", 1.0 / 3, "one-third"},
    {"three quarters", 0.75, "three quarters"},
    {"two thirds of a million", 2e6 / 3, "two thirds of a million"},
    {"twenty twenty fifths", 0.8, "twenty twenty fifths"},
    {"one one hundred and fifth", 1.0 / 105, "one one hundred and fifth"},
    {"a fifth", 0.2, "a fifth"},
    {"an eighth of the vote", 0.125, "an eighth"},
    {"a hundredth", 0.01, "a hundredth"},
    {"a trillionth", 1e-12, "a trillionth"},
    {"a twenty-first", 1.0 / 21, "a twenty-first"},
    {"a half", 0.5, "a half"},
    {"a quarter of a million", 250000, "a quarter of a million"},
    {"quarter million", 250000, "quarter million"},
    {"half a million", 500000, "half a million"},
    {"half million eggs", 500000, "half million"},
    {"half people came", 0.5, "half"},
    // mixed numbers
    {"two and a half", 2.5, "two and a half"},
    {"five and a quarter", 5.25, "five and a quarter"},
    {"forty two and a third", 42 + 1.0 / 3, "forty two and a third"},
    {"one and a fourth", 1.25, "one and a fourth"},
    {"3 million and a quarter", 3.25e6, "3 million and a quarter"},
    {"one billion and a quarter million", 1000250000, "one billion and a quarter million"},
    {"six million and two thirds", 6e6 + 2e6 / 3, "six million and two thirds"},
    {"five billion and three quarters", 5.75e9, "five billion and three quarters"},
    // signs
    {"minus 5", -5, "minus 5"},
    {"minus 1,200,000", -1200000, "minus 1,200,000"},
    {"negative five hundred and four", -504, "negative five hundred and four"},
    {"negative one over 20", -0.05, "negative one over 20"},
    {"minus three million two hundred thousand", -3.2e6,
     "minus three million two hundred thousand"},
    // where a number stops early
    {"3 hundred and 2 hundred", 300, "3 hundred"},        // two numbers
    {"3 hundred and 2.12 hundred", 300, "3 hundred"},
    {"4 thousand 3 hundred and 0 are", 4300, "4 thousand 3 hundred"},  // "and 0" adds nothing
    {"3 hundred and negative one", 300, "3 hundred"},
    {"3 million and 4 million", 3e6, "3 million"},        // a range, not 3,000,004
    {"3 million 200 people", 3e6, "3 million"},
    {"4000 3 hundred", 4000, "4000"},
    {"12 in six boxes", 12, "12"},                         // "in" is a ratio only for a part
    {"3 in 2019", 3, "3"},                                 // a year after "in" is a date
    {"3 in 10 days", 3, "3"},                              // and so is a span of time
    {"one over 20 years", 1, "one"},
    {"twenty fifth anniversary", 20, "twenty"},            // "twenty fifth" is an ordinal
    {"one hundred and fifth", 100, "one hundred"},         // so is "one hundred and fifth"
    {"three trillionth", 3, "three"},
    {"one third term", 1, "one"},                          // an ordinal before a noun
    {"one second", 1, "one"},                              // a unit, not a half
    {"two seconds", 2, "two"},
    {"three-nought-four", 3, "three"},
    {"two and three", 2, "two"},
    {"two years", 2, "two"},
    {"18-month", 18, "18"},
    {"two hundred thirty two and a thirtieth", 232, "two hundred thirty two"},
};

class number_rule : public ::testing::TestWithParam<number_case> {};

TEST_P(number_rule, reads_the_value_and_stops_after_it) {
    auto const& c = GetParam();
    auto p = parse<double>(grammar::number(), c.input);
    ASSERT_TRUE(p) << "no parse";
    EXPECT_EQ(p->span, c.span);
    expect_value(p->value, c.value);
}
INSTANTIATE_TEST_SUITE_P(numbers, number_rule, ::testing::ValuesIn(numbers));

// Inputs where no number starts.
char const* const not_numbers[] = {
    "3-2",           // a score
    "555-0134",      // a phone number
    "10:30",         // a time
    "75th",          // an ordinal
    "1950s",         // a decade
    "a",             // the article alone
    "a third term",  // an ordinal
    "a second",
    "a first",
    "first",
    "firstly",
    "second",
    "fifths",
    "quarter",       // a unit ("the third quarter") unless a scale follows
    "thousands of people",
    "hundreds",
    "minus",
    "negative test",
    "half-hearted",
    "a few",         // vague: quantity() reads it, number() does not
    "several",
    "point",
    "at one point",
};

class not_a_number : public ::testing::TestWithParam<char const*> {};

TEST_P(not_a_number, does_not_parse) {
    auto p = parse<double>(grammar::number(), GetParam());
    EXPECT_FALSE(p) << "parsed \"" << p->span << "\" as " << p->value;
}
INSTANTIATE_TEST_SUITE_P(numbers, not_a_number, ::testing::ValuesIn(not_numbers));

// ---------------------------------------------------------------- quantity()

struct quantity_case {
    char const* input;
    double value;
    bool vague;
    char const* span;  // never the unit after the count
};
std::ostream& operator<<(std::ostream& os, quantity_case const& c) { return os << '"' << c.input << '"'; }

quantity_case const quantities[] = {
    {"two years", 2, false, "two"},
    {"75 years", 75, false, "75"},
    {"18-month", 18, false, "18"},
    {"twenty-five years", 25, false, "twenty-five"},
    {"five hundred and twelve days", 512, false, "five hundred and twelve"},
    {"a thousand years", 1000, false, "a thousand"},
    {"1.5 million years", 1.5e6, false, "1.5 million"},
    {"two dozen years", 24, false, "two dozen"},
    {"two point five years", 2.5, false, "two point five"},
    {"two and a half years", 2.5, false, "two and a half"},
    {"one and a half years", 1.5, false, "one and a half"},
    {"two and a quarter years", 2.25, false, "two and a quarter"},
    {"a couple of days", 2, false, "a couple of"},
    {"a dozen years", 12, false, "a dozen"},
    {"half a century", 0.5, false, "half a"},
    {"a quarter century", 0.25, false, "a quarter"},
    {"a year", 1, false, "a"},
    {"an hour", 1, false, "an"},
    {"one year", 1, false, "one"},
    {"single day", 1, false, "single"},
    {"several weeks", 3, true, "several"},
    {"a few decades", 3, true, "a few"},
    {"dozens of years", 24, true, "dozens of"},
    // a count never reads its unit, nor a fraction, a ratio or a sign
    {"three quarters", 3, false, "three"},
    {"2 quarters", 2, false, "2"},
    {"one over three years", 1, false, "one"},
    {"three fifths of the vote", 3, false, "three"},
    {"two years and three months", 2, false, "two"},
    {"two to three months", 2, false, "two"},
    {"twenty first", 20, false, "twenty"},
};

class quantity_rule : public ::testing::TestWithParam<quantity_case> {};

TEST_P(quantity_rule, reads_the_count_and_stops_before_the_unit) {
    auto const& c = GetParam();
    auto p = parse<ast::quantity>(grammar::quantity(), c.input);
    ASSERT_TRUE(p) << "no parse";
    EXPECT_EQ(p->span, c.span);
    EXPECT_EQ(p->node_span, c.span) << "the node's span";
    expect_value(p->value.value, c.value);
    EXPECT_EQ(p->value.vague, c.vague);
}
INSTANTIATE_TEST_SUITE_P(quantities, quantity_rule, ::testing::ValuesIn(quantities));

char const* const not_quantities[] = {
    "minus two years",
    "negative 3 days",
    "years",
    "first",
    "the year",
    "thousands of years",
    "3-2",
};

class not_a_quantity : public ::testing::TestWithParam<char const*> {};

TEST_P(not_a_quantity, does_not_parse) {
    auto p = parse<ast::quantity>(grammar::quantity(), GetParam());
    EXPECT_FALSE(p) << "parsed \"" << p->span << '"';
}
INSTANTIATE_TEST_SUITE_P(quantities, not_a_quantity, ::testing::ValuesIn(not_quantities));

// ---------------------------------------------------------------- ordinal()

struct ordinal_case {
    char const* input;
    double value;  // double: the widest ordinals do not fit every width of ast::ordinal::value
    bool word;
    char const* span;
};
std::ostream& operator<<(std::ostream& os, ordinal_case const& c) { return os << '"' << c.input << '"'; }

ordinal_case const ordinals[] = {
    // digits
    {"75th", 75, false, "75th"},
    {"1st", 1, false, "1st"},
    {"22nd", 22, false, "22nd"},
    {"3rd", 3, false, "3rd"},
    {"11th", 11, false, "11th"},
    // one word
    {"first", 1, true, "first"},
    {"second", 2, true, "second"},
    {"eleventh", 11, true, "eleventh"},
    {"twentieth", 20, true, "twentieth"},
    {"ninetieth", 90, true, "ninetieth"},
    {"hundredth", 100, true, "hundredth"},
    {"thousandth", 1000, true, "thousandth"},
    {"nineth meeting", 9, true, "nineth"},  // a common misspelling
    // compounds
    {"twenty-first", 21, true, "twenty-first"},
    {"thirty-first", 31, true, "thirty-first"},
    {"twenty first", 21, true, "twenty first"},
    {"forty - second", 42, true, "forty - second"},
    {"twentyfifth", 25, true, "twentyfifth"},
    {"fortysecond", 42, true, "fortysecond"},
    {"one hundred twenty fifth", 125, true, "one hundred twenty fifth"},
    {"one hundred twenty-fifth", 125, true, "one hundred twenty-fifth"},
    {"one hundred and fifth", 105, true, "one hundred and fifth"},
    {"one hundred and twenty first", 121, true, "one hundred and twenty first"},
    {"two hundredth", 200, true, "two hundredth"},
    {"a hundred and tenth", 110, true, "a hundred and tenth"},
    {"two thousand and first", 2001, true, "two thousand and first"},
    {"one thousand two hundredth", 1200, true, "one thousand two hundredth"},
    {"three hundred thousandth", 300000, true, "three hundred thousandth"},
    {"two millionth", 2e6, true, "two millionth"},
    // where an ordinal stops
    {"fourth visit", 4, true, "fourth"},
    {"75th percentile", 75, false, "75th"},
    {"twenty-first century", 21, true, "twenty-first"},
    {"first-ever", 1, true, "first"},
    {"third quarter", 3, true, "third"},
};

class ordinal_rule : public ::testing::TestWithParam<ordinal_case> {};

TEST_P(ordinal_rule, reads_the_value_and_stops_after_it) {
    auto const& c = GetParam();
    auto p = parse<ast::ordinal>(grammar::ordinal(), c.input);
    ASSERT_TRUE(p) << "no parse";
    EXPECT_EQ(p->span, c.span);
    EXPECT_EQ(p->node_span, c.span) << "the node's span";
    EXPECT_EQ(static_cast<double>(p->value.value), c.value);
    EXPECT_EQ(p->value.word, c.word);
}
INSTANTIATE_TEST_SUITE_P(ordinals, ordinal_rule, ::testing::ValuesIn(ordinals));

char const* const not_ordinals[] = {
    "firstly",
    "seconds",
    "fifths",           // a denominator
    "half",
    "quarter",
    "one fifth",        // a fraction: "one" cannot go on with "fifth"
    "a fifth",
    "a hundredth",
    "one one hundred and fifth",
    "three first-round picks",
    "twenty twenty fifths",
    "2019 first",       // digits never begin an ordinal in words
    "3 hundredth",
    "75",
    "seventy",
};

class not_an_ordinal : public ::testing::TestWithParam<char const*> {};

TEST_P(not_an_ordinal, does_not_parse) {
    auto p = parse<ast::ordinal>(grammar::ordinal(), GetParam());
    EXPECT_FALSE(p) << "parsed \"" << p->span << "\" as " << p->value.value;
}
INSTANTIATE_TEST_SUITE_P(ordinals, not_an_ordinal, ::testing::ValuesIn(not_ordinals));

// Ordinals beyond the range of ast::ordinal::value are not read at all (rather than wrapped):
// with a 32-bit value "three trillionth" is no ordinal, with a 64-bit one it is 3e12.
TEST(ordinal_rule_range, reads_what_fits_the_value_and_nothing_else) {
    using value_type = decltype(ast::ordinal::value);
    struct big {
        char const* input;
        double value;
    };
    for (big const& b : {big{"trillionth", 1e12}, big{"three trillionth", 3e12},
                         big{"a hundred trillionth", 1e14},
                         big{"twenty-one trillion and three hundred twenty second", 21000000000322}}) {
        auto p = parse<ast::ordinal>(grammar::ordinal(), b.input);
        if (b.value <= static_cast<double>(std::numeric_limits<value_type>::max())) {
            ASSERT_TRUE(p) << b.input;
            EXPECT_EQ(static_cast<double>(p->value.value), b.value) << b.input;
            EXPECT_EQ(p->span, b.input);
        } else {
            EXPECT_FALSE(p) << b.input << " parsed as " << p->value.value;
        }
    }
}

}  // namespace
