// `claimcheck serve`: the server started in a child process on an ephemeral port against a temporary
// copy of examples/corpus; the page and its token, the CSRF check (403), a decision (200, then in
// `review list`), a stale view (409), paths that must not reach the filesystem (404), a foreign
// Host header (403), every conflict marked false-alarm through the API (check exits 0 where it
// exited 1), and the same through the page in headless Chromium (playwright-core).
#include <gtest/gtest.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::slurp;
using claimcheck::testing::source;
using claimcheck::testing::temp_dir;
using json = nlohmann::json;

// A copy of examples/corpus in a fresh folder, and `claimcheck serve` over it.
struct served_corpus {
    fs::path dir;
    pid_t pid = -1;
    int port = 0;

    explicit served_corpus(std::string const& name) : dir(temp_dir("serve-" + name)) {
        fs::copy(fs::path(source) / "examples" / "corpus", dir / "corpus", fs::copy_options::recursive);
        std::string err = (dir / "serve.err").string();
        pid = ::fork();
        if (pid == 0) {
            int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            ::dup2(fd, 2);
            int null = ::open("/dev/null", O_RDWR);
            ::dup2(null, 0);
            ::dup2(null, 1);
            if (::chdir(dir.c_str()) != 0) ::_exit(127);
            ::setenv("CLAIMCHECK_REVIEWER", "tester", 1);
            ::execl(binary.c_str(), "claimcheck", "serve", "corpus", "--port", "0", "--db", "review.db", "--no-config",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::regex url(R"(http://127\.0\.0\.1:(\d+)/)");
        for (int i = 0; i < 600 && port == 0; ++i) {
            std::smatch m;
            std::string text = slurp(err);
            if (std::regex_search(text, m, url)) port = std::stoi(m[1]);
            else std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    ~served_corpus() {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            int st = 0;
            ::waitpid(pid, &st, 0);
        }
    }
    std::string log() const { return slurp(dir / "serve.err"); }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(120, 0);
        return c;
    }
    // claimcheck ARGS in the folder (stderr kept).
    claimcheck::testing::run_result cc(std::string const& args) const {
        return run("cd '" + dir.string() + "' && '" + binary + "' " + args + " 2>&1");
    }
};

std::string embedded(std::string const& html, std::string const& id) {
    std::string const open = "<script type=\"application/json\" id=\"" + id + "\">";
    auto a = html.find(open);
    if (a == std::string::npos) return {};
    a += open.size();
    return html.substr(a, html.find("</script>", a) - a);
}

struct page_state {
    std::string token;
    json versions;
};

page_state load_page(served_corpus const& s) {
    auto c = s.client();
    auto res = c.Get("/");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200);
    auto serve = json::parse(embedded(res->body, "claimcheck-serve"));
    return {serve["token"].get<std::string>(), serve["versions"]};
}

httplib::Result post(served_corpus const& s, json const& body, std::string const& token) {
    auto c = s.client();
    httplib::Headers h;
    if (!token.empty()) h.emplace("X-Claimcheck-Token", token);
    return c.Post("/api/review", h, body.dump(), "application/json");
}

std::vector<std::string> conflict_fingerprints(served_corpus const& s) {
    auto r = s.cc("check corpus --db review.db --no-config --format json --fail-on never");
    auto doc = json::parse(r.out.substr(r.out.find('{')));
    std::vector<std::string> out;
    for (auto const& f : doc["findings"])
        if (f["kind"] == "conflict") out.push_back(f["fingerprint"]);
    return out;
}

#define START(s)                                                  \
    ASSERT_GT((s).port, 0) << "the server did not start:\n" << (s).log()

TEST(serve, page_carries_the_report_the_token_and_the_controls) {
    served_corpus s("page");
    START(s);
    EXPECT_NE(s.log().find("http://127.0.0.1:"), std::string::npos);
    auto res = s.client().Get("/");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
    auto const& html = res->body;
    EXPECT_NE(html.find("id=\"claimcheck-data\""), std::string::npos);
    EXPECT_NE(html.find("connect-src 'self'"), std::string::npos);
    EXPECT_NE(html.find("review-controls"), std::string::npos);  // serve.js
    auto serve = json::parse(embedded(html, "claimcheck-serve"));
    EXPECT_TRUE(std::regex_match(serve["token"].get<std::string>(), std::regex("[0-9a-f]{64}")));
    EXPECT_FALSE(serve["versions"].empty());
    // The static report has none of it.
    auto r = s.cc("report corpus --no-config -o report.html");
    ASSERT_EQ(r.status, 0) << r.out;
    auto stat = slurp(s.dir / "report.html");
    EXPECT_EQ(stat.find("claimcheck-serve"), std::string::npos);
    EXPECT_EQ(stat.find("connect-src"), std::string::npos);
    EXPECT_EQ(stat.find(serve["token"].get<std::string>()), std::string::npos);
}

TEST(serve, writes_need_the_token_and_a_current_view) {
    served_corpus s("csrf");
    START(s);
    auto page = load_page(s);
    auto fps = conflict_fingerprints(s);
    ASSERT_FALSE(fps.empty());
    std::string fp = fps[0];
    json body{{"fingerprint", fp}, {"status", "confirmed"}, {"note", "checked <b>twice</b>"},
              {"expected_version", page.versions.value(fp, 0)}};
    auto none = post(s, body, "");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 403);
    auto wrong = post(s, body, std::string(64, '0'));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 403);
    EXPECT_EQ(s.cc("review list --db review.db --no-config --status confirmed").out.find(fp.substr(0, 12)),
              std::string::npos);

    auto ok = post(s, body, page.token);
    ASSERT_TRUE(ok);
    ASSERT_EQ(ok->status, 200) << ok->body;
    auto saved = json::parse(ok->body);
    EXPECT_EQ(saved["review"]["status"], "confirmed");
    EXPECT_EQ(saved["review"]["reviewer"], "tester");
    EXPECT_GT(saved["version"].get<long>(), page.versions.value(fp, 0L));
    auto list = s.cc("review list --db review.db --no-config --format json");
    ASSERT_EQ(list.status, 0) << list.out;
    EXPECT_NE(list.out.find(fp), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("confirmed"), std::string::npos) << list.out;

    // Another reviewer's page, drawn before that decision, is stale now: refused, nothing overwritten.
    json stale{{"fingerprint", fp}, {"status", "false-alarm"}, {"reason", "misparse"},
               {"expected_version", page.versions.value(fp, 0)}};
    auto conflict = post(s, stale, page.token);
    ASSERT_TRUE(conflict);
    EXPECT_EQ(conflict->status, 409) << conflict->body;
    auto why = json::parse(conflict->body);
    EXPECT_NE(why["error"].get<std::string>().find("Reload the page"), std::string::npos);
    EXPECT_EQ(why["current"]["status"], "confirmed");
    EXPECT_EQ(s.cc("review list --db review.db --no-config").out.find("false-alarm"), std::string::npos);
    // A page loaded now carries the new version, and its change goes through.
    auto fresh = load_page(s);
    stale["expected_version"] = fresh.versions.value(fp, 0);
    auto again = post(s, stale, fresh.token);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 200) << again->body;

    // Malformed requests.
    auto bad = post(s, json{{"fingerprint", fp}, {"status", "confirmed"}}, page.token);  // no expected_version
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    auto unknown = post(s, json{{"fingerprint", "0123"}, {"status", "confirmed"}, {"expected_version", 0}}, page.token);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
    auto no_reason = post(s, json{{"fingerprint", fps.back()}, {"status", "false-alarm"},
                                  {"expected_version", fresh.versions.value(fps.back(), 0)}}, page.token);
    ASSERT_TRUE(no_reason);
    EXPECT_EQ(no_reason->status, 400);
}

