// Instantiation of the number rules for the grammar's iterator and context, and nothing else.
#include "numbers_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ordinal_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
