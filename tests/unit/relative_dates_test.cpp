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
        relative_case{"output grew from 2014 to 2018", "2025-10-07", "from 2014 to 2018", "2014-01-01", "2018-12-31",
                      "from"},
        relative_case{"talks between 2015 and 2018", "2025-10-07", "between 2015 and 2018", "2015-01-01",
                      "2018-12-31", "from"},
        relative_case{"he will visit from Thursday through Saturday", "2025-10-07", "from Thursday through Saturday",
                      "2025-10-09", "2025-10-11", "from"},
        relative_case{"sales in 2018 or later", "2025-10-07", "2018 or later", "2018-01-01", "2018-12-31", "since"},
        relative_case{"after 2016 and before 2018", "2025-10-07", "before 2018", "2018-01-01", "2018-12-31", "before"},
        relative_case{"the project starts in the next decade", "2016-11-07", "the next decade", "2020-01-01",
                      "2029-12-31"},
        // a season or quarter of a year named by its shift
        relative_case{"This year's summer was very hot.", "1999-12-30", "This year's summer", "1999-06-01",
                      "1999-08-31"},
        relative_case{"growth in next year's first quarter", "2018-09-06", "next year's first quarter",
                      "2019-01-01", "2019-03-31"},
        relative_case{"out the third quarter this year", "2016-11-07", "the third quarter this year",
                      "2016-07-01", "2016-09-30"},
        // a count back from a named day
        relative_case{"1 year ago tomorrow.", "2009-08-12", "1 year ago tomorrow", "2008-08-13", "2008-08-13"},
        // "after next" counts from the coming Friday
        relative_case{"they meet Friday after next", "2025-10-07", "Friday after next", "2025-10-17", "2025-10-17"},
        relative_case{"back before the twenty-sixth day of the month", "2020-07-01",
                      "before the twenty-sixth day of the month", "2020-07-26", "2020-07-26", "before"},
        relative_case{"next 6th of April", "2019-05-20", "next 6th of April", "2020-04-06", "2020-04-06"},
        relative_case{"around the 21st this month", "2018-08-08", "around the 21st this month", "2018-08-21",
                      "2018-08-21"},
        relative_case{"talks for the rest of the week", "2025-10-07", "the rest of the week", "2025-10-07",
                      "2025-10-12"},
        relative_case{"sales rose in the year-earlier first quarter", "2010-12-01", "the year-earlier first quarter",
                      "2009-01-01", "2009-03-31"},
        relative_case{"gains in this calendar year", "2019-06-18", "this calendar year", "2019-01-01", "2019-12-31"},
        // newswire: "earlier Monday" is a time of that Monday
        relative_case{"the ministry said earlier Monday", "2025-10-07", "earlier Monday", "2025-10-06", "2025-10-06"},
        relative_case{"less than 2 weeks from today", "2018-05-29", "less than 2 weeks from today", "2018-05-29",
                      "2018-06-11"},
        relative_case{"sales for the previous three quarters", "2019-07-04", "the previous three quarters",
                      "2018-10-01", "2019-06-30"}));

TEST(relative_dates_limits, a_hedged_in_duration_is_a_limit_not_a_point) {
    std::string text = "In no more than 20 years, the city completely changed.";
    auto mentions = extract::find_mentions(text, parse_iso("2010-02-17"), extract::default_tolerances());
    for (auto const& m : mentions) EXPECT_NE(m.type, "time") << text;
    text = "the new line opens in about two years";
    mentions = extract::find_mentions(text, parse_iso("2010-02-17"), extract::default_tolerances());
    ASSERT_FALSE(mentions.empty());
    EXPECT_EQ(mentions.back().type, "time");
}

TEST(relative_dates_limits, a_fraction_is_no_day) {
    std::string text = "a third of March's rain fell in one night";
    auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    for (auto const& m : mentions)
        if (m.type == "time") EXPECT_EQ(m.time->text.find("march"), std::string::npos) << m.time->text;
    ASSERT_FALSE(mentions.empty());
    EXPECT_EQ(mentions.front().type, "number");  // "a third"
    text = "the last third of March";
    mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    for (auto const& m : mentions)
        if (m.type == "time") EXPECT_NE(m.time->prec, precision::day) << m.time->text;
}

TEST(relative_dates_limits, a_relation_after_a_time_that_another_time_follows_is_not_the_first_ones) {
    std::string text = "after 2016 and before 2018";
    auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 2u);
    EXPECT_EQ(mentions[0].time->relation, "after");
    EXPECT_EQ(mentions[1].time->relation, "before");
    text = "sales between 2015 and 2018 or later than 2020";
    mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    ASSERT_FALSE(mentions.empty());
    EXPECT_EQ(mentions.back().time->relation, "after");
    EXPECT_EQ(text.substr(mentions.back().start, mentions.back().end - mentions.back().start), "later than 2020");
}

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
