// `claimcheck report`: the self-contained HTML page (its embedded data against check's JSON), the
// Markdown report, report --from, the committed example reports (byte for byte), a hostile article
// (escaped, nothing executes), the page in headless Chromium (counts, a conflict card with both
// quotes, timeline bars, filters in the URL), and the size of a large corpus's report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "output/report.hpp"
#include "run_binary.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::slurp;
using claimcheck::testing::spit;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;
using json = nlohmann::json;

std::size_t occurrences(std::string const& hay, std::string const& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

// claimcheck ARGS, run in the source folder (paths in the report are relative to it).
claimcheck::testing::run_result cc(std::string const& args) {
    return run("cd '" + source + "' && '" + binary + "' " + args + " 2>&1");
}

// The JSON the page embeds.
json embedded_data(std::string const& html) {
    std::string const open = "<script type=\"application/json\" id=\"claimcheck-data\">";
    auto a = html.find(open);
    EXPECT_NE(a, std::string::npos);
    if (a == std::string::npos) return {};
    a += open.size();
    auto b = html.find("</script>", a);
    return json::parse(html.substr(a, b - a));
}

fs::path example_report(std::string const& name) {
    static fs::path const dir = temp_dir("report-examples");
    fs::path p = dir / name;
    if (!fs::exists(p)) {
        auto r = cc("report examples/corpus -o '" + p.string() + "'");
        EXPECT_EQ(r.status, 0) << r.out;
    }
    return p;
}

TEST(report, html_is_one_self_contained_file_with_the_findings_of_check) {
    std::string html = slurp(example_report("report.html"));
    ASSERT_FALSE(html.empty());
    // Nothing is fetched: no external scripts, styles, images, frames or fonts, and a CSP that
    // forbids any request.
    EXPECT_EQ(occurrences(html, "<script"), 2u);
    EXPECT_EQ(occurrences(html, " src="), 0u);
    EXPECT_EQ(occurrences(html, "<link"), 0u);
    EXPECT_EQ(occurrences(html, "@import"), 0u);
    EXPECT_EQ(occurrences(html, "url("), 0u);
    EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);

    auto check = json::parse(cc("check examples/corpus --format json --fail-on never").out);
    auto data = embedded_data(html);
    for (auto key : {"articles", "claims", "events", "conflicts", "corroborations", "unresolved"}) {
        EXPECT_EQ(data["counts"][key], check["summary"][key]) << key;
        // The headline counts, in the page itself (they double as filters).
        std::regex count("id=\"count-" + std::string(key) + "\" href=\"#[^\"]+\" data-filter=\"[^\"]+\"><span class=\"n\">" +
                         std::to_string(check["summary"][key].get<int>()) + "</span>");
        EXPECT_TRUE(std::regex_search(html, count)) << key;
    }
    EXPECT_EQ(data["counts"]["conflicts"], 2);

    // Findings grouped by event, conflicts first; each conflict's sides quoted in their sentences.
    auto const& events = data["events"];
    ASSERT_FALSE(events.empty());
    auto const& first = data["findings"][events[0]["findings"][0].get<std::size_t>()];
    EXPECT_EQ(first["kind"], "conflict");
    std::size_t conflicts = 0;
    for (auto const& f : data["findings"]) {
        if (f["kind"] != "conflict") continue;
        ++conflicts;
        ASSERT_GE(f["claims"].size(), 2u);
        for (auto ci : f["claims"]) {
            auto const& c = data["claims"][ci.get<std::size_t>()];
            auto const& a = data["articles"][c["a"].get<std::size_t>()];
            if (a.contains("fact")) continue;
            ASSERT_TRUE(c.contains("b") && c.contains("x")) << c.dump();
            std::string sentence = c["b"].get<std::string>() + c["t"].get<std::string>() + c["x"].get<std::string>();
            EXPECT_GT(sentence.size(), c["t"].get<std::string>().size());
            EXPECT_TRUE(a.contains("title") && a.contains("date") && a.contains("date_source")) << a.dump();
        }
        // The arithmetic in plain words: how far apart the intervals are.
        auto plain = f["plain"].dump();
        EXPECT_NE(plain.find("cannot all be true"), std::string::npos) << plain;
    }
    EXPECT_EQ(conflicts, 2u);
    // The gap-agreement conflict of the README, both quotes.
    std::string blob = data.dump();
    EXPECT_NE(blob.find("their first talks in three years"), std::string::npos);
    EXPECT_NE(blob.find("their first talks in six years"), std::string::npos);
    // The per-article view has every claim.
    EXPECT_EQ(data["claims"].size() >= check["summary"]["claims"].get<std::size_t>(), true);
    // Footer: version, rules, the command (output path reduced to its name).
    EXPECT_NE(html.find("claimcheck 0."), std::string::npos);
    EXPECT_NE(html.find("built-in rules"), std::string::npos);
    EXPECT_NE(html.find("<code id=\"command\">claimcheck report examples/corpus -o report.html</code>"), std::string::npos);
}

