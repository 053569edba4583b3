// Definition of the elapsed rule. Included by elapsed.cpp only.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "durations.hpp"
#include "elapsed.hpp"
#include "phrases.hpp"
#include "time.hpp"

#include <boost/fusion/include/at_c.hpp>

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct elapsed_class : tag_span {};
struct elapsed_since_class : tag_span {};
struct elapsed_gap_class : tag_span {};

// ================================================================ rules

elapsed_type const elapsed = "elapsed-time claim";
x3::rule<elapsed_since_class, ast::time_mention> const elapsed_since = "since and a time";
x3::rule<elapsed_gap_class, ast::elapsed> const elapsed_gap = "a duration after, before or since";

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

// The word after the duration says how it relates to the event: "after", "before", "since".
struct gap_relation_table : x3::symbols<form> {
    gap_relation_table() { add("after", form::after)("before", form::before)("since", form::since); }
};
gap_relation_table const gap_relations;
auto const gap_relation = x3::lexeme[gap_relations >> word_end];

// The duration is read once and the relation word after it picks the form (three alternatives
// that each began with duration() read it three times at every position). Built in an action, so
// the span is recorded by hand (calendar_words.hpp) and the rule has only this alternative: an
// action anywhere in a definition makes X3 parse that rule without its attribute.
auto const elapsed_mark_start = [](auto& ctx) { x3::_val(ctx).first = x3::_where(ctx).begin(); };
auto const build_elapsed_gap = [](auto& ctx) {  // duration, form, clause?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.gap = boost::fusion::at_c<0>(a);
    v.form = boost::fusion::at_c<1>(a);
    v.since.reset();
    v.event = boost::fusion::at_c<2>(a);
    v.last = x3::_where(ctx).begin();
};
auto const elapsed_gap_def =
    x3::omit[(x3::eps[elapsed_mark_start] >> duration() >> gap_relation >> -clause())[build_elapsed_gap]];

auto const elapsed_def =
    // "after three years of Covid-induced isolation"
    x3::attr(form::years_of) >> x3::omit[kw("after")] >> duration() >> no_time >>
        x3::omit[kw("of")] >> noun_phrase() |
    // "after a three-year hiatus"
    x3::attr(form::years_of) >> x3::omit[kw("after") >> (kw("a") | kw("an"))] >> duration() >>
        no_time >> &pause_noun >> noun_phrase() |
    // "less than two months after high-level delegations visited Pyongyang", "20 years since the
    // war ended"
    elapsed_gap |
    // "since early 2020, when it shut its borders"
    x3::attr(form::since) >> no_gap >> elapsed_since >> -when_clause |
    // "(no senior official has met him) in about two years": kept only in a negated sentence
    x3::attr(form::in_negated) >>
        x3::omit[(kw("in") | kw("for")) >> -(kw("the") >> (kw("past") | kw("last")))] >>
        gap() >> no_time >> no_event;

BOOST_SPIRIT_DEFINE(elapsed, elapsed_since, elapsed_gap)

}  // namespace rules

rules::elapsed_type const& elapsed() { return rules::elapsed; }

}  // namespace claimcheck::grammar
