// The CI outputs of `claimcheck check`: SARIF (checked field by field against the JSON output and
// the fixture files, then by Microsoft's SARIF Multitool with GitHub's rules), JUnit XML, GitHub
// workflow commands, Markdown, JSON Lines, --output FORMAT=PATH, colour, fingerprints that survive
// unrelated edits, and byte-identical output for any number of jobs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "output/ci_formats.hpp"
#include "output/fingerprint.hpp"
#include "output/rule_docs.hpp"
#include "run_binary.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::slurp;
using claimcheck::testing::spit;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;
using json = nlohmann::json;

std::string const corpus = "tests/fixtures/check/corpus";
// Runs check from the source folder, so that paths (and SARIF URIs) are relative to it.
std::string check(std::string const& args) {
    return "cd '" + source + "' && '" + binary + "' check " + args;
}

std::vector<std::string> lines_of(std::string const& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Code points [from, to) of a line, 1-based columns.
std::string columns(std::string const& line, std::size_t from, std::size_t to) {
    std::size_t col = 1, i = 0, begin = std::string::npos;
    for (; i < line.size(); ++i) {
        bool lead = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
        if (lead) {
            if (col == from) begin = i;
            if (col == to) break;
            ++col;
        }
    }
    if (begin == std::string::npos) return {};
    return line.substr(begin, i - begin);
}

// The fixture corpus's JSON findings, once.
json const& fixture_json() {
    static json const j = json::parse(run(check(corpus + " --format json --fail-on never")).out);
    return j;
}

TEST(ci_outputs, sarif_describes_every_rule_and_locates_every_claim) {
    auto r = run(check(corpus + " --format sarif --fail-on never"));
    ASSERT_EQ(r.status, 0);
    auto sarif = json::parse(r.out);
    EXPECT_EQ(sarif["version"], "2.1.0");
    ASSERT_EQ(sarif["runs"].size(), 1u);
    auto const& run0 = sarif["runs"][0];
    EXPECT_EQ(run0["columnKind"], "unicodeCodePoints");
    auto const& driver = run0["tool"]["driver"];
    EXPECT_EQ(driver["name"], "claimcheck");
    EXPECT_FALSE(driver["version"].get<std::string>().empty());
    EXPECT_TRUE(driver["informationUri"].get<std::string>().starts_with("https://"));
    auto docs = claimcheck::output::rule_docs();
    ASSERT_EQ(driver["rules"].size(), docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        auto const& rule = driver["rules"][i];
        EXPECT_EQ(rule["id"], docs[i].id);
        EXPECT_FALSE(rule["name"].get<std::string>().empty());
        EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
        EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
        EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty());
        EXPECT_FALSE(rule["help"]["markdown"].get<std::string>().empty());
        EXPECT_TRUE(rule["defaultConfiguration"]["level"] == "error" ||
                    rule["defaultConfiguration"]["level"] == "warning" ||
                    rule["defaultConfiguration"]["level"] == "note");
    }

    // One result per conflict and compatible finding, in the JSON output's order.
    auto const& j = fixture_json();
    std::vector<json> expected;
    for (auto const& f : j["findings"])
        if (f["kind"] == "conflict" || f["kind"] == "compatible") expected.push_back(f);
    ASSERT_GT(j["summary"]["compatible"].get<int>(), 0);
    auto const& results = run0["results"];
    ASSERT_EQ(results.size(), expected.size());
    ASSERT_GT(j["summary"]["conflicts"].get<int>(), 0);
    std::set<std::string> fingerprints;
    for (std::size_t i = 0; i < results.size(); ++i) {
        auto const& res = results[i];
        auto const& f = expected[i];
        SCOPED_TRACE(f["message"].get<std::string>());
        EXPECT_EQ(res["ruleId"], f["rule"]);
        EXPECT_EQ(driver["rules"][res["ruleIndex"].get<std::size_t>()]["id"], f["rule"]);
        EXPECT_EQ(res["level"], f["kind"] == "conflict" ? "error" : "warning");
        EXPECT_FALSE(res.contains("kind"));  // "fail", the default
        EXPECT_NE(res["message"]["text"].get<std::string>().find(f["message"].get<std::string>()), std::string::npos);
        EXPECT_EQ(res["partialFingerprints"]["claimcheck/v1"], f["fingerprint"]);
        fingerprints.insert(f["fingerprint"].get<std::string>());

        // Every location, primary and related, names the claim's file, line and columns: the
        // region's text in the file is the claim's text.
        std::vector<json> locations{res["locations"][0]};
        if (f["claims"].size() > 1) {
            ASSERT_EQ(res["relatedLocations"].size(), f["claims"].size() - 1);
            for (auto const& rel : res["relatedLocations"]) {
                EXPECT_FALSE(rel["message"]["text"].get<std::string>().empty());
                locations.push_back(rel);
            }
        }
        for (std::size_t k = 0; k < locations.size(); ++k) {
            auto const& claim = f["claims"][k];
            auto const& loc = locations[k]["physicalLocation"];
            if (claim["kind"] == "fact") continue;
            std::string uri = loc["artifactLocation"]["uri"];
            EXPECT_EQ(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
            EXPECT_EQ(uri, claim["path"]);
            EXPECT_TRUE(uri.starts_with(corpus + "/")) << uri;
            auto const& region = loc["region"];
            EXPECT_EQ(region["startLine"], claim["line"]);
            EXPECT_EQ(region["startColumn"], claim["column"]);
            std::string text = claim["text"];
            ASSERT_EQ(text.find('\n'), std::string::npos);
            EXPECT_EQ(region["endLine"], claim["line"]);
            EXPECT_EQ(region["endColumn"].get<std::size_t>(), claim["column"].get<std::size_t>() + code_points(text));
            auto file_lines = lines_of(slurp(fs::path(source) / uri));
            auto line = region["startLine"].get<std::size_t>();
            ASSERT_LE(line, file_lines.size());
            EXPECT_EQ(columns(file_lines[line - 1], region["startColumn"], region["endColumn"]), text);
        }
    }
    EXPECT_EQ(fingerprints.size(), results.size()) << "fingerprints are unique";

    // With --explain, everything: agreements as passes, the rest as information.
    auto all = json::parse(run(check(corpus + " --format sarif --fail-on never --explain")).out)["runs"][0]["results"];
    auto explained = json::parse(run(check(corpus + " --format json --fail-on never --explain")).out)["findings"];
    ASSERT_EQ(all.size(), explained.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto kind = explained[i]["kind"];
        if (kind == "corroboration") EXPECT_EQ(all[i]["kind"], "pass");
        if (kind == "unverifiable" || kind == "unresolved") EXPECT_EQ(all[i]["kind"], "informational");
        if (kind != "conflict" && kind != "compatible") EXPECT_EQ(all[i]["level"], "none");
    }
}

TEST(ci_outputs, every_rule_the_engine_reports_has_a_description) {
    std::set<std::string> rules;
    auto j = json::parse(run(check(corpus + " --format json --explain --fail-on never")).out);
    for (auto const& f : j["findings"]) rules.insert(f["rule"].get<std::string>());
    EXPECT_GE(rules.size(), 5u);
    for (auto const& r : rules) EXPECT_NE(claimcheck::output::find_rule_doc(r), nullptr) << r;
}

// The official validator, with GitHub's ingestion rules: no error-level result.
TEST(ci_outputs, sarif_passes_the_sarif_multitool_with_github_rules) {
    auto install = run("'" + source + "/scripts/install-sarif-multitool.sh' 2>&1");
    if (install.status == 3) GTEST_SKIP() << "npm is not available, so the SARIF Multitool cannot be installed: " << install.out;
    ASSERT_EQ(install.status, 0) << install.out;
    std::string tool = lines_of(install.out).back();
    ASSERT_TRUE(fs::exists(tool)) << install.out;

    auto d = temp_dir("sarif-multitool");
    // With --explain, so every kind of result (pass, informational) is validated too, and with an
    // input error, for the tool notifications.
    fs::create_directories(d / "corpus");
    for (auto const& e : fs::directory_iterator(fs::path(source) / corpus)) fs::copy(e.path(), d / "corpus");
    // And with a baseline (baselineState, external suppressions) and suppression warnings.
    ASSERT_EQ(run("cd '" + d.string() + "' && '" + binary + "' baseline create corpus --baseline b.yaml --reason known"
                  " 2>/dev/null").status, 0);
    // And with reviews (review store): a baselined finding with a false-alarm review (two
    // suppressions), and a resolved finding nothing else accepted.
    {
        auto found = json::parse(run("cd '" + d.string() + "' && '" + binary + "' check corpus --explain --fail-on never"
                                     " --baseline b.yaml --format json 2>/dev/null").out);
        std::string baselined, other;
        for (auto const& f : found["findings"]) {
            if (f["status"] == "baselined" && baselined.empty()) baselined = f["fingerprint"];
            if (f["status"] == "active" && f["kind"] == "corroboration" && other.empty()) other = f["fingerprint"];
        }
        ASSERT_FALSE(baselined.empty());
        ASSERT_FALSE(other.empty());
        ASSERT_EQ(run("cd '" + d.string() + "' && '" + binary + "' review set " + baselined +
                      " --status false-alarm --reason misparse --note 'a note' --db r.db 2>/dev/null").status, 0);
        ASSERT_EQ(run("cd '" + d.string() + "' && '" + binary + "' review set " + other +
                      " --status resolved --db r.db 2>/dev/null").status, 0);
    }
    spit(d / "corpus" / "zz-suppressions.md", "---\nid: zz\ndate: 2018-09-09\n---\n"
                                              "<!-- claimcheck-disable-next-line event-date -- nothing here -->\n"
                                              "<!-- claimcheck-disable-next-line no-such-rule -- typo -->\nPlain text.\n");
    spit(d / "corpus" / "broken.md", "---\nid: [unclosed\n---\ntext\n");
    auto r = run("cd '" + d.string() + "' && '" + binary + "' check corpus --explain --fail-on never --baseline b.yaml"
                 " --db r.db --output sarif=out.sarif > /dev/null 2>&1");
    ASSERT_EQ(r.status, 2);  // the input error
    ASSERT_TRUE(fs::exists(d / "out.sarif"));
    auto v = run("cd '" + d.string() + "' && DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 '" + tool +
                 "' validate --rule-kind 'Sarif;Gh' --output validation.sarif out.sarif 2>&1");
    ASSERT_EQ(v.status, 0) << v.out;
    ASSERT_TRUE(fs::exists(d / "validation.sarif")) << v.out;
    auto produced = json::parse(slurp(d / "out.sarif"));
    std::set<std::string> states, rules;
    std::size_t two_suppressions = 0, reviewed = 0;
    for (auto const& res : produced["runs"][0]["results"]) {
        states.insert(res["baselineState"].get<std::string>());
        rules.insert(res["ruleId"].get<std::string>());
        if (res.contains("suppressions") && res["suppressions"].size() == 2) ++two_suppressions;
        if (res.contains("properties") && res["properties"].value("status", "") == "reviewed") ++reviewed;
    }
    EXPECT_EQ(two_suppressions, 1u);
    EXPECT_EQ(reviewed, 1u);
    EXPECT_EQ(states, (std::set<std::string>{"new", "unchanged"}));
    EXPECT_TRUE(rules.count("unused-suppression") && rules.count("invalid-suppression"));
    auto report = json::parse(slurp(d / "validation.sarif"));
    std::vector<std::string> errors;
    for (auto const& res : report["runs"][0]["results"])
        if (res.value("level", "warning") == "error") errors.push_back(res["ruleId"].get<std::string>() + ": " + res.dump());
    EXPECT_TRUE(errors.empty()) << v.out;
    for (auto const& inv : report["runs"][0]["invocations"]) EXPECT_TRUE(inv["executionSuccessful"].get<bool>());
    EXPECT_EQ(v.out.find(": error "), std::string::npos) << v.out;
    fs::remove_all(d);
}

TEST(ci_outputs, junit_has_one_unique_testcase_per_article_and_fails_those_with_conflicts) {
    auto r = run(check(corpus + " --format junit --fail-on never"));
    ASSERT_EQ(r.status, 0);
    auto const& j = fixture_json();
    std::string xml = r.out;
    EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimcheck\""));
    std::regex testcase("<testcase name=\"([^\"]*)\" classname=\"claimcheck\" file=\"([^\"]*)\"");
    std::set<std::string> names;
    std::size_t n = 0;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), testcase); it != std::sregex_iterator(); ++it, ++n)
        names.insert((*it)[1]);
    EXPECT_EQ(n, j["articles"].size());
    EXPECT_EQ(names.size(), n);
    for (auto const& a : j["articles"]) EXPECT_TRUE(names.count(a["id"].get<std::string>())) << a["id"];
    // --fail-on never: a report, not a verdict; no failures.
    EXPECT_EQ(xml.find("<failure"), std::string::npos);

    auto fails = run(check(corpus + " --format junit --fail-on warning"));
    EXPECT_EQ(fails.status, 1);
    std::set<std::string> failing_articles;  // subject articles of conflicts and compatible findings
    for (auto const& f : j["findings"])
        if (f["kind"] == "conflict" || f["kind"] == "compatible") failing_articles.insert(f["claims"][0]["article"]);
    std::size_t failures = 0;
    for (std::size_t at = 0; (at = fails.out.find("<failure type=", at)) != std::string::npos; ++at) ++failures;
    EXPECT_EQ(failures, failing_articles.size());
    EXPECT_NE(fails.out.find("failures=\"" + std::to_string(failing_articles.size()) + "\""), std::string::npos);
    EXPECT_NE(fails.out.find("<failure type=\"conflict\" message=\""), std::string::npos);
}