TEST(report, from_check_json_gives_the_same_data) {
    auto d = temp_dir("report-from");
    auto r = cc("check examples/corpus --format json --explain --fail-on never > '" + (d / "results.json").string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    // check's JSON carries what the report needs: titles, sources, dates, sentences.
    auto results = json::parse(slurp(d / "results.json"));
    EXPECT_FALSE(results["articles"][0]["title"].is_null());
    EXPECT_TRUE(results["articles"][0].contains("source"));
    EXPECT_TRUE(results["findings"][0]["claims"][0].contains("context"));
    EXPECT_EQ(results["run"]["paths"], json::array({"examples/corpus"}));

    r = cc("report --from '" + (d / "results.json").string() + "' -o '" + (d / "from.html").string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    auto direct = embedded_data(slurp(example_report("report.html")));
    auto from = embedded_data(slurp(d / "from.html"));
    EXPECT_EQ(from, direct);
    r = cc("report --from '" + (d / "results.json").string() + "' -o '" + (d / "from.md").string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    std::string md = slurp(d / "from.md"), direct_md = slurp(example_report("report.md"));
    // The same but for the footer's command (here the check that made the JSON).
    EXPECT_NE(md.find("claimcheck check examples/corpus --format json --explain"), std::string::npos);
    EXPECT_EQ(md.substr(0, md.rfind("<sub>")), direct_md.substr(0, direct_md.rfind("<sub>")));

    // Usage errors.
    EXPECT_EQ(cc("report examples/corpus --from x.json -o r.html").status, 2);
    EXPECT_EQ(cc("report examples/corpus -o '" + (d / "r.pdf").string() + "'").status, 2);
    spit(d / "bad.json", "{\"nothing\": 1}");
    EXPECT_EQ(cc("report --from '" + (d / "bad.json").string() + "' -o '" + (d / "r.html").string() + "'").status, 2);
    EXPECT_FALSE(fs::exists(d / "r.html"));
}

TEST(report, markdown_has_the_table_the_quotes_and_details_per_event) {
    std::string md = slurp(example_report("report.md"));
    EXPECT_TRUE(md.starts_with("## claimcheck report: 2 conflicts"));
    EXPECT_NE(md.find("| articles | claims | events | conflicts |"), std::string::npos);
    EXPECT_NE(md.find("### Conflicts"), std::string::npos);
    // A conflict's sides quoted in their sentences, the claim in bold.
    EXPECT_NE(md.find("held **their first talks in three years** on Thursday"), std::string::npos) << md;
    EXPECT_NE(md.find("**their first talks in six years**"), std::string::npos);
    EXPECT_NE(md.find("<details><summary><b>meeting(Kim Jong Un, Xi Jinping)</b>"), std::string::npos);
    EXPECT_EQ(occurrences(md, "<details>"), occurrences(md, "</details>"));
    EXPECT_LT(md.size(), 65536u);
}

TEST(report, markdown_of_a_large_corpus_is_cut_with_n_more) {
    // Many conflicting articles: the Markdown stays under 65,536 characters and says how many more.
    auto d = temp_dir("report-md-cut");
    fs::create_directories(d / "corpus");
    for (int i = 0; i < 400; ++i) {
        int ordinal = 70 + i % 15;
        spit(d / "corpus" / ("a" + std::to_string(i) + ".md"),
             "---\nid: a" + std::to_string(i) + "\ndate: 2025-10-10\ntitle: Parade " + std::to_string(i) +
                 "\nsource: Paper " + std::to_string(i) + "\n---\nThe country marked the " + std::to_string(ordinal) +
                 "th anniversary of the founding of the Workers' Party of Korea on Friday, reporter " +
                 std::to_string(i) + " wrote.\n");
    }
    auto r = run("cd '" + d.string() + "' && '" + binary + "' report corpus -o report.md 2>&1");
    ASSERT_EQ(r.status, 0) << r.out;
    std::string md = slurp(d / "report.md");
    EXPECT_LT(md.size(), 65536u);
    EXPECT_TRUE(std::regex_search(md, std::regex("… and [0-9]+ more")));
    EXPECT_NE(md.find("<sub>claimcheck"), std::string::npos) << "the footer is kept";
}

// The committed reports of the example corpus are what the binary makes now.
TEST(report, examples_are_up_to_date) {
    for (auto name : {"report.html", "report.md"}) {
        fs::path committed = fs::path(source) / "reports" / "examples" / name;
        ASSERT_TRUE(fs::exists(committed)) << committed << " (scripts/update-report-examples.sh makes it)";
        EXPECT_TRUE(slurp(committed) == slurp(example_report(name)))
            << name << " is stale: run scripts/update-report-examples.sh";
    }
    // Deterministic: the same again, whatever the jobs.
    auto d = temp_dir("report-again");
    auto r = cc("report examples/corpus --jobs 3 -o '" + (d / "report.html").string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    auto without_command = [](std::string s) {
        auto at = s.find("<code id=\"command\">");
        return s.substr(0, at) + s.substr(s.find("</code>", at));
    };
    EXPECT_TRUE(without_command(slurp(d / "report.html")) == without_command(slurp(example_report("report.html"))));
}

TEST(report, a_template_folder_restyles_the_page) {
    auto d = temp_dir("report-template");
    fs::create_directories(d / "tpl");
    spit(d / "tpl" / "report.css", "body { background: #fafaf0; } /* newsroom style */");
    auto r = cc("report examples/corpus --template '" + (d / "tpl").string() + "' -o '" + (d / "r.html").string() + "'");
    ASSERT_EQ(r.status, 0) << r.out;
    std::string html = slurp(d / "r.html");
    EXPECT_NE(html.find("/* newsroom style */"), std::string::npos);
    EXPECT_NE(html.find("claimcheck-data"), std::string::npos) << "the other files are the built-in ones";
    spit(d / "tpl" / "report.html.mustache", "<html>{{#counts}}</html>");
    EXPECT_EQ(cc("report examples/corpus --template '" + (d / "tpl").string() + "' -o '" + (d / "r2.html").string() + "'").status, 2);
    EXPECT_EQ(cc("report examples/corpus --template /nonexistent -o '" + (d / "r3.html").string() + "'").status, 2);
}

TEST(report, script_safe_json_and_links) {
    using claimcheck::output::linkable_url;
    using claimcheck::output::script_safe_json;
    std::string s = script_safe_json("{\"a\":\"</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9 >\"}");
    EXPECT_EQ(s, "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029 \\u003e\"}");
    EXPECT_EQ(json::parse(s)["a"], "</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9 >");
    EXPECT_TRUE(linkable_url("https://example.org/a?b=c"));
    EXPECT_TRUE(linkable_url("HTTP://example.org"));
    EXPECT_FALSE(linkable_url("javascript:alert(1)"));
    EXPECT_FALSE(linkable_url(" javascript:alert(1)"));
    EXPECT_FALSE(linkable_url("data:text/html,<script>"));
    EXPECT_FALSE(linkable_url("https://x.org/\"onmouseover=alert(1)"));
    EXPECT_EQ(claimcheck::output::plain_span(549), "about 18 months");
    EXPECT_EQ(claimcheck::output::plain_span(1000), "about 2 years and 9 months");
    EXPECT_EQ(claimcheck::output::plain_span(12), "12 days");
}

// A hostile corpus: markup in every field. The page has only its own two scripts and one style,
// no javascript: link, and the text shows as text.
fs::path hostile_corpus() {
    static fs::path const d = [] {
        auto d = temp_dir("report-hostile");
        fs::create_directories(d / "corpus");
        spit(d / "corpus" / "evil.md",
             "---\nid: evil\ndate: 2025-10-10\n"
             "title: \"<!-- <script>document.body.setAttribute('data-pwned','1')</script> Parade\"\n"
             "source: \"\\\"><img src=x onerror=\\\"document.body.setAttribute('data-pwned','2')\\\"> Daily\"\n"
             "url: \"javascript:document.body.setAttribute('data-pwned','3')\"\n---\n"
             "</style></script><script>document.body.setAttribute('data-pwned','4')</script> The country marked "
             "the 79th anniversary of the founding of the Workers' Party of Korea on Friday "
             "<svg onload=\"document.body.setAttribute('data-pwned','5')\"> and \u2028 more.\n");
        spit(d / "corpus" / "honest.md",
             "---\nid: honest\ndate: 2025-10-10\ntitle: Party turns 80\nsource: Courier\n"
             "url: https://example.org/courier/80\n---\nThe country marked the 80th anniversary of the founding of "
             "the Workers' Party of Korea on Friday.\n");
        spit(d / "corpus" / "other.md",
             "---\nid: other\ndate: 2025-10-11\ntitle: Anniversary\nsource: Herald\n---\nNorth Korea celebrated the "
             "80th anniversary of the founding of the Workers' Party of Korea this week.\n");
        auto r = run("cd '" + d.string() + "' && '" + binary + "' report corpus -o report.html 2>&1 && '" + binary +
                     "' report corpus -o report.md 2>&1");
        EXPECT_EQ(r.status, 0) << r.out;
        return d;
    }();
    return d;
}

TEST(report, hostile_article_is_escaped) {
    auto d = hostile_corpus();
    std::string html = slurp(d / "report.html");
    EXPECT_EQ(occurrences(html, "<script"), 2u);
    EXPECT_EQ(occurrences(html, "</script"), 2u);
    EXPECT_EQ(occurrences(html, "<style"), 1u);
    EXPECT_EQ(occurrences(html, "</style"), 1u);
    EXPECT_EQ(occurrences(html, "<!--"), 0u);
    EXPECT_EQ(occurrences(html, "<img"), 0u);
    EXPECT_EQ(occurrences(html, "<svg"), 0u);
    EXPECT_EQ(occurrences(html, "javascript:"), 0u);
    EXPECT_EQ(occurrences(html, "\xE2\x80\xA8"), 0u);
    auto data = embedded_data(html);
    // The text survives, as data: the hostile title and the sentence, and only the http(s) URL.
    std::string blob = data.dump();
    EXPECT_NE(blob.find("<!-- <script>document.body.setAttribute('data-pwned','1')</script> Parade"), std::string::npos);
    EXPECT_NE(blob.find("</style></script><script>"), std::string::npos) << "the quoted sentence";
    for (auto const& a : data["articles"])
        if (a.contains("url")) EXPECT_EQ(a["url"], "https://example.org/courier/80");
    EXPECT_EQ(data["counts"]["conflicts"], 1);

    std::string md = slurp(d / "report.md");
    EXPECT_EQ(occurrences(md, "<script"), 0u);
    EXPECT_EQ(occurrences(md, "<img"), 0u);
    EXPECT_EQ(occurrences(md, "<svg"), 0u);
    EXPECT_EQ(occurrences(md, "<!--"), 0u);
    EXPECT_EQ(occurrences(md, "](javascript"), 0u);
    EXPECT_NE(md.find("&lt;script&gt;"), std::string::npos);
    EXPECT_NE(md.find("](https://example.org/courier/80)"), std::string::npos);
}

// ---- statuses: the review store, the baseline and suppressions in the report

// A copy of the example corpus with the review store's verdicts on its two conflicts: the
// "three years" one a false alarm (accepted: reviewed), the other confirmed (still active).
struct reviewed_corpus {
    fs::path dir;
    std::string false_alarm, confirmed;  // fingerprints
};

claimcheck::testing::run_result in(fs::path const& d, std::string const& args) {
    return run("cd '" + d.string() + "' && CLAIMCHECK_REVIEWER=ana CLAIMCHECK_NOW=2025-09-08T12:00:00Z '" + binary +
               "' " + args + " 2>&1");
}

reviewed_corpus const& reviewed() {
    static reviewed_corpus const rc = [] {
        reviewed_corpus rc;
        rc.dir = temp_dir("report-reviewed");
        fs::copy(fs::path(source) / "examples/corpus", rc.dir / "corpus", fs::copy_options::recursive);
        auto r = run("cd '" + rc.dir.string() + "' && '" + binary + "' check corpus --format json --fail-on never 2>/dev/null");
        auto doc = json::parse(r.out);
        for (auto const& f : doc["findings"]) {
            if (f["kind"] != "conflict") continue;
            bool three = false;
            for (auto const& c : f["claims"]) three = three || c["text"] == "their first talks in three years";
            (three ? rc.false_alarm : rc.confirmed) = f["fingerprint"];
        }
        EXPECT_FALSE(rc.false_alarm.empty());
        EXPECT_FALSE(rc.confirmed.empty());
        r = in(rc.dir, "review set " + rc.false_alarm +
                           " --status false-alarm --reason misparse --note 'a gap since the last talks, not a first "
                           "meeting' --corpus corpus");
        EXPECT_EQ(r.status, 0) << r.out;
        r = in(rc.dir, "review set " + rc.confirmed + " --status confirmed --note 'the wire copy is wrong' --corpus corpus");
        EXPECT_EQ(r.status, 0) << r.out;
        // The store beside the corpus is found by itself, as check finds it.
        r = in(rc.dir, "report corpus -o report.html");
        EXPECT_EQ(r.status, 0) << r.out;
        r = in(rc.dir, "report corpus -o report.md");
        EXPECT_EQ(r.status, 0) << r.out;
        return rc;
    }();
    return rc;
}

json const* model_finding(json const& data, std::string const& fp) {
    for (auto const& f : data["findings"])
        if (f.value("fp", "") == fp) return &f;
    return nullptr;
}

TEST(report_status, a_false_alarm_review_shows_with_its_status_note_and_reviewer) {
    auto const& rc = reviewed();
    std::string html = slurp(rc.dir / "report.html");
    auto data = embedded_data(html);
    auto const* fa = model_finding(data, rc.false_alarm);
    ASSERT_NE(fa, nullptr) << data["findings"].dump();
    EXPECT_EQ((*fa)["status"], "false-alarm");
    EXPECT_EQ((*fa)["accepted"], true) << "a false alarm does not fail a check";
    EXPECT_EQ((*fa)["review"]["status"], "false-alarm");
    EXPECT_EQ((*fa)["review"]["reason"], "misparse");
    EXPECT_EQ((*fa)["review"]["note"], "a gap since the last talks, not a first meeting");
    EXPECT_EQ((*fa)["review"]["reviewer"], "ana");
    auto const* ok = model_finding(data, rc.confirmed);
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ((*ok)["status"], "confirmed");
    EXPECT_FALSE(ok->contains("accepted"));
    EXPECT_EQ((*ok)["review"]["note"], "the wire copy is wrong");
    // The counts are check's: the false alarm counted as reviewed, not as a conflict; the
    // headline's conflicts show the active ones, and the accepted have their own count.
    auto check = json::parse(in(rc.dir, "check corpus --format json --fail-on never 2>/dev/null").out);
    for (auto key : {"conflicts", "corroborations", "reviewed", "baselined", "suppressed"})
        EXPECT_EQ(data["counts"][key], check["summary"][key]) << key;
    EXPECT_EQ(data["counts"]["conflicts"], 1);
    EXPECT_EQ(data["counts"]["reviewed"], 1);
    EXPECT_NE(html.find("id=\"count-conflicts\" href=\"#kind=conflict&amp;status=active\""), std::string::npos);
    EXPECT_NE(html.find("id=\"count-accepted\" href=\"#kind=all&amp;status=accepted\""), std::string::npos);
    EXPECT_NE(html.find("review store: corpus/.claimcheck/review.db"), std::string::npos) << "in the footer";

    // Markdown: the status in the heading, the review below it.
    std::string md = slurp(rc.dir / "report.md");
    EXPECT_NE(md.find("· false-alarm\n"), std::string::npos) << md;
    EXPECT_NE(md.find("- review: **false-alarm** (misparse) by ana at 2025-09-08T12:00:00Z: a gap since the last "
                      "talks, not a first meeting"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("- review: **confirmed** by ana"), std::string::npos);
    EXPECT_NE(md.find("Accepted, not failing: 0 suppressed, 1 reviewed."), std::string::npos);

    // report --from reads the statuses and reviews from check's JSON: the same page data.
    auto r = in(rc.dir, "check corpus --format json --explain --fail-on never > results.json");
    ASSERT_EQ(r.status, 0) << r.out;
    r = in(rc.dir, "report --from results.json -o from.html");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(embedded_data(slurp(rc.dir / "from.html")), data);
    r = in(rc.dir, "report --from results.json -o from.md");
    ASSERT_EQ(r.status, 0) << r.out;
    std::string from_md = slurp(rc.dir / "from.md");
    EXPECT_EQ(from_md.substr(0, from_md.rfind("<sub>")), md.substr(0, md.rfind("<sub>")));
    // --from takes check's statuses; a store or a baseline belongs to a corpus.
    EXPECT_EQ(in(rc.dir, "report --from results.json --db corpus/.claimcheck/review.db -o x.html").status, 2);
}

TEST(report_status, report_takes_the_baseline_suppressions_and_configuration_as_check_does) {
    auto const& rc = reviewed();
    auto d = temp_dir("report-accept");
    fs::copy(rc.dir / "corpus", d / "corpus", fs::copy_options::recursive);
    ASSERT_EQ(in(d, "baseline create corpus --baseline base.yaml --reason 'known, tracked in #12'").status, 0);
    // The configuration names the baseline; the store is the default one beside the corpus.
    spit(d / ".claimcheck.yaml", "paths: [corpus]\nbaseline: base.yaml\n");
    auto r = in(d, "report -o report.html");
    ASSERT_EQ(r.status, 0) << r.out;
    auto data = embedded_data(slurp(d / "report.html"));
    auto check = json::parse(in(d, "check --format json --fail-on never 2>/dev/null").out);
    for (auto key : {"conflicts", "compatible", "reviewed", "baselined", "suppressed"})
        EXPECT_EQ(data["counts"][key], check["summary"][key]) << key;
    EXPECT_EQ(data["counts"]["conflicts"], 0);
    auto const* fa = model_finding(data, rc.false_alarm);
    ASSERT_NE(fa, nullptr);
    EXPECT_EQ((*fa)["status"], "baselined") << "the baseline comes before the review";
    EXPECT_EQ((*fa)["why"], "known, tracked in #12");
    EXPECT_EQ((*fa)["review"]["status"], "false-alarm") << "and the review is kept beside it";
    // A suppression (here a suppressions.yaml beside the articles) comes before both.
    spit(d / "corpus" / "suppressions.yaml",
         "suppressions:\n  - article: kim-xi-analysis\n    rule: " + (*fa)["rule"].get<std::string>() +
             "\n    text: \"their first talks in three years\"\n    reason: \"counts from the 2019 summit\"\n");
    r = in(d, "report -o r2.html");
    ASSERT_EQ(r.status, 0) << r.out;
    data = embedded_data(slurp(d / "r2.html"));
    check = json::parse(in(d, "check --format json --fail-on never 2>/dev/null").out);
    for (auto key : {"conflicts", "compatible", "reviewed", "baselined", "suppressed"})
        EXPECT_EQ(data["counts"][key], check["summary"][key]) << key;
    fa = model_finding(data, rc.false_alarm);
    ASSERT_NE(fa, nullptr);
    EXPECT_EQ((*fa)["status"], "suppressed");
    EXPECT_EQ((*fa)["why"], "counts from the 2019 summit");
    EXPECT_EQ((*fa)["review"]["status"], "false-alarm");
}

// ---- headless Chromium

std::string chromium() {
    for (auto p : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"})
        if (fs::exists(p)) return p;
    return {};
}

// The DOM after the page's scripts ran.
std::string dump_dom(std::string const& url) {
    auto r = run("timeout 90 '" + chromium() + "' --headless --no-sandbox --disable-gpu --disable-dev-shm-usage "
                 "--no-first-run --virtual-time-budget=5000 --dump-dom '" + url + "' 2>/dev/null");
    EXPECT_EQ(r.status, 0);
    return r.out;
}

#define NEED_CHROMIUM()                                                                                     \
    if (chromium().empty())                                                                                 \
    GTEST_SKIP() << "Chromium is not installed (scripts/install-deps.sh installs Debian's chromium as root); " \
                    "the browser tests are skipped"

TEST(report_browser, renders_counts_conflict_cards_and_timelines) {
    NEED_CHROMIUM();
    std::string url = "file://" + example_report("report.html").string();
    std::string dom = dump_dom(url);
    ASSERT_NE(dom.find("data-rendered=\"1\""), std::string::npos) << dom.substr(0, 2000);
    EXPECT_NE(dom.find("<span class=\"n\">2</span> <span class=\"label\">conflicts</span>"), std::string::npos);
    // The default view: conflicts first, both sides' quotes in the card, the claims marked.
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-conflict\""), 2u);
    auto first = dom.find("class=\"finding kind-");
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(dom.compare(first, 30, "class=\"finding kind-conflict\" "), 0);
    std::regex card("<article class=\"finding kind-conflict\"[^>]*data-rule=\"gap-agreement\"[\\s\\S]*?</article>");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(dom, m, card));
    std::string c = m.str();
    EXPECT_NE(c.find("<mark>their first talks in three years</mark>"), std::string::npos);
    EXPECT_NE(c.find("<mark>their first talks in six years</mark>"), std::string::npos);
    EXPECT_NE(c.find("The two leaders held "), std::string::npos) << "the quote in its sentence";
    EXPECT_NE(c.find("Northern Courier"), std::string::npos);
    EXPECT_NE(c.find("cannot all be true"), std::string::npos);
    // Timelines: one bar per dated claim, the conflict's subject marked.
    EXPECT_GE(occurrences(dom, "<svg class=\"timeline\""), 2u);
    EXPECT_GE(occurrences(dom, "<rect class=\"bar"), 4u);
    EXPECT_GE(occurrences(dom, "<rect class=\"bar subject"), 1u);
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-unverifiable\""), 0u) << "information is filtered out by default";
}

TEST(report_browser, filters_in_the_url_hide_what_they_should) {
    NEED_CHROMIUM();
    std::string url = "file://" + example_report("report.html").string();
    std::string dom = dump_dom(url + "#kind=corroboration");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-conflict\""), 0u);
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-corroboration\""), 8u);
    EXPECT_NE(dom.find("<span class=\"shown\" id=\"shown\">8 findings"), std::string::npos);

    dom = dump_dom(url + "#kind=conflict&rule=gap-agreement");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-"), 1u);

    dom = dump_dom(url + "#view=articles&article=kim-xi-analysis");
    EXPECT_EQ(occurrences(dom, "<section class=\"article\""), 1u);
    EXPECT_NE(dom.find("data-article=\"kim-xi-analysis\""), std::string::npos);
    EXPECT_NE(dom.find("<td>their first talks in three years</td>"), std::string::npos);

    dom = dump_dom(url + "#status=open&event=no-such-event");
    EXPECT_NE(dom.find("No findings match these filters."), std::string::npos);
}

