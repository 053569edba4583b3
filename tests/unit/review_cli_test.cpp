// `claimcheck review` and the review store inside `check`, end to end on a copy of the example
// corpus: reviews that pass findings, event links that change them, stale reviews, exports, and
// the errors (exit 2).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_binary.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;
using json = nlohmann::json;

// A fresh copy of examples/corpus in its own folder; commands run there with a fixed reviewer and
// clock.
struct corpus_copy {
    fs::path dir;
    explicit corpus_copy(std::string const& name) : dir(temp_dir(name)) {
        fs::copy(fs::path(source) / "examples" / "corpus", dir / "corpus", fs::copy_options::recursive);
    }
    std::string cmd(std::string const& args, std::string const& who = "tester") const {
        return "cd '" + dir.string() + "' && CLAIMCHECK_REVIEWER=" + who +
               " CLAIMCHECK_NOW=2025-09-08T12:00:00Z '" + binary + "' " + args;
    }
    claimcheck::testing::run_result check(std::string const& args = "--format json") const {
        return run(cmd("check corpus " + args + " 2>/dev/null"));
    }
    claimcheck::testing::run_result review(std::string const& args, std::string const& who = "tester") const {
        return run(cmd("review " + args + " --corpus corpus 2>&1", who));
    }
    fs::path db() const { return dir / "corpus" / ".claimcheck" / "review.db"; }
};

std::vector<json> of_kind(json const& doc, std::string const& kind) {
    std::vector<json> out;
    for (auto const& f : doc["findings"])
        if (f["kind"] == kind) out.push_back(f);
    return out;
}

std::string shell_quoted(std::string const& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

void replace_in_file(fs::path const& p, std::string const& from, std::string const& to) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(p, std::ios::binary) << text;
}

