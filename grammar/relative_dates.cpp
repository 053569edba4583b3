// Instantiation of the relative dates rules for the grammar's iterator and context, and nothing else.
#include "relative_dates_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(unit_ref_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(offset_ref_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(weekday_ref_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(deictic_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(anaphoric_ref_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(based_offset_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(nth_weekday_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(relative_day_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_season_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
