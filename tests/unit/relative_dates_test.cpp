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
                      "2018-10-01", "2019-06-30"},
        // "over the weekend": the last one in a report, the coming one in a plan (2025-10-07 is a
        // Tuesday); the one under way on a weekend day
        relative_case{"Protesters gathered over the weekend.", "2025-10-07", "the weekend", "2025-10-04", "2025-10-05"},
        relative_case{"The talks will resume at the weekend.", "2025-10-07", "the weekend", "2025-10-11",
                      "2025-10-12"},
        relative_case{"Crowds gathered over the weekend.", "2025-10-11", "the weekend", "2025-10-11", "2025-10-12"},
        // abbreviated weekdays that are no other word ("Thu" and "Mon" with their dot)
        relative_case{"The minister said on Tue that", "2025-10-07", "Tue", "2025-10-07", "2025-10-07"},
        relative_case{"The vote is scheduled for Fri.", "2025-10-07", "Fri.", "2025-10-10", "2025-10-10"},
        relative_case{"the markets closed lower on Thurs", "2025-10-07", "Thurs", "2025-10-02", "2025-10-02"},
        relative_case{"trading resumed Mon. after the holiday", "2025-10-07", "Mon.", "2025-10-06", "2025-10-06"},
        // two whole dates joined by a dash or "to" are a range; a year on one end dates both
        relative_case{"The festival will run July 13 - July 15.", "2025-03-01", "July 13 - July 15", "2025-07-13",
                      "2025-07-15", "from"},
        relative_case{"APEC met in Korea Nov 18-Dec 19, 2015", "2018-10-24", "Nov 18-Dec 19, 2015", "2015-11-18",
                      "2015-12-19", "from"},
        relative_case{"the holidays from Dec 28 to Jan 3", "2025-12-01", "from Dec 28 to Jan 3", "2025-12-28",
                      "2026-01-03", "from"},
        relative_case{"the war lasted from 20.3.2003 to 1.5.2003", "2025-10-07", "from 20.3.2003 to 1.5.2003",
                      "2003-03-20", "2003-05-01", "from"},
        relative_case{"20.3.2003 - 1.5.2003", "2025-10-07", "20.3.2003 - 1.5.2003", "2003-03-20", "2003-05-01",
                      "from"},
        // after "between" or "from" a bare "May" is a month; a range that wraps ends the next year
        relative_case{"rainfall between March and May", "2025-10-07", "between March and May", "2025-03-01",
                      "2025-05-31", "from"},
        relative_case{"the season runs from May to March", "2025-04-10", "from May to March", "2025-05-01",
                      "2026-03-31", "from"}));

// "last" after an auxiliary is the verb: the duration after it is a length, not the weeks before
// the article date.
TEST(relative_dates_limits, last_as_a_verb_is_no_time) {
    for (std::string text : {"The strike could last three weeks.", "The course will last three weekends",
                             "the truce is expected to last two months", "It won't last two days"}) {
        auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
        ASSERT_EQ(mentions.size(), 1u) << text;
        EXPECT_EQ(mentions[0].type, "duration") << text;
        EXPECT_EQ(text.substr(mentions[0].start, 4), text.substr(text.find("last ") + 5, 4)) << text;
    }
    std::string text = "prices rose over the last three weeks";
    auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 1u);
    EXPECT_EQ(mentions[0].type, "time");
}

// Abbreviations that are English words, and "3 to 6 May" (two days in HeidelTime's reading), stay
// as they were.
TEST(relative_dates_limits, look_alikes_of_abbreviated_weekdays_and_ranges) {
    for (std::string text : {"she sat down", "under the midday sun", "the couple will wed in June",
                             "Nguyen Thu said", "the Mon ethnic group", "a 3-2 win", "call 555-1234",
                             "the fri-day sale"}) {
        auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
        for (auto const& m : mentions)
            if (m.type == "time") EXPECT_NE(m.time->prec, precision::day) << text << ": " << m.time->text;
    }
    std::string text = "3 to 6 May 2004";
    auto mentions = extract::find_mentions(text, parse_iso("2025-10-07"), extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 2u);
    EXPECT_EQ(mentions[1].time->relation, "at");
}

// An ISO date in a file name or an address starts a word of its own; other digits after a letter
// and a dash do not ("COVID-19", "F-16").
TEST(relative_dates_limits, an_iso_date_in_a_file_name) {
    std::string text = "The file's name is sales_report-2002-10-09.xlsx";
    auto mentions = extract::find_mentions(text, parse_iso("2020-05-14"), extract::default_tolerances());
    ASSERT_EQ(mentions.size(), 1u);
    EXPECT_EQ(text.substr(mentions[0].start, mentions[0].end - mentions[0].start), "2002-10-09");
    for (std::string other : {"the COVID-19 pandemic", "an F-16 jet", "route A-2019"}) {
        mentions = extract::find_mentions(other, parse_iso("2020-05-14"), extract::default_tolerances());
        EXPECT_TRUE(mentions.empty()) << other;
    }
}

// `claimcheck expr --prefer`: the occurrence of a date without a year, whatever the tense.
TEST(relative_dates_prefer, future_and_past_pick_the_next_and_the_last_occurrence) {
    auto ref = parse_iso("2013-02-12");  // a Tuesday
    auto first_time = [&](std::string const& text, extract::preference p) {
        auto mentions = extract::find_mentions(text, ref, extract::default_tolerances(), p);
        for (auto const& m : mentions)
            if (m.type == "time" && m.time->iv)
                return format_iso(m.time->iv->from) + ".." + format_iso(m.time->iv->to);
        return std::string("none");
    };
    using extract::preference;
    EXPECT_EQ(first_time("Aug 8", preference::tense), "2012-08-08..2012-08-08");
    EXPECT_EQ(first_time("Aug 8", preference::future), "2013-08-08..2013-08-08");
    EXPECT_EQ(first_time("Aug 8", preference::past), "2012-08-08..2012-08-08");
    EXPECT_EQ(first_time("beginning of January", preference::future).substr(0, 10), "2014-01-01");
    EXPECT_EQ(first_time("beginning of January", preference::past).substr(0, 10), "2013-01-01");
    EXPECT_EQ(first_time("the third quarter", preference::future), "2013-07-01..2013-09-30");
    EXPECT_EQ(first_time("on Friday", preference::future), "2013-02-15..2013-02-15");
    EXPECT_EQ(first_time("on Friday", preference::past), "2013-02-08..2013-02-08");
    // the current month is both the next and the last one
    EXPECT_EQ(first_time("in February", preference::future), "2013-02-01..2013-02-28");
    EXPECT_EQ(first_time("in February", preference::past), "2013-02-01..2013-02-28");
}

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