TEST(ci_outputs, junit_escapes_ids_and_messages_and_reports_input_errors) {
    auto d = temp_dir("junit-escape");
    spit(d / "a.md", "---\nid: \"tom & jerry <\\\"quoted\\\"> 'x'\"\ndate: 2018-09-09\n---\n"
                     "North Korea celebrated the 70th anniversary of its founding on Sunday.\n");
    spit(d / "b.md", "---\nid: other\ndate: 2018-09-09\n---\n"
                     "North Korea marked the 75th anniversary of its founding on Sunday.\n");
    spit(d / "bad.md", "---\nid: [unclosed\n---\ntext\n");
    auto r = run("'" + binary + "' check '" + d.string() + "' --format junit --output junit=" + (d / "r.xml").string() +
                 " 2>/dev/null");
    EXPECT_EQ(r.status, 2);  // the input error
    EXPECT_EQ(slurp(d / "r.xml"), r.out);
    EXPECT_NE(r.out.find("name=\"tom &amp; jerry &lt;&quot;quoted&quot;&gt; &apos;x&apos;\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("<error type=\"input-error\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("<failure type=\"conflict\""), std::string::npos) << r.out;
    // Well-formed, and the id reads back as written.
    auto parsed = run("python3 -c \"import sys, xml.etree.ElementTree as E; t = E.parse(sys.argv[1]); "
                      "print('\\n'.join(c.get('name') for c in t.iter('testcase')))\" '" + (d / "r.xml").string() + "'");
    ASSERT_EQ(parsed.status, 0);
    EXPECT_NE(parsed.out.find("tom & jerry <\"quoted\"> 'x'\n"), std::string::npos) << parsed.out;
    EXPECT_EQ(claimcheck::output::xml_escape("a\x01<b>\n"), "a\xEF\xBF\xBD&lt;b&gt;&#10;");
    fs::remove_all(d);
}

