// Words for matching names and event words: the article's text split into lower-case ASCII-ish
// words, each with its byte span in the original. Hyphens and dashes separate words ("North
// Korea-China" -> north, korea, china; "Kim Jong-un" -> kim, jong, un); typographic apostrophes
// become ASCII; a possessive "'s" and trailing apostrophes and periods are dropped ("China's" ->
// china, "Workers'" -> workers, "U.S." -> u.s). Gazetteer phrases are split the same way, so both
// sides always agree.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

struct word {
    std::string_view text;        // normalized; points into words::buffer
    std::uint32_t begin = 0, end = 0;  // byte span in the original text
};

struct words {
    std::string buffer;  // the folded words, back to back; grows, never shrinks (views point into it)
    std::vector<word> list;

    // Splits `text` (UTF-8). Offsets are relative to text.data() plus `base`.
    void split(std::string_view text, std::uint32_t base = 0);
    // The same inside the `dense` ranges (sorted [begin, end) offsets into `text`); outside them
    // only the words that can start a name are read: a capitalised word, a "the" right before
    // it, and the `run` words after it ("Workers' Party of Korea"). Much less work on the long
    // stretches of an article that only matter for the names they mention.
    // With `names_outside` false, the text outside the dense ranges is not read at all.
    void split(std::string_view text, std::uint32_t base, std::vector<std::pair<std::size_t, std::size_t>> const& dense,
               std::size_t run, bool names_outside = true);
    // The index of the first word that ends after `offset` (list.size() if none).
    std::size_t at_or_after(std::uint32_t offset) const;

private:
    std::size_t used_ = 0;  // bytes of `buffer` holding words
    std::size_t read_word(std::string_view text, std::size_t i, std::uint32_t base);
};

// Hash and equality that let unordered maps keyed by std::string be searched with a
// std::string_view, without building a string per lookup.
struct text_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// The normalized words of a phrase, as owned strings (for building indexes).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace claimcheck::engine
