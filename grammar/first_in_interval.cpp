// Instantiation of the first_in_interval rules for the grammar's iterator and context, and nothing else.
#include "first_in_interval_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(first_in_interval_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
