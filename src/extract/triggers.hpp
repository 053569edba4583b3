// The cheap scan that decides where the grammar runs.
//
// News text is mostly not claims. Every claim contains a trigger word (a unit of time, a month or
// weekday, "first", "anniversary", an ordinal, a year in digits...), so the extractor scans the
// whole text once for these words at a few bytes per cycle and runs the grammar only in the
// sentences that hold one, starting at most `lookback` words before the trigger (a claim such as
// "less than two months after" starts three words before "months").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::extract {

struct trigger {
    std::uint32_t offset = 0;   // byte offset of the trigger word in the text
    std::uint8_t lookback = 0;  // how many words before it a claim may start
    bool anniversary = false;   // an anniversary word: any word in the window may open a claim
};

// Appends the triggers of text[begin, end) to `out`, in text order.
void find_triggers(std::string_view text, std::vector<trigger>& out);

}  // namespace claimcheck::extract
