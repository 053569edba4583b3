// The check fixture corpus (tests/fixtures/check/): articles annotated, clang-tidy style, with the
// findings `claimcheck check` must report for the claim on the line above:
//
//   Pyongyang marked the 80th anniversary of the founding of the Workers' Party of Korea ...
//   <!-- FINDING: corroboration event-date founding(Workers' Party of Korea) -->
//
// reads "some finding of that kind, rule and event has a claim on that line". Conversely, every
// conflict, corroboration and compatible finding must be annotated on a line of one of its claims:
// an unexpected finding, above all an unexpected conflict, fails the test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_binary.hpp"
#include "ruletest/annotations.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::source;
using json = nlohmann::json;

using claimcheck::ruletest::annotation;

// The annotations of the corpus, read by the same code as `claimcheck test`; a malformed one fails.
std::vector<annotation> read_annotations(fs::path const& folder) {
    std::vector<annotation> out;
    std::vector<claimcheck::ruletest::fixture_error> errors;
    for (auto const& f : claimcheck::ruletest::article_files(folder)) claimcheck::ruletest::read_annotations(f, out, errors);
    for (auto const& e : errors) ADD_FAILURE() << e.path << ":" << e.line << ": " << e.message;
    return out;
}

class check_fixtures : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        fs::path dir = fs::path(source) / "tests/fixtures/check";
        auto r = run(binary + " check " + (dir / "corpus").string() + " --facts " + (dir / "facts.yaml").string() +
                     " --overrides " + (dir / "overrides.yaml").string() + " --format json --explain 2>/dev/null");
        status_ = r.status;
        output_ = json::parse(r.out, nullptr, false);
        annotations_ = read_annotations(dir / "corpus");
        findings_ = claimcheck::ruletest::findings_from_json(output_);
    }
    static inline int status_ = -1;
    static inline json output_;
    static inline std::vector<annotation> annotations_;
    static inline std::vector<claimcheck::ruletest::reported_finding> findings_;
};

TEST_F(check_fixtures, the_run_succeeds_with_conflicts_and_valid_json) {
    ASSERT_FALSE(output_.is_discarded());
    EXPECT_EQ(status_, 1);  // there are planted conflicts; no input errors
    EXPECT_GE(annotations_.size(), 25u);
}

TEST_F(check_fixtures, every_annotated_finding_is_reported) {
    ASSERT_FALSE(output_.is_discarded());
    for (auto const& a : claimcheck::ruletest::compare(annotations_, findings_).missing)
        ADD_FAILURE() << a.file << ":" << a.written_at << ": no " << a.kind << " [" << a.rule << "] " << a.event
                      << " with a claim on line " << a.line;
}

TEST_F(check_fixtures, every_conflict_and_agreement_reported_is_annotated) {
    ASSERT_FALSE(output_.is_discarded());
    for (auto const& f : claimcheck::ruletest::compare(annotations_, findings_).unexpected)
        ADD_FAILURE() << "unexpected " << f.kind << ": " << f.message;
}

TEST_F(check_fixtures, an_undated_article_gets_its_date_from_its_anniversary_and_the_facts) {
    ASSERT_FALSE(output_.is_discarded());
    bool seen = false;
    for (auto const& a : output_["articles"]) {
        if (a["id"] != "undated-75th") continue;
        seen = true;
        EXPECT_EQ(a["date"], "2023-09-09");
        EXPECT_EQ(a["date_source"], "inferred");
        EXPECT_NE(a["date_basis"].get<std::string>().find("founding(North Korea)"), std::string::npos);
    }
    EXPECT_TRUE(seen);
    // and its relative claims are resolved against that date: "yesterday" -> 2023-09-08
    bool yesterday = false;
    for (auto const& c : output_["claims"])
        if (c["article"] == "undated-75th" && c["text"] == "yesterday") {
            yesterday = true;
            EXPECT_EQ(c["implied"]["from"], "2023-09-08");
        }
    EXPECT_TRUE(yesterday);
}

