// Instantiation of the elapsed rules for the grammar's iterator and context, and nothing else.
#include "elapsed_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(elapsed_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
