// `claimcheck review`: the scriptable side of the review store (src/review/store.hpp).
//
//   review set FINGERPRINT --status S [--reason R] [--note TEXT]
//   review claim ARTICLE_ID "CLAIM TEXT" --verdict V [--evidence URL]
//   review link ARTICLE_ID "CLAIM TEXT" --event KEY | --not-event KEY
//   review list [--status S] [--format text|json]
//   review history [FINGERPRINT]
//   review export --format csv|json|claimreview
// (`review [PATH...]` without a subcommand, and `review session`, are the interactive session:
// review_session.cpp, wired in main.cpp.)
// Every subcommand takes --db PATH, or --corpus PATH for the default store
// (.claimcheck/review.db in that folder, or in the folder of that file). Without either, the
// configuration (.claimcheck.yaml found walking up, or --config FILE; --no-config: none) gives
// its `db`, else the default store beside its first path; else the current folder's. The
// writing subcommands take --reviewer NAME. Exit status 0, or 2 on a usage or store error.
#include "accept/config.hpp"
#include "accept/yaml_file.hpp"
#include "cli/commands.hpp"
#include "review/exports.hpp"
#include "review/store.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

namespace claimcheck::cli {

namespace {

std::vector<std::string> as_strings(std::span<std::string_view const> values) {
    return {values.begin(), values.end()};
}

std::string joined(std::span<std::string_view const> values) {
    std::string s;
    for (auto v : values) s += (s.empty() ? "" : ", ") + std::string(v);
    return s;
}

std::string db_path(review_options const& o) {
    if (!o.db.empty()) return o.db;
    return review::default_db_path({o.corpus.empty() ? std::string(".") : o.corpus});
}

// Writers create the store (and its folder); readers need one.
review::store open_store(review_options const& o, bool write) {
    std::string path = db_path(o);
    std::error_code ec;
    if (!write && !std::filesystem::exists(path, ec))
        throw review::store_error("no review store at " + path + " (give --db PATH or --corpus PATH)");
    if (write) {
        auto dir = std::filesystem::path(path).parent_path();
        if (!dir.empty()) std::filesystem::create_directories(dir, ec);
    }
    return review::store::open(path, review::current_schema_version, write);
}

bool looks_like_fingerprint(std::string const& s) {
    std::size_t i = 0;
    for (; i < s.size() && i < 32; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(s[i])) || std::isupper(static_cast<unsigned char>(s[i])))
            return false;
    if (i != 32) return false;
    if (s.size() == 32) return true;
    if (s[32] != '-' || s.size() == 33) return false;
    for (std::size_t k = 33; k < s.size(); ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

// A unique prefix of a known fingerprint, or a whole fingerprint not seen yet.
std::string resolve_fingerprint(review::store const& db, std::string const& given) {
    auto matches = db.match_prefix(given);
    if (matches.size() == 1) return matches.front();
    for (auto const& m : matches)
        if (m == given) return m;
    if (matches.empty()) {
        if (looks_like_fingerprint(given)) {
            std::cerr << "claimcheck review: warning: " << given
                      << " is not among the findings of the last check over this store\n";
            return given;
        }
        throw review::store_error("no known finding's fingerprint starts with '" + given +
                                  "' (run claimcheck check with this store, or give the whole fingerprint)");
    }
    std::string list;
    for (std::size_t i = 0; i < matches.size() && i < 5; ++i) list += "\n  " + matches[i];
    if (matches.size() > 5) list += "\n  ...";
    throw review::store_error("'" + given + "' is the start of " + std::to_string(matches.size()) +
                              " fingerprints; give more of it:" + list);
}

void warn_unknown_article(review::store const& db, std::string const& article) {
    auto seen = db.seen_articles();
    if (seen.empty()) return;
    for (auto const& a : seen)
        if (a.id == article) return;
    std::cerr << "claimcheck review: warning: the last check over this store read no article '" << article << "'\n";
}

std::string show(std::optional<std::string> const& v) { return v ? "'" + *v + "'" : "(none)"; }

int do_set(review_options const& o) {
    if (!o.status && !o.note && !o.reason) {
        std::cerr << "claimcheck review set: give --status, --reason or --note\n";
        return 2;
    }
    auto db = open_store(o, true);
    std::string fp = resolve_fingerprint(db, o.fingerprint);
    bool changed = db.set_finding(fp, o.status, o.reason, o.note, review::current_actor(o.reviewer));
    auto r = db.finding(fp);
    std::cout << fp << ": " << r->status << (r->reason.empty() ? "" : " (" + r->reason + ")")
              << (changed ? "" : " (unchanged)") << '\n';
    return 0;
}

int do_claim(review_options const& o) {
    auto db = open_store(o, true);
    warn_unknown_article(db, o.article);
    bool changed = db.set_claim_verdict(o.article, o.text, o.verdict, o.evidence, review::current_actor(o.reviewer));
    std::cout << o.article << ": '" << o.text << "': " << o.verdict << (changed ? "" : " (unchanged)") << '\n';
    return 0;
}

int do_link(review_options const& o) {
    if (o.event.empty() == o.not_event.empty()) {
        std::cerr << "claimcheck review link: give one of --event KEY and --not-event KEY\n";
        return 2;
    }
    auto db = open_store(o, true);
    warn_unknown_article(db, o.article);
    bool is = !o.event.empty();
    std::string const& key = is ? o.event : o.not_event;
    bool changed = db.set_link(o.article, o.text, key, is, review::current_actor(o.reviewer));
    std::cout << o.article << ": '" << o.text << "' " << (is ? "is" : "is not") << " about " << key
              << (changed ? "" : " (unchanged)") << '\n';
    return 0;
}

int do_list(review_options const& o) {
    auto db = open_store(o, false);
    std::map<std::string, review::seen_finding> seen;
    for (auto& s : db.seen_findings()) seen.emplace(s.fingerprint, std::move(s));
    bool checked = db.last_check().has_value();
    struct row {
        std::string fingerprint;
        std::optional<review::finding_review> review;
        review::seen_finding const* seen = nullptr;
        bool stale = false;
    };
    std::map<std::string, row> rows;
    for (auto& r : db.findings()) {
        auto it = seen.find(r.fingerprint);
        row x{r.fingerprint, r, it == seen.end() ? nullptr : &it->second, false};
        x.stale = checked && (!x.seen || !x.seen->present);
        rows.emplace(r.fingerprint, std::move(x));
    }
    // Not reviewed yet: the last check's conflicts and near misses, open.
    for (auto const& [fp, s] : seen)
        if (s.present && (s.kind == "conflict" || s.kind == "compatible") && !rows.count(fp))
            rows.emplace(fp, row{fp, std::nullopt, &s, false});
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (auto const& [fp, x] : rows) {
        std::string status = x.review ? x.review->status : "open";
        if (o.status && *o.status != status) continue;
        if (o.format == "json") {
            nlohmann::ordered_json j;
            j["fingerprint"] = fp;
            j["status"] = status;
            j["reviewed"] = x.review.has_value();
            auto str = [](std::string const& s) { return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s); };
            j["reason"] = str(x.review ? x.review->reason : "");
            j["note"] = str(x.review ? x.review->note : "");
            j["reviewer"] = str(x.review ? x.review->reviewer : "");
            j["updated_at"] = str(x.review ? x.review->updated_at : "");
            j["stale"] = x.stale;
            j["kind"] = str(x.seen ? x.seen->kind : "");
            j["rule"] = str(x.seen ? x.seen->rule : "");
            j["event"] = str(x.seen ? x.seen->event : "");
            j["message"] = str(x.seen ? x.seen->message : "");
            j["articles"] = str(x.seen ? x.seen->articles : "");
            out.push_back(std::move(j));
            continue;
        }
        std::cout << fp << "  " << status;
        if (x.review && !x.review->reason.empty()) std::cout << " (" << x.review->reason << ")";
        if (x.review) std::cout << "  " << x.review->reviewer << "  " << x.review->updated_at;
        else std::cout << "  (not reviewed)";
        if (x.stale) std::cout << "  STALE: no longer found by check";
        std::cout << '\n';
        if (x.seen)
            std::cout << "    " << x.seen->kind << " [" << x.seen->rule << "] "
                      << (x.seen->event.empty() ? "" : x.seen->event + ": ") << x.seen->message << '\n';
        if (x.review && !x.review->note.empty()) std::cout << "    note: " << x.review->note << '\n';
    }
    if (o.format == "json") std::cout << out.dump(2) << '\n';
    return 0;
}

int do_history(review_options const& o) {
    auto db = open_store(o, false);
    std::string fp;
    if (!o.fingerprint.empty()) {
        // Prefixes also over the fingerprints the history names (a review may be stale).
        std::set<std::string> known;
        for (auto const& m : db.match_prefix(o.fingerprint)) known.insert(m);
        for (auto const& h : db.history())
            if (!h.fingerprint.empty() && h.fingerprint.starts_with(o.fingerprint)) known.insert(h.fingerprint);
        if (known.count(o.fingerprint)) fp = o.fingerprint;
        else if (known.size() == 1) fp = *known.begin();
        else if (known.empty()) throw review::store_error("no finding's fingerprint starts with '" + o.fingerprint + "'");
        else throw review::store_error("'" + o.fingerprint + "' is the start of several fingerprints; give more of it");
    }
    auto entries = db.history(fp);
    if (!fp.empty()) {
        auto r = db.finding(fp);
        std::cout << fp << ": " << (r ? r->status + (r->reason.empty() ? "" : " (" + r->reason + ")") : "open")
                  << (review::is_stale(db, fp) ? " (stale: no longer found by check)" : "") << '\n';
    }
    for (auto const& h : entries) {
        std::cout << h.at << "  " << h.reviewer << "  ";
        if (fp.empty()) {
            if (h.entity == "finding") std::cout << "finding " << h.fingerprint << "  ";
            else std::cout << h.entity << " " << h.article << " '" << h.claim << "'"
                           << (h.event.empty() ? "" : " " + h.event) << "  ";
        }
        std::cout << h.field << ": " << show(h.old_value) << " -> " << show(h.new_value) << '\n';
    }
    return 0;
}

int do_export(review_options const& o) {
    auto db = open_store(o, false);
    if (o.format == "csv") std::cout << review::export_csv(db);
    else if (o.format == "json") std::cout << review::export_json(db);
    else std::cout << review::export_claimreview(db);
    return 0;
}

}  // namespace

CLI::App* add_review_command(CLI::App& app, review_options& o) {
    auto* review = app.add_subcommand("review", "Record and read fact-checkers' decisions (the review store)");
    review->require_subcommand(0, 1);  // none: the interactive session (main.cpp)
    auto common = [&](CLI::App* sub, bool write) {
        sub->add_option("--db", o.db, "The review store (SQLite)");
        sub->add_option("--corpus", o.corpus,
                        "The corpus whose default store to use: .claimcheck/review.db in that folder "
                        "(default: the current folder)");
        sub->add_option("--config", o.config,
                        "Configuration file whose `db` (or first path) names the store when neither --db nor "
                        "--corpus is given (default: .claimcheck.yaml here or in a folder above)");
        sub->add_flag("--no-config", o.no_config, "Use no configuration file");
        if (write)
            sub->add_option("--reviewer", o.reviewer,
                            "Who decides (default: $CLAIMCHECK_REVIEWER, else $USER)");
    };
    auto* set = review->add_subcommand("set", "Set a finding's status, reason and note");
    set->add_option("fingerprint", o.fingerprint, "The finding's fingerprint (a unique prefix will do)")->required();
    set->add_option("--status", o.status, "One of: " + joined(review::statuses()))
        ->check(CLI::IsMember(as_strings(review::statuses())));
    set->add_option("--reason", o.reason, "Why a false alarm (with false-alarm only): " + joined(review::reasons()))
        ->check(CLI::IsMember(as_strings(review::reasons())));
    set->add_option("--note", o.note, "A note (replaces the previous one, which the history keeps)");
    common(set, true);
    set->callback([&o] { o.action = "set"; });

    auto* claim = review->add_subcommand("claim", "Give a claim a verdict");
    claim->add_option("article", o.article, "The article id")->required();
    claim->add_option("text", o.text, "The claim as written (compared ignoring case and spacing)")->required();
    claim->add_option("--verdict", o.verdict, "One of: " + joined(review::verdicts()))
        ->required()
        ->check(CLI::IsMember(as_strings(review::verdicts())));
    claim->add_option("--evidence", o.evidence, "The evidence URL");
    common(claim, true);
    claim->callback([&o] { o.action = "claim"; });

    auto* link = review->add_subcommand("link", "Say which event a claim is (or is not) about; check honours it");
    link->add_option("article", o.article, "The article id")->required();
    link->add_option("text", o.text, "The claim as written (compared ignoring case and spacing)")->required();
    auto* ev = link->add_option("--event", o.event, "The event key the claim is about");
    auto* nev = link->add_option("--not-event", o.not_event, "An event key the claim is not about");
    ev->excludes(nev);
    common(link, true);
    link->callback([&o] { o.action = "link"; });

    auto* list = review->add_subcommand(
        "list", "List reviewed findings (stale ones included) and the last check's unreviewed conflicts");
    list->add_option("--status", o.status, "Only this status")->check(CLI::IsMember(as_strings(review::statuses())));
    o.format = "text";
    list->add_option("--format", o.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    common(list, false);
    list->callback([&o] { o.action = "list"; });

    auto* history = review->add_subcommand("history", "Every change to a finding (or to anything, without one)");
    history->add_option("fingerprint", o.fingerprint, "The finding's fingerprint (a unique prefix will do)");
    common(history, false);
    history->callback([&o] { o.action = "history"; });

    auto* exp = review->add_subcommand("export", "Export the reviews: csv, json, or schema.org ClaimReview JSON-LD");
    exp->add_option("--format", o.format, "csv, json or claimreview")
        ->required()
        ->check(CLI::IsMember({"csv", "json", "claimreview"}));
    common(exp, false);
    exp->callback([&o] { o.action = "export"; });
    return review;
}

bool apply_config(review_options& o) {
    if (!o.db.empty() || !o.corpus.empty()) return true;  // the command line names the store
    std::string path = o.config;
    if (path.empty() && !o.no_config)
        if (auto found = accept::find_config()) path = *found;
    if (path.empty()) return true;
    try {
        auto c = accept::load_config(path);
        if (c.db) o.db = *c.db;
        else if (!c.paths.empty()) o.db = review::default_db_path(c.paths);
    } catch (accept::file_error const& e) {
        std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : std::string()) << ": error: " << e.message
                  << '\n';
        return false;
    }
    return true;
}

int run_review(review_options const& o) {
    try {
        if (o.action == "set") return do_set(o);
        if (o.action == "claim") return do_claim(o);
        if (o.action == "link") return do_link(o);
        if (o.action == "list") return do_list(o);
        if (o.action == "history") return do_history(o);
        if (o.action == "export") return do_export(o);
    } catch (std::exception const& e) {
        std::cerr << "claimcheck review " << o.action << ": " << e.what() << '\n';
        return 2;
    }
    return 2;
}

}  // namespace claimcheck::cli
