// Instantiation of the absolute dates rules for the grammar's iterator and context, and nothing else.
#include "absolute_dates_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(day_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bare_month_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(season_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bare_season_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
