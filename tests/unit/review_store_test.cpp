// The review store (src/review/store.hpp): round trips, the append-only history, the migration
// from schema v1, two processes writing at once, and a writer killed with SIGKILL mid-session.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "review/exports.hpp"
#include "review/store.hpp"
#include "run_binary.hpp"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using claimcheck::review::actor;
using claimcheck::review::store;
using claimcheck::testing::temp_dir;

actor ana{"ana", "2025-09-06T10:00:00Z"};
actor ben{"ben", "2025-09-07T11:30:00Z"};

std::string fp(int i) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%032x", i);
    return buf;
}

// Raw SQL on the database file, for what the store's API does not expose (or must refuse).
int raw_exec(std::string const& path, std::string const& sql, std::string* error = nullptr) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    if (error) *error = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    return rc;
}

std::set<std::string> columns_of(std::string const& path, std::string const& table) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("PRAGMA table_info(" + table + ")").c_str(), -1, &st, nullptr);
    std::set<std::string> out;
    while (sqlite3_step(st) == SQLITE_ROW) out.insert(reinterpret_cast<char const*>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

TEST(ReviewStore, RoundTrip) {
    auto dir = temp_dir("review-roundtrip");
    std::string path = (dir / "review.db").string();
    {
        auto db = store::open(path);
        EXPECT_EQ(db.version(), claimcheck::review::current_schema_version);
        EXPECT_TRUE(db.set_finding(fp(1), "false-alarm", "misparse", "the parser read 'three' as the gap", ana));
        EXPECT_TRUE(db.set_finding(fp(2), "confirmed", std::nullopt, std::nullopt, ana));
        EXPECT_TRUE(db.set_claim_verdict("kim-xi-analysis", "Their first  talks in THREE years", "incorrect",
                                         "https://example.org/evidence", ben));
        EXPECT_TRUE(db.set_link("kim-xi-analysis", "their first talks in three years", "meeting(A, B)", false, ben));
        EXPECT_TRUE(db.set_link("xi-kim-beijing", "their first talks in six years", "meeting(C, D)", true, ben));
    }
    auto db = store::open(path);
    auto r1 = db.finding(fp(1));
    ASSERT_TRUE(r1);
    EXPECT_EQ(r1->status, "false-alarm");
    EXPECT_EQ(r1->reason, "misparse");
    EXPECT_EQ(r1->note, "the parser read 'three' as the gap");
    EXPECT_EQ(r1->reviewer, "ana");
    EXPECT_EQ(r1->updated_at, "2025-09-06T10:00:00Z");
    auto r2 = db.finding(fp(2));
    ASSERT_TRUE(r2);
    EXPECT_EQ(r2->status, "confirmed");
    EXPECT_EQ(r2->reason, "");
    EXPECT_FALSE(db.finding(fp(3)));

    auto verdicts = db.claim_verdicts();
    ASSERT_EQ(verdicts.size(), 1u);
    EXPECT_EQ(verdicts[0].article, "kim-xi-analysis");
    EXPECT_EQ(verdicts[0].claim, "their first talks in three years");  // normalized key
    EXPECT_EQ(verdicts[0].text, "Their first  talks in THREE years");  // as given
    EXPECT_EQ(verdicts[0].verdict, "incorrect");
    EXPECT_EQ(verdicts[0].evidence, "https://example.org/evidence");
    EXPECT_EQ(verdicts[0].reviewer, "ben");

    auto links = db.links();
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[0].article, "kim-xi-analysis");
    EXPECT_FALSE(links[0].is);
    EXPECT_EQ(links[0].event, "meeting(A, B)");
    EXPECT_TRUE(links[1].is);

    // The same decision again changes nothing and writes no history.
    auto before = db.history().size();
    EXPECT_FALSE(db.set_finding(fp(2), "confirmed", std::nullopt, std::nullopt, ben));
    EXPECT_EQ(db.history().size(), before);
    EXPECT_EQ(db.finding(fp(2))->reviewer, "ana");
}

