// Instantiation of the claim rules for the grammar's iterator and context, and nothing else.
#include "claim_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(claim_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
