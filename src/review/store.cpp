#include "review/store.hpp"

#include "engine/corrections.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace claimcheck::review {

namespace {

constexpr std::array<std::string_view, 5> status_values{"open", "confirmed", "false-alarm", "needs-research",
                                                        "resolved"};
constexpr std::array<std::string_view, 5> reason_values{"wrong-event-link", "misparse", "within-tolerance",
                                                        "source-error", "other"};
constexpr std::array<std::string_view, 3> verdict_values{"correct", "incorrect", "unverifiable"};

// The migrations: entry i takes a database from version i to version i + 1. Never edit a shipped
// step; add one.
constexpr std::array<char const*, 2> migrations{
    // v1
    R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE finding_reviews (
  fingerprint TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'false-alarm', 'needs-research', 'resolved')),
  reason TEXT CHECK (reason IS NULL OR reason IN ('wrong-event-link', 'misparse', 'within-tolerance', 'source-error', 'other')),
  note TEXT,
  reviewer TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE claim_verdicts (
  article TEXT NOT NULL,
  claim TEXT NOT NULL,
  text TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'incorrect', 'unverifiable')),
  reviewer TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (article, claim)
);
CREATE TABLE event_links (
  article TEXT NOT NULL,
  claim TEXT NOT NULL,
  text TEXT NOT NULL,
  event TEXT NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('is', 'is-not')),
  reviewer TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (article, claim, event)
);
CREATE TABLE history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL CHECK (entity IN ('finding', 'claim', 'link')),
  fingerprint TEXT,
  article TEXT,
  claim TEXT,
  event TEXT,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX history_fingerprint ON history (fingerprint);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TABLE seen_findings (
  fingerprint TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  event TEXT,
  message TEXT NOT NULL,
  articles TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  present INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE seen_articles (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  url TEXT,
  date TEXT
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
)sql",
    // v2: the evidence behind a claim's verdict
    R"sql(
ALTER TABLE claim_verdicts ADD COLUMN evidence TEXT;
)sql",
};

[[noreturn]] void fail(sqlite3* db, std::string const& what) {
    throw store_error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

void exec(sqlite3* db, char const* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        throw store_error(msg);
    }
}

// A prepared statement: bind by position (1-based), step, read columns.
class statement {
public:
    statement(sqlite3* db, char const* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &st_, nullptr) != SQLITE_OK) fail(db, std::string("preparing ") + sql);
    }
    ~statement() { sqlite3_finalize(st_); }
    statement(statement const&) = delete;

    statement& bind(int i, std::string const& v) {
        sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    statement& bind(int i, std::optional<std::string> const& v) {
        if (v) return bind(i, *v);
        sqlite3_bind_null(st_, i);
        return *this;
    }
    statement& bind(int i, std::int64_t v) {
        sqlite3_bind_int64(st_, i, v);
        return *this;
    }
    // true: a row is ready; false: done.
    bool step() {
        int rc = sqlite3_step(st_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(db_, "sqlite");
    }
    void run() {
        while (step()) {
        }
    }
    std::optional<std::string> opt(int i) const {
        if (sqlite3_column_type(st_, i) == SQLITE_NULL) return std::nullopt;
        auto const* p = reinterpret_cast<char const*>(sqlite3_column_text(st_, i));
        return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, i)));
    }
    void reset() {
        sqlite3_reset(st_);
        sqlite3_clear_bindings(st_);
    }
    std::string text(int i) const { return opt(i).value_or(std::string()); }
    std::int64_t integer(int i) const { return sqlite3_column_int64(st_, i); }

private:
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
};