TEST_F(check_fixtures, a_syndicated_copy_is_not_a_second_source) {
    ASSERT_FALSE(output_.is_discarded());
    std::string original, copy;
    for (auto const& a : output_["articles"]) {
        if (a["id"] == "lprp-70-original") original = a["source_group"];
        if (a["id"] == "lprp-70-copy") copy = a["source_group"];
    }
    EXPECT_FALSE(original.empty());
    EXPECT_EQ(original, copy);
}

TEST_F(check_fixtures, overrides_set_and_remove_events) {
    ASSERT_FALSE(output_.is_discarded());
    std::set<std::string> seen;
    for (auto const& c : output_["claims"]) {
        if (c["article"] != "unresolved-and-overrides") continue;
        if (c["text"] == "the 75th anniversary") {
            EXPECT_EQ(c["resolution"]["key"], "relations(China, North Korea)");
            EXPECT_EQ(c["resolution"]["overridden"], true);
            seen.insert("set");
        }
        if (c["text"] == "the 60th anniversary of the city's tram line") {
            EXPECT_TRUE(c["resolution"]["key"].is_null());
            seen.insert("none");
        }
    }
    EXPECT_EQ(seen.size(), 2u);
}

TEST(check_cli, output_is_identical_for_any_number_of_jobs_and_fail_on_never_exits_zero) {
    fs::path dir = fs::path(source) / "tests/fixtures/check";
    std::string base = binary + " check " + (dir / "corpus").string() + " --facts " + (dir / "facts.yaml").string();
    auto one = run(base + " --jobs 1");
    auto two = run(base + " --jobs 2");
    EXPECT_EQ(one.status, 1);
    EXPECT_EQ(one.out, two.out);
    EXPECT_NE(one.out.find("conflict"), std::string::npos);
    auto never = run(base + " --fail-on never");
    EXPECT_EQ(never.status, 0);
    EXPECT_EQ(never.out, one.out);
}

TEST(check_cli, fail_on_warning_also_fails_on_a_compatible_near_miss) {
    fs::path dir = fs::path(source) / "tests/fixtures/check/corpus";
    std::string pair = (dir / "dprk-laos-about-ten-years.md").string() + " " + (dir / "dprk-laos-2004.md").string();
    auto by_default = run(binary + " check " + pair);
    EXPECT_EQ(by_default.status, 0) << by_default.out;
    EXPECT_NE(by_default.out.find("compatible:"), std::string::npos) << by_default.out;
    auto warning = run(binary + " check " + pair + " --fail-on warning");
    EXPECT_EQ(warning.status, 1);
}

TEST(check_cli, seeds_like_text_output_names_file_line_column_and_rule) {
    fs::path dir = fs::path(source) / "tests/fixtures/check/corpus";
    auto r = run(binary + " check " + (dir / "wpk-77-wrong.md").string() + " " + (dir / "wpk-80-parade.md").string());
    EXPECT_EQ(r.status, 1);
    // path:line:col: conflict: ... [event-date], the quoted sentence with the claim underlined
    EXPECT_NE(r.out.find("wpk-77-wrong.md:7:79: conflict: founding(Workers' Party of Korea)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[event-date]"), std::string::npos);
    EXPECT_NE(r.out.find("^~~~"), std::string::npos);
    EXPECT_NE(r.out.find("note: anniversary 'the 80th anniversary of the founding of the Workers' Party of Korea'"),
              std::string::npos);
    EXPECT_NE(r.out.find("claimcheck: 2 articles,"), std::string::npos);
}