TEST(report_browser, hostile_article_does_not_execute) {
    NEED_CHROMIUM();
    auto d = hostile_corpus();
    for (auto hash : {"", "#view=articles"}) {
        std::string dom = dump_dom("file://" + (d / "report.html").string() + hash);
        ASSERT_NE(dom.find("data-rendered=\"1\""), std::string::npos) << hash;
        EXPECT_EQ(dom.find("data-pwned"), dom.find("data-pwned','")) << "only as text: " << hash;
        EXPECT_EQ(occurrences(dom, "<img"), 0u);
        EXPECT_EQ(occurrences(dom, "href=\"javascript"), 0u);
        EXPECT_NE(dom.find("&lt;!-- &lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt; Parade"),
                  std::string::npos)
            << hash;
    }
    std::string dom = dump_dom("file://" + (d / "report.html").string());
    EXPECT_NE(dom.find("&lt;/style&gt;&lt;/script&gt;&lt;script&gt;"), std::string::npos) << "the quote, as text";
}

TEST(report_browser, the_status_filter_shows_reviews_as_they_are) {
    NEED_CHROMIUM();
    auto const& rc = reviewed();
    std::string url = "file://" + (rc.dir / "report.html").string();
    // Every conflict by default, the false alarm marked accepted, with its review and note.
    std::string dom = dump_dom(url);
    ASSERT_NE(dom.find("data-rendered=\"1\""), std::string::npos);
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-conflict"), 2u);
    std::regex card("<article class=\"finding kind-conflict accepted\"[^>]*data-status=\"false-alarm\"[^>]*data-fingerprint=\"" +
                    rc.false_alarm + "\"[\\s\\S]*?</article>");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(dom, m, card)) << dom.substr(0, 3000);
    EXPECT_NE(m.str().find("<span class=\"badge status status-false-alarm\">false-alarm</span>"), std::string::npos);
    EXPECT_NE(m.str().find("a gap since the last talks, not a first meeting"), std::string::npos);
    EXPECT_NE(m.str().find("<span class=\"reviewer\">ana</span>"), std::string::npos);

    dom = dump_dom(url + "#status=false-alarm");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-"), 1u);
    EXPECT_NE(dom.find("data-fingerprint=\"" + rc.false_alarm + "\""), std::string::npos);
    EXPECT_NE(dom.find("<span class=\"shown\" id=\"shown\">1 findings"), std::string::npos);

    dom = dump_dom(url + "#status=confirmed");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-"), 1u);
    EXPECT_NE(dom.find("data-fingerprint=\"" + rc.confirmed + "\""), std::string::npos);
    EXPECT_EQ(dom.find("data-fingerprint=\"" + rc.false_alarm + "\""), std::string::npos);

    // The headline's conflicts count: the active ones.
    dom = dump_dom(url + "#kind=conflict&status=active");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-"), 1u);
    EXPECT_NE(dom.find("class=\"count count-conflicts active\""), std::string::npos);
    dom = dump_dom(url + "#kind=all&status=accepted");
    EXPECT_EQ(occurrences(dom, "class=\"finding kind-"), 1u);
    EXPECT_NE(dom.find("data-status=\"false-alarm\""), std::string::npos);
    // Articles view: only the articles of matching findings.
    dom = dump_dom(url + "#view=articles&status=false-alarm");
    EXPECT_GE(occurrences(dom, "<section class=\"article\""), 1u);
    EXPECT_NE(dom.find("data-article=\"kim-xi-analysis\""), std::string::npos);
    dom = dump_dom(url + "#status=needs-research");
    EXPECT_NE(dom.find("No findings match these filters."), std::string::npos);
}