TEST(ci_outputs, github_workflow_commands_annotate_each_conflict_at_its_claim) {
    auto r = run(check(corpus + " --format github --fail-on never"));
    ASSERT_EQ(r.status, 0);
    auto const& j = fixture_json();
    std::vector<json> expected;
    for (auto const& f : j["findings"])
        if (f["kind"] != "unverifiable" && f["kind"] != "unresolved") expected.push_back(f);
    auto lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), expected.size());
    std::regex command(R"(^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endColumn=(\d+),title=([^:]*)::(.*)$)");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::smatch m;
        ASSERT_TRUE(std::regex_match(lines[i], m, command)) << lines[i];
        auto const& f = expected[i];
        auto const& claim = f["claims"][0];
        EXPECT_EQ(m[1], f["kind"] == "conflict" ? "error" : f["kind"] == "compatible" ? "warning" : "notice");
        EXPECT_EQ(m[2], claim["path"]);
        EXPECT_EQ(std::stoul(m[3]), claim["line"].get<unsigned long>());
        EXPECT_EQ(std::stoul(m[4]), claim["column"].get<unsigned long>());
        EXPECT_NE(m[6].str().find(f["rule"].get<std::string>()), std::string::npos);
        EXPECT_EQ(m[7].str().find('\n'), std::string::npos);
    }
    using claimcheck::output::github_escape_data;
    using claimcheck::output::github_escape_property;
    EXPECT_EQ(github_escape_data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
    EXPECT_EQ(github_escape_property("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad");
}

TEST(ci_outputs, jsonl_is_the_json_findings_one_a_line) {
    auto r = run(check(corpus + " --format jsonl --fail-on never"));
    ASSERT_EQ(r.status, 0);
    auto const& j = fixture_json();
    auto lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), j["findings"].size());
    for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(json::parse(lines[i]), j["findings"][i]);
}

