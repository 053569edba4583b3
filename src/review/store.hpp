// The review store: what fact-checkers decided about `check`'s findings and claims, in SQLite.
//
// One database file (default `.claimcheck/review.db` beside the corpus: see default_db_path),
// opened in WAL mode with a busy timeout, so that several reviewers and `check` can use it at
// once. Every decision is its own IMMEDIATE transaction with synchronous=FULL: once a call
// returns, the decision survives a crash, a kill -9 or a power cut. Nothing is ever deleted:
// every change also appends one row per changed field to `history`, which triggers make
// append-only.
//
// Schema (forward migrations, `schema_version` holds the version; see migrations() in store.cpp):
//   v1  finding_reviews  fingerprint -> status, reason (false-alarm only), note, reviewer, updated_at
//       claim_verdicts   (article id, normalized claim text) -> text as written, verdict, reviewer, updated_at
//       event_links      (article id, normalized claim text, event key) -> relation is|is-not
//       history          append-only: entity, fingerprint | article+claim(+event), field, old, new, who, when
//       seen_findings    what the last `check` over this store found (for prefixes and stale reviews)
//       seen_articles    the articles it read (id, path, url, date) for exports
//       meta             key -> value (last_check_at, session_position)
//   v2  claim_verdicts.evidence (the evidence URL)
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace claimcheck::review {

inline constexpr int current_schema_version = 2;

struct store_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// set_finding with an expected version that no longer holds: someone changed the finding's
// review since the caller read it (`current` is its version now).
struct version_conflict : store_error {
    version_conflict(std::string const& what, std::int64_t now) : store_error(what), current(now) {}
    std::int64_t current = 0;
};

// The values a status, a false-alarm reason and a claim verdict can take, in display order.
std::span<std::string_view const> statuses();
std::span<std::string_view const> reasons();
std::span<std::string_view const> verdicts();
// false-alarm and resolved: the finding no longer fails `check`.
bool status_passes(std::string_view status);

// Who and when: the reviewer (--reviewer, else $CLAIMCHECK_REVIEWER, else $USER, else "unknown")
// and the time, UTC ISO-8601 ("2025-09-06T10:00:00Z"; $CLAIMCHECK_NOW replaces the clock, for tests).
struct actor {
    std::string reviewer;
    std::string at;
};
actor current_actor(std::optional<std::string> const& reviewer = std::nullopt);
std::string now_utc();

// `.claimcheck/review.db` in the folder of the first path (the folder itself when it is one, else
// the folder the file is in); "" when there is no path.
std::string default_db_path(std::vector<std::string> const& corpus_paths);

struct finding_review {
    std::string fingerprint, status, reason, note, reviewer, updated_at;
};

struct claim_verdict {
    std::string article, claim;  // claim: normalized text (engine::normalize_claim_text)
    std::string text;            // as the reviewer gave it
    std::string verdict, evidence, reviewer, updated_at;
};

struct event_link {
    std::string article, claim, text, event;
    bool is = true;  // false: the claim is not about `event`
    std::string reviewer, updated_at;
};

struct history_entry {
    std::int64_t id = 0;
    std::string entity;  // finding|claim|link
    std::string fingerprint, article, claim, event;
    std::string field;
    std::optional<std::string> old_value, new_value;
    std::string reviewer, at;
};

// A finding as the last `check` over the store saw it.
struct seen_finding {
    std::string fingerprint, kind, rule, event, message;
    std::string articles;  // the article ids of its claims, comma-separated, in finding order
    std::string first_seen, last_seen;
    bool present = false;  // found by the most recent check
};

struct seen_article {
    std::string id, path, url, date;
};

class store {
public:
    // Opens (creating the file when `create`) and migrates to `target_version` (tests create older
    // versions with it). Throws store_error, e.g. for a database of a newer schema.
    static store open(std::string const& path, int target_version = current_schema_version, bool create = true);
    store(store&& o) noexcept;
    store& operator=(store&& o) noexcept;
    store(store const&) = delete;
    ~store();

    std::string const& path() const { return path_; }
    int version() const;

    // Decisions, each one transaction; false when nothing changed (no history written).
    // set_finding: a status (nullopt: keep, "open" for a new record), a reason (required with
    // false-alarm and only with it; cleared when the status leaves false-alarm), a note (nullopt: keep).
    // With `expected_version`, the change is refused (version_conflict, nothing written) unless the
    // finding's version (finding_version) is still that one: checked inside the same transaction.
    bool set_finding(std::string const& fingerprint, std::optional<std::string> status,
                     std::optional<std::string> reason, std::optional<std::string> note, actor const& who,
                     std::optional<std::int64_t> expected_version = std::nullopt);
    // A finding review's version: the id of the last history row about it, 0 when never reviewed.
    // Every change that writes anything raises it.
    std::int64_t finding_version(std::string const& fingerprint) const;
    bool set_claim_verdict(std::string const& article, std::string const& text, std::string const& verdict,
                           std::optional<std::string> evidence, actor const& who);
    // "is": the claim is about `event` (any other "is" link of the claim becomes "is-not");
    // "is not": the claim is not about `event`.
    bool set_link(std::string const& article, std::string const& text, std::string const& event, bool is,
                  actor const& who);

    std::optional<finding_review> finding(std::string const& fingerprint) const;
    std::vector<finding_review> findings() const;        // by fingerprint
    std::vector<claim_verdict> claim_verdicts() const;   // by article, claim
    std::vector<event_link> links() const;               // by article, claim, event
    // Every change to a finding (or all changes, for an empty fingerprint), oldest first.
    std::vector<history_entry> history(std::string const& fingerprint = {}) const;

    // What a check found: replaces the "present" set in one transaction.
    void record_check(std::vector<seen_finding> const& findings, std::vector<seen_article> const& articles,
                      std::string const& at);
    std::vector<seen_finding> seen_findings() const;  // by fingerprint
    std::vector<seen_article> seen_articles() const;  // by id
    std::optional<std::string> last_check() const;    // when the last check was recorded

    // The meta table: small named values (last_check_at; the terminal session's position,
    // `session_position`). set_meta is one transaction and writes no history (nothing decided).
    std::optional<std::string> meta(std::string const& key) const;
    void set_meta(std::string const& key, std::string const& value);

    // The known fingerprints (seen by a check or reviewed) that start with `prefix`.
    std::vector<std::string> match_prefix(std::string const& prefix) const;

private:
    explicit store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::string path_;
};

}  // namespace claimcheck::review