TEST(ReviewStore, InvalidValuesAreRefusedAndNothingIsWritten) {
    auto dir = temp_dir("review-invalid");
    auto db = store::open((dir / "review.db").string());
    EXPECT_THROW(db.set_finding(fp(1), "wontfix", std::nullopt, std::nullopt, ana), claimcheck::review::store_error);
    EXPECT_THROW(db.set_finding(fp(1), "false-alarm", std::nullopt, std::nullopt, ana),
                 claimcheck::review::store_error);  // a false alarm needs a reason
    EXPECT_THROW(db.set_finding(fp(1), "confirmed", "misparse", std::nullopt, ana), claimcheck::review::store_error);
    EXPECT_THROW(db.set_finding(fp(1), "false-alarm", "typo", std::nullopt, ana), claimcheck::review::store_error);
    EXPECT_THROW(db.set_claim_verdict("a", "x", "maybe", std::nullopt, ana), claimcheck::review::store_error);
    EXPECT_FALSE(db.finding(fp(1)));
    EXPECT_TRUE(db.history().empty());
}

TEST(ReviewStore, HistoryIsAppendOnlyAndKeepsEveryValue) {
    auto dir = temp_dir("review-history");
    std::string path = (dir / "review.db").string();
    {
        auto db = store::open(path);
        db.set_finding(fp(7), "needs-research", std::nullopt, "ask the desk", ana);
        db.set_finding(fp(7), "false-alarm", "within-tolerance", std::nullopt, ben);
        db.set_finding(fp(7), "resolved", std::nullopt, "fixed in the article", ana);
        db.set_finding(fp(8), "confirmed", std::nullopt, std::nullopt, ben);
    }
    auto db = store::open(path);
    auto h = db.history(fp(7));
    ASSERT_EQ(h.size(), 7u);
    auto expect = [&](std::size_t i, char const* field, std::optional<std::string> old_value,
                      std::optional<std::string> new_value, char const* who) {
        SCOPED_TRACE(i);
        EXPECT_EQ(h[i].entity, "finding");
        EXPECT_EQ(h[i].fingerprint, fp(7));
        EXPECT_EQ(h[i].field, field);
        EXPECT_EQ(h[i].old_value, old_value);
        EXPECT_EQ(h[i].new_value, new_value);
        EXPECT_EQ(h[i].reviewer, who);
    };
    expect(0, "status", std::nullopt, "needs-research", "ana");
    expect(1, "note", std::nullopt, "ask the desk", "ana");
    expect(2, "status", "needs-research", "false-alarm", "ben");
    expect(3, "reason", std::nullopt, "within-tolerance", "ben");
    expect(4, "status", "false-alarm", "resolved", "ana");
    // leaving false-alarm clears the reason; the history keeps it
    expect(5, "reason", "within-tolerance", std::nullopt, "ana");
    expect(6, "note", "ask the desk", "fixed in the article", "ana");
    auto all = db.history();
    EXPECT_EQ(all.size(), 8u);  // and fp(8)'s status
    EXPECT_EQ(db.finding(fp(7))->note, "fixed in the article");
    for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].id, all[i].id);

    // Neither UPDATE nor DELETE gets through, even in raw SQL.
    std::string err;
    EXPECT_NE(raw_exec(path, "UPDATE history SET new_value = 'x'", &err), SQLITE_OK);
    EXPECT_NE(err.find("append-only"), std::string::npos) << err;
    EXPECT_NE(raw_exec(path, "DELETE FROM history", &err), SQLITE_OK);
    EXPECT_EQ(store::open(path).history().size(), all.size());
}

TEST(ReviewStore, NoteChangesAreInTheHistory) {
    auto dir = temp_dir("review-notes");
    auto db = store::open((dir / "review.db").string());
    db.set_finding(fp(1), "confirmed", std::nullopt, "first", ana);
    db.set_finding(fp(1), std::nullopt, std::nullopt, "second", ben);
    db.set_finding(fp(1), std::nullopt, std::nullopt, "", ana);  // cleared: the history keeps "second"
    auto h = db.history(fp(1));
    ASSERT_EQ(h.size(), 4u);
    EXPECT_EQ(h[2].field, "note");
    EXPECT_EQ(h[2].old_value, "first");
    EXPECT_EQ(h[2].new_value, "second");
    EXPECT_EQ(h[3].old_value, "second");
    EXPECT_EQ(h[3].new_value, std::nullopt);
    EXPECT_EQ(db.finding(fp(1))->status, "confirmed");
}

