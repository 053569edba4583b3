#include "review/feedback.hpp"

#include "output/fingerprint.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

namespace claimcheck::review {

bool begin_check(std::string const& db_option, std::vector<std::string> const& corpus_paths,
                 std::vector<engine::override_entry>& overrides, check_session& session) {
    std::string path = db_option;
    if (path.empty()) {
        path = default_db_path(corpus_paths);
        std::error_code ec;
        if (path.empty() || !std::filesystem::exists(path, ec)) return true;  // no store: nothing to do
    }
    try {
        session.db = store::open(path, current_schema_version, !db_option.empty());
        auto more = link_overrides(*session.db);
        overrides.insert(overrides.end(), more.begin(), more.end());
    } catch (std::exception const& e) {
        std::cerr << "claimcheck check: " << e.what() << '\n';
        return false;
    }
    return true;
}

std::vector<engine::override_entry> link_overrides(store const& db) {
    std::vector<engine::override_entry> out;
    // "is not" first: when a claim is linked to one event and away from another, the link wins.
    for (int pass = 0; pass < 2; ++pass)
        for (auto const& l : db.links()) {
            if (l.is != (pass == 1)) continue;
            engine::override_entry e;
            e.article = l.article;
            e.text = l.claim;
            e.normalized_text = true;
            e.event = l.is ? l.event : "none";
            if (!l.is) e.only_if_event = l.event;
            e.where = db.path() + ": review link (" + std::string(l.is ? "is " : "is not ") + l.event + ")";
            out.push_back(std::move(e));
        }
    return out;
}

void annotate(check_session& session, output::check_report& report) {
    if (!session.db) return;
    auto& db = *session.db;
    auto const fps = output::fingerprints_of(report);
    std::map<std::string, finding_review> reviews;
    try {
        for (auto& r : db.findings()) reviews.emplace(r.fingerprint, std::move(r));
    } catch (std::exception const& e) {
        std::cerr << "claimcheck check: warning: " << e.what() << '\n';
        return;
    }
    auto mark = [](finding_review const& r) {
        output::review_mark m;
        m.status = r.status;
        m.reason = r.reason;
        m.note = r.note;
        m.reviewer = r.reviewer;
        m.updated_at = r.updated_at;
        m.passes = status_passes(r.status);
        return m;
    };
    report.reviewed = true;
    report.reviews.assign(fps.size(), output::review_mark{});
    std::set<std::string> present(fps.begin(), fps.end());
    for (std::size_t i = 0; i < fps.size(); ++i)
        if (auto it = reviews.find(fps[i]); it != reviews.end()) report.reviews[i] = mark(it->second);
    // A passing review accepts the findings nothing else accepted (suppressions and the baseline
    // come first: each finding is counted in one bucket); the others keep their review alongside.
    if (report.status.size() != fps.size()) report.status.resize(fps.size());
    for (std::size_t i = 0; i < fps.size(); ++i) {
        auto const& m = report.reviews[i];
        auto& st = report.status[i];
        if (!m.passes || st.state != output::acceptance::active) continue;
        st.state = output::acceptance::reviewed;
        st.justification = output::review_summary(m);
        st.where = db.path();
    }
    for (auto const& [fp, r] : reviews)
        if (!present.count(fp)) {
            auto m = mark(r);
            m.fingerprint = fp;
            m.passes = false;
            report.stale_reviews.push_back(std::move(m));
        }

    std::vector<seen_finding> seen;
    seen.reserve(fps.size());
    for (std::size_t i = 0; i < fps.size(); ++i) {
        auto const& f = report.result.findings[i];
        seen_finding s;
        s.fingerprint = fps[i];
        s.kind = engine::to_string(f.kind);
        s.rule = f.rule;
        s.event = f.event;
        s.message = f.message;
        for (auto ci : f.claims) {
            if (!s.articles.empty()) s.articles += ',';
            s.articles += report.articles[report.claims[ci].article].id;
        }
        seen.push_back(std::move(s));
    }
    std::vector<seen_article> articles;
    for (auto const& a : report.articles)
        if (!a.fact) articles.push_back({a.id, a.path, a.url, a.date ? format_iso(*a.date) : std::string()});
    try {
        db.record_check(seen, articles, now_utc());
    } catch (std::exception const& e) {
        std::cerr << "claimcheck check: warning: could not record this run in the review store: " << e.what()
                  << '\n';
    }
    if (!report.stale_reviews.empty())
        std::cerr << "claimcheck check: note: " << report.stale_reviews.size()
                  << " reviewed finding(s) no longer occur; their reviews are kept as stale (claimcheck review "
                     "list --db "
                  << db.path() << ")\n";
}

}  // namespace claimcheck::review
