// Baselines, suppressions and the review store together: one finding can be accepted for several
// reasons, but it is counted once, in the first bucket that applies (suppressed, then baselined,
// then reviewed), and its review is shown alongside whatever the bucket. Also: the review store
// named by .claimcheck.yaml (`db:`), for check, review and config print.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_binary.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::replace_once;
using claimcheck::testing::slurp;
using claimcheck::testing::spit;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;
using json = nlohmann::json;

// `claimcheck ARGS` in folder d, with a fixed reviewer and clock (stderr dropped unless `err`).
claimcheck::testing::run_result in(fs::path const& d, std::string const& args, bool err = false) {
    return run("cd '" + d.string() + "' && CLAIMCHECK_REVIEWER=ana CLAIMCHECK_NOW=2025-09-08T12:00:00Z '" + binary +
               "' " + args + (err ? " 2>&1" : " 2>/dev/null"));
}

fs::path example_copy(std::string const& name) {
    auto d = temp_dir(name);
    fs::copy(fs::path(source) / "examples/corpus", d / "corpus", fs::copy_options::recursive);
    return d;
}

// The fingerprint of the conflict that quotes "their first talks in three years".
std::string three_years_conflict(json const& doc, std::string* rule = nullptr) {
    for (auto const& f : doc["findings"])
        for (auto const& c : f["claims"])
            if (f["kind"] == "conflict" && c["article"] == "kim-xi-analysis" &&
                c["text"].get<std::string>().find("three years") != std::string::npos) {
                if (rule) *rule = f["rule"];
                return f["fingerprint"];
            }
    return {};
}

json const* finding(json const& doc, std::string const& fp) {
    for (auto const& f : doc["findings"])
        if (f["fingerprint"] == fp) return &f;
    return nullptr;
}

json const* sarif_result(json const& sarif, std::string const& fp) {
    for (auto const& res : sarif["runs"][0]["results"])
        if (res.contains("partialFingerprints") && res["partialFingerprints"]["claimcheck/v1"] == fp) return &res;
    return nullptr;
}

// Every conflict and near miss in exactly one bucket.
void expect_each_counted_once(json const& doc) {
    std::size_t active = 0, baselined = 0, suppressed = 0, reviewed = 0;
    for (auto const& f : doc["findings"]) {
        if (f["kind"] != "conflict" && f["kind"] != "compatible") continue;
        auto st = f["status"].get<std::string>();
        (st == "active" ? active : st == "baselined" ? baselined : st == "suppressed" ? suppressed : reviewed)++;
    }
    auto const& s = doc["summary"];
    EXPECT_EQ(active, s["conflicts"].get<std::size_t>() + s["compatible"].get<std::size_t>());
    EXPECT_EQ(baselined, s["baselined"].get<std::size_t>());
    EXPECT_EQ(suppressed, s["suppressed"].get<std::size_t>());
    EXPECT_EQ(reviewed, s["reviewed"].get<std::size_t>());
}