TEST(ReviewStore, MigratesAVersionOneDatabase) {
    auto dir = temp_dir("review-migrate");
    std::string path = (dir / "review.db").string();
    {
        auto v1 = store::open(path, 1);
        EXPECT_EQ(v1.version(), 1);
        v1.set_finding(fp(3), "false-alarm", "source-error", "the wire copy is wrong", ana);
        v1.set_claim_verdict("wire-001", "the 70th anniversary", "correct", std::nullopt, ana);
        EXPECT_THROW(v1.set_claim_verdict("wire-001", "the 70th anniversary", "correct", "https://x", ana),
                     claimcheck::review::store_error);
    }
    EXPECT_EQ(columns_of(path, "claim_verdicts").count("evidence"), 0u);
    {
        auto v2 = store::open(path);  // migrates
        EXPECT_EQ(v2.version(), 2);
        auto r = v2.finding(fp(3));
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, "false-alarm");
        EXPECT_EQ(r->reason, "source-error");
        EXPECT_EQ(r->note, "the wire copy is wrong");
        auto verdicts = v2.claim_verdicts();
        ASSERT_EQ(verdicts.size(), 1u);
        EXPECT_EQ(verdicts[0].verdict, "correct");
        EXPECT_EQ(verdicts[0].evidence, "");
        EXPECT_TRUE(v2.set_claim_verdict("wire-001", "the 70th anniversary", "correct", "https://example.org/e", ben));
        EXPECT_EQ(v2.history().size(), 5u);  // 3 (finding) + 1 (verdict) + 1 (evidence)
    }
    EXPECT_EQ(columns_of(path, "claim_verdicts").count("evidence"), 1u);
    auto again = store::open(path);
    EXPECT_EQ(again.version(), 2);
    EXPECT_EQ(again.claim_verdicts()[0].evidence, "https://example.org/e");
    // A database of a newer schema is refused, not damaged.
    ASSERT_EQ(raw_exec(path, "UPDATE schema_version SET version = 99"), SQLITE_OK);
    EXPECT_THROW(store::open(path), claimcheck::review::store_error);
}

TEST(ReviewStore, UsesWriteAheadLogging) {
    auto dir = temp_dir("review-wal");
    std::string path = (dir / "review.db").string();
    store::open(path).set_finding(fp(1), "open", std::nullopt, std::nullopt, ana);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<char const*>(sqlite3_column_text(st, 0)), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

// Two processes write different findings as fast as they can; every decision of both is kept.
TEST(ReviewStore, ConcurrentWritersKeepEverything) {
    auto dir = temp_dir("review-concurrent");
    std::string path = (dir / "review.db").string();
    store::open(path);  // created (and migrated) once, before the writers start
    constexpr int per_writer = 60;
    std::vector<pid_t> children;
    for (int w = 0; w < 2; ++w) {
        pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            int status = 0;
            try {
                auto db = store::open(path);
                actor who{w == 0 ? "ana" : "ben", "2025-09-06T10:00:00Z"};
                for (int i = 0; i < per_writer; ++i)
                    db.set_finding(fp(w * 1000 + i), i % 2 ? "confirmed" : "needs-research", std::nullopt,
                                   "writer " + std::to_string(w), who);
            } catch (...) {
                status = 1;
            }
            _exit(status);
        }
        children.push_back(pid);
    }
    for (auto pid : children) {
        int st = 0;
        ASSERT_EQ(waitpid(pid, &st, 0), pid);
        ASSERT_TRUE(WIFEXITED(st));
        EXPECT_EQ(WEXITSTATUS(st), 0);
    }
    auto db = store::open(path);
    auto all = db.findings();
    EXPECT_EQ(all.size(), 2u * per_writer);
    for (int w = 0; w < 2; ++w)
        for (int i = 0; i < per_writer; ++i) {
            auto r = db.finding(fp(w * 1000 + i));
            ASSERT_TRUE(r) << w << " " << i;
            EXPECT_EQ(r->note, "writer " + std::to_string(w));
        }
    EXPECT_EQ(db.history().size(), 2u * 2u * per_writer);  // status and note, each
}

