// Definition of the first_since rule. Included by first_since.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "first_since.hpp"
#include "phrases.hpp"
#include "time.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct first_since_class : tag_span {};
struct since_event_words_class : tag_span {};
struct since_mention_class : tag_span {};
struct since_clause_words_class : tag_span {};
struct dated_since_clause_class : tag_span {};

// ================================================================ rules

first_since_type const first_since = "first-since claim";
x3::rule<since_event_words_class, ast::phrase> const since_event_words = "event words";
x3::rule<since_mention_class, ast::time_mention> const since_mention = "since and a time";
x3::rule<since_clause_words_class, ast::phrase> const since_clause_words = "clause after since";
x3::rule<dated_since_clause_class, ast::first_since> const dated_since_clause = "first-since with a clause";

// ================================================================ grammar


// "the first known visit to that country by a senior Chinese official | since ..."
auto const since_event_words_def = x3::omit[x3::repeat(0, 16)[!kw("since") >> word]];
auto const since_mention_def = &(kw("since") | kw("ever") >> kw("since")) >> time_mention();
// ", when Vice Foreign Minister Liu Zhenmin traveled there"
auto const when_clause = x3::omit[-x3::lit(',') >> kw("when")] >> clause();

// "the first senior Chinese official to visit North Korea since | Kim Jong Un took power | in
// 2011": up to ten words, then the time that ends the clause.
auto const since_clause_words_def =
    x3::omit[x3::repeat(1, 10)[!(kw("in") | kw("on")) >> !x3::lit(',') >> word] >>
             &((kw("in") | kw("on")) >> time_mention())];
auto const dated_since_clause_def = since_event_words >> x3::omit[kw("since")] >> since_clause_words >>
                                    time_mention() >> -when_clause;

auto const first_since_def = first_lead >> x3::omit[first_word] >>
                             (since_event_words >> x3::attr(boost::optional<ast::phrase>()) >> since_mention >>
                                  -when_clause |
                              dated_since_clause);

BOOST_SPIRIT_DEFINE(first_since, since_event_words, since_mention, since_clause_words, dated_since_clause)

}  // namespace rules

rules::first_since_type const& first_since() { return rules::first_since; }

}  // namespace claimcheck::grammar