TEST(ci_outputs, markdown_lists_conflicts_first_and_counts) {
    auto r = run(check(corpus + " --format markdown --fail-on never"));
    ASSERT_EQ(r.status, 0);
    auto const& j = fixture_json();
    EXPECT_TRUE(r.out.starts_with("## claimcheck: " + std::to_string(j["summary"]["conflicts"].get<int>()) + " conflicts"));
    // Each section lists the findings of its kind, conflicts first, then near misses, then agreements.
    std::vector<std::pair<std::string, std::string>> sections{
        {"### Conflicts", "conflict"}, {"### Compatible (near misses)", "compatible"}, {"### Corroborations", "corroboration"}};
    std::size_t previous = 0;
    for (std::size_t k = 0; k < sections.size(); ++k) {
        auto at = r.out.find(sections[k].first);
        ASSERT_NE(at, std::string::npos) << sections[k].first;
        EXPECT_GT(at, previous);
        auto end = k + 1 < sections.size() ? r.out.find(sections[k + 1].first) : r.out.size();
        std::size_t items = 0;
        for (auto i = r.out.find("\n- `", at); i != std::string::npos && i < end; i = r.out.find("\n- `", i + 1)) ++items;
        std::size_t expected = 0;
        for (auto const& f : j["findings"]) expected += f["kind"] == sections[k].second;
        EXPECT_EQ(items, expected) << sections[k].first;
        previous = at;
    }
    for (auto const& f : j["findings"])
        if (f["kind"] == "conflict")
            EXPECT_NE(r.out.find("`" + f["claims"][0]["path"].get<std::string>() + ":" +
                                 std::to_string(f["claims"][0]["line"].get<int>())),
                      std::string::npos);
    EXPECT_EQ(r.out.find("more findings"), std::string::npos);
}