TEST(serve, serves_nothing_from_the_filesystem) {
    served_corpus s("paths");
    START(s);
    for (std::string path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd", "/corpus/kim-xi-analysis.md",
                             "/review.db", "/reports/report.js", "/index.html", "/api/review"}) {
        auto res = s.client().Get(path);
        ASSERT_TRUE(res) << path;
        EXPECT_EQ(res->status, 404) << path;
        EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
        EXPECT_EQ(res->body.find("Kim"), std::string::npos) << path;
    }
    // The raw request line too (no client-side normalisation).
    auto raw = run("curl -s --path-as-is -o /dev/null -w '%{http_code}' 'http://127.0.0.1:" + std::to_string(s.port) +
                   "/../../etc/passwd'");
    if (raw.status == 0) EXPECT_EQ(raw.out, "404");
    // A page elsewhere reaching the server through a rebound DNS name.
    auto c = s.client();
    auto res = c.Get("/", httplib::Headers{{"Host", "evil.example:" + std::to_string(s.port)}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
}

TEST(serve, marking_every_conflict_false_alarm_makes_check_pass) {
    served_corpus s("pass");
    START(s);
    EXPECT_EQ(s.cc("check corpus --db review.db --no-config").status, 1);
    auto page = load_page(s);
    auto fps = conflict_fingerprints(s);
    ASSERT_FALSE(fps.empty());
    for (auto const& fp : fps) {
        auto res = post(s, json{{"fingerprint", fp}, {"status", "false-alarm"}, {"reason", "wrong-event-link"},
                                {"note", "not the same meeting"}, {"expected_version", page.versions.value(fp, 0)}},
                        page.token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200) << res->body;
    }
    auto after = s.cc("check corpus --db review.db --no-config");
    EXPECT_EQ(after.status, 0) << after.out;
    EXPECT_NE(after.out.find(std::to_string(fps.size()) + " reviewed"), std::string::npos) << after.out;
}

TEST(serve_browser, clicking_false_alarm_in_the_page_makes_check_pass) {
    fs::path pw = fs::path(source) / ".cache" / "playwright";
    if (!fs::exists("/usr/bin/chromium"))
        GTEST_SKIP() << "Chromium is not installed (scripts/install-deps.sh installs it); the browser test is skipped";
    if (!fs::exists(pw / "node_modules" / "playwright-core") || run("command -v node >/dev/null").status != 0)
        GTEST_SKIP() << "playwright-core is not installed (scripts/install-playwright.sh puts it in .cache/playwright); "
                        "the browser test of serve is skipped";
    served_corpus s("browser");
    START(s);
    EXPECT_EQ(s.cc("check corpus --db review.db --no-config").status, 1);
    auto fps = conflict_fingerprints(s);
    auto r = run("timeout 120 node '" + source + "/tests/browser/serve_click.js' '" + pw.string() +
                 "' /usr/bin/chromium 'http://127.0.0.1:" + std::to_string(s.port) + "/' misparse 2>&1");
    ASSERT_EQ(r.status, 0) << r.out;
    for (auto const& fp : fps) EXPECT_NE(r.out.find(fp + " 200 false-alarm"), std::string::npos) << r.out;
    auto after = s.cc("check corpus --db review.db --no-config");
    EXPECT_EQ(after.status, 0) << after.out;
    auto list = s.cc("review list --db review.db --no-config --format json");
    EXPECT_NE(list.out.find("misparse"), std::string::npos) << list.out;
}

}  // namespace
