// Which claim kinds can start at a word. The extractor tries the grammar only at the word starts a
// trigger allows; this table narrows each attempt to the kinds whose rules can begin with that
// word ("in" can open a dated event or an elapsed claim, never an anniversary), so an attempt at
// an ordinary word costs one lookup instead of a pass through every rule.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimcheck::extract {

enum kind_bit : std::uint8_t {
    can_anniversary = 1u << 0,
    can_first = 1u << 1,  // first_in_interval and first_since
    can_elapsed = 1u << 2,
    can_nth = 1u << 3,
    can_dated = 1u << 4,
    can_any = 0x1F,
    can_follow = 1u << 5,  // not a start, but may follow a weak start word ("a year", "the same")
};

// The kinds that can start at `folded[pos]` (lower-case folded text). After a weak start word
// ("the", "a", "in", "last"...) the next word must be one a claim can go on with, so "the
// delegation" or "in Beijing" costs two lookups and no parse.
std::uint8_t kinds_starting_at(std::string_view folded, std::size_t pos);

}  // namespace claimcheck::extract
