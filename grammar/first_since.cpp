// Instantiation of the first_since rules for the grammar's iterator and context, and nothing else.
#include "first_since_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(first_since_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