TEST(accept_review, a_baselined_finding_with_a_false_alarm_review_is_counted_once_as_baselined) {
    auto d = example_copy("accept-review-baseline");
    auto before = json::parse(in(d, "check corpus --format json --fail-on never").out);
    std::string fp = three_years_conflict(before);
    ASSERT_FALSE(fp.empty());
    ASSERT_EQ(in(d, "baseline create corpus --baseline base.yaml --reason 'known, tracked in #12'").status, 0);
    auto r = in(d, "review set " + fp + " --status false-alarm --reason misparse --note 'read as a gap' --corpus corpus");
    ASSERT_EQ(r.status, 0) << r.out;

    r = in(d, "check corpus --baseline base.yaml --format json");
    EXPECT_EQ(r.status, 0) << r.out;
    auto j = json::parse(r.out);
    auto const* f = finding(j, fp);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ((*f)["status"], "baselined") << "the baseline comes before the review";
    EXPECT_EQ((*f)["justification"], "known, tracked in #12");
    EXPECT_EQ((*f)["review"]["status"], "false-alarm");
    EXPECT_EQ((*f)["review"]["reviewer"], "ana");
    EXPECT_EQ(j["summary"]["conflicts"], 0);
    EXPECT_EQ(j["summary"]["reviewed"], 0);
    EXPECT_EQ(j["summary"]["baselined"], before["summary"]["conflicts"].get<int>() + before["summary"]["compatible"].get<int>());
    expect_each_counted_once(j);

    // SARIF: one suppression per reason, the baseline's first; the baseline state stays unchanged.
    auto sarif = json::parse(in(d, "check corpus --baseline base.yaml --format sarif").out);
    auto const* res = sarif_result(sarif, fp);
    ASSERT_NE(res, nullptr);
    EXPECT_EQ((*res)["baselineState"], "unchanged");
    ASSERT_EQ((*res)["suppressions"].size(), 2u) << res->dump(2);
    EXPECT_EQ((*res)["suppressions"][0]["justification"], "known, tracked in #12");
    EXPECT_EQ((*res)["suppressions"][1]["kind"], "external");
    EXPECT_EQ((*res)["suppressions"][1]["justification"], "false-alarm (misparse) by ana: read as a gap");
    EXPECT_EQ((*res)["properties"]["status"], "baselined");
    EXPECT_EQ((*res)["properties"]["review"], "false-alarm");

    // Text: baselined findings are not listed; with --explain, labelled, with the review beside.
    auto text = in(d, "check corpus --baseline base.yaml --color never").out;
    EXPECT_EQ(text.find(": conflict"), std::string::npos) << text;
    EXPECT_NE(text.find(" baselined, 0 stale, 0 reviewed"), std::string::npos) << text;
    auto explained = in(d, "check corpus --baseline base.yaml --color never --explain").out;
    EXPECT_NE(explained.find("conflict (baselined: known, tracked in #12):"), std::string::npos) << explained;
    EXPECT_NE(explained.find("review: false-alarm (misparse) by ana at 2025-09-08T12:00:00Z: read as a gap"),
              std::string::npos);
    EXPECT_EQ(in(d, "check corpus --baseline base.yaml --format github").out.find("::error"), std::string::npos);
    EXPECT_EQ(in(d, "check corpus --baseline base.yaml --format junit").out.find("<failure"), std::string::npos);

    // Without the baseline the review accepts it: the bucket is `reviewed`.
    j = json::parse(in(d, "check corpus --format json --fail-on never").out);
    f = finding(j, fp);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ((*f)["status"], "reviewed");
    EXPECT_EQ((*f)["justification"], "false-alarm (misparse) by ana: read as a gap");
    EXPECT_EQ(j["summary"]["reviewed"], 1);
    // Listed, demoted: a notice in GitHub, labelled in the text.
    auto github = in(d, "check corpus --format github --fail-on never").out;
    EXPECT_NE(github.find("::notice file=corpus/kim-xi-analysis.md,line=10,col=22,"), std::string::npos) << github;
    EXPECT_NE(github.find("(reviewed)::"), std::string::npos) << github;
    EXPECT_NE(in(d, "check corpus --color never --fail-on never").out.find("conflict (reviewed: false-alarm):"),
              std::string::npos);
    EXPECT_EQ(j["summary"]["baselined"], 0);
    expect_each_counted_once(j);
    fs::remove_all(d);
}