TEST(ReviewCli, FalseAlarmsNoLongerFailTheCheck) {
    corpus_copy c("review-e2e");
    // Without a store, check never creates one.
    auto first = c.check();
    ASSERT_EQ(first.status, 1) << first.out;
    EXPECT_FALSE(fs::exists(c.db()));
    auto doc = json::parse(first.out);
    auto conflicts = of_kind(doc, "conflict");
    ASSERT_GE(conflicts.size(), 1u);
    EXPECT_FALSE(doc["findings"][0].contains("review"));

    for (auto const& f : conflicts) {
        std::string fp = f["fingerprint"];
        // a whole fingerprint first (nothing is known about the store yet)
        auto r = c.review("set " + fp + " --status false-alarm --reason misparse --note 'read as a gap'");
        EXPECT_EQ(r.status, 0) << r.out;
        EXPECT_NE(r.out.find(fp + ": false-alarm (misparse)"), std::string::npos) << r.out;
    }
    ASSERT_TRUE(fs::exists(c.db()));

    auto second = c.check();
    ASSERT_EQ(second.status, 0) << second.out;
    auto after = json::parse(second.out);
    EXPECT_EQ(after["summary"]["conflicts"], 0);
    EXPECT_EQ(after["summary"]["reviewed"], conflicts.size());
    EXPECT_EQ(after["summary"]["stale_reviews"], 0);
    auto reviewed = of_kind(after, "conflict");
    ASSERT_EQ(reviewed.size(), conflicts.size());
    for (auto const& f : reviewed) {
        ASSERT_TRUE(f["review"].is_object()) << f.dump();
        EXPECT_EQ(f["review"]["status"], "false-alarm");
        EXPECT_EQ(f["review"]["reason"], "misparse");
        EXPECT_EQ(f["review"]["note"], "read as a gap");
        EXPECT_EQ(f["review"]["reviewer"], "tester");
        EXPECT_EQ(f["review"]["updated_at"], "2025-09-08T12:00:00Z");
    }
    for (auto const& f : of_kind(after, "corroboration")) EXPECT_TRUE(f["review"].is_null());

    auto text = c.check("--format text --color never");
    EXPECT_EQ(text.status, 0);
    EXPECT_NE(text.out.find(std::to_string(conflicts.size()) + " reviewed"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("conflict (reviewed: false-alarm):"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("review: false-alarm (misparse) by tester at 2025-09-08T12:00:00Z: read as a gap"),
              std::string::npos);

    // The CI formats: no JUnit failure, a notice instead of an error, the status in Markdown.
    auto junit = c.check("--format junit");
    EXPECT_EQ(junit.out.find("<failure"), std::string::npos) << junit.out;
    auto github = c.check("--format github");
    EXPECT_EQ(github.out.find("::error"), std::string::npos) << github.out;
    auto markdown = c.check("--format markdown");
    EXPECT_NE(markdown.out.find("review: **false-alarm** (misparse) by tester: read as a gap"), std::string::npos)
        << markdown.out;

    // Back to confirmed (by a unique prefix): the run fails again.
    std::string fp = conflicts.front()["fingerprint"];
    auto r = c.review("set " + fp.substr(0, 10) + " --status confirmed", "rita");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(c.check().status, 1);

    // The history has every change, who and when.
    auto h = c.review("history " + fp.substr(0, 10));
    EXPECT_EQ(h.status, 0) << h.out;
    EXPECT_NE(h.out.find("tester  status: (none) -> 'false-alarm'"), std::string::npos) << h.out;
    EXPECT_NE(h.out.find("rita  status: 'false-alarm' -> 'confirmed'"), std::string::npos) << h.out;
    EXPECT_NE(h.out.find("rita  reason: 'misparse' -> (none)"), std::string::npos) << h.out;

    // list: by status, as JSON
    auto l = c.review("list --status confirmed --format json");
    ASSERT_EQ(l.status, 0) << l.out;
    auto listed = json::parse(l.out);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["fingerprint"], fp);
    EXPECT_EQ(listed[0]["reviewer"], "rita");
    EXPECT_EQ(listed[0]["kind"], "conflict");
    EXPECT_EQ(listed[0]["stale"], false);

    // An explicit --db works alike, and SARIF marks reviewed results as suppressed.
    auto other = c.dir / "elsewhere.db";
    EXPECT_EQ(run(c.cmd("review set " + fp + " --status resolved --db " + other.string())).status, 0);
    auto sarif = run(c.cmd("check corpus --format sarif --db " + other.string() + " 2>/dev/null"));
    EXPECT_EQ(sarif.status, conflicts.size() > 1 ? 1 : 0);
    EXPECT_NE(sarif.out.find("\"suppressions\""), std::string::npos);
}

TEST(ReviewCli, InvalidValuesExitTwo) {
    corpus_copy c("review-errors");
    std::string fp(32, 'a');
    EXPECT_EQ(c.review("set " + fp + " --status wontfix").status, 2);
    EXPECT_EQ(c.review("set " + fp + " --status false-alarm --reason typo").status, 2);
    auto r = c.review("set " + fp + " --status false-alarm");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("reason"), std::string::npos) << r.out;
    EXPECT_EQ(c.review("set " + fp + " --status confirmed --reason misparse").status, 2);
    EXPECT_EQ(c.review("set zz --status confirmed").status, 2);  // no such finding, not a fingerprint
    EXPECT_EQ(c.review("claim a 'the 70th anniversary' --verdict maybe").status, 2);
    EXPECT_EQ(c.review("link a 'the 70th anniversary'").status, 2);
    EXPECT_EQ(c.review("export --format xml").status, 2);
    // Nothing was written by the refused commands.
    auto l = c.review("list --format json");
    EXPECT_EQ(l.status, 0) << l.out;
    EXPECT_EQ(json::parse(l.out).size(), 0u);
    // An explicit --db that cannot be opened stops check with exit 2.
    EXPECT_EQ(c.check("--db /nonexistent/dir/review.db").status, 2);
}

TEST(ReviewCli, EventLinksChangeTheFindings) {
    corpus_copy c("review-links");
    auto before = json::parse(c.check("--format json --explain").out);
    auto conflicts = of_kind(before, "conflict");
    ASSERT_GE(conflicts.size(), 1u);
    auto const& target = conflicts.front();
    auto const& claim = target["claims"][0];
    std::string article = claim["article"], text = claim["text"], event = claim["event"];
    std::string fp = target["fingerprint"];

    auto r = c.review("link " + shell_quoted(article) + " " + shell_quoted(text) + " --not-event " + shell_quoted(event));
    ASSERT_EQ(r.status, 0) << r.out;
    auto after_run = c.check("--format json --explain");
    auto after = json::parse(after_run.out);
    for (auto const& f : after["findings"]) EXPECT_NE(f["fingerprint"], fp) << "the link did not change the finding";
    EXPECT_LT(after["summary"]["conflicts"].get<int>(), before["summary"]["conflicts"].get<int>());
    bool found = false;
    for (auto const& cl : after["claims"])
        if (cl["article"] == article && cl["text"] == text) {
            found = true;
            EXPECT_TRUE(cl["event"].is_null());
            EXPECT_EQ(cl["resolution"]["overridden"], true);
        }
    EXPECT_TRUE(found);

    // "is about": the claim moves to the event given.
    r = c.review("link " + shell_quoted(article) + " " + shell_quoted(text) + " --event 'meeting(Someone Else, Xi Jinping)'");
    ASSERT_EQ(r.status, 0) << r.out;
    auto moved = json::parse(c.check("--format json --explain").out);
    found = false;
    for (auto const& cl : moved["claims"])
        if (cl["article"] == article && cl["text"] == text) {
            found = true;
            EXPECT_EQ(cl["event"], "meeting(Someone Else, Xi Jinping)");
        }
    EXPECT_TRUE(found);
    auto exported = json::parse(c.review("export --format json").out);
    ASSERT_EQ(exported["links"].size(), 2u);
}

