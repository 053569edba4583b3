// Instantiation of the nth_occurrence rules for the grammar's iterator and context, and nothing else.
#include "nth_occurrence_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(nth_occurrence_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
