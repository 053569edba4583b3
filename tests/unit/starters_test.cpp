// The start-word table and the dated-event filter of src/extract/starters.cpp: an attempt is
// skipped only where the grammar cannot read the next word; whatever it may read is kept.
#include "extract/starters.hpp"

#include <gtest/gtest.h>

#include <string>

using claimcheck::extract::can_dated;
using claimcheck::extract::can_elapsed;
using claimcheck::extract::kinds_starting_at;

namespace {
bool dated(std::string const& folded) { return (kinds_starting_at(folded, 0) & can_dated) != 0; }
}  // namespace

TEST(Starters, DatedSkippedBeforeWordsTheGrammarDoesNotKnow) {
    EXPECT_FALSE(dated("may strengthen the president's hand"));
    EXPECT_FALSE(dated("may this be the start"));
    EXPECT_FALSE(dated("may the better side win"));
    EXPECT_FALSE(dated("75th percentile of incomes"));
    EXPECT_FALSE(dated("the 75th percentile of incomes"));
    EXPECT_FALSE(dated("first elected in 2010"));
    EXPECT_FALSE(dated("since the last census"));
    EXPECT_FALSE(dated("by the third reading"));
    EXPECT_FALSE(dated("fifth."));
    EXPECT_FALSE(dated("by a fifth."));
    EXPECT_FALSE(dated("a fifth, the court said"));
    EXPECT_FALSE(dated("first half."));
    EXPECT_FALSE(dated("in a bad-tempered first half"));
    EXPECT_FALSE(dated("in the 75th percentile"));
    EXPECT_FALSE(dated("seventh in the 10,000 metres"));
    EXPECT_FALSE(dated("the first time since 2018"));
    EXPECT_FALSE(dated("first-half profits"));
}

TEST(Starters, DatedKeptWhereATimeMayFollow) {
    for (char const* s : {"may 5, 2019", "may 5", "may the 5th", "may the fifth", "may this year",
                          "may this past year", "may of 2019", "may and june 2011", "may twentyfirst",
                          "may.", "may", "nov. 3", "march-2019", "the 75th anniversary", "the 5th of may",
                          "the first week of june", "the first half of 2020", "the last week of june",
                          "the day before yesterday", "the 1990s", "first quarter", "fifth straight year",
                          "21st of june", "21st century", "since the 1990s", "since the end of the war",
                          "since may", "since march", "by the end of the year", "by 2020",
                          "third day of the month", "the last day of the month",
                          "in a year", "in the first half of 2020", "in the 1990s", "on the 5th of may",
                          "at the end of the month", "in may", "in march", "a fifth of a century ago",
                          "a year ago", "21st-century",
                          "in early may", "in the last 20 years", "by a year", "second half of 2019",
                          "21st-century", "third-quarter profits", "5th-6th may"})
        EXPECT_TRUE(dated(s)) << s;
}

TEST(Starters, ElapsedSkippedWhereNoDurationFollows) {
    auto elapsed = [](std::string const& s) { return (kinds_starting_at(s, 0) & can_elapsed) != 0; };
    EXPECT_FALSE(elapsed("75th percentile of incomes"));
    EXPECT_FALSE(elapsed("a fifth."));
    EXPECT_FALSE(elapsed("the first time since 2018"));
    EXPECT_TRUE(elapsed("the fifth straight year since"));
    EXPECT_TRUE(elapsed("a year after the war"));
    EXPECT_TRUE(elapsed("the past two years since"));
    EXPECT_TRUE(elapsed("since 2018"));
    EXPECT_TRUE(elapsed("after a three-year hiatus"));
}