// BEGIN IMMEDIATE (the write lock at once, so two writers never both read then collide), COMMIT
// on commit(), ROLLBACK when left by an exception.
class transaction {
public:
    explicit transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
    ~transaction() {
        if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() {
        exec(db_, "COMMIT");
        open_ = false;
    }

private:
    sqlite3* db_;
    bool open_ = true;
};

int read_version(sqlite3* db) {
    statement has(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    has.step();
    if (has.integer(0) == 0) return 0;
    statement v(db, "SELECT max(version) FROM schema_version");
    if (!v.step()) return 0;
    return static_cast<int>(v.integer(0));
}

struct history_row {
    std::string entity;
    std::optional<std::string> fingerprint, article, claim, event;
};

void append_history(sqlite3* db, history_row const& row, std::string const& field,
                    std::optional<std::string> const& old_value, std::optional<std::string> const& new_value,
                    actor const& who) {
    statement st(db,
                 "INSERT INTO history (entity, fingerprint, article, claim, event, field, old_value, new_value, "
                 "reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, row.entity).bind(2, row.fingerprint).bind(3, row.article).bind(4, row.claim).bind(5, row.event);
    st.bind(6, field).bind(7, old_value).bind(8, new_value).bind(9, who.reviewer).bind(10, who.at);
    st.run();
}

std::optional<std::string> nonempty(std::optional<std::string> v) {
    if (v && v->empty()) return std::nullopt;
    return v;
}

}  // namespace

std::span<std::string_view const> statuses() { return status_values; }
std::span<std::string_view const> reasons() { return reason_values; }
std::span<std::string_view const> verdicts() { return verdict_values; }
bool status_passes(std::string_view status) { return status == "false-alarm" || status == "resolved"; }

std::string now_utc() {
    if (char const* fixed = std::getenv("CLAIMCHECK_NOW"); fixed && *fixed) return fixed;
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

actor current_actor(std::optional<std::string> const& reviewer) {
    actor a;
    if (reviewer && !reviewer->empty()) a.reviewer = *reviewer;
    else if (char const* r = std::getenv("CLAIMCHECK_REVIEWER"); r && *r) a.reviewer = r;
    else if (char const* u = std::getenv("USER"); u && *u) a.reviewer = u;
    else a.reviewer = "unknown";
    a.at = now_utc();
    return a;
}

std::string default_db_path(std::vector<std::string> const& corpus_paths) {
    namespace fs = std::filesystem;
    if (corpus_paths.empty()) return {};
    fs::path first(corpus_paths.front());
    std::error_code ec;
    fs::path dir = fs::is_directory(first, ec) ? first : first.parent_path();
    if (dir.empty()) dir = ".";
    return (dir / ".claimcheck" / "review.db").string();
}

store store::open(std::string const& path, int target_version, bool create) {
    if (target_version < 1 || target_version > current_schema_version)
        throw store_error("no schema version " + std::to_string(target_version));
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw store_error("cannot open review store " + path + ": " + msg);
    }
    store s(db, path);
    sqlite3_busy_timeout(db, 30000);
    try {
        exec(db, "PRAGMA journal_mode = WAL");
        exec(db, "PRAGMA synchronous = FULL");
        exec(db, "PRAGMA foreign_keys = ON");
        int v = read_version(db);
        if (v > current_schema_version)
            throw store_error("schema version " + std::to_string(v) + " is newer than this claimcheck knows (" +
                              std::to_string(current_schema_version) + "): use a newer claimcheck");
        while (v < target_version) {
            transaction t(db);
            v = read_version(db);  // another process may have migrated meanwhile
            if (v >= target_version) break;
            exec(db, migrations[static_cast<std::size_t>(v)]);
            statement up(db, "UPDATE schema_version SET version = ?");
            up.bind(1, static_cast<std::int64_t>(v + 1)).run();
            t.commit();
            ++v;
        }
    } catch (store_error const& e) {
        throw store_error("review store " + path + ": " + e.what());
    }
    return s;
}

store::store(store&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) { o.db_ = nullptr; }
store& store::operator=(store&& o) noexcept {
    if (this != &o) {
        sqlite3_close(db_);
        db_ = o.db_;
        path_ = std::move(o.path_);
        o.db_ = nullptr;
    }
    return *this;
}
store::~store() { sqlite3_close(db_); }

int store::version() const { return read_version(db_); }

bool store::set_finding(std::string const& fingerprint, std::optional<std::string> status,
                        std::optional<std::string> reason, std::optional<std::string> note, actor const& who,
                        std::optional<std::int64_t> expected_version) {
    if (status && std::find(status_values.begin(), status_values.end(), *status) == status_values.end())
        throw store_error("unknown status '" + *status + "'");
    reason = nonempty(reason);
    if (reason && std::find(reason_values.begin(), reason_values.end(), *reason) == reason_values.end())
        throw store_error("unknown reason '" + *reason + "'");
    transaction t(db_);
    if (expected_version) {
        auto v = finding_version(fingerprint);
        if (v != *expected_version)
            throw version_conflict("the review of finding " + fingerprint.substr(0, 12) + " changed (version " +
                                       std::to_string(*expected_version) + " -> " + std::to_string(v) + ")",
                                   v);
    }
    auto old = finding(fingerprint);
    finding_review now = old.value_or(finding_review{fingerprint, "open", "", "", "", ""});
    if (status) now.status = *status;
    if (now.status == "false-alarm") {
        if (reason) now.reason = *reason;
        if (now.reason.empty()) throw store_error("a false alarm needs a reason (" + std::string("--reason") + ")");
    } else {
        if (reason) throw store_error("a reason goes with false-alarm only");
        now.reason.clear();
    }
    if (note) now.note = *note;
    history_row row{"finding", fingerprint, std::nullopt, std::nullopt, std::nullopt};
    auto field = [&](char const* name, std::string const& before, std::string const& after, bool had) {
        if (had && before == after) return false;
        if (!had && after.empty()) return false;
        append_history(db_, row, name, had ? nonempty(before) : std::nullopt, nonempty(after), who);
        return true;
    };
    bool changed = false;
    changed |= field("status", old ? old->status : "", now.status, old.has_value());
    changed |= field("reason", old ? old->reason : "", now.reason, old.has_value() && !old->reason.empty());
    changed |= field("note", old ? old->note : "", now.note, old.has_value() && !old->note.empty());
    if (!changed && old) return false;
    statement st(db_,
                 "INSERT INTO finding_reviews (fingerprint, status, reason, note, reviewer, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET status = excluded.status, "
                 "reason = excluded.reason, note = excluded.note, reviewer = excluded.reviewer, "
                 "updated_at = excluded.updated_at");
    st.bind(1, fingerprint).bind(2, now.status).bind(3, nonempty(now.reason)).bind(4, nonempty(now.note));
    st.bind(5, who.reviewer).bind(6, who.at).run();
    t.commit();
    return true;
}

bool store::set_claim_verdict(std::string const& article, std::string const& text, std::string const& verdict,
                              std::optional<std::string> evidence, actor const& who) {
    if (std::find(verdict_values.begin(), verdict_values.end(), verdict) == verdict_values.end())
        throw store_error("unknown verdict '" + verdict + "'");
    std::string claim = engine::normalize_claim_text(text);
    if (article.empty() || claim.empty()) throw store_error("a claim needs an article id and its text");
    if (evidence && version() < 2) throw store_error("evidence URLs need schema version 2");
    transaction t(db_);
    std::optional<std::string> old_verdict, old_evidence, old_text;
    {
        statement q(db_, version() >= 2
                             ? "SELECT verdict, evidence, text FROM claim_verdicts WHERE article = ? AND claim = ?"
                             : "SELECT verdict, NULL, text FROM claim_verdicts WHERE article = ? AND claim = ?");
        q.bind(1, article).bind(2, claim);
        if (q.step()) {
            old_verdict = q.opt(0);
            old_evidence = q.opt(1);
            old_text = q.opt(2);
        }
    }
    std::optional<std::string> new_evidence = evidence ? nonempty(evidence) : old_evidence;
    history_row row{"claim", std::nullopt, article, claim, std::nullopt};
    bool changed = false;
    if (old_verdict != verdict) {
        append_history(db_, row, "verdict", old_verdict, verdict, who);
        changed = true;
    }
    if (old_evidence != new_evidence) {
        append_history(db_, row, "evidence", old_evidence, new_evidence, who);
        changed = true;
    }
    if (!changed) return false;
    if (version() >= 2) {
        statement st(db_,
                     "INSERT INTO claim_verdicts (article, claim, text, verdict, evidence, reviewer, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, claim) DO UPDATE SET text = excluded.text, "
                     "verdict = excluded.verdict, evidence = excluded.evidence, reviewer = excluded.reviewer, "
                     "updated_at = excluded.updated_at");
        st.bind(1, article).bind(2, claim).bind(3, text).bind(4, verdict).bind(5, new_evidence);
        st.bind(6, who.reviewer).bind(7, who.at).run();
    } else {
        statement st(db_,
                     "INSERT INTO claim_verdicts (article, claim, text, verdict, reviewer, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article, claim) DO UPDATE SET text = excluded.text, "
                     "verdict = excluded.verdict, reviewer = excluded.reviewer, updated_at = excluded.updated_at");
        st.bind(1, article).bind(2, claim).bind(3, text).bind(4, verdict);
        st.bind(5, who.reviewer).bind(6, who.at).run();
    }
    t.commit();
    return true;
}

bool store::set_link(std::string const& article, std::string const& text, std::string const& event, bool is,
                     actor const& who) {
    std::string claim = engine::normalize_claim_text(text);
    if (article.empty() || claim.empty() || event.empty())
        throw store_error("a link needs an article id, the claim's text and an event key");
    transaction t(db_);
    bool changed = false;
    auto put = [&](std::string const& ev, std::string const& relation) {
        std::optional<std::string> old;
        {
            statement q(db_, "SELECT relation FROM event_links WHERE article = ? AND claim = ? AND event = ?");
            q.bind(1, article).bind(2, claim).bind(3, ev);
            if (q.step()) old = q.opt(0);
        }
        if (old == relation) return;
        append_history(db_, history_row{"link", std::nullopt, article, claim, ev}, "relation", old, relation, who);
        statement st(db_,
                     "INSERT INTO event_links (article, claim, text, event, relation, reviewer, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, claim, event) DO UPDATE SET "
                     "text = excluded.text, relation = excluded.relation, reviewer = excluded.reviewer, "
                     "updated_at = excluded.updated_at");
        st.bind(1, article).bind(2, claim).bind(3, text).bind(4, ev).bind(5, relation);
        st.bind(6, who.reviewer).bind(7, who.at).run();
        changed = true;
    };
    if (is) {
        // A claim is about one event: the others it was linked to become "is not".
        std::vector<std::string> others;
        {
            statement q(db_,
                        "SELECT event FROM event_links WHERE article = ? AND claim = ? AND relation = 'is' AND "
                        "event <> ? ORDER BY event");
            q.bind(1, article).bind(2, claim).bind(3, event);
            while (q.step()) others.push_back(q.text(0));
        }
        for (auto const& o : others) put(o, "is-not");
    }
    put(event, is ? "is" : "is-not");
    if (!changed) return false;
    t.commit();
    return true;
}

std::optional<finding_review> store::finding(std::string const& fingerprint) const {
    statement q(db_,
                "SELECT fingerprint, status, reason, note, reviewer, updated_at FROM finding_reviews "
                "WHERE fingerprint = ?");
    q.bind(1, fingerprint);
    if (!q.step()) return std::nullopt;
    return finding_review{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
}

std::vector<finding_review> store::findings() const {
    statement q(db_,
                "SELECT fingerprint, status, reason, note, reviewer, updated_at FROM finding_reviews "
                "ORDER BY fingerprint");
    std::vector<finding_review> out;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return out;
}

std::vector<claim_verdict> store::claim_verdicts() const {
    statement q(db_, version() >= 2
                         ? "SELECT article, claim, text, verdict, evidence, reviewer, updated_at FROM claim_verdicts "
                           "ORDER BY article, claim"
                         : "SELECT article, claim, text, verdict, NULL, reviewer, updated_at FROM claim_verdicts "
                           "ORDER BY article, claim");
    std::vector<claim_verdict> out;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)});
    return out;
}