TEST(check_cli, bad_facts_overrides_and_rules_are_errors_with_file_and_line) {
    auto d = claimcheck::testing::temp_dir("check-bad");
    fs::path corpus = fs::path(source) / "tests/fixtures/check/corpus/wpk-80-parade.md";
    {
        std::ofstream(d / "facts.yaml") << "facts:\n  - event: \"founding(North Korea)\"\n    date: \"1948-02-30\"\n";
        std::ofstream(d / "overrides.yaml") << "overrides:\n  - article: \"x\"\n    text: \"y\"\n    evnt: \"none\"\n";
        fs::create_directories(d / "rules");
        std::ofstream(d / "rules" / "events.yaml") << "event_types:\n  - type: \"visit\"\n    ocurs: \"once\"\n";
    }
    auto facts = run(binary + " check " + corpus.string() + " --facts " + (d / "facts.yaml").string() + " 2>&1");
    EXPECT_EQ(facts.status, 2);
    EXPECT_NE(facts.out.find("facts.yaml:3: error: impossible date '1948-02-30'"), std::string::npos) << facts.out;
    EXPECT_NE(facts.out.find("claimcheck: 1 article,"), std::string::npos) << "the corpus is still checked";
    auto overrides = run(binary + " check " + corpus.string() + " --overrides " + (d / "overrides.yaml").string() + " 2>&1");
    EXPECT_EQ(overrides.status, 2);
    EXPECT_NE(overrides.out.find("overrides.yaml:4: error: unknown key 'evnt'"), std::string::npos) << overrides.out;
    auto rules = run(binary + " check " + corpus.string() + " --rules " + (d / "rules").string() + " 2>&1");
    EXPECT_EQ(rules.status, 2);
    EXPECT_NE(rules.out.find("events.yaml:3: unknown key 'ocurs'"), std::string::npos) << rules.out;
    fs::remove_all(d);
}

TEST(check_cli, without_facts_a_coarse_inferred_date_is_reported_not_used) {
    fs::path dir = fs::path(source) / "tests/fixtures/check/corpus";
    auto r = run(binary + " check " + dir.string() + " --format json");
    auto out = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(out.is_discarded());
    bool seen = false;
    for (auto const& a : out["articles"]) {
        if (a["id"] != "undated-75th") continue;
        seen = true;
        EXPECT_TRUE(a["date"].is_null());
        EXPECT_EQ(a["date_inferred"]["from"], "2023-01-01");
        EXPECT_EQ(a["date_inferred"]["to"], "2023-12-31");
        EXPECT_NE(a["date_basis"].get<std::string>().find("dated sources"), std::string::npos);
    }
    EXPECT_TRUE(seen);
}

TEST(check_cli, bad_input_is_reported_and_the_rest_still_checked) {
    auto d = claimcheck::testing::temp_dir("check-input");
    fs::path dir = fs::path(source) / "tests/fixtures/check/corpus";
    fs::copy_file(dir / "wpk-77-wrong.md", d / "wpk-77-wrong.md");
    fs::copy_file(dir / "wpk-80-parade.md", d / "wpk-80-parade.md");
    std::ofstream(d / "broken.md") << "---\nid: broken\ndate: 2025-02-30\n---\nThe 80th anniversary.\n";
    std::ofstream(d / "binary.txt", std::ios::binary) << std::string("\x00\xff\xfe", 3);
    auto r = run(binary + " check " + d.string() + " 2>&1");
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find("broken.md:3: error:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("conflict: founding(Workers' Party of Korea)"), std::string::npos) << "the rest is still checked";
    fs::remove_all(d);
}

TEST(check_cli, an_override_that_matches_nothing_is_a_warning) {
    auto d = claimcheck::testing::temp_dir("check-override");
    std::ofstream(d / "overrides.yaml") << "overrides:\n  - article: \"nope\"\n    text: \"nothing\"\n    event: \"none\"\n";
    fs::path corpus = fs::path(source) / "tests/fixtures/check/corpus/wpk-80-parade.md";
    auto r = run(binary + " check " + corpus.string() + " --overrides " + (d / "overrides.yaml").string() + " 2>&1");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("overrides.yaml:2: warning: this override matches no claim"), std::string::npos) << r.out;
    fs::remove_all(d);
}

}  // namespace
