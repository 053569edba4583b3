// The terminal session's text layout (src/tui/text): sanitizing untrusted text, wrapping styled
// spans to a width, cutting and rendering; and the review store's meta values the session keeps
// its position in.
#include <gtest/gtest.h>

#include "review/store.hpp"
#include "tui/text.hpp"

#include "run_binary.hpp"

#include <string>

namespace {

using claimcheck::tui::line;
using claimcheck::tui::style;
namespace tui = claimcheck::tui;

std::string plain(line const& l) {
    std::string s;
    for (auto const& x : l) s += x.text;
    return s;
}

TEST(TuiText, SanitizeRemovesControlsAndEscapes) {
    EXPECT_EQ(tui::sanitize("a\033[2Jb\tc\nd"), "a [2Jb c d");
    EXPECT_EQ(tui::sanitize("x\xC2\x9B" "y"), "x y");  // C1 CSI
    EXPECT_EQ(tui::sanitize("caf\xC3\xA9"), "caf\xC3\xA9");
    EXPECT_EQ(tui::sanitize("bad\xFF"), "bad?");
    EXPECT_EQ(tui::width("caf\xC3\xA9 \xE2\x80\xA6"), 6u);
}

TEST(TuiText, WrapsAtSpacesKeepsStylesAndIndents) {
    line l{{"The two leaders held ", style::plain}, {"their first talks in three years", style::highlight},
           {" on Thursday, a day after Kim stood on the rostrum.", style::plain}};
    auto lines = tui::wrap(l, 30, "", "  ");
    ASSERT_GE(lines.size(), 3u);
    std::string joined;
    bool highlighted = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_LE(tui::width(lines[i]), 30u) << plain(lines[i]);
        if (i > 0) EXPECT_EQ(plain(lines[i]).substr(0, 2), "  ");
        EXPECT_NE(plain(lines[i]).back(), ' ');
        for (auto const& s : lines[i]) highlighted |= s.st == style::highlight && s.text.find("talks") != std::string::npos;
        joined += plain(lines[i]) + "|";
    }
    EXPECT_TRUE(highlighted);
    EXPECT_EQ(joined.find("thei|r"), std::string::npos) << joined;  // words are not split
}

TEST(TuiText, SplitsWordsLongerThanTheLine) {
    auto lines = tui::wrap(line{{std::string(25, 'x'), style::plain}}, 10);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(plain(lines[0]), std::string(10, 'x'));
    EXPECT_EQ(plain(lines[2]), std::string(5, 'x'));
}

TEST(TuiText, CutAndRenderNeverExceedTheWidth) {
    line l{{std::string(50, 'a'), style::bold}, {"\xC3\xA9\xC3\xA9\xC3\xA9", style::plain}};
    EXPECT_EQ(tui::width(tui::cut(l, 20)), 20u);
    EXPECT_EQ(plain(tui::cut(l, 20)).back(), '>');
    std::string r = tui::render(l, 20);
    EXPECT_NE(r.find("\033[1m"), std::string::npos);
    EXPECT_EQ(tui::render(l, 20, false), std::string(19, 'a') + ">");
    EXPECT_EQ(tui::code_points("a\xC3\xA9" "b").size(), 3u);
}

TEST(ReviewStoreMeta, KeepsNamedValues) {
    auto dir = claimcheck::testing::temp_dir("store-meta");
    auto db = claimcheck::review::store::open((dir / "review.db").string());
    EXPECT_FALSE(db.meta("session_position"));
    db.set_meta("session_position", "abc");
    db.set_meta("session_position", "def");
    EXPECT_EQ(db.meta("session_position").value_or(""), "def");
    EXPECT_TRUE(db.history().empty());  // a position is not a decision
}

}  // namespace
