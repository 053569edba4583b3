// Fusion adaptations of the AST, and nothing else (Spirit X3's example layout).
// Members that rules fill positionally are listed in the order the rules produce them; the
// `spanned` bases are filled by the tag_span handler, not by attribute propagation.
#pragma once

#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::quantity, value, vague)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::duration, mod, amount, u)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::ordinal, value, word)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::day_date, month, day, year)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::month_date, p, month, year, year_shift, month_shift)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::year_date, p, year, span_years)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::season_date, p, season, quarter, year, s)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::unit_ref, p, s, u, later, earlier)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::offset_ref, amount, dir)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::weekday_ref, s, weekday)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::deictic, days, now)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::anaphoric_ref, kind, u)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::time_mention, rel, time)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::anniversary, possessor, years, event)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::first_in_interval, event, gap)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::first_since, event, since_clause, since, when_clause)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::elapsed, form, gap, since, event)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::nth_occurrence, nth, event)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::dated_event, when, when_clause)