std::vector<event_link> store::links() const {
    statement q(db_,
                "SELECT article, claim, text, event, relation, reviewer, updated_at FROM event_links "
                "ORDER BY article, claim, event");
    std::vector<event_link> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4) == "is", q.text(5), q.text(6)});
    return out;
}

std::int64_t store::finding_version(std::string const& fingerprint) const {
    statement q(db_, "SELECT coalesce(max(id), 0) FROM history WHERE entity = 'finding' AND fingerprint = ?");
    q.bind(1, fingerprint);
    if (!q.step()) return 0;
    return q.integer(0);
}

std::vector<history_entry> store::history(std::string const& fingerprint) const {
    char const* all =
        "SELECT id, entity, fingerprint, article, claim, event, field, old_value, new_value, reviewer, at "
        "FROM history ORDER BY id";
    char const* one =
        "SELECT id, entity, fingerprint, article, claim, event, field, old_value, new_value, reviewer, at "
        "FROM history WHERE fingerprint = ? ORDER BY id";
    statement q(db_, fingerprint.empty() ? all : one);
    if (!fingerprint.empty()) q.bind(1, fingerprint);
    std::vector<history_entry> out;
    while (q.step()) {
        history_entry h;
        h.id = q.integer(0);
        h.entity = q.text(1);
        h.fingerprint = q.text(2);
        h.article = q.text(3);
        h.claim = q.text(4);
        h.event = q.text(5);
        h.field = q.text(6);
        h.old_value = q.opt(7);
        h.new_value = q.opt(8);
        h.reviewer = q.text(9);
        h.at = q.text(10);
        out.push_back(std::move(h));
    }
    return out;
}

