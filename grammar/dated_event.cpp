// Instantiation of the dated_event rules for the grammar's iterator and context, and nothing else.
#include "dated_event_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(dated_event_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