// A report with thousands of long findings stays under GitHub's comment limit.
TEST(ci_outputs, markdown_stays_under_the_comment_limit) {
    using namespace claimcheck;
    std::vector<engine::article_record> articles(1);
    articles[0].id = "a";
    articles[0].path = "a.md";
    std::vector<engine::claim_record> claims;
    engine::check_result result;
    for (std::uint32_t i = 0; i < 3000; ++i) {
        engine::claim_record c;
        c.text = "the " + std::to_string(i) + "th anniversary";
        c.line = i + 1;
        c.column = 1;
        claims.push_back(c);
        engine::finding f;
        f.rule = "event-date";
        f.event = "founding(Somewhere " + std::to_string(i) + ")";
        f.message = std::string(300, 'x');
        f.claims = {i};
        result.findings.push_back(f);
    }
    std::vector<ingest::ingest_error> errors;
    output::check_report report{articles, claims, result, errors};
    std::FILE* f = std::tmpfile();
    output::write_findings_markdown(report, f);
    std::fseek(f, 0, SEEK_END);
    long size = std::ftell(f);
    std::rewind(f);
    std::string text(static_cast<std::size_t>(size), '\0');
    ASSERT_EQ(std::fread(text.data(), 1, text.size(), f), text.size());
    std::fclose(f);
    EXPECT_LT(text.size(), output::markdown_limit);
    EXPECT_GT(text.size(), output::markdown_limit - 2000);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(text, m, std::regex(R"(… and (\d+) more findings)")));
    std::size_t listed = 0;
    for (std::size_t at = 0; (at = text.find("\n- `a.md:", at)) != std::string::npos; ++at) ++listed;
    EXPECT_EQ(listed + std::stoul(m[1]), 3000u);
}

