// Accepting findings: baseline files (`claimcheck baseline create|update|prune`, `check
// --baseline`), inline and sidecar suppressions, and .claimcheck.yaml configuration discovery.
// Every test works on a copy of a corpus in a temporary folder and runs the binary there.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "accept/config.hpp"
#include "run_binary.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
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

// `claimcheck ARGS` run in folder d (stderr joined to stdout when `err`).
claimcheck::testing::run_result in(fs::path const& d, std::string const& args, bool err = false) {
    return run("cd '" + d.string() + "' && '" + binary + "' " + args + (err ? " 2>&1" : " 2>/dev/null"));
}

// A copy of the example corpus (two planted conflicts) in a fresh folder.
fs::path example_copy(std::string const& name) {
    auto d = temp_dir(name);
    fs::copy(fs::path(source) / "examples/corpus", d / "corpus", fs::copy_options::recursive);
    return d;
}

std::size_t count_of(std::string const& text, std::string const& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(baseline, create_then_check_passes_with_the_conflicts_baselined) {
    auto d = example_copy("baseline-create");
    auto before = json::parse(in(d, "check corpus --format json --fail-on never").out);
    std::size_t const conflicts = before["summary"]["conflicts"];
    ASSERT_EQ(conflicts, 2u);
    ASSERT_EQ(in(d, "check corpus").status, 1);

    auto r = in(d, "baseline create corpus --baseline base.yaml --reason 'known, tracked in #12' --date 2025-01-31");
    ASSERT_EQ(r.status, 0);
    std::string yaml = slurp(d / "base.yaml");
    std::size_t const entries = count_of(yaml, "  - fingerprint: ");
    EXPECT_EQ(entries, conflicts + before["summary"]["compatible"].get<std::size_t>());
    EXPECT_EQ(count_of(yaml, "reason: \"known, tracked in #12\""), entries);
    EXPECT_EQ(count_of(yaml, "added: \"2025-01-31\""), entries);
    for (auto const& f : before["findings"])
        if (f["kind"] == "conflict")
            EXPECT_NE(yaml.find("\"" + f["fingerprint"].get<std::string>() + "\""), std::string::npos);
    // Sorted by fingerprint, and byte-identical when made again.
    std::vector<std::string> prints;
    std::regex fp("fingerprint: \"([0-9a-f-]+)\"");
    for (auto it = std::sregex_iterator(yaml.begin(), yaml.end(), fp); it != std::sregex_iterator(); ++it)
        prints.push_back((*it)[1]);
    EXPECT_TRUE(std::is_sorted(prints.begin(), prints.end()));
    EXPECT_EQ(in(d, "baseline create corpus --baseline base.yaml", true).status, 2);  // would lose reasons
    ASSERT_EQ(in(d, "baseline create corpus --baseline again.yaml --reason 'known, tracked in #12' --date 2025-01-31 --jobs 2").status, 0);
    EXPECT_EQ(slurp(d / "again.yaml"), yaml);
    // JSON baselines hold the same.
    ASSERT_EQ(in(d, "baseline create corpus --baseline base.json --reason r").status, 0);
    auto bj = json::parse(slurp(d / "base.json"));
    EXPECT_EQ(bj["version"], 1);
    EXPECT_EQ(bj["findings"].size(), entries);
    EXPECT_EQ(bj["findings"][0]["reason"], "r");
    EXPECT_FALSE(bj["findings"][0].contains("added"));

    r = in(d, "check corpus --baseline base.yaml");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find(", 0 conflicts, "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", " + std::to_string(entries) + " baselined, 0 stale"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(": conflict: "), std::string::npos) << "baselined findings are not listed";
    EXPECT_EQ(in(d, "check corpus --baseline base.json").status, 0);

    auto j = json::parse(in(d, "check corpus --baseline base.yaml --format json").out);
    EXPECT_EQ(j["summary"]["baselined"], entries);
    EXPECT_EQ(j["summary"]["stale"], 0);
    for (auto const& f : j["findings"])
        if (f["kind"] == "conflict") {
            EXPECT_EQ(f["status"], "baselined");
            EXPECT_EQ(f["justification"], "known, tracked in #12");
        }
    auto sarif = json::parse(in(d, "check corpus --baseline base.yaml --format sarif").out);
    std::size_t unchanged = 0;
    for (auto const& res : sarif["runs"][0]["results"]) {
        ASSERT_TRUE(res.contains("baselineState"));
        if (res["baselineState"] == "unchanged") {
            ++unchanged;
            EXPECT_EQ(res["suppressions"][0]["kind"], "external");
            EXPECT_EQ(res["suppressions"][0]["justification"], "known, tracked in #12");
        }
    }
    EXPECT_EQ(unchanged, entries);
    auto md = in(d, "check corpus --baseline base.yaml --format markdown").out;
    EXPECT_NE(md.find(std::to_string(entries) + " baselined, 0 stale baseline entries"), std::string::npos) << md;
    EXPECT_EQ(md.find("### Conflicts"), std::string::npos);
    fs::remove_all(d);
}

TEST(baseline, survives_unrelated_edits_flags_changed_claims_and_update_prune_keep_reasons) {
    auto d = example_copy("baseline-lifecycle");
    ASSERT_EQ(in(d, "baseline create corpus --baseline base.yaml --reason first").status, 0);
    std::string yaml = slurp(d / "base.yaml");
    std::size_t const entries = count_of(yaml, "  - fingerprint: ");
    ASSERT_GE(entries, 2u);

    // A hand-written reason for one entry (the first).
    auto at = yaml.find("reason: \"first\"");
    yaml.replace(at, std::string("reason: \"first\"").size(), "reason: \"checked with the desk: 'quoted' as written\"");
    spit(d / "base.yaml", yaml);

    // An unrelated paragraph: everything moves down, nothing new.
    auto article = d / "corpus" / "kim-xi-analysis.md";
    replace_once(article, "\n---\n", "\n---\nAn editor's note with nothing dated in it.\n\n");
    auto r = in(d, "check corpus --baseline base.yaml");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find(std::to_string(entries) + " baselined, 0 stale"), std::string::npos) << r.out;

    // A changed claim: a new conflict fails the run, its old entry is stale.
    replace_once(article, "first talks in three years", "first talks in four years");
    r = in(d, "check corpus --baseline base.yaml");
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_NE(r.out.find("first talks in four years"), std::string::npos);
    auto j = json::parse(in(d, "check corpus --baseline base.yaml --format json").out);
    EXPECT_GE(j["summary"]["stale"].get<int>(), 1);
    EXPECT_GE(j["summary"]["conflicts"].get<int>(), 1);
    std::size_t const stale = j["summary"]["stale"];
    for (auto const& f : j["findings"])
        if (f["kind"] == "conflict" && f["status"] == "active")
            EXPECT_EQ(yaml.find(f["fingerprint"].get<std::string>()), std::string::npos);

    // update: the new findings added with the new reason; every old entry kept as it was.
    ASSERT_EQ(in(d, "baseline update corpus --baseline base.yaml --reason second").status, 0);
    std::string updated = slurp(d / "base.yaml");
    EXPECT_NE(updated.find("reason: \"checked with the desk: 'quoted' as written\""), std::string::npos);
    EXPECT_EQ(count_of(updated, "reason: \"first\""), entries - 1);
    std::size_t const added = count_of(updated, "reason: \"second\"");
    EXPECT_GE(added, 1u);
    EXPECT_EQ(count_of(updated, "  - fingerprint: "), entries + added);
    EXPECT_EQ(in(d, "check corpus --baseline base.yaml").status, 0);
    // update again: nothing changes.
    ASSERT_EQ(in(d, "baseline update corpus --baseline base.yaml --reason third").status, 0);
    EXPECT_EQ(slurp(d / "base.yaml"), updated);

    // prune: the stale entries go, the rest keep their reasons.
    ASSERT_EQ(in(d, "baseline prune corpus --baseline base.yaml").status, 0);
    std::string pruned = slurp(d / "base.yaml");
    EXPECT_EQ(count_of(pruned, "  - fingerprint: "), entries + added - stale);
    EXPECT_EQ(count_of(pruned, "reason: \"second\""), added);
    j = json::parse(in(d, "check corpus --baseline base.yaml --format json").out);
    EXPECT_EQ(j["summary"]["stale"], 0);
    EXPECT_EQ(j["summary"]["conflicts"], 0);
    fs::remove_all(d);
}

