// Claim extraction for one article: text in, normalized claims out.
//
// The stages, each a function in extractor.cpp:
//   find_triggers      text -> trigger words (one cheap pass over the bytes)
//   sentence_at        trigger -> its sentence (found locally, around the trigger only)
//   fold               sentence -> ASCII-folded copy + map back to the original bytes
//   parse_sentence     folded sentence -> claim ASTs (X3 `claim` rule tried at the word starts
//                      a trigger allows, leftmost first, never overlapping)
//   resolve_sentence   ASTs -> claims with dates: times resolved, anchors chosen, implied
//                      intervals computed with the tolerances
#pragma once

#include "extract/claim.hpp"
#include "extract/fold.hpp"
#include "extract/tolerances.hpp"
#include "extract/triggers.hpp"
#include "grammar/ast.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace claimcheck::extract {

class extractor {
public:
    explicit extractor(tolerances tol);

    // Appends the claims of `text`, in text order, with offsets into `text` and 1-based line and
    // column (columns count code points). One extractor per thread: it keeps scratch buffers.
    void extract(std::string_view text, std::optional<day_number> article_date,
                 std::vector<claim>& out);

private:
    struct parsed {
        ast::claim node;
        std::size_t begin = 0, end = 0;  // folded offsets
    };

    void parse_sentence();
    void resolve_sentence(std::string_view text, std::size_t sentence_begin,
                          std::size_t sentence_end, std::optional<day_number> article_date,
                          std::vector<claim>& out);

    tolerances tol_;
    std::vector<trigger> triggers_;
    folded_text folded_;
    std::vector<std::uint32_t> word_starts_;
    std::vector<std::uint32_t> candidates_;
    std::vector<std::uint8_t> anniversary_window_;  // per word: inside an anniversary trigger's window
    std::vector<parsed> parsed_;
    std::optional<named_time> previous_;  // the last time mentioned in the article so far
};

// Does a (lower-case) sentence speak of the future? Decides "on Friday" and "in September".
bool speaks_of_future(std::string_view lowered);
// Is the word at `pos` of the folded text "last" used as a verb ("the talks could last three
// weeks")? Then "last three weeks" is no time: the claims and mentions start after it.
bool last_is_verb(std::string_view folded, std::size_t pos);

// Byte offsets of the word starts of a folded sentence (where a claim may begin).
void find_word_starts(std::string_view folded, std::vector<std::uint32_t>& out);

}  // namespace claimcheck::extract
