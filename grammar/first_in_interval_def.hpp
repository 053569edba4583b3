// Definition of the first_in_interval rule. Included by first_in_interval.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "durations.hpp"
#include "first_in_interval.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct first_in_interval_class : tag_span {};
struct first_event_words_class : tag_span {};

// ================================================================ rules

first_in_interval_type const first_in_interval = "first-in-interval claim";
x3::rule<first_event_words_class, ast::phrase> const first_event_words = "event words";

// ================================================================ grammar

// "in more than a year", "in the past six years", "in years"
auto const gap_marker = kw("in") >> -(kw("the") >> (kw("past") | kw("last")));
auto const gap_part = x3::omit[gap_marker] >> gap();

// The words between "first" and the gap: "known visit by a high-ranking Chinese official to North
// Korea". "in" may appear inside ("visit in Beijing") as long as no gap follows it.
auto const first_event_words_def = x3::omit[x3::repeat(0, 16)[!(gap_marker >> gap()) >> word]];

auto const first_in_interval_def = first_lead >> x3::omit[first_word] >> first_event_words >>
                                   gap_part;

BOOST_SPIRIT_DEFINE(first_in_interval, first_event_words)

}  // namespace rules

rules::first_in_interval_type const& first_in_interval() { return rules::first_in_interval; }

}  // namespace claimcheck::grammar