TEST(baseline, a_malformed_baseline_is_an_error_at_its_line) {
    auto d = example_copy("baseline-bad");
    spit(d / "bad.yaml", "version: 1\nfindings:\n  - fingerprint: abc\n    reson: typo\n");
    auto r = in(d, "check corpus --baseline bad.yaml", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("bad.yaml:4: error: baseline: unknown key 'reson'"), std::string::npos) << r.out;
    spit(d / "bad.yaml", "version: 1\nfindings: [\n");
    r = in(d, "check corpus --baseline bad.yaml", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("bad.yaml:"), std::string::npos) << r.out;
    spit(d / "bad.yaml", "version: 1\nfindings:\n  - fingerprint: abc\n  - fingerprint: abc\n");
    std::string const kept = slurp(d / "bad.yaml");
    r = in(d, "baseline update corpus --baseline bad.yaml", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("bad.yaml:4: error: baseline: fingerprint 'abc' is listed twice"), std::string::npos) << r.out;
    EXPECT_EQ(slurp(d / "bad.yaml"), kept) << "a baseline that cannot be read is never rewritten";
    EXPECT_EQ(in(d, "check corpus --baseline missing.yaml").status, 2);
    fs::remove_all(d);
}

TEST(suppressions, a_comment_suppresses_exactly_the_finding_on_the_next_line) {
    auto d = example_copy("suppress-inline");
    auto before = json::parse(in(d, "check corpus --format json --fail-on never").out);
    // The conflict reported at "their first talks in three years" (kim-xi-analysis.md).
    std::string target;
    std::string rule;
    for (auto const& f : before["findings"])
        for (auto const& c : f["claims"])
            if (f["kind"] == "conflict" && c["article"] == "kim-xi-analysis" &&
                c["text"].get<std::string>().find("three years") != std::string::npos) {
                target = f["fingerprint"];
                rule = f["rule"];
            }
    ASSERT_FALSE(target.empty());
    auto article = d / "corpus" / "kim-xi-analysis.md";
    replace_once(article, "\nThe two leaders held their first talks in three years",
                 "\n<!-- claimcheck-disable-next-line " + rule + " -- the desk checked: the 2023 meeting was not talks -->\n"
                 "\nThe two leaders held their first talks in three years");
    auto j = json::parse(in(d, "check corpus --format json --fail-on never").out);
    EXPECT_EQ(j["summary"]["suppressed"], 1);
    EXPECT_EQ(j["summary"]["warnings"], 0);
    EXPECT_EQ(j["summary"]["conflicts"].get<int>(), before["summary"]["conflicts"].get<int>() - 1);
    ASSERT_EQ(j["findings"].size(), before["findings"].size());
    for (auto const& f : j["findings"]) {
        bool is_target = f["fingerprint"] == target;
        EXPECT_EQ(f["status"], is_target ? "suppressed" : "active") << f["message"];
        if (is_target) {
            EXPECT_EQ(f["justification"], "the desk checked: the 2023 meeting was not talks");
            EXPECT_EQ(f["suppressed_by"]["kind"], "inSource");
            EXPECT_EQ(f["suppressed_by"]["where"], "corpus/kim-xi-analysis.md:10");
        }
    }
    auto text = in(d, "check corpus --fail-on never").out;
    EXPECT_NE(text.find(", 1 suppressed"), std::string::npos) << text;
    EXPECT_EQ(text.find("kim-xi-analysis.md:12:22: conflict"), std::string::npos);  // the claim, now on line 12
    auto sarif = json::parse(in(d, "check corpus --format sarif --fail-on never").out);
    std::size_t suppressed = 0;
    for (auto const& res : sarif["runs"][0]["results"])
        if (res.contains("suppressions")) {
            ++suppressed;
            EXPECT_EQ(res["partialFingerprints"]["claimcheck/v1"], target);
            EXPECT_EQ(res["suppressions"][0]["kind"], "inSource");
            EXPECT_EQ(res["suppressions"][0]["location"]["physicalLocation"]["region"]["startLine"], 10);
        }
    EXPECT_EQ(suppressed, 1u);
    // The other conflict still fails the run.
    EXPECT_EQ(in(d, "check corpus").status, before["summary"]["conflicts"].get<int>() > 1 ? 1 : 0);
    fs::remove_all(d);
}

