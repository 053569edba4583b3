// Instantiation of the phrases rules for the grammar's iterator and context, and nothing else.
#include "phrases_def.hpp"

namespace claimcheck::grammar::rules {
BOOST_SPIRIT_INSTANTIATE(noun_phrase_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(possessor_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clause_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::rules
