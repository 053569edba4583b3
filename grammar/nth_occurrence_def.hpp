// Definition of the nth_occurrence rule. Included by nth_occurrence.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "nth_occurrence.hpp"
#include "numbers.hpp"
#include "phrases.hpp"
#include "time.hpp"

namespace claimcheck::grammar {
namespace rules {

namespace nth_detail {
// What can happen an nth time. A closed list: "the 75th percentile" or "a split second" are
// ordinals without an occurrence.
struct occurrence_table : x3::symbols<unsigned> {
    occurrence_table() {
        for (char const* noun :
             {"visit", "visits", "trip", "trips", "meeting", "meetings", "summit", "summits",
              "talks", "round", "session", "congress", "plenum", "plenary", "launch", "test",
              "time", "parade", "flight", "tour", "encounter", "conference", "appearance",
              "attempt", "election", "term", "phone call", "call", "visit abroad", "forum",
              "expedition", "mission", "match", "edition", "inspection"})
            add(noun, 1);
    }
};
occurrence_table const occurrences;
auto const occurrence_noun = x3::lexeme[occurrences >> word_end];
}  // namespace nth_detail

// ================================================================ rule IDs

struct nth_occurrence_class : tag_span {};
struct occurrence_phrase_class : tag_span {};

// ================================================================ rules

nth_occurrence_type const nth_occurrence = "nth-occurrence claim";
x3::rule<occurrence_phrase_class, ast::phrase> const occurrence_phrase = "occurrence";

// ================================================================ grammar

using namespace nth_detail;

// "visit to China", "known meeting between the two", "such visit", "plenary session", "trip
// abroad"; the phrase after the noun never swallows a time ("for the third time | in June 2018")
auto const occurrence_phrase_def =
    x3::omit[x3::repeat(0, 3)[!occurrence_noun >> !phrase_stop_word >> word] >> occurrence_noun >>
             -occurrence_noun >> -kw("abroad") >>
             -((kw("to") | kw("with") | kw("between") | kw("of") | kw("in") | kw("by")) >>
               !time_expr() >> noun_phrase())];

auto const nth_occurrence_def =
    x3::omit[-kw("for") >> -(kw("the") | kw("his") | kw("her") | kw("its") | kw("their") |
                              kw("a") | kw("our"))] >>
    ordinal() >> occurrence_phrase;

BOOST_SPIRIT_DEFINE(nth_occurrence, occurrence_phrase)

}  // namespace rules

rules::nth_occurrence_type const& nth_occurrence() { return rules::nth_occurrence; }

}  // namespace claimcheck::grammar
