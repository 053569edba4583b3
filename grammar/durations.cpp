// Instantiation of the duration rules for the grammar's iterator and context, and nothing else.
#include "durations_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(gap_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_word_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
