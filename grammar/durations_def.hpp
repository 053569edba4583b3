// Definitions of the duration rules. Included by durations.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "durations.hpp"
#include "numbers.hpp"

namespace claimcheck::grammar {
namespace rules {

namespace durations_detail {

struct unit_table : x3::symbols<ast::unit> {
    unit_table() {
        using ast::unit;
        add("day", unit::day)("days", unit::day)("week", unit::week)("weeks", unit::week)
           ("month", unit::month)("months", unit::month)("year", unit::year)
           ("years", unit::year)("yr", unit::year)("yrs", unit::year)
           ("decade", unit::decade)("decades", unit::decade)("century", unit::century)
           ("centuries", unit::century);
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
           ("nearly", modifier::nearly)("almost", modifier::nearly)
           ("close to", modifier::nearly)("just shy of", modifier::nearly)
           ("the better part of", modifier::nearly)("not quite", modifier::nearly)
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

unit_table const units;
plural_unit_table const plural_units;
modifier_table const modifiers;

auto const modifier_word = x3::lexeme[modifiers >> word_end];

inline ast::quantity const one_and_a_half{{}, 1.5, false};
inline ast::quantity const unknown_count{{}, 0, true};

}  // namespace durations_detail

// ================================================================ rule IDs

struct duration_class : tag_span {};
struct gap_class : tag_span {};
struct unit_word_class;
struct counted_class;
struct modified_class;

// ================================================================ rules

duration_type const duration = "duration";
gap_type const gap = "duration or vague span";
unit_word_type const unit_word = "unit of time";
x3::rule<counted_class, ast::duration> const counted = "counted duration";
x3::rule<modified_class, ast::duration> const modified = "modified duration";

// ================================================================ grammar

using namespace durations_detail;

// "year", "years", "18-month" (the hyphen is taken by `counted`)
auto const unit_word_def = x3::lexeme[units >> word_end];

// a count and a unit, the modifier defaulting to exact: "six years", "a decade", "18-month",
// "half a century", "a year and a half"
auto const a_and_a_half =
    x3::omit[kw("a") | kw("an") | kw("one")] >> x3::attr(one_and_a_half) >> unit_word >>
    x3::omit[kw("and") >> kw("a") >> kw("half")];
auto const counted_def = x3::attr(ast::modifier::exact) >> a_and_a_half |
                         x3::attr(ast::modifier::exact) >> quantity() >> -x3::lit('-') >> unit_word;

// a modifier, when there is one, then the counted part; "some days" reads "some" as a count
auto const modified_def = modifier_word >> a_and_a_half |
                          modifier_word >> quantity() >> -x3::lit('-') >> unit_word;
auto const duration_def = modified | counted;

// the gap of a first-in-interval claim: a duration, or a vague span ("in years", "in many
// decades", "in a long time", "in recent memory")
auto const gap_def =
    duration |
    x3::attr(ast::modifier::vague) >> x3::attr(unknown_count) >>
        (x3::omit[-(kw("many") | kw("several") | kw("recent"))] >>
             x3::lexeme[plural_units >> word_end] |
         x3::omit[kw("a") >> (kw("long") >> kw("time") | kw("while") | kw("generation"))] >>
             x3::attr(ast::unit::year) |
         x3::omit[(kw("recent") | kw("living")) >> kw("memory")] >> x3::attr(ast::unit::decade));

BOOST_SPIRIT_DEFINE(duration, gap, unit_word, counted, modified)

}  // namespace rules

rules::duration_type const& duration() { return rules::duration; }
rules::gap_type const& gap() { return rules::gap; }
rules::unit_word_type const& unit_word() { return rules::unit_word; }

}  // namespace claimcheck::grammar
