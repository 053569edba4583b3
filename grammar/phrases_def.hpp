// Definitions of the phrase rules. Included by phrases.cpp only.
//
// Phrases are recognised, not analysed: the rule matches the words and the tag_span handler keeps
// where they are. The resolver (a later stage) reads the text; the grammar only needs to know
// where a phrase ends, which is why the stop words matter more than the words.
#pragma once

#include "common.hpp"
#include "numbers.hpp"
#include "phrases.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct noun_phrase_class : tag_span {};
struct possessor_class : tag_span {};
struct clause_class : tag_span {};
struct past_tense_class;

// ================================================================ rules

noun_phrase_type const noun_phrase = "noun phrase";
possessor_type const possessor = "possessor";
clause_type const clause = "clause";
x3::rule<past_tense_class> const past_tense = "word ending in -ed";

// ================================================================ grammar

// Up to twelve words, stopping before a clause link, a time preposition or an auxiliary:
// "the founding of North Korea's ruling Workers' Party | on September 9".
auto const noun_phrase_def = x3::omit[x3::repeat(1, 12)[!phrase_stop_word >> word]];

// Words ending in a possessive that stands right before an ordinal or a named anniversary:
// "North Korea's ruling Workers' Party's | 80th", "the party's | centenary". The difference operator keeps the repetition from eating the last
// possessive, which X3 would never give back.
// A word ending in "-ed" ("attended", "celebrated"): a verb, so no part of a possessor ("a vice
// premier attended | the republic's 75th birthday"). A rule of its own: the action inside would
// otherwise make X3 parse the possessor rule without its attribute.
auto const ends_in_ed = [](auto& ctx) {
    auto const& r = x3::_attr(ctx);
    x3::_pass(ctx) = r.size() > 3 && *(r.end() - 1) == 'd' && *(r.end() - 2) == 'e';
};
auto const past_tense_def = x3::lexeme[x3::raw[+x3::ascii::alpha][ends_in_ed] >> word_end];

// A cheap guard in front: the possessive word is one of the next seven words, and words are
// separated by spaces (a word never holds one), so without an apostrophe in the next seven runs
// of non-space characters the possessor cannot match. Most attempts stop here, before reading a
// word.
struct apostrophe_ahead_parser : x3::parser<apostrophe_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        Iterator it = first;
        for (int runs = 0; runs < 7; ++runs) {
            while (it != last && space(*it)) ++it;
            if (it == last) return false;
            for (; it != last && !space(*it); ++it)
                if (*it == '\'') return true;
        }
        return false;
    }
};
apostrophe_ahead_parser const apostrophe_ahead;

auto const anniversary_number = ordinal() | named_anniversary;
auto const possessor_def =
    &apostrophe_ahead >>
    x3::omit[x3::repeat(0, 6)[!phrase_stop_word >> !past_tense >>
                              (word - (possessive_word >> &anniversary_number))] >>
             !phrase_stop_word >> possessive_word >> &anniversary_number];

// Up to 30 words, stopping at any punctuation: "when | Vice Foreign Minister Liu traveled there".
auto const clause_def = x3::omit[x3::repeat(1, 30)[word]];

BOOST_SPIRIT_DEFINE(noun_phrase, possessor, clause, past_tense)

}  // namespace rules

rules::noun_phrase_type const& noun_phrase() { return rules::noun_phrase; }
rules::possessor_type const& possessor() { return rules::possessor; }
rules::clause_type const& clause() { return rules::clause; }

}  // namespace claimcheck::grammar