TEST(ReviewCli, StaleReviewsAreKeptAndShown) {
    corpus_copy c("review-stale");
    auto doc = json::parse(c.check().out);
    auto conflicts = of_kind(doc, "conflict");
    ASSERT_GE(conflicts.size(), 1u);
    // the conflict that quotes kim-xi-analysis
    std::string fp;
    for (auto const& f : conflicts)
        for (auto const& cl : f["claims"])
            if (cl["article"] == "kim-xi-analysis" && cl["text"] == "their first talks in three years") fp = f["fingerprint"];
    ASSERT_FALSE(fp.empty()) << doc.dump(1);
    ASSERT_EQ(c.review("set " + fp + " --status confirmed --note 'three is wrong: they met in 2019'").status, 0);
    ASSERT_EQ(c.review("claim kim-xi-analysis 'their first talks in three years' --verdict incorrect "
                       "--evidence https://example.org/2019-meeting")
                  .status,
              0);
    EXPECT_EQ(c.check().status, 1);  // records the run: fp present

    replace_in_file(c.dir / "corpus" / "kim-xi-analysis.md", "their first talks in three years",
                    "their first talks in four years");
    auto edited = c.check();
    auto after = json::parse(edited.out);
    for (auto const& f : after["findings"]) EXPECT_NE(f["fingerprint"], fp);
    ASSERT_EQ(after["stale_reviews"].size(), 1u);
    EXPECT_EQ(after["stale_reviews"][0]["fingerprint"], fp);
    EXPECT_EQ(after["stale_reviews"][0]["status"], "confirmed");
    EXPECT_EQ(after["summary"]["stale_reviews"], 1);

    auto l = c.review("list --format json");
    ASSERT_EQ(l.status, 0) << l.out;
    bool found = false;
    for (auto const& e : json::parse(l.out))
        if (e["fingerprint"] == fp) {
            found = true;
            EXPECT_EQ(e["stale"], true);
            EXPECT_EQ(e["status"], "confirmed");
            EXPECT_EQ(e["note"], "three is wrong: they met in 2019");
            EXPECT_EQ(e["kind"], "conflict");  // what it was, from the run that last saw it
        }
    EXPECT_TRUE(found);
    auto text = c.review("list");
    EXPECT_NE(text.out.find(fp + "  confirmed  tester  2025-09-08T12:00:00Z  STALE"), std::string::npos) << text.out;
    auto h = c.review("history " + fp.substr(0, 8));
    EXPECT_EQ(h.status, 0) << h.out;
    EXPECT_NE(h.out.find("(stale: no longer found by check)"), std::string::npos) << h.out;

    // The claim verdict is kept too, and exported as ClaimReview with the article's URL and date.
    auto cr = c.review("export --format claimreview");
    ASSERT_EQ(cr.status, 0) << cr.out;
    auto reviews = json::parse(cr.out);
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0]["claimReviewed"], "their first talks in three years");
    EXPECT_EQ(reviews[0]["itemReviewed"]["appearance"][0]["url"],
              "https://example.org/northern-courier/analysis/2025/09/06/kim-beijing-week");
    EXPECT_EQ(reviews[0]["itemReviewed"]["appearance"][0]["datePublished"], "2025-09-06");
    EXPECT_EQ(reviews[0]["reviewRating"]["alternateName"], "Incorrect");
    EXPECT_EQ(reviews[0]["author"]["name"], "tester");
    EXPECT_EQ(reviews[0]["datePublished"], "2025-09-08");
    EXPECT_EQ(cr.out, c.review("export --format claimreview").out);
    auto csv = c.review("export --format csv");
    EXPECT_NE(csv.out.find("finding," + fp + ",,,confirmed,,three is wrong: they met in 2019,,,,,tester,"
                                              "2025-09-08T12:00:00Z,true"),
              std::string::npos)
        << csv.out;
}

}  // namespace
