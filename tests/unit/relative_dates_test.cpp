// Relative dates and time mentions: what `claimcheck expr` finds in a phrase and the interval it
// resolves to, against a reference date (the article date).
#include "extract/mentions.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace claimcheck;

struct relative_case {
    char const* text;
    char const* reference;  // YYYY-MM-DD
    char const* span;       // the time mention expected, as written
    char const* from;
    char const* to;
    char const* relation = "at";
};

class relative_dates : public ::testing::TestWithParam<relative_case> {};

TEST_P(relative_dates, resolve_against_the_reference_date) {
    auto const& c = GetParam();
    auto ref = parse_iso(c.reference);
    ASSERT_TRUE(ref);
    std::string text = c.text;
    auto mentions = extract::find_mentions(text, ref, extract::default_tolerances());
    extract::mention const* time = nullptr;
    for (auto const& m : mentions)
        if (m.type == "time") time = &m;
    ASSERT_NE(time, nullptr) << "no time in: " << c.text;
    EXPECT_EQ(text.substr(time->start, time->end - time->start), c.span);
    ASSERT_TRUE(time->time->iv) << time->time->problem;
    EXPECT_EQ(format_iso(time->time->iv->from), c.from) << c.text;
    EXPECT_EQ(format_iso(time->time->iv->to), c.to) << c.text;
    EXPECT_EQ(time->time->relation, c.relation) << c.text;
}

// 2017-11-15 is a Wednesday (the date of seed article 002); 2025-10-07 a Tuesday.
INSTANTIATE_TEST_SUITE_P(
    news, relative_dates,
    ::testing::Values(
        relative_case{"official media said Wednesday", "2017-11-15", "Wednesday", "2017-11-15", "2017-11-15"},
        relative_case{"he will leave for Pyongyang on Friday", "2017-11-15", "Friday", "2017-11-17", "2017-11-17"},
        relative_case{"the congress held late last month", "2017-11-15", "late last month", "2017-10-21", "2017-10-31"},
        relative_case{"it fired a missile two months ago", "2017-11-15", "two months ago", "2017-09-15", "2017-09-15"},
        relative_case{"since late October last year", "2017-11-15", "since late October last year", "2016-10-21",
                      "2016-10-31", "since"},
        relative_case{"the envoy will visit later this week", "2017-11-15", "later this week", "2017-11-15", "2017-11-19"},
        relative_case{"Trump and Xi agreed last week", "2017-11-15", "last week", "2017-11-06", "2017-11-12"},
        relative_case{"talks next week", "2025-10-07", "next week", "2025-10-13", "2025-10-19"},
        relative_case{"the first Friday of next month", "2025-10-07", "the first Friday of next month", "2025-11-07",
                      "2025-11-07"},
        relative_case{"the last Friday in October", "2025-10-07", "the last Friday in October", "2025-10-31",
                      "2025-10-31"},
        relative_case{"two weeks from next Tuesday", "2025-10-07", "two weeks from next Tuesday", "2025-10-28",
                      "2025-10-28"},
        relative_case{"over the last three months", "2025-10-07", "the last three months", "2025-07-07", "2025-10-06"},
        relative_case{"a meeting 1 month and 21 days ago", "2017-11-15", "1 month and 21 days ago", "2017-09-24",
                      "2017-09-24"},
        relative_case{"Tuesday of last week", "2025-10-07", "Tuesday of last week", "2025-09-30", "2025-09-30"},
        relative_case{"at the end of the following week", "2025-10-07", "the end of the following week", "2025-10-17",
                      "2025-10-19"},
        relative_case{"sales in 2018 or later", "2025-10-07", "2018 or later", "2018-01-01", "2018-12-31", "since"},
        relative_case{"after 2016 and before 2018", "2025-10-07", "before 2018", "2018-01-01", "2018-12-31", "before"},
        relative_case{"the project starts in the next decade", "2016-11-07", "the next decade", "2020-01-01",
                      "2029-12-31"}));

TEST(relative_dates_undated, count_from_the_time_mentioned_before_when_there_is_no_date) {
    std::string text = "In 2010, about twenty years ago";
    auto mentions = extract::find_mentions(text, std::nullopt, extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 2u);
    ASSERT_TRUE(mentions[1].time && mentions[1].time->iv);
    EXPECT_EQ(to_civil(mentions[1].time->iv->from).year, 1990);
    EXPECT_EQ(mentions[1].time->anchor, "previous_mention");
}

TEST(relative_dates_undated, stay_unresolved_without_any_anchor_and_say_why) {
    std::string text = "The envoy arrived last month.";
    auto mentions = extract::find_mentions(text, std::nullopt, extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 1u);
    EXPECT_FALSE(mentions[0].time->iv);
    EXPECT_NE(mentions[0].time->problem.find("no date"), std::string::npos);
}

}  // namespace