TEST(report_browser, screenshot) {
    NEED_CHROMIUM();
    auto png = example_report("report.html").parent_path() / "report.png";
    auto r = run("timeout 90 '" + chromium() + "' --headless --no-sandbox --disable-gpu --disable-dev-shm-usage "
                 "--hide-scrollbars --window-size=1280,1400 --virtual-time-budget=5000 --screenshot='" + png.string() +
                 "' 'file://" + example_report("report.html").string() + "' >/dev/null 2>&1");
    ASSERT_EQ(r.status, 0);
    std::string bytes = slurp(png);
    ASSERT_GT(bytes.size(), 10000u);
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
}

// A 10,000-article corpus: the report stays a few MB (the page draws one page of findings at a time).
TEST(report, large_corpus_report_stays_small) {
    auto d = temp_dir("report-large");
    std::string lines;
    char const* sources[] = {"Courier", "Herald", "Daily", "Times", "Wire"};
    for (int i = 0; i < 10000; ++i) {
        int year = 1990 + i % 30;
        json a = {{"id", "a" + std::to_string(i)},
                  {"date", std::to_string(2000 + i % 25) + "-0" + std::to_string(1 + i % 9) + "-15"},
                  {"title", "Story " + std::to_string(i)},
                  {"source", sources[i % 5]},
                  {"url", "https://example.org/" + std::to_string(i)},
                  {"text", "Officials of country " + std::to_string(i % 300) + " said on Monday that talks resumed. "
                           "It was their first meeting since " + std::to_string(year) + ", reporter " +
                           std::to_string(i) + " wrote. The 40th anniversary of the founding of the Workers' "
                           "Party of Korea was marked in " + std::to_string(1985 + i % 3) + "."}};
        lines += a.dump() + "\n";
    }
    spit(d / "big.jsonl", lines);
    auto t0 = std::chrono::steady_clock::now();
    auto r = run("cd '" + d.string() + "' && '" + binary + "' report big.jsonl -o report.html 2>&1");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_EQ(r.status, 0) << r.out;
    auto size = fs::file_size(d / "report.html");
    EXPECT_LT(size, 8u << 20) << size;
    EXPECT_LT(seconds, 120.0);
    auto data = embedded_data(slurp(d / "report.html"));
    EXPECT_EQ(data["counts"]["articles"], 10000);
    std::cout << "10,000 articles: " << size / 1024 << " KB of HTML in " << seconds << " s\n";
    if (!chromium().empty()) {
        auto t1 = std::chrono::steady_clock::now();
        std::string dom = dump_dom("file://" + (d / "report.html").string());
        double open = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
        EXPECT_NE(dom.find("data-rendered=\"1\""), std::string::npos);
        EXPECT_LE(occurrences(dom, "<details class=\"event\""), 20u) << "one page of events";
        EXPECT_LT(open, 30.0);
        std::cout << "opened in headless Chromium in " << open << " s\n";
    }
}

}  // namespace
