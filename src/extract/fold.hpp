// ASCII folding for the grammar, with a map back to the original bytes.
//
// The grammar is ASCII: typographic quotes and apostrophes, dashes, ellipses and the Unicode
// spaces are folded to their ASCII forms, ASCII letters to lower case, and every run of whitespace
// becomes one space, so that "North Korea’s" and "north korea's" parse alike and the grammar
// needs no case-insensitive matching. Every folded byte remembers the original
// byte it came from, so spans always refer to the article as written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::extract {

struct folded_text {
    std::string text;
    // to_original[i] = offset in the original of folded byte i; one extra entry maps text.size()
    // to the end of the folded range.
    std::vector<std::uint32_t> to_original;

    std::size_t original(std::size_t folded_offset) const { return to_original[folded_offset]; }
    // The original offset just past folded byte folded_end - 1 (the end of a folded span); the
    // original text is needed to know how long that character's UTF-8 sequence is.
    std::size_t original_end(std::string_view original_text, std::size_t folded_end) const;
};

// Folds original[begin, end). Offsets in the result are absolute offsets into `original`.
void fold(std::string_view original, std::size_t begin, std::size_t end, folded_text& out);

}  // namespace claimcheck::extract
