// Instantiation of the anniversary rules for the grammar's iterator and context, and nothing else.
#include "anniversary_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(anniversary_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