TEST(suppressions, unknown_rules_missing_reasons_and_unused_ones_are_reported) {
    auto d = example_copy("suppress-bad");
    auto article = d / "corpus" / "kim-xi-analysis.md";
    replace_once(article, "\nKim also used the trip",
                 "\n<!-- claimcheck-disable-next-line event-dates -- typo in the rule -->\n"
                 "<!-- claimcheck-disable-next-line gap-agreement -->\n"
                 "<!-- claimcheck-disable-next-line gap-occurrence -- nothing to suppress here -->\n"
                 "<!-- claimcheck-ignore gap-occurrence -- not a directive -->\n"
                 "Kim also used the trip");
    auto j = json::parse(in(d, "check corpus --format json --fail-on never").out);
    EXPECT_EQ(j["summary"]["suppressed"], 0);
    ASSERT_EQ(j["warnings"].size(), 4u) << j["warnings"].dump(2);
    std::vector<std::tuple<std::size_t, std::string, std::string>> expected{
        {18, "invalid-suppression", "unknown rule id 'event-dates'"},
        {19, "invalid-suppression", "no reason"},
        {20, "unused-suppression", "no gap-occurrence finding has a claim on line 22"},  // line 21 holds only a comment
        {21, "invalid-suppression", "unknown directive 'claimcheck-ignore'"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto const& w = j["warnings"][i];
        EXPECT_EQ(w["path"], "corpus/kim-xi-analysis.md");
        EXPECT_EQ(w["line"], std::get<0>(expected[i]));
        EXPECT_EQ(w["rule"], std::get<1>(expected[i]));
        EXPECT_NE(w["message"].get<std::string>().find(std::get<2>(expected[i])), std::string::npos) << w["message"];
    }
    auto text = in(d, "check corpus --fail-on never").out;
    EXPECT_NE(text.find("corpus/kim-xi-analysis.md:18: warning: invalid suppression: unknown rule id 'event-dates' [invalid-suppression]"),
              std::string::npos) << text;
    EXPECT_NE(text.find(", 4 warnings"), std::string::npos);
    auto github = in(d, "check corpus --fail-on never --format github").out;
    EXPECT_NE(github.find("::warning file=corpus/kim-xi-analysis.md,line=20,title=claimcheck [unused-suppression]::"),
              std::string::npos) << github;
    auto sarif = json::parse(in(d, "check corpus --fail-on never --format sarif").out);
    std::size_t warned = 0;
    for (auto const& res : sarif["runs"][0]["results"])
        if (res["ruleId"] == "invalid-suppression" || res["ruleId"] == "unused-suppression") {
            ++warned;
            EXPECT_EQ(res["level"], "warning");
            EXPECT_GE(res["ruleIndex"].get<int>(), 0);
        }
    EXPECT_EQ(warned, 4u);
    EXPECT_NE(in(d, "check corpus --fail-on never --format markdown").out.find("### Suppression warnings"), std::string::npos);
    // Warnings: they fail the run with --fail-on warning only.
    EXPECT_EQ(in(d, "check corpus --fail-on warning --output junit=r.xml").status, 1);
    EXPECT_NE(slurp(d / "r.xml").find("unused suppression"), std::string::npos);
    fs::remove_all(d);
}

TEST(suppressions, a_sidecar_suppresses_findings_of_jsonl_articles) {
    auto d = temp_dir("suppress-sidecar");
    fs::create_directories(d / "feed");
    spit(d / "feed" / "wire.jsonl",
         "{\"id\": \"w70\", \"date\": \"2018-09-09\", \"text\": \"North Korea celebrated the 70th anniversary of its founding on Sunday.\"}\n"
         "{\"id\": \"w75\", \"date\": \"2018-09-09\", \"text\": \"North Korea marked the 75th anniversary of its founding on Sunday.\"}\n");
    auto before = json::parse(in(d, "check feed --format json --fail-on never").out);
    ASSERT_EQ(before["summary"]["conflicts"], 1) << before.dump(2);
    EXPECT_EQ(in(d, "check feed").status, 1);
    spit(d / "feed" / "suppressions.yaml",
         "suppressions:\n"
         "  - article: w75\n    rule: event-date\n    text: \"the 75th anniversary of its  Founding\"\n    reason: \"a typo in the wire copy, corrected later\"\n"
         "  - article: w70\n    rule: gap-agreement\n    reason: \"nothing to suppress\"\n");
    auto r = in(d, "check feed --format json");
    EXPECT_EQ(r.status, 0) << r.out;
    auto j = json::parse(r.out);
    EXPECT_EQ(j["summary"]["suppressed"], 1);
    EXPECT_EQ(j["summary"]["conflicts"], 0);
    ASSERT_EQ(j["warnings"].size(), 1u);
    EXPECT_EQ(j["warnings"][0]["rule"], "unused-suppression");
    EXPECT_EQ(j["warnings"][0]["path"], "feed/suppressions.yaml");
    EXPECT_EQ(j["warnings"][0]["line"], 6);
    auto sarif = json::parse(in(d, "check feed --format sarif").out);
    bool found = false;
    for (auto const& res : sarif["runs"][0]["results"])
        if (res.contains("suppressions")) {
            found = true;
            EXPECT_EQ(res["suppressions"][0]["kind"], "external");
            EXPECT_EQ(res["suppressions"][0]["justification"], "a typo in the wire copy, corrected later");
        }
    EXPECT_TRUE(found);
    // A malformed sidecar: file:line, exit 2.
    spit(d / "feed" / "suppressions.yaml", "suppressions:\n  - article: w75\n    rule: event-date\n    why: no\n");
    r = in(d, "check feed", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("feed/suppressions.yaml:4: error: suppressions: unknown key 'why'"), std::string::npos) << r.out;
    fs::remove_all(d);
}

TEST(config, found_walking_up_with_paths_relative_to_it_and_overridden_by_the_command_line) {
    auto d = example_copy("config");
    fs::create_directories(d / "sub" / "deeper");
    spit(d / ".claimcheck.yaml",
         "# the repository's claimcheck options\n"
         "paths: [corpus]\n"
         "fail-on: never\n"
         "exclude: [\"corpus/wire/**\", \"**/nato-*.md\"]\n"
         "outputs:\n  markdown: reports/claimcheck.md\n");
    fs::create_directories(d / "reports");
    auto all = json::parse(in(d, "check corpus --format json --no-config").out);
    auto from_sub = in(d / "sub" / "deeper", "check --format json");
    ASSERT_EQ(from_sub.status, 0) << "fail-on: never from the configuration";
    auto j = json::parse(from_sub.out);
    std::size_t const excluded = 3 + 1;  // wire/*.txt and nato-75th.md
    EXPECT_EQ(j["summary"]["articles"].get<std::size_t>(), all["summary"]["articles"].get<std::size_t>() - excluded);
    for (auto const& a : j["articles"]) {
        EXPECT_TRUE(a["path"].get<std::string>().starts_with("../../corpus/")) << a["path"];
        EXPECT_EQ(a["path"].get<std::string>().find("wire"), std::string::npos);
    }
    EXPECT_TRUE(fs::exists(d / "reports" / "claimcheck.md")) << "outputs relative to the configuration's folder";
    // The command line wins.
    EXPECT_EQ(in(d / "sub" / "deeper", "check --fail-on conflict").status, 1);
    EXPECT_EQ(in(d / "sub", "check --no-config").status, 2) << "no paths without the configuration";
    auto printed = in(d / "sub" / "deeper", "config print --fail-on warning");
    ASSERT_EQ(printed.status, 0);
    EXPECT_NE(printed.out.find("# config: ../../.claimcheck.yaml (found walking up"), std::string::npos) << printed.out;
    EXPECT_NE(printed.out.find("paths: [\"../../corpus\"]  # ../../.claimcheck.yaml:2"), std::string::npos) << printed.out;
    EXPECT_NE(printed.out.find("fail-on: \"warning\"  # command line"), std::string::npos) << printed.out;
    EXPECT_NE(printed.out.find("outputs: [\"markdown=../../reports/claimcheck.md\"]  # ../../.claimcheck.yaml:5"),
              std::string::npos) << printed.out;
    EXPECT_NE(printed.out.find("jobs: 0  # default"), std::string::npos) << printed.out;
    // --config names another file; its paths are relative to it.
    fs::create_directories(d / "other");
    spit(d / "other" / "cc.yaml", "paths: [../corpus/wire]\nbaseline: base.yaml\n");
    ASSERT_EQ(in(d, "baseline create --config other/cc.yaml").status, 0);
    EXPECT_TRUE(fs::exists(d / "other" / "base.yaml"));
    // An unknown key or a bad value: file:line, exit 2.
    spit(d / ".claimcheck.yaml", "paths: [corpus]\nfail_on: never\n");
    auto r = in(d / "sub", "check", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("../.claimcheck.yaml:2: error: unknown key 'fail_on'"), std::string::npos) << r.out;
    spit(d / ".claimcheck.yaml", "paths: [corpus]\njobs: many\n");
    r = in(d, "check", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find(".claimcheck.yaml:2: error: jobs: expected a number"), std::string::npos) << r.out;
    fs::remove_all(d);
}

TEST(config, globs) {
    using claimcheck::accept::glob_match;
    EXPECT_TRUE(glob_match("corpus/*.md", "corpus/a.md"));
    EXPECT_FALSE(glob_match("corpus/*.md", "corpus/x/a.md"));
    EXPECT_TRUE(glob_match("corpus/**/*.md", "corpus/a.md"));
    EXPECT_TRUE(glob_match("corpus/**/*.md", "corpus/x/y/a.md"));
    EXPECT_TRUE(glob_match("**/drafts/**", "corpus/drafts/a.md"));
    EXPECT_FALSE(glob_match("**/drafts/**", "corpus/drafted/a.md"));
    EXPECT_TRUE(glob_match("corpus/a?.txt", "corpus/ab.txt"));
    EXPECT_FALSE(glob_match("corpus/a?.txt", "corpus/a/.txt"));
}

}  // namespace
