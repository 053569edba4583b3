// Sentence boundaries, found locally: only around the places a trigger word was seen, so a
// corpus is never segmented as a whole.
//
// A boundary is ".", "!" or "?" (with closing quotes or brackets after it) followed by space and
// a capital, digit or opening quote, unless the word before the dot is an abbreviation ("Oct.",
// "Sept.", "Mr.", "U.S.") or an initial ("John F. Kennedy"). A blank line, and a line break after
// a line without final punctuation (a headline), are boundaries too.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck::extract {

struct sentence_span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The sentence of `text` that contains byte `pos`.
sentence_span sentence_at(std::string_view text, std::size_t pos);

}  // namespace claimcheck::extract
