// The building blocks found in a text, for `claimcheck expr`: numbers, ordinals, durations and
// time expressions with their spans and normalized values. Claims are built from these; the
// peer-suite evaluation (scripts/peer_eval.py) scores them.
#pragma once

#include "extract/claim.hpp"
#include "extract/resolve.hpp"
#include "extract/tolerances.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::extract {

struct mention {
    std::string type;  // number|ordinal|duration|time
    std::size_t start = 0, end = 0;
    double value = 0;  // number, ordinal
    std::optional<duration_value> duration;
    std::optional<named_time> time;
};

// Maximal, non-overlapping mentions in text order; a number inside a duration, or a duration
// inside "two months ago", is not reported separately.
// `prefer` picks the occurrence of a date given without its year (resolve.hpp).
std::vector<mention> find_mentions(std::string_view text, std::optional<day_number> reference,
                                   tolerances const& tol, preference prefer = preference::tense);

}  // namespace claimcheck::extract
