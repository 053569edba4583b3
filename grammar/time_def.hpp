// Definitions of the time-expression rules. Included by time.cpp only: the alternatives of a time
// and the prepositions or relations in front of it. The dates themselves are in
// absolute_dates_def.hpp and relative_dates_def.hpp.
#pragma once

#include "absolute_dates.hpp"
#include "calendar_words.hpp"
#include "relative_dates.hpp"
#include "time.hpp"

#include <string_view>

namespace claimcheck::grammar {
namespace rules {

using namespace time_detail;

// ================================================================ rule IDs

struct time_expr_class;
struct time_mention_class : tag_span {};
struct prefixed_mention_class;

// ================================================================ rules

time_expr_type const time_expr = "time expression";
time_mention_type const time_mention = "time mention";
x3::rule<prefixed_mention_class, ast::time_mention> const prefixed_mention = "time and its preposition";
struct range_end_class;
x3::rule<range_end_class, ast::time_expr> const range_end = "end of a range";
struct whole_day_class;
x3::rule<whole_day_class, ast::time_expr> const whole_day = "a day with its month";

// ================================================================ grammar

// Order matters where two alternatives start alike: the longer reading first ("next week on
// Tuesday" is a weekday before it is a week; "2 weeks before today" an offset from a day before
// it is a plain offset).
auto const time_expr_def = year_season() | nth_weekday() | day_date() | relative_day() | month_date() | season_date() | year_date() | weekday_ref() |
                           unit_ref() | based_offset() | offset_ref() | deictic() | anaphoric_ref();

// a relation ("since", "until") or a placing preposition ("in", "on"), then the time; after a
// preposition a bare "May" or "Sept." is a month
auto const prefixed_mention_def = word_in(relations) >> (time_expr | bare_month() | bare_season()) |
                                  word_in(at_words) >> (time_expr | bare_month() | bare_season()) |
                                  x3::attr(ast::relation::at) >> time_expr;

// then a relation after the time can override: "on 2018 or later", "1/1/2016 and after". Built in
// an action, so the span is recorded by hand (calendar_words.hpp); the prefixed part stays a rule
// of its own because an action anywhere in a definition makes X3 parse that rule without its
// attribute.
auto const postfix_relation = x3::lexeme[postfix_relations >> word_end];
// The guard stands in front: a sequence that fails after its first part has already written that
// part's value into the enclosing optional ("after 2016 | and before 2018" would turn the first
// mention into "until 2016"). Not when another time follows ("after 2016 and before 2018": two
// mentions) nor "than" ("2018 or later than 2020": "later than" belongs to 2020).
auto const postfix_of_this_time = !(postfix_relation >> (time_expr | kw("than"))) >> postfix_relation;
auto const build_mention = [](auto& ctx) {  // mention, relation?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.rel = at_c<0>(a).rel;
    v.time = std::move(at_c<0>(a).time);
    if (at_c<1>(a)) v.rel = *at_c<1>(a);
};
auto const build_range = [](auto& ctx) {  // start, end
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.rel = ast::relation::from;
    v.time = std::move(at_c<0>(a));
    v.until = std::move(at_c<1>(a));
};
// Ranges, only where a word opens them: "from 2014 to 2018", "from Thursday through Saturday",
// "from 2014~2018", "between March and May" (after the opening word a bare "May" is a month).
// Without one, "3 to 6 May" stays two days; but two whole dates joined by a dash or "to" are a
// range however they are introduced: "July 13 - July 15", "20.3.2003 to 1.5.2003".
auto const range_link = kw("to") | kw("until") | kw("till") | kw("through") | kw("thru") | x3::lit('~');
auto const range_end_def = time_expr | bare_month() | bare_season();
auto const date_link = x3::lit('-') | kw("to") | kw("through") | kw("thru") | kw("until");
auto const time_mention_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("between")] >> range_end >> x3::omit[kw("and")] >> range_end)
                 [spanning(build_range)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("from")] >> range_end >> x3::omit[range_link] >> range_end)
                 [spanning(build_range)]] |
    x3::omit[(x3::eps[mark_start] >> whole_day >> x3::omit[date_link] >> whole_day)[spanning(build_range)]] |
    x3::omit[(x3::eps[mark_start] >> prefixed_mention >> -postfix_of_this_time)[spanning(build_mention)]];

// A day written with its month: "July 13", "20.3.2003"; not the "3" of "3 to 6 May", whose month
// is borrowed from the day after it (HeidelTime reads that as two days).
auto const keep_whole_day = [](auto& ctx) {
    ast::day_date const& d = x3::_attr(ctx);
    std::string_view span(d.first, static_cast<std::size_t>(d.last - d.first));
    x3::_pass(ctx) = span.find_first_of(" ./-") != std::string_view::npos;
    x3::_val(ctx) = d;
};
auto const whole_day_def = day_date()[keep_whole_day];

BOOST_SPIRIT_DEFINE(time_expr, time_mention, prefixed_mention, range_end, whole_day)

}  // namespace rules

rules::time_expr_type const& time_expr() { return rules::time_expr; }
rules::time_mention_type const& time_mention() { return rules::time_mention; }

}  // namespace claimcheck::grammar