void store::record_check(std::vector<seen_finding> const& findings, std::vector<seen_article> const& articles,
                         std::string const& at) {
    transaction t(db_);
    exec(db_, "UPDATE seen_findings SET present = 0 WHERE present <> 0");
    {
        statement st(db_,
                     "INSERT INTO seen_findings (fingerprint, kind, rule, event, message, articles, first_seen, "
                     "last_seen, present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (fingerprint) DO UPDATE "
                     "SET kind = excluded.kind, rule = excluded.rule, event = excluded.event, message = "
                     "excluded.message, articles = excluded.articles, last_seen = excluded.last_seen, present = 1");
        for (auto const& f : findings) {
            st.bind(1, f.fingerprint).bind(2, f.kind).bind(3, f.rule).bind(4, nonempty(f.event)).bind(5, f.message);
            st.bind(6, f.articles).bind(7, at).bind(8, at).run();
            st.reset();
        }
    }
    {
        statement st(db_,
                     "INSERT INTO seen_articles (id, path, url, date) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO "
                     "UPDATE SET path = excluded.path, url = excluded.url, date = excluded.date");
        for (auto const& a : articles) {
            st.bind(1, a.id).bind(2, a.path).bind(3, nonempty(a.url)).bind(4, nonempty(a.date)).run();
            st.reset();
        }
    }
    statement m(db_, "INSERT INTO meta (key, value) VALUES ('last_check_at', ?) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value");
    m.bind(1, at).run();
    t.commit();
}

