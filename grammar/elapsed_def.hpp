// Definition of the elapsed rule. Included by elapsed.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "durations.hpp"
#include "elapsed.hpp"
#include "phrases.hpp"
#include "time.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct elapsed_class : tag_span {};
struct elapsed_since_class : tag_span {};

// ================================================================ rules

elapsed_type const elapsed = "elapsed-time claim";
x3::rule<elapsed_since_class, ast::time_mention> const elapsed_since = "since and a time";

// ================================================================ grammar

using form = ast::elapsed_form;
auto const no_gap = x3::attr(boost::optional<ast::duration>{});
auto const no_time = x3::attr(boost::optional<ast::time_mention>{});
auto const no_event = x3::attr(boost::optional<ast::phrase>{});

auto const elapsed_since_def = &(kw("since") | kw("ever") >> kw("since")) >> time_mention();
auto const when_clause = x3::omit[-x3::lit(',') >> kw("when")] >> clause();

// what a gap can be called: "after a three-year hiatus"
auto const pause_noun = kw("hiatus") | kw("gap") | kw("break") | kw("absence") | kw("pause") |
                        kw("lull") | kw("freeze") | kw("suspension") | kw("interval") |
                        kw("halt") | kw("standoff") | kw("stalemate") | kw("shutdown");

auto const elapsed_def =
    // "after three years of Covid-induced isolation"
    x3::attr(form::years_of) >> x3::omit[kw("after")] >> duration() >> no_time >>
        x3::omit[kw("of")] >> noun_phrase() |
    // "after a three-year hiatus"
    x3::attr(form::years_of) >> x3::omit[kw("after") >> (kw("a") | kw("an"))] >> duration() >>
        no_time >> &pause_noun >> noun_phrase() |
    // "less than two months after high-level delegations visited Pyongyang"
    x3::attr(form::after) >> duration() >> x3::omit[kw("after")] >> no_time >> -clause() |
    x3::attr(form::before) >> duration() >> x3::omit[kw("before")] >> no_time >> -clause() |
    // "20 years since the war ended"
    x3::attr(form::since) >> duration() >> x3::omit[kw("since")] >> no_time >> -clause() |
    // "since early 2020, when it shut its borders"
    x3::attr(form::since) >> no_gap >> elapsed_since >> -when_clause |
    // "(no senior official has met him) in about two years": kept only in a negated sentence
    x3::attr(form::in_negated) >>
        x3::omit[(kw("in") | kw("for")) >> -(kw("the") >> (kw("past") | kw("last")))] >>
        gap() >> no_time >> no_event;

BOOST_SPIRIT_DEFINE(elapsed, elapsed_since)

}  // namespace rules

rules::elapsed_type const& elapsed() { return rules::elapsed; }

}  // namespace claimcheck::grammar
