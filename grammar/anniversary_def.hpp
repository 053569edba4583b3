// Definition of the anniversary rule. Included by anniversary.cpp only.
#pragma once

#include "anniversary.hpp"
#include "ast_adapted.hpp"
#include "common.hpp"
#include "numbers.hpp"
#include "phrases.hpp"

namespace claimcheck::grammar {
namespace rules {

namespace anniversary_detail {

auto const anniversary_noun = kw("anniversary") | kw("anniversaries") | kw("birthday");
auto const founding_word = kw("founding") | kw("foundation") | kw("establishment");
// words that may follow the noun before "of": "the 80th anniversary celebrations of the party"
auto const celebration_word = kw("celebrations") | kw("celebration") | kw("festivities") |
                              kw("ceremony") | kw("ceremonies") | kw("events") | kw("year") |
                              kw("gala") | kw("commemorations");
auto const determiner = kw("the") | kw("its") | kw("their") | kw("his") | kw("her") |
                        kw("this") | kw("this year's") | kw("a") | kw("our");
auto const marking_verb = kw("marks") | kw("marking") | kw("mark") | kw("marked") |
                          kw("commemorate") | kw("commemorates") | kw("commemorating") |
                          kw("commemorated") | kw("celebrate") | kw("celebrates") |
                          kw("celebrating") | kw("celebrated");

auto const set_years = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).value; };
auto const set_count = [](auto& ctx) {
    double n = x3::_attr(ctx);
    x3::_pass(ctx) = n >= 1 && n <= 5000 && n == static_cast<unsigned>(n);
    x3::_val(ctx) = static_cast<unsigned>(n);
};
auto const set_named = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

}  // namespace anniversary_detail

// ================================================================ rule IDs

struct anniversary_class : tag_span {};
struct anniversary_years_class;
struct years_count_class;

// ================================================================ rules

anniversary_type const anniversary = "anniversary";
x3::rule<anniversary_years_class, unsigned> const anniversary_years = "anniversary number";
x3::rule<years_count_class, unsigned> const years_count = "number of years";

// ================================================================ grammar

using namespace anniversary_detail;

// "75th", "seventy-fifth", "75-year"
auto const anniversary_years_def =
    ordinal()[set_years] | (number() >> x3::omit[x3::lit('-') >> kw("year")])[set_count];
auto const years_count_def = number()[set_count];

auto const anniversary_tail =
    x3::omit[-founding_word >> anniversary_noun >> -celebration_word];
auto const of_phrase = x3::omit[kw("of")] >> noun_phrase();

auto const anniversary_def =
    // "the 75th anniversary of the founding of X", "its 80th founding anniversary"
    x3::attr(boost::optional<ast::phrase>{}) >> x3::omit[-determiner] >> anniversary_years >>
        anniversary_tail >> -of_phrase |
    // "the party's 80th anniversary"
    possessor() >> anniversary_years >> anniversary_tail >> x3::attr(boost::optional<ast::phrase>{}) |
    // "marks 70 years since Korea was freed from colonial rule": the event is a clause
    x3::attr(boost::optional<ast::phrase>{}) >> x3::omit[marking_verb] >> years_count >>
        x3::omit[kw("years") >> (kw("since") | kw("of") | kw("after"))] >> -clause() |
    // "the centenary of X", "the party's centenary"
    x3::attr(boost::optional<ast::phrase>{}) >> x3::omit[-determiner] >> named_anniversary >>
        -of_phrase |
    possessor() >> named_anniversary >> x3::attr(boost::optional<ast::phrase>{});

BOOST_SPIRIT_DEFINE(anniversary, anniversary_years, years_count)

}  // namespace rules

rules::anniversary_type const& anniversary() { return rules::anniversary; }

}  // namespace claimcheck::grammar