std::vector<seen_finding> store::seen_findings() const {
    statement q(db_,
                "SELECT fingerprint, kind, rule, event, message, articles, first_seen, last_seen, present "
                "FROM seen_findings ORDER BY fingerprint");
    std::vector<seen_finding> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7),
                       q.integer(8) != 0});
    return out;
}

std::vector<seen_article> store::seen_articles() const {
    statement q(db_, "SELECT id, path, url, date FROM seen_articles ORDER BY id");
    std::vector<seen_article> out;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    return out;
}

std::optional<std::string> store::last_check() const {
    statement q(db_, "SELECT value FROM meta WHERE key = 'last_check_at'");
    if (!q.step()) return std::nullopt;
    return q.opt(0);
}

std::optional<std::string> store::meta(std::string const& key) const {
    statement q(db_, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    return q.opt(0);
}

void store::set_meta(std::string const& key, std::string const& value) {
    transaction t(db_);
    statement m(db_, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                     "excluded.value");
    m.bind(1, key).bind(2, value).run();
    t.commit();
}

std::vector<std::string> store::match_prefix(std::string const& prefix) const {
    statement q(db_,
                "SELECT fingerprint FROM seen_findings WHERE substr(fingerprint, 1, length(?1)) = ?1 UNION "
                "SELECT fingerprint FROM finding_reviews WHERE substr(fingerprint, 1, length(?1)) = ?1 "
                "ORDER BY 1");
    q.bind(1, prefix);
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
}

}  // namespace claimcheck::review
