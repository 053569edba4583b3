// Instantiation of the time-expression rules for the grammar's iterator and context, and nothing
// else.
#include "time_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(time_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(time_mention_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