TEST(ci_outputs, output_writes_several_formats_in_one_run_identical_to_stdout) {
    auto d = temp_dir("outputs");
    std::vector<std::string> formats{"text", "json", "jsonl", "sarif", "junit", "markdown", "github"};
    std::string args = corpus + " --fail-on never";
    for (auto const& f : formats) args += " --output " + f + "=" + (d / ("out." + f)).string();
    auto all = run(check(args + " --format json"));
    ASSERT_EQ(all.status, 0);
    EXPECT_EQ(all.out, run(check(corpus + " --fail-on never --format json")).out);
    for (auto const& f : formats) {
        auto alone = run(check(corpus + " --fail-on never --color never --format " + f));
        EXPECT_EQ(slurp(d / ("out." + f)), alone.out) << f;
    }
    // nothing but the outputs: the temporary files are gone
    std::size_t files = 0;
    for ([[maybe_unused]] auto const& e : fs::directory_iterator(d)) ++files;
    EXPECT_EQ(files, formats.size());
    fs::remove_all(d);
}

TEST(ci_outputs, a_bad_output_format_or_path_is_a_usage_error) {
    auto d = temp_dir("bad-output");
    auto r = run(check(corpus + " --output yaml=" + (d / "x").string() + " 2>&1"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("unknown format 'yaml'"), std::string::npos) << r.out;
    r = run(check(corpus + " --output sarif 2>&1"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("expected FORMAT=PATH"), std::string::npos) << r.out;
    r = run(check(corpus + " --format yaml 2>&1"));
    EXPECT_EQ(r.status, 2);
    r = run(check(corpus + " --output sarif=" + (d / "no-such-folder" / "x.sarif").string() + " 2>&1"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("cannot write " + (d / "no-such-folder" / "x.sarif").string()), std::string::npos) << r.out;
    r = run(check(corpus + " --output sarif=" + d.string() + " 2>&1"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("is a directory"), std::string::npos) << r.out;
    EXPECT_TRUE(fs::is_empty(d));
    fs::remove_all(d);
}

TEST(ci_outputs, every_format_is_byte_identical_across_runs_and_jobs) {
    for (std::string f : {"text", "json", "jsonl", "sarif", "junit", "markdown", "github"}) {
        auto one = run(check(corpus + " --fail-on never --explain --jobs 1 --format " + f));
        auto two = run(check(corpus + " --fail-on never --explain --jobs 2 --format " + f));
        ASSERT_EQ(one.status, 0) << f;
        EXPECT_FALSE(one.out.empty()) << f;
        EXPECT_EQ(one.out, two.out) << f;
    }
}

TEST(ci_outputs, colour_only_when_asked_or_on_a_terminal_without_no_color) {
    std::string const esc = "\033[";
    auto always = run(check(corpus + " --fail-on never --color=always"));
    EXPECT_NE(always.out.find(esc + "1;31mconflict:"), std::string::npos);
    auto never = run(check(corpus + " --fail-on never --color=never"));
    EXPECT_EQ(never.out.find(esc), std::string::npos);
    auto piped = run(check(corpus + " --fail-on never"));
    EXPECT_EQ(piped.out.find(esc), std::string::npos);
    EXPECT_EQ(piped.out, never.out);
    // Other formats never have colours.
    EXPECT_EQ(run(check(corpus + " --fail-on never --color=always --format github")).out.find(esc), std::string::npos);

    // On a terminal (script(1) gives the command one): colours and a progress line, unless NO_COLOR.
    if (run("command -v script >/dev/null 2>&1").status != 0) GTEST_SKIP() << "script(1) is not available";
    auto tty = run("script -qec \"" + check(corpus + " --fail-on never") + "\" /dev/null");
    EXPECT_NE(tty.out.find(esc + "1;31mconflict:"), std::string::npos) << tty.out.substr(0, 300);
    auto no_color = run("NO_COLOR=1 script -qec \"" + check(corpus + " --fail-on never") + "\" /dev/null");
    EXPECT_EQ(no_color.out.find("mconflict:"), std::string::npos) << no_color.out.substr(0, 300);
    EXPECT_NE(no_color.out.find("conflict:"), std::string::npos);
}

// Fingerprints: an edit elsewhere in an article keeps them; changing a claim changes its findings'.
TEST(ci_outputs, fingerprints_survive_unrelated_edits_and_follow_claim_changes) {
    auto d = temp_dir("fingerprints");
    fs::copy(fs::path(source) / "examples/corpus", d / "corpus", fs::copy_options::recursive);
    auto findings = [&] {
        auto r = run("cd '" + d.string() + "' && '" + binary + "' check corpus --format json --fail-on never");
        return json::parse(r.out)["findings"];
    };
    auto before = findings();
    ASSERT_GT(before.size(), 3u);

    // A paragraph with nothing dated, added after the front matter of every Markdown article:
    // every claim's line and byte offset moves.
    for (auto const& e : fs::recursive_directory_iterator(d / "corpus")) {
        if (e.path().extension() != ".md") continue;
        std::string text = slurp(e.path());
        auto end = text.find("\n---\n", 3);
        ASSERT_NE(end, std::string::npos) << e.path();
        text.insert(end + 5, "An editor's note, added here to move everything below it down by a few lines.\n\n");
        spit(e.path(), text);
    }
    auto after = findings();
    ASSERT_EQ(after.size(), before.size());
    std::size_t moved = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i]["fingerprint"], before[i]["fingerprint"]) << before[i]["message"];
        if (before[i]["claims"][0]["path"].get<std::string>().ends_with(".md"))
            moved += after[i]["claims"][0]["line"] != before[i]["claims"][0]["line"];
        EXPECT_NE(after[i]["fingerprint"].get<std::string>().find_first_not_of("0123456789abcdef"), 0u);
        EXPECT_EQ(after[i]["fingerprint"].get<std::string>().size(), 32u);
    }
    EXPECT_GT(moved, 0u);

    // A claim changed: "three years" -> "four years" in one article.
    auto path = d / "corpus" / "kim-xi-analysis.md";
    std::string text = slurp(path);
    auto at = text.find("first talks in three years");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("first talks in three years").size(), "first talks in four years");
    spit(path, text);
    auto changed = findings();
    std::set<std::string> old_prints;
    for (auto const& f : before) old_prints.insert(f["fingerprint"].get<std::string>());
    std::size_t touching = 0;
    for (auto const& f : changed) {
        bool involves = false;
        for (auto const& c : f["claims"])
            involves = involves || (c["article"] == "kim-xi-analysis" && c["text"].get<std::string>().find("four years") !=
                                                                            std::string::npos);
        if (involves) {
            ++touching;
            EXPECT_EQ(old_prints.count(f["fingerprint"].get<std::string>()), 0u) << f["message"];
        } else {
            EXPECT_EQ(old_prints.count(f["fingerprint"].get<std::string>()), 1u) << f["message"];
        }
    }
    EXPECT_GT(touching, 0u);
    fs::remove_all(d);
}

}  // namespace

