// The top `claim` rule: its alternatives are ordered so that the specific kinds win over the
// generic dated event. The extractor tries the kinds one by one in the same order
// (src/extract/extractor.cpp); this test pins that order on the rule itself.
#include "grammar/claim.hpp"

#include <gtest/gtest.h>

#include <cstring>

namespace {

namespace x3 = boost::spirit::x3;
using namespace claimcheck;

struct rule_case {
    char const* text;  // lower case, as the extractor folds it
    int kind;          // index in ast::claim: 0 anniversary .. 5 dated_event
    char const* span;
};

class claim_rule : public ::testing::TestWithParam<rule_case> {};

TEST_P(claim_rule, picks_the_most_specific_kind) {
    auto const& c = GetParam();
    char const* first = c.text;
    char const* last = first + std::strlen(first);
    ast::claim node;
    ASSERT_TRUE(x3::phrase_parse(first, last, grammar::claim(), x3::ascii::space, node)) << c.text;
    EXPECT_EQ(node.get().which(), c.kind) << c.text;
    std::string consumed(c.text, static_cast<std::size_t>(first - c.text));
    while (!consumed.empty() && consumed.back() == ' ') consumed.pop_back();
    EXPECT_EQ(consumed, c.span);
}

INSTANTIATE_TEST_SUITE_P(
    order, claim_rule,
    ::testing::Values(
        rule_case{"the 80th anniversary of the party on oct. 10", 0, "the 80th anniversary of the party"},
        rule_case{"their first talks in six years", 1, "their first talks in six years"},
        rule_case{"for the first time since 2018", 2, "for the first time since 2018"},
        rule_case{"since early 2020, when it shut its borders", 3,
                  "since early 2020, when it shut its borders"},
        rule_case{"his fourth visit to china", 4, "his fourth visit to china"},
        rule_case{"in october 2015, liu yunshan held talks", 5, "in october 2015"},
        rule_case{"the first of may", 5, "the first of may"}));

TEST(claim_rule_negative, ordinary_words_are_no_claim) {
    for (char const* text : {"firstly, the minister", "first-half profits rose", "the 75th percentile",
                             "they may march", "won 3-2 on penalties"}) {
        char const* first = text;
        char const* last = first + std::strlen(first);
        ast::claim node;
        EXPECT_FALSE(x3::phrase_parse(first, last, grammar::claim(), x3::ascii::space, node)) << text;
    }
}

}  // namespace