// The same with two threads, each with its own connection, on the same findings' neighbours and
// on one shared finding: every decision is kept, and the shared one's history has all of them.
TEST(ReviewStore, ConcurrentThreadsKeepEverything) {
    auto dir = temp_dir("review-threads");
    std::string path = (dir / "review.db").string();
    store::open(path);
    constexpr int per_writer = 40;
    auto writer = [&](int w) {
        auto db = store::open(path);
        actor who{"writer" + std::to_string(w), "2025-09-06T10:00:00Z"};
        for (int i = 0; i < per_writer; ++i) {
            db.set_finding(fp(w * 1000 + i), "confirmed", std::nullopt, std::nullopt, who);
            db.set_finding(fp(999999), std::nullopt, std::nullopt, "w" + std::to_string(w) + " " + std::to_string(i),
                           who);
        }
    };
    std::thread a(writer, 1), b(writer, 2);
    a.join();
    b.join();
    auto db = store::open(path);
    EXPECT_EQ(db.findings().size(), 2u * per_writer + 1);
    std::size_t notes = 0;
    for (auto const& h : db.history(fp(999999))) notes += h.field == "note";
    EXPECT_EQ(notes, 2u * per_writer);
}

// A child writes decisions and reports each one after it returns; it is killed with SIGKILL in
// the middle of the session. Every decision reported before the kill is in the store.
TEST(ReviewStore, DecisionsSurviveSigkill) {
    auto dir = temp_dir("review-crash");
    std::string path = (dir / "review.db").string();
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        try {
            auto db = store::open(path);
            for (int i = 0;; ++i) {
                db.set_finding(fp(i), "false-alarm", "misparse", "decision " + std::to_string(i),
                               actor{"crash", "2025-09-06T10:00:00Z"});
                if (write(fds[1], &i, sizeof i) != sizeof i) _exit(1);
            }
        } catch (...) {
            _exit(1);
        }
    }
    close(fds[1]);
    int last = -1, got = 0;
    while (got < 40) {
        int i = 0;
        ASSERT_EQ(read(fds[0], &i, sizeof i), static_cast<ssize_t>(sizeof i));
        last = i;
        ++got;
    }
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    int st = 0;
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    EXPECT_TRUE(WIFSIGNALED(st));
    EXPECT_EQ(WTERMSIG(st), SIGKILL);
    close(fds[0]);

    auto db = store::open(path);
    for (int i = 0; i <= last; ++i) {
        auto r = db.finding(fp(i));
        ASSERT_TRUE(r) << "decision " << i << " was lost";
        EXPECT_EQ(r->status, "false-alarm");
        EXPECT_EQ(r->note, "decision " + std::to_string(i));
    }
    // Nothing half-written: every stored finding has its whole history (status, reason, note).
    auto all = db.findings();
    EXPECT_GE(all.size(), static_cast<std::size_t>(last + 1));
    EXPECT_EQ(db.history().size(), 3 * all.size());
}

TEST(ReviewStore, LinkToAnotherEventTurnsTheOldLinkIntoIsNot) {
    auto dir = temp_dir("review-links");
    auto db = store::open((dir / "review.db").string());
    db.set_link("a", "the 70th anniversary", "founding(X)", true, ana);
    db.set_link("a", "The 70th  anniversary", "founding(Y)", true, ben);
    auto links = db.links();
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[0].event, "founding(X)");
    EXPECT_FALSE(links[0].is);
    EXPECT_EQ(links[1].event, "founding(Y)");
    EXPECT_TRUE(links[1].is);
    auto h = db.history();
    ASSERT_EQ(h.size(), 3u);
    EXPECT_EQ(h[1].event, "founding(X)");
    EXPECT_EQ(h[1].old_value, "is");
    EXPECT_EQ(h[1].new_value, "is-not");
}

