// Sentence boundaries, ASCII folding and trigger words: the text stages before the grammar.
#include "extract/fold.hpp"
#include "extract/sentences.hpp"
#include "extract/triggers.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace claimcheck::extract;

std::string sentence_of(std::string const& text, std::string const& word) {
    auto pos = text.find(word);
    EXPECT_NE(pos, std::string::npos) << word;
    auto s = sentence_at(text, pos);
    return text.substr(s.begin, s.end - s.begin);
}

TEST(sentences, abbreviations_and_initials_do_not_end_sentences) {
    std::string const t =
        "Mr. Kim met Gen. Li on Oct. 25 in the U.S. capital. John F. Kennedy spoke. "
        "Talks ended in Sept. after a week.";
    EXPECT_EQ(sentence_of(t, "capital"), "Mr. Kim met Gen. Li on Oct. 25 in the U.S. capital.");
    EXPECT_EQ(sentence_of(t, "Kennedy"), "John F. Kennedy spoke.");
    EXPECT_EQ(sentence_of(t, "week"), "Talks ended in Sept. after a week.");
}

TEST(sentences, an_abbreviation_ends_a_sentence_before_a_typical_opener) {
    std::string const t = "He flew to the U.S. The talks began on Monday.";
    EXPECT_EQ(sentence_of(t, "Monday"), "The talks began on Monday.");
}

TEST(sentences, quotes_after_the_terminator_belong_to_the_sentence) {
    std::string const t = "\"We agreed,\" he said. \u201cIt is done.\u201d Then they left.";
    EXPECT_EQ(sentence_of(t, "agreed"), "\"We agreed,\" he said.");
    EXPECT_EQ(sentence_of(t, "done"), "\u201cIt is done.\u201d");
}

TEST(sentences, headlines_and_blank_lines_are_boundaries_but_hard_wraps_are_not) {
    std::string const t =
        "China North Korea Strengthen Ties Through New Agreements\n"
        "Xi referred to a recent meeting with Kim\nduring the visit in September.\n\nNext paragraph.";
    EXPECT_EQ(sentence_of(t, "September"), "Xi referred to a recent meeting with Kim\nduring the visit in September.");
    EXPECT_EQ(sentence_of(t, "Strengthen"), "China North Korea Strengthen Ties Through New Agreements");
}

TEST(fold, typography_folds_to_ascii_lower_case_and_maps_back) {
    std::string const t = "North Korea\u2019s \u201cparty\u201d \u2014 since\u00a0Sept.  15";
    folded_text f;
    fold(t, 0, t.size(), f);
    EXPECT_EQ(f.text, "north korea's \"party\" - since sept. 15");
    // every folded byte maps to the original character it came from
    auto apostrophe = f.text.find('\'');
    EXPECT_EQ(t.substr(f.original(apostrophe), 3), "\u2019");
    auto since = f.text.find("since");
    EXPECT_EQ(t.substr(f.original(since), 5), "since");
    EXPECT_EQ(f.to_original.back(), t.size());
}

TEST(triggers, find_claim_words_and_skip_ordinary_text) {
    std::string const t = "The 80th anniversary was marked in October 2015, for the first time.";
    std::vector<trigger> found;
    find_triggers(t, found);
    std::vector<std::string> words;
    for (auto const& tr : found) {
        auto end = t.find_first_of(" ,.", tr.offset);
        words.push_back(t.substr(tr.offset, end - tr.offset));
    }
    EXPECT_EQ(words, (std::vector<std::string>{"80th", "anniversary", "October", "2015", "first"}));
    found.clear();
    find_triggers("Officials said the talks went well and the delegation left.", found);
    EXPECT_TRUE(found.empty());
}

}  // namespace
