// `claimcheck serve PATH...`: the review in a local web page (cpp-httplib, Debian's
// libcpp-httplib-dev).
//
//   GET /             the HTML report of a fresh check run (report's renderer and view model), with
//                     the serve section of the template on: status buttons, a false-alarm reason
//                     and a note field per finding (reports/serve.js), the per-session CSRF token
//                     and each finding's review version embedded.
//   POST /api/review  {fingerprint, status?, reason?, note?, expected_version}: one decision,
//                     written through review::store::set_finding (its own transaction, so
//                     `check --db` sees it at once). Refused: 403 without the token (header
//                     X-Claimcheck-Token), 409 when the finding's review changed since the page
//                     was drawn (its version is not expected_version), 400 for a malformed
//                     request or a decision the store refuses, 404 for an unknown fingerprint.
//   anything else     404. Nothing is read from the filesystem on a request's behalf: the page's
//                     assets are embedded in the binary.
//
// Binds 127.0.0.1 unless --host says otherwise; on a loopback address, requests whose Host header
// names another host are refused (403), so a web page elsewhere cannot reach the server by DNS
// rebinding.
#include "cli/check_run.hpp"
#include "cli/commands.hpp"
#include "output/report.hpp"
#include "review/store.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include <pthread.h>

namespace claimcheck::cli {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

constexpr char const* token_header = "X-Claimcheck-Token";

std::string random_token() {
    std::random_device rd;  // /dev/urandom on Linux
    static constexpr char hex[] = "0123456789abcdef";
    std::string t;
    for (int i = 0; i < 8; ++i) {  // 8 x 32 bits
        auto v = rd();
        for (int k = 0; k < 4; ++k) {
            t += hex[(v >> (8 * k + 4)) & 0xf];
            t += hex[(v >> (8 * k)) & 0xf];
        }
    }
    return t;  // 64 hex digits, 256 bits
}

bool same_secret(std::string const& a, std::string const& b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

ojson review_json(review::finding_review const& r) {
    ojson o;
    o["status"] = r.status;
    if (!r.reason.empty()) o["reason"] = r.reason;
    if (!r.note.empty()) o["note"] = r.note;
    o["reviewer"] = r.reviewer;
    o["at"] = r.updated_at;
    return o;
}

void reply(httplib::Response& res, int status, ojson const& body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(body.dump(-1, ' ', false, ojson::error_handler_t::replace), "application/json");
}

void reply_error(httplib::Response& res, int status, std::string const& message) {
    reply(res, status, ojson{{"error", message}});
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

int run_serve(check_options const& given_options, serve_options const& so) {
    check_options options = given_options;
    if (options.paths.empty()) {
        std::cerr << "claimcheck serve: no PATH given, and no `paths` in a configuration file\n";
        return 2;
    }
    if (so.port < 0 || so.port > 65535) {
        std::cerr << "claimcheck serve: --port must be 0..65535 (0: any free port)\n";
        return 2;
    }
    // The server writes: the store is created when missing (check itself never creates one).
    if (options.db.empty()) options.db = review::default_db_path(options.paths);
    {
        std::error_code ec;
        auto dir = std::filesystem::path(options.db).parent_path();
        if (!dir.empty()) std::filesystem::create_directories(dir, ec);
    }
    options.explain = true;  // the page lists every claim, as report's does

    // One run up front: rules, baseline or store errors stop here rather than on the first request.
    {
        check_run run;
        if (!check_and_accept(options, quoting::cited, run)) return 2;
        if (!run.review.db) {
            std::cerr << "claimcheck serve: no review store\n";
            return 2;
        }
        options.db = run.review.db->path();
    }

    std::string const token = random_token();
    std::mutex mu;  // one request at a time touches the corpus run and the store
    httplib::Server server;
    server.set_payload_max_length(64 * 1024);

    // The Host header must name this server as the browser reached it: the loopback names, or the
    // --host given. A DNS-rebound name (evil.example resolving to 127.0.0.1) is refused.
    // With an explicit non-loopback --host the page is reached by whatever name the network gives
    // the machine, so any Host is taken (the warning below says the findings are then exposed).
    bool const loopback = so.host == "127.0.0.1" || so.host == "localhost" || so.host == "::1";
    std::set<std::string> hosts{"127.0.0.1", "localhost", "[::1]", lower(so.host)};
    int port = 0;
    server.set_pre_routing_handler([&](httplib::Request const& req, httplib::Response& res) {
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Referrer-Policy", "no-referrer");
        if (!loopback) return httplib::Server::HandlerResponse::Unhandled;
        std::string host = lower(req.get_header_value("Host"));
        auto colon = host.rfind(':');
        if (colon != std::string::npos && host.find(']', colon) == std::string::npos) {
            if (host.substr(colon + 1) != std::to_string(port)) host.clear();
            else host.resize(colon);
        }
        if (!hosts.count(host)) {
            reply_error(res, 403, "unexpected Host header");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    server.Get("/", [&](httplib::Request const&, httplib::Response& res) {
        std::lock_guard lock(mu);
        check_run run;
        if (!check_and_accept(options, quoting::cited, run) || !run.review.db) {
            reply_error(res, 500, "the check failed (see the server's standard error)");
            return;
        }
        // The versions before the reviews are read: a review newer than its version can only make a
        // write fail (409), never let one overwrite a decision the page did not show.
        ojson versions = ojson::object();
        for (auto const& fp : run.fingerprints)
            if (!fp.empty()) versions[fp] = run.review.db->finding_version(fp);
        output::check_report report{run.articles, run.claims, run.result, run.errors, true};
        accept_into(options, run, report);
        ojson serve;
        serve["token"] = token;
        serve["versions"] = std::move(versions);
        serve["statuses"] = ojson::array();
        for (auto s : review::statuses()) serve["statuses"].push_back(std::string(s));
        serve["reasons"] = ojson::array();
        for (auto r : review::reasons()) serve["reasons"].push_back(std::string(r));
        try {
            auto html = output::render_report_html(report, output::builtin_templates(), &serve);
            res.set_header("Cache-Control", "no-store");
            res.set_content(html, "text/html; charset=utf-8");
        } catch (std::exception const& e) {
            reply_error(res, 500, e.what());
        }
    });

    server.Post("/api/review", [&](httplib::Request const& req, httplib::Response& res) {
        if (!same_secret(req.get_header_value(token_header), token)) {
            reply_error(res, 403, "missing or wrong CSRF token (header X-Claimcheck-Token): reload the page");
            return;
        }
        json body;
        try {
            body = json::parse(req.body);
        } catch (std::exception const&) {
            reply_error(res, 400, "the body is not JSON");
            return;
        }
        auto text = [&](char const* key) -> std::optional<std::string> {
            if (!body.is_object() || !body.contains(key) || body[key].is_null()) return std::nullopt;
            if (!body[key].is_string()) throw std::invalid_argument(std::string(key) + " must be a string");
            return body[key].get<std::string>();
        };
        std::optional<std::string> fingerprint, status, reason, note;
        std::int64_t expected = 0;
        try {
            fingerprint = text("fingerprint");
            status = text("status");
            reason = text("reason");
            note = text("note");
            if (!fingerprint || fingerprint->empty()) throw std::invalid_argument("fingerprint is required");
            if (!body.contains("expected_version") || !body["expected_version"].is_number_integer())
                throw std::invalid_argument("expected_version (an integer: the version the page was drawn with) is required");
            expected = body["expected_version"].get<std::int64_t>();
        } catch (std::exception const& e) {
            reply_error(res, 400, e.what());
            return;
        }
        std::lock_guard lock(mu);
        try {
            auto db = review::store::open(options.db);
            bool known = false;
            for (auto const& f : db.seen_findings())
                if (f.fingerprint == *fingerprint) known = true;
            if (!known && !db.finding(*fingerprint)) {
                reply_error(res, 404, "no finding has this fingerprint");
                return;
            }
            bool changed = false;
            try {
                changed = db.set_finding(*fingerprint, status, reason, note, review::current_actor(so.reviewer), expected);
            } catch (review::version_conflict const& e) {
                ojson out{{"error", "Not saved: someone changed this finding's review after this page was loaded. "
                                    "Reload the page to see the current review, then decide again."},
                          {"version", e.current}};
                if (auto now = db.finding(*fingerprint)) out["current"] = review_json(*now);
                reply(res, 409, out);
                return;
            }
            ojson out{{"changed", changed}, {"version", db.finding_version(*fingerprint)}};
            if (auto now = db.finding(*fingerprint)) out["review"] = review_json(*now);
            reply(res, 200, out);
        } catch (review::store_error const& e) {
            reply_error(res, 400, e.what());
        } catch (std::exception const& e) {
            reply_error(res, 500, e.what());
        }
    });

    server.set_error_handler([](httplib::Request const&, httplib::Response& res) {
        if (res.status == 404) reply_error(res, 404, "not found");
    });

    if (so.port == 0) port = server.bind_to_any_port(so.host);
    else port = server.bind_to_port(so.host, so.port) ? so.port : -1;
    if (port <= 0) {
        std::cerr << "claimcheck serve: cannot listen on " << so.host << ":" << so.port << '\n';
        return 2;
    }
    if (!loopback)
        std::cerr << "claimcheck serve: warning: listening on " << so.host
                  << ", not only this machine: anyone who can reach it can read the corpus's findings (and the "
                     "Host header is not checked)\n";
    std::string shown = so.host.find(':') != std::string::npos ? "[" + so.host + "]" : so.host;
    hosts.insert(lower(shown));
    std::cerr << "claimcheck serve: http://" << shown << ":" << port << "/ (review store " << options.db
              << "; Ctrl-C stops)" << std::endl;

    // SIGINT and SIGTERM stop the server cleanly: blocked here (the server's threads inherit the
    // mask) and waited for by one thread.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::thread([&server, stop_signals] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        server.stop();
    }).detach();
    bool ok = server.listen_after_bind();
    std::cerr << "claimcheck serve: stopped\n";
    return ok ? 0 : 2;
}

}  // namespace claimcheck::cli
