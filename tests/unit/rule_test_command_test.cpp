// `claimcheck test`: expected.txt cases, annotated cases, failures with a diff, broken fixtures.
#include <gtest/gtest.h>

#include "run_binary.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::source;

fs::path const corpus = fs::path(source) / "tests/fixtures/check/corpus";

void write(fs::path const& p, std::string const& content) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
}

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The article without its FINDING annotations.
std::string unannotated(fs::path const& p) {
    std::string out, line;
    std::istringstream in(read(p));
    while (std::getline(in, line))
        if (line.rfind("<!-- FINDING", 0) != 0) out += line + "\n";
    return out;
}

// A case with the planted founding conflict: wpk-77-wrong against wpk-80-parade, the conflict
// annotated when `annotate`.
fs::path conflict_case(fs::path const& root, std::string const& name, bool annotate = true) {
    fs::path c = root / name;
    write(c / "wpk-77-wrong.md",
          unannotated(corpus / "wpk-77-wrong.md") +
              (annotate ? "<!-- FINDING: conflict event-date founding(Workers' Party of Korea) -->\n" : ""));
    write(c / "wpk-80-parade.md", unannotated(corpus / "wpk-80-parade.md"));
    return c;
}

TEST(test_command, the_built_in_rules_fixtures_pass_and_cover_every_rule) {
    auto r = run(binary + " test --verbose 2>&1");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find(" 0 failed, 0 broken"), std::string::npos) << r.out;
    for (char const* rule : {"event-date", "gap-occurrence", "gap-agreement", "occurrence-agreement", "single-source",
                             "event-unresolved"}) {
        bool covered = false;
        for (auto const& e : fs::recursive_directory_iterator(fs::path(source) / "rules/tests"))
            if (e.is_regular_file()) {
                auto text = read(e.path());
                if (text.find(std::string(" ") + rule + " ") != std::string::npos ||
                    text.find(std::string("[") + rule + "]") != std::string::npos)
                    covered = true;
            }
        EXPECT_TRUE(covered) << "no fixture under rules/tests/ expects a finding of " << rule;
    }
}

TEST(test_command, an_annotated_case_passes_and_an_unannotated_conflict_fails_with_a_diff) {
    auto d = claimcheck::testing::temp_dir("rule-test-annotations");
    auto c = conflict_case(d, "founding");
    auto pass = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(pass.status, 0) << pass.out;
    EXPECT_NE(pass.out.find("1 passed, 0 failed, 0 broken"), std::string::npos) << pass.out;
    // the annotation names another rule: it is missing, and the conflict is unexpected
    auto text = read(c / "wpk-77-wrong.md");
    text.replace(text.find("conflict event-date"), 19, "conflict gap-agreement");
    write(c / "wpk-77-wrong.md", text);
    auto fail = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(fail.status, 1) << fail.out;
    EXPECT_NE(fail.out.find("FAIL " + c.string()), std::string::npos) << fail.out;
    EXPECT_NE(fail.out.find("-wpk-77-wrong.md:7: conflict gap-agreement founding(Workers' Party of Korea)"),
              std::string::npos)
        << fail.out;
    EXPECT_NE(fail.out.find("+wpk-77-wrong.md:7, wpk-80-parade.md:7: conflict event-date founding(Workers' Party of Korea)"),
              std::string::npos)
        << fail.out;
    EXPECT_NE(fail.out.find("0 passed, 1 failed, 0 broken"), std::string::npos) << fail.out;
    fs::remove_all(d);
}

TEST(test_command, an_expected_txt_case_compares_the_text_output_with_paths_relative_to_the_case) {
    auto d = claimcheck::testing::temp_dir("rule-test-expected");
    auto c = conflict_case(d, "founding", false);
    auto update = run(binary + " test --update " + d.string() + " 2>&1");
    EXPECT_EQ(update.status, 0) << update.out;
    auto expected = read(c / "expected.txt");
    EXPECT_EQ(expected.find(d.string()), std::string::npos) << "paths are relative to the case:\n" << expected;
    EXPECT_NE(expected.find("wpk-77-wrong.md:7:79: conflict: founding(Workers' Party of Korea)"), std::string::npos)
        << expected;
    auto pass = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(pass.status, 0) << pass.out;
    // an edited expectation: a unified diff, exit 1
    auto edited = expected;
    edited.replace(edited.find(":7:79: conflict"), 15, ":7:80: conflict");
    write(c / "expected.txt", edited);
    auto fail = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(fail.status, 1) << fail.out;
    EXPECT_NE(fail.out.find("--- " + (c / "expected.txt").string()), std::string::npos) << fail.out;
    EXPECT_NE(fail.out.find("+++ claimcheck check (actual)"), std::string::npos) << fail.out;
    EXPECT_NE(fail.out.find("@@ -1,"), std::string::npos) << fail.out;
    EXPECT_NE(fail.out.find("-wpk-77-wrong.md:7:80: conflict"), std::string::npos) << fail.out;
    EXPECT_NE(fail.out.find("+wpk-77-wrong.md:7:79: conflict"), std::string::npos) << fail.out;
    fs::remove_all(d);
}

TEST(test_command, broken_fixtures_exit_2_naming_file_and_line) {
    auto d = claimcheck::testing::temp_dir("rule-test-broken");
    write(d / "bad-kind" / "a.md", "---\nid: a\ndate: 2025-10-10\n---\nThe 80th anniversary of the founding of the Workers' Party of Korea.\n<!-- FINDING: clash event-date -->\n");
    write(d / "bad-rule" / "a.md", "---\nid: a\ndate: 2025-10-10\n---\nText.\n<!-- FINDING: conflict no-such-rule -->\n");
    write(d / "unclosed" / "a.md", "---\nid: a\ndate: 2025-10-10\n---\nText.\n<!-- FINDING: conflict event-date\n");
    write(d / "nothing-expected" / "a.md", "---\nid: a\ndate: 2025-10-10\n---\nText.\n");
    write(d / "bad-input" / "a.md", "---\nid: a\ndate: 2025-02-30\n---\nText.\n");
    write(d / "bad-input" / "expected.txt", "");
    auto c = conflict_case(d, "z-good");  // a good case still runs and passes
    auto r = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find((d / "bad-kind/a.md").string() + ":6: error: unknown finding kind 'clash'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find((d / "bad-rule/a.md").string() + ":6: error: unknown rule 'no-such-rule'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find((d / "unclosed/a.md").string() + ":6: error: malformed annotation"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("neither expected.txt nor FINDING annotations"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find((d / "bad-input/a.md").string() + ":3: error:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 passed, 0 failed, 5 broken"), std::string::npos) << r.out;
    auto missing = run(binary + " test " + (d / "nowhere").string() + " 2>&1");
    EXPECT_EQ(missing.status, 2) << missing.out;
    fs::remove_all(d);
}

TEST(test_command, a_case_brings_its_own_facts) {
    auto d = claimcheck::testing::temp_dir("rule-test-facts");
    write(d / "c" / "a.md", "---\nid: a\ndate: 2025-10-10\n---\nThe party marked the 78th anniversary of the founding of the Workers' Party of Korea on Friday.\n<!-- FINDING: conflict event-date founding(Workers' Party of Korea) -->\n");
    auto without = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(without.status, 1) << without.out;  // one source alone: no conflict
    write(d / "c" / "facts.yaml", "facts:\n  - event: \"founding(Workers' Party of Korea)\"\n    date: \"1945-10-10\"\n");
    auto with = run(binary + " test " + d.string() + " 2>&1");
    EXPECT_EQ(with.status, 0) << with.out;
    fs::remove_all(d);
}

}  // namespace