TEST(ReviewStore, ExportsAreDeterministicClaimReview) {
    auto dir = temp_dir("review-export");
    auto db = store::open((dir / "review.db").string());
    db.record_check({}, {{"kim-xi-analysis", "k.md", "https://example.org/k", "2025-09-06"}}, "2025-09-06T09:00:00Z");
    db.set_claim_verdict("kim-xi-analysis", "their first talks in three years", "incorrect",
                         "https://example.org/evidence", ana);
    db.set_claim_verdict("other", "the 80th anniversary", "unverifiable", std::nullopt, ben);
    db.set_claim_verdict("kim-xi-analysis", "the 80th anniversary", "correct", std::nullopt, ben);
    auto text = claimcheck::review::export_claimreview(db);
    EXPECT_EQ(text, claimcheck::review::export_claimreview(db));
    auto j = nlohmann::json::parse(text);
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 3u);
    // ordered by article, then normalized claim
    EXPECT_EQ(j[0]["claimReviewed"], "the 80th anniversary");
    EXPECT_EQ(j[0]["reviewRating"]["ratingValue"], 5);
    EXPECT_EQ(j[0]["reviewRating"]["alternateName"], "Correct");
    auto const& r = j[1];
    EXPECT_EQ(r["@context"], "https://schema.org");
    EXPECT_EQ(r["@type"], "ClaimReview");
    EXPECT_EQ(r["claimReviewed"], "their first talks in three years");
    EXPECT_EQ(r["itemReviewed"]["@type"], "Claim");
    EXPECT_EQ(r["itemReviewed"]["appearance"][0]["url"], "https://example.org/k");
    EXPECT_EQ(r["itemReviewed"]["appearance"][0]["datePublished"], "2025-09-06");
    EXPECT_EQ(r["reviewRating"]["ratingValue"], 1);
    EXPECT_EQ(r["reviewRating"]["bestRating"], 5);
    EXPECT_EQ(r["reviewRating"]["worstRating"], 1);
    EXPECT_EQ(r["reviewRating"]["alternateName"], "Incorrect");
    EXPECT_EQ(r["author"]["name"], "ana");
    EXPECT_EQ(r["datePublished"], "2025-09-06");
    EXPECT_EQ(r["citation"], "https://example.org/evidence");
    EXPECT_FALSE(j[2]["reviewRating"].contains("ratingValue"));
    EXPECT_EQ(j[2]["reviewRating"]["alternateName"], "Unverifiable");
    EXPECT_FALSE(j[2]["itemReviewed"]["appearance"][0].contains("url"));

    auto csv = claimcheck::review::export_csv(db);
    EXPECT_EQ(csv.substr(0, csv.find('\r')),
              "type,fingerprint,article,claim,status,reason,note,verdict,evidence,event,relation,reviewer,updated_at,"
              "stale");
    EXPECT_EQ(claimcheck::review::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
}

TEST(ReviewStore, DefaultPathIsBesideTheCorpus) {
    auto dir = temp_dir("review-default");
    fs::create_directories(dir / "corpus");
    std::ofstream(dir / "corpus" / "a.md") << "x";
    EXPECT_EQ(claimcheck::review::default_db_path({(dir / "corpus").string()}),
              (dir / "corpus" / ".claimcheck" / "review.db").string());
    EXPECT_EQ(claimcheck::review::default_db_path({(dir / "corpus" / "a.md").string()}),
              (dir / "corpus" / ".claimcheck" / "review.db").string());
    EXPECT_EQ(claimcheck::review::default_db_path({"a.md"}), "./.claimcheck/review.db");
}

}  // namespace

// `claimcheck serve`'s stale-view check: a change based on a version that no longer holds is
// refused inside the write's transaction, and nothing is written.
TEST(ReviewStore, ExpectedVersionRefusesAStaleChange) {
    auto dir = temp_dir("review-version");
    auto db = store::open((dir / "review.db").string());
    EXPECT_EQ(db.finding_version(fp(1)), 0);
    EXPECT_TRUE(db.set_finding(fp(1), "confirmed", std::nullopt, std::nullopt, ana, 0));
    auto v1 = db.finding_version(fp(1));
    EXPECT_GT(v1, 0);
    EXPECT_EQ(db.finding_version(fp(2)), 0);  // versions are per finding
    try {
        db.set_finding(fp(1), "false-alarm", "misparse", std::nullopt, ben, 0);
        ADD_FAILURE() << "a stale change was written";
    } catch (claimcheck::review::version_conflict const& e) {
        EXPECT_EQ(e.current, v1);
    }
    EXPECT_EQ(db.finding(fp(1))->status, "confirmed");
    EXPECT_EQ(db.finding_version(fp(1)), v1);
    EXPECT_TRUE(db.set_finding(fp(1), std::nullopt, std::nullopt, "a note", ben, v1));
    EXPECT_GT(db.finding_version(fp(1)), v1);
    // Nothing changed: no history row, the version stays.
    auto v2 = db.finding_version(fp(1));
    EXPECT_FALSE(db.set_finding(fp(1), std::nullopt, std::nullopt, "a note", ben, v2));
    EXPECT_EQ(db.finding_version(fp(1)), v2);
}
