// End-to-end tests of the claimcheck binary: exit statuses, bad input, determinism across --jobs,
// and the expr command's JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_binary.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;

TEST(cli, extract_of_the_example_corpus_is_identical_for_any_number_of_jobs) {
    auto one = run(binary + " extract " + source + "/examples/corpus --jobs 1");
    auto two = run(binary + " extract " + source + "/examples/corpus --jobs 2");
    ASSERT_EQ(one.status, 0);
    ASSERT_EQ(two.status, 0);
    EXPECT_FALSE(one.out.empty());
    EXPECT_EQ(one.out, two.out);
    // every line is a claim object with the documented fields
    std::istringstream lines(one.out);
    std::string line;
    std::size_t count = 0;
    while (std::getline(lines, line)) {
        auto j = nlohmann::json::parse(line);
        for (char const* key : {"article", "kind", "text", "start", "end", "line", "column", "event", "anchor"})
            EXPECT_TRUE(j.contains(key)) << key << " missing in " << line;
        ++count;
    }
    EXPECT_GT(count, 50u);
}

TEST(cli, json_and_text_formats_render_the_same_claims) {
    auto jsonl = run(binary + " extract " + source + "/examples/corpus");
    auto json = run(binary + " extract " + source + "/examples/corpus --format json");
    auto text = run(binary + " extract " + source + "/examples/corpus --format text");
    ASSERT_EQ(json.status, 0);
    ASSERT_EQ(text.status, 0);
    auto doc = nlohmann::json::parse(json.out);
    std::size_t lines = static_cast<std::size_t>(std::count(jsonl.out.begin(), jsonl.out.end(), '\n'));
    EXPECT_EQ(doc["claims"].size(), lines);
    EXPECT_EQ(static_cast<std::size_t>(std::count(text.out.begin(), text.out.end(), '\n')), lines);
    EXPECT_TRUE(doc["errors"].empty());
    for (auto const& a : doc["articles"]) EXPECT_TRUE(a.contains("date_source")) << a.dump();
    // compiler-style: path:line:col: kind: "text"
    EXPECT_NE(text.out.find("kim-xi-analysis.md:10:22: first_in_interval: \"their first talks in three years\""),
              std::string::npos);
}

TEST(cli, bad_input_is_reported_with_its_file_and_the_rest_is_still_extracted) {
    fs::path d = temp_dir("bad");
    std::ofstream(d / "good.md") << "---\nid: good\ndate: 2025-10-07\n---\n"
                                    "The party marked its 80th anniversary on Oct. 10.\n";
    std::ofstream(d / "bad-date.md") << "---\nid: bad\ndate: 2023-02-30\n---\nText in 2019.\n";
    std::ofstream(d / "broken.jsonl") << "{\"id\": \"a\", \"text\": \"Talks resumed in 2018.\"}\n"
                                         "not json at all\n";
    std::ofstream(d / "binary.txt", std::ios::binary) << std::string("\x00\x01\x02 in 2019", 10);
    auto r = run(binary + " extract " + d.string() + " 2>" + (d / "err.txt").string());
    EXPECT_EQ(r.status, 2);
    std::ifstream err_in(d / "err.txt");
    std::string err((std::istreambuf_iterator<char>(err_in)), {});
    EXPECT_NE(err.find("bad-date.md:3: error:"), std::string::npos) << err;
    EXPECT_NE(err.find("broken.jsonl:2: error:"), std::string::npos) << err;
    EXPECT_NE(err.find("binary.txt"), std::string::npos) << err;
    EXPECT_NE(r.out.find("\"article\":\"good\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"article\":\"a\""), std::string::npos) << r.out;
    fs::remove_all(d);
}

TEST(cli, an_undated_article_keeps_relative_claims_unresolved_and_says_why) {
    fs::path d = temp_dir("undated");
    std::ofstream(d / "undated.md") << "---\nid: undated\n---\nThe envoy arrived last month.\n";
    auto r = run(binary + " extract " + (d / "undated.md").string());
    EXPECT_EQ(r.status, 0);
    auto j = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
    EXPECT_EQ(j["kind"], "dated_event");
    EXPECT_FALSE(j.contains("implies"));
    EXPECT_NE(j["note"].get<std::string>().find("no date"), std::string::npos);
    fs::remove_all(d);
}

TEST(cli, expr_reports_numbers_durations_and_times_with_spans_and_values) {
    auto r = run(binary + " expr --reference-date 2017-11-15 'the 70th anniversary, more than a year, late October last year'");
    ASSERT_EQ(r.status, 0);
    auto j = nlohmann::json::parse(r.out);
    auto const& m = j["mentions"];
    ASSERT_EQ(m.size(), 3u) << r.out;
    EXPECT_EQ(m[0]["type"], "ordinal");
    EXPECT_EQ(m[0]["value"], 70);
    EXPECT_EQ(m[1]["type"], "duration");
    EXPECT_EQ(m[1]["modifier"], "more_than");
    EXPECT_EQ(m[1]["unit"], "year");
    EXPECT_EQ(m[2]["type"], "time");
    EXPECT_EQ(m[2]["text"], "late October last year");
    EXPECT_EQ(m[2]["from"], "2016-10-21");
    EXPECT_EQ(m[2]["to"], "2016-10-31");
}

TEST(cli, a_malformed_rules_file_is_an_error_at_its_line) {
    fs::path d = temp_dir("rules");
    std::ofstream(d / "tolerances.yaml") << "modifiers:\n  exact:\n    bogus: 1\n";
    auto r = run(binary + " extract " + source + "/examples/corpus --rules " + d.string() + " 2>" +
                 (d / "err.txt").string());
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty());
    std::ifstream err_in(d / "err.txt");
    std::string err((std::istreambuf_iterator<char>(err_in)), {});
    EXPECT_NE(err.find("tolerances.yaml:3: unknown key 'bogus'"), std::string::npos) << err;
    fs::remove_all(d);
}

TEST(cli, usage_errors_exit_2) {
    EXPECT_EQ(run(binary + " extract 2>/dev/null").status, 2);
    EXPECT_EQ(run(binary + " expr --reference-date 2017-02-30 text 2>/dev/null").status, 2);
    EXPECT_EQ(run(binary + " nonsense 2>/dev/null").status, 2);
}

}  // namespace