TEST(accept_review, a_suppressed_finding_keeps_its_review_and_is_counted_once_as_suppressed) {
    auto d = example_copy("accept-review-suppressed");
    auto before = json::parse(in(d, "check corpus --format json --fail-on never").out);
    std::string rule;
    std::string fp = three_years_conflict(before, &rule);
    ASSERT_FALSE(fp.empty());
    replace_once(d / "corpus" / "kim-xi-analysis.md", "\nThe two leaders held their first talks in three years",
                 "\n<!-- claimcheck-disable-next-line " + rule + " -- the 2023 meeting was not talks -->\n"
                 "\nThe two leaders held their first talks in three years");
    ASSERT_EQ(in(d, "review set " + fp + " --status confirmed --note 'three is wrong' --corpus corpus").status, 0);

    // A confirmed review does not undo the suppression: still accepted, still not failing.
    auto j = json::parse(in(d, "check corpus --format json --fail-on never").out);
    auto const* f = finding(j, fp);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ((*f)["status"], "suppressed");
    EXPECT_EQ((*f)["review"]["status"], "confirmed");
    EXPECT_EQ(j["summary"]["suppressed"], 1);
    EXPECT_EQ(j["summary"]["reviewed"], 0);
    expect_each_counted_once(j);

    // false-alarm: still one bucket (suppressed); SARIF has the inSource suppression and the review.
    ASSERT_EQ(in(d, "review set " + fp.substr(0, 12) + " --status false-alarm --reason source-error --corpus corpus").status, 0);
    j = json::parse(in(d, "check corpus --format json --fail-on never").out);
    f = finding(j, fp);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ((*f)["status"], "suppressed");
    EXPECT_EQ((*f)["justification"], "the 2023 meeting was not talks");
    EXPECT_EQ((*f)["suppressed_by"]["kind"], "inSource");
    EXPECT_EQ((*f)["review"]["status"], "false-alarm");
    EXPECT_EQ(j["summary"]["suppressed"], 1);
    EXPECT_EQ(j["summary"]["reviewed"], 0);
    EXPECT_EQ(j["summary"]["conflicts"].get<int>(), before["summary"]["conflicts"].get<int>() - 1);
    expect_each_counted_once(j);
    auto sarif = json::parse(in(d, "check corpus --format sarif --fail-on never").out);
    auto const* res = sarif_result(sarif, fp);
    ASSERT_NE(res, nullptr);
    ASSERT_EQ((*res)["suppressions"].size(), 2u) << res->dump(2);
    EXPECT_EQ((*res)["suppressions"][0]["kind"], "inSource");
    EXPECT_EQ((*res)["suppressions"][1]["kind"], "external");
    EXPECT_EQ((*res)["suppressions"][1]["justification"], "false-alarm (source-error) by ana: three is wrong");
    auto text = in(d, "check corpus --fail-on never --color never").out;
    EXPECT_NE(text.find(", 1 suppressed, 0 reviewed"), std::string::npos) << text;
    auto md = in(d, "check corpus --fail-on never --format markdown").out;
    EXPECT_NE(md.find("1 suppressed, 0 reviewed."), std::string::npos) << md;
    fs::remove_all(d);
}

TEST(accept_review, the_configuration_names_the_review_store) {
    auto d = example_copy("accept-review-config");
    fs::create_directories(d / "sub");
    spit(d / ".claimcheck.yaml", "paths: [corpus]\nfail-on: conflict\ndb: reviews/store.db\n");
    fs::create_directories(d / "reviews");
    auto before = json::parse(in(d / "sub", "check --format json --fail-on never").out);
    std::string fp = three_years_conflict(before);
    ASSERT_FALSE(fp.empty());

    // review, from a folder below, without --db or --corpus: the configuration's store.
    auto r = in(d / "sub", "review set " + fp + " --status resolved", true);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(fs::exists(d / "reviews" / "store.db"));
    EXPECT_FALSE(fs::exists(d / "corpus" / ".claimcheck" / "review.db"));
    auto j = json::parse(in(d / "sub", "check --format json --fail-on never").out);
    EXPECT_EQ(j["summary"]["reviewed"], 1);
    EXPECT_EQ((*finding(j, fp))["status"], "reviewed");
    auto l = in(d / "sub", "review list --format json");
    ASSERT_EQ(l.status, 0) << l.out;
    auto listed = json::parse(l.out);
    bool found = false;
    for (auto const& e : listed)
        if (e["fingerprint"] == fp) found = e["status"] == "resolved";
    EXPECT_TRUE(found) << l.out;

    auto printed = in(d / "sub", "config print");
    EXPECT_NE(printed.out.find("db: \"../reviews/store.db\"  # ../.claimcheck.yaml:3"), std::string::npos) << printed.out;
    printed = in(d / "sub", "config print --db other.db");
    EXPECT_NE(printed.out.find("db: \"other.db\"  # command line"), std::string::npos) << printed.out;
    EXPECT_NE(in(d / "sub", "config print --no-config").out.find("db: null  # default"), std::string::npos);

    // Without `db:`, the default store beside the configuration's first path.
    spit(d / ".claimcheck.yaml", "paths: [corpus]\n");
    ASSERT_EQ(in(d / "sub", "review set " + fp + " --status confirmed").status, 0);
    EXPECT_TRUE(fs::exists(d / "corpus" / ".claimcheck" / "review.db"));
    EXPECT_EQ(in(d / "sub", "check").status, 1);
    // --corpus on the command line wins over the configuration.
    EXPECT_EQ(in(d, "review list --corpus reviews/nothing-here").status, 2);
    // A bad value in the file: file:line, exit 2.
    spit(d / ".claimcheck.yaml", "paths: [corpus]\ndb: [a, b]\n");
    r = in(d / "sub", "review list", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("../.claimcheck.yaml:2: error:"), std::string::npos) << r.out;
    fs::remove_all(d);
}

}  // namespace