namespace {

// The fingerprint's inputs, one by one, on hand-made records.
TEST(fingerprint, ignores_positions_and_evidence_order_but_not_content) {
    using namespace claimcheck;
    std::vector<engine::article_record> articles(3);
    articles[0].id = "a";
    articles[1].id = "b";
    articles[2].id = "c";
    std::vector<engine::claim_record> claims(3);
    for (std::uint32_t i = 0; i < 3; ++i) {
        claims[i].article = i;
        claims[i].kind = extract::claim_kind::anniversary;
        claims[i].text = "the 70th anniversary";
        claims[i].line = 10 + i;
        claims[i].column = 5;
        claims[i].start = 100;
        claims[i].end = 120;
        claims[i].implied = interval{day_number{1000}, day_number{1364}};
    }
    engine::check_result result;
    engine::finding f;
    f.rule = "event-date";
    f.event = "founding(X)";
    f.claims = {0, 1, 2};
    result.findings.push_back(f);
    auto print = [&] { return output::fingerprints(result, articles, claims).front(); };
    auto const original = print();
    EXPECT_EQ(original.size(), 32u);

    claims[1].line = 99;  // moved
    claims[1].column = 1;
    claims[1].start = 5000;
    claims[1].end = 5020;
    claims[1].text = "the  70th\nAnniversary";  // re-wrapped, capitalised
    EXPECT_EQ(print(), original);
    result.findings[0].claims = {0, 2, 1};  // evidence in another order
    EXPECT_EQ(print(), original);

    auto changed = [&](auto&& edit) {
        auto saved_claims = claims;
        auto saved_articles = articles;
        auto saved = result;
        edit();
        auto p = print();
        claims = saved_claims;
        articles = saved_articles;
        result = saved;
        return p != original;
    };
    EXPECT_TRUE(changed([&] { result.findings[0].claims = {1, 0, 2}; }));  // another subject
    EXPECT_TRUE(changed([&] { claims[2].implied = interval{day_number{1365}, day_number{1729}}; }));
    EXPECT_TRUE(changed([&] { claims[2].text = "the 71st anniversary"; }));
    EXPECT_TRUE(changed([&] { articles[2].id = "d"; }));
    EXPECT_TRUE(changed([&] { result.findings[0].rule = "gap-agreement"; }));
    EXPECT_TRUE(changed([&] { result.findings[0].event = "founding(Y)"; }));
    EXPECT_TRUE(changed([&] { result.findings[0].kind = engine::finding_kind::corroboration; }));

    // Two findings that hash alike still get distinct fingerprints.
    result.findings.push_back(result.findings[0]);
    auto both = output::fingerprints(result, articles, claims);
    EXPECT_EQ(both[0], original);
    EXPECT_EQ(both[1], original + "-2");
}

}  // namespace
