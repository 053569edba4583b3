// `claimcheck check`: corpus -> claims -> events -> findings.
//
// The articles stream through the ordered pipeline (pipeline.hpp); each worker extracts and
// resolves whole articles into compact records (engine/analyzer), so memory holds the records,
// not the corpus. Then: near-duplicate groups, overrides, facts, dates for undated articles
// (which re-analyzes them), the checks, and one rendering.
#include "accept/baseline.hpp"
#include "accept/config.hpp"
#include "accept/yaml_file.hpp"
#include "cli/check_run.hpp"
#include "cli/atomic_output.hpp"
#include "cli/commands.hpp"
#include "cli/pipeline.hpp"
#include "cli/rules_loader.hpp"
#include "engine/analyzer.hpp"
#include "engine/checker.hpp"
#include "engine/corrections.hpp"
#include "engine/date_inference.hpp"
#include "engine/near_duplicates.hpp"
#include "output/findings.hpp"
#include "output/fingerprint.hpp"
#include "review/feedback.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <chrono>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::cli {

namespace {

struct analyzed_batch {
    std::size_t first_index = 0;
    std::size_t bytes = 0;                        // of article text, for the progress line
    std::vector<engine::article_record> articles;
    std::vector<engine::claim_record> claims;    // `article` indexes are corpus-wide
    std::vector<ingest::article> undated;         // kept whole: a date may be inferred later
    std::vector<std::pair<std::uint32_t, engine::signature>> signatures;
    std::vector<accept::suppression> suppressions;  // inline directives of the batch's articles
};

// Whether stdout's text gets colours: --color, then NO_COLOR (no-color.org: any non-empty value),
// then whether stdout is a terminal that can show them.
bool use_color(std::string const& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    char const* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    char const* term = std::getenv("TERM");
    if (term && std::string_view(term) == "dumb") return false;
    return ::isatty(STDOUT_FILENO) == 1;
}

// "articles done, MB, MB/s" on stderr, rewritten in place at most a few times a second, only when
// stderr is a terminal (never in CI logs or redirected output).
class progress_line {
public:
    explicit progress_line(bool wanted) : on_(wanted && ::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}
    void update(std::size_t articles, std::size_t bytes) {
        if (!on_) return;
        auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(250)) return;
        last_ = now;
        double seconds = std::chrono::duration<double>(now - start_).count();
        double mb = static_cast<double>(bytes) / 1e6;
        char buf[160];
        std::snprintf(buf, sizeof buf, "\rclaimcheck: %zu articles, %.1f MB, %.1f MB/s\033[K", articles, mb,
                      seconds > 0 ? mb / seconds : 0.0);
        std::fputs(buf, stderr);
        shown_ = true;
    }
    void clear() {
        if (shown_) std::fputs("\r\033[K", stderr);
        shown_ = false;
    }

private:
    bool on_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_, last_{};
};

// A --facts or --overrides file's error, "path:line: message" (or "path: message") as the loaders
// throw it, printed like every input error: "path:line: error: message".
void print_file_error(std::string const& path, std::string const& what) {
    std::string_view rest(what);
    std::string location = path;
    if (rest.substr(0, path.size()) == path) {
        rest.remove_prefix(path.size());
        std::size_t digits = 0;
        if (!rest.empty() && rest[0] == ':')
            while (1 + digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[1 + digits]))) ++digits;
        if (digits) {
            location += std::string(rest.substr(0, 1 + digits));
            rest.remove_prefix(1 + digits);
        }
        if (rest.substr(0, 2) == ": ") rest.remove_prefix(2);
    }
    std::cerr << location << ": error: " << rest << '\n';
}

}  // namespace

// The sentences the text output quotes, read again from the corpus: only the articles of cited
// claims, and no extraction, so this second pass costs little next to the first.
void quote_sentences(std::vector<std::string> const& paths, ingest::ingest_options const& corpus,
                     engine::check_result const& result, bool informational,
                     std::vector<engine::article_record> const& articles,
                     std::vector<engine::claim_record>& claims) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> wanted;  // article -> claims to quote
    for (auto const& f : result.findings) {
        bool info = f.kind == engine::finding_kind::unverifiable || f.kind == engine::finding_kind::unresolved;
        if (info && !informational) continue;
        for (std::size_t i = 0; i < f.claims.size(); ++i) {
            auto const& c = claims[f.claims[i]];
            if (!articles[c.article].fact && c.sentence.empty()) wanted[c.article].push_back(f.claims[i]);
        }
    }
    if (wanted.empty()) return;
    std::uint32_t index = 0;
    ingest::read_corpus(paths, corpus, [&](ingest::article&& a) {
        auto it = wanted.find(index++);
        if (it == wanted.end()) return;
        for (auto ci : it->second) {
            auto& c = claims[ci];
            if (c.sentence_end <= a.text.size() && c.sentence_start < c.sentence_end)
                c.sentence = a.text.substr(c.sentence_start, c.sentence_end - c.sentence_start);
        }
    }, [](ingest::ingest_error const&) {});
}

std::string parse_output_spec(std::string const& spec, std::string& format, std::string& path) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
        return "expected FORMAT=PATH, got '" + spec + "'";
    format = spec.substr(0, eq);
    path = spec.substr(eq + 1);
    std::string known;
    for (auto f : output::finding_formats()) {
        if (f == format) return {};
        known += (known.empty() ? "" : ", ") + std::string(f);
    }
    return "unknown format '" + format + "' in '" + spec + "' (one of " + known + ")";
}

ingest::ingest_options corpus_options(check_options const& options) {
    ingest::ingest_options io;
    if (!options.include.empty() || !options.exclude.empty())
        io.select = [include = options.include, exclude = options.exclude,
                     dir = options.include_dir](std::string const& path) {
            return accept::selected(path, dir, include, exclude);
        };
    return io;
}

namespace {

// Marks the findings `baseline` (read from `path`) lists as baselined, unless a suppression came
// first; returns the number of its entries no finding matches (stale).
std::size_t apply_baseline(accept::baseline const& baseline, std::string const& path, check_run& run) {
    std::size_t stale = 0;
    std::map<std::string, std::size_t> index;  // fingerprint -> finding
    for (std::size_t i = 0; i < run.fingerprints.size(); ++i) index.emplace(run.fingerprints[i], i);
    for (auto const& e : baseline.entries) {
        auto it = index.find(e.fingerprint);
        if (it == index.end()) {
            ++stale;
            continue;
        }
        auto& st = run.status[it->second];
        if (st.state != output::acceptance::active) continue;  // a suppression came first
        st.state = output::acceptance::baselined;
        st.justification = e.reason;
        st.where = path + ":" + std::to_string(e.line);
    }
    return stale;
}

}  // namespace

bool check_and_accept(check_options const& options, quoting quote, check_run& run) {
    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return false;
    auto known = load_knowledge_or_report(options.rules_dirs);
    if (!known) return false;
    std::optional<accept::baseline> baseline;
    if (!options.baseline.empty()) {
        try {
            baseline = accept::load_baseline(options.baseline);
        } catch (accept::file_error const& e) {
            std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : std::string()) << ": error: baseline: "
                      << e.message << '\n';
            return false;
        }
    }

    analyze_corpus(options, *loaded, *known, quote, run);
    if (run.store_error) return false;

    run.baseline = baseline.has_value();
    if (baseline) run.stale = apply_baseline(*baseline, options.baseline, run);
    return true;
}

void accept_into(check_options const& options, check_run& run, output::check_report& report) {
    report.fail_on = options.fail_on;
    report.version = CLAIMCHECK_VERSION;
    report.command = options.command;
    report.paths = options.paths;
    report.rules_dirs = options.rules_dirs;
    report.facts = options.facts;
    report.overrides = options.overrides;
    report.fingerprints = run.fingerprints;
    report.status = run.status;
    report.notices = run.notices;
    report.baseline = run.baseline;
    report.baseline_file = options.baseline;
    report.review_db = run.review.db ? run.review.db->path() : std::string();
    report.stale = run.stale;
    // Reviews last: a passing review accepts the findings still active; every finding carries
    // its review (src/review/feedback.hpp).
    review::annotate(run.review, report);
}

int run_check(check_options const& options) {
    if (options.paths.empty()) {
        std::cerr << "claimcheck check: no PATH given, and no `paths` in a configuration file\n";
        return 2;
    }
    std::vector<atomic_output> outputs;
    std::set<std::string> output_paths;
    for (auto const& spec : options.outputs) {
        std::string format, path;
        if (auto why = parse_output_spec(spec, format, path); !why.empty()) {
            std::cerr << "claimcheck check: --output: " << why << '\n';
            return 2;
        }
        if (!output_paths.insert(std::filesystem::path(path).lexically_normal().string()).second) {
            std::cerr << "claimcheck check: --output: " << path << " is given twice\n";
            return 2;
        }
        outputs.emplace_back(format, path);
        if (auto why = outputs.back().open(); !why.empty()) {
            std::cerr << "claimcheck check: cannot write " << path << ": " << why << '\n';
            return 2;
        }
    }

    // The quoting formats get the sentences around the claims they cite.
    auto quotes = [](std::string const& f) { return f == "text" || f == "json" || f == "jsonl"; };
    bool quote = quotes(options.format);
    for (auto const& o : outputs) quote = quote || quotes(o.format());
    check_run run;
    if (!check_and_accept(options, !quote ? quoting::none : options.explain ? quoting::all : quoting::cited, run))
        return 2;

    output::check_report report{run.articles, run.claims, run.result, run.errors, options.explain};
    accept_into(options, run, report);
    bool output_errors = false;
    for (auto& o : outputs) {
        if (auto why = o.commit(report); !why.empty()) {
            std::cerr << "claimcheck check: cannot write " << o.path() << ": " << why << '\n';
            output_errors = true;
        }
    }
    std::FILE* out = options.out ? options.out : stdout;  // `claimcheck test` runs check in-process
    report.color = options.format == "text" && use_color(options.color);
    output::write_findings(options.format, report, out);
    std::fflush(out);

    if (run.input_errors || output_errors) return 2;
    auto n = output::count(report);
    if (options.fail_on == "never") return 0;
    if (n.conflicts > 0) return 1;
    if (options.fail_on == "warning" && (n.compatible > 0 || n.warnings > 0)) return 1;
    return 0;
}

void analyze_corpus(check_options const& options, extract::tolerances const& tol, engine::knowledge const& knowledge,
                    quoting quote, check_run& run) {
    auto& articles = run.articles;
    auto& claims = run.claims;
    auto& errors = run.errors;
    bool& input_errors = run.input_errors;
    ingest::ingest_options const corpus = corpus_options(options);
    unsigned jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;

    auto on_error = [&](ingest::ingest_error const& e) {
        errors.push_back(e);
        print_ingest_error(e);
    };

    std::vector<engine::override_entry> overrides;
    for (auto const& path : options.overrides) {
        try {
            auto more = engine::load_overrides(path);
            overrides.insert(overrides.end(), more.begin(), more.end());
        } catch (std::exception const& e) {
            print_file_error(path, e.what());
            errors.push_back({path, 0, e.what()});
            input_errors = true;
        }
    }
    // The review store's event links join the overrides (src/review/feedback.hpp), so that
    // `check` and `baseline` see the same findings.
    if (!review::begin_check(options.db, options.paths, overrides, run.review)) {
        run.input_errors = run.store_error = true;
        return;
    }
    std::set<std::string> overridden_articles;  // their unresolved claims are kept: an override may name the event
    for (auto const& o : overrides) overridden_articles.insert(o.article);

    std::vector<ingest::article> undated;
    std::vector<std::pair<std::uint32_t, engine::signature>> signatures;  // by article index
    auto make_worker = [&] {
        return [&, analyzer = engine::analyzer(tol, knowledge)](article_batch& b) mutable {
            analyzed_batch out;
            out.first_index = b.first_index;
            for (auto const& a : b.articles) out.bytes += a.text.size();
            out.articles.resize(b.articles.size());
            for (std::size_t i = 0; i < b.articles.size(); ++i) {
                auto index = static_cast<std::uint32_t>(b.first_index + i);
                bool keep_all = options.explain || overridden_articles.count(b.articles[i].id) > 0;
                analyzer.analyze(b.articles[i], index, out.articles[i], out.claims, keep_all, options.explain,
                                 &out.signatures);
                for (auto& s : accept::inline_suppressions(b.articles[i], index))
                    out.suppressions.push_back(std::move(s));
                if (!b.articles[i].date && out.articles[i].claims) out.undated.push_back(std::move(b.articles[i]));
            }
            b.articles.clear();
            return out;
        };
    };
    progress_line progress(options.progress);
    std::size_t done_bytes = 0;
    run_ordered_pipeline<analyzed_batch>(
        options.paths, jobs, make_worker,
        [&](analyzed_batch&& b) {
            done_bytes += b.bytes;
            progress.update(articles.size() + b.articles.size(), done_bytes);
            for (auto& a : b.articles) articles.push_back(std::move(a));
            for (auto& c : b.claims) claims.push_back(std::move(c));
            for (auto& u : b.undated) undated.push_back(std::move(u));
            signatures.insert(signatures.end(), b.signatures.begin(), b.signatures.end());
            for (auto& s : b.suppressions) run.suppressions.push_back(std::move(s));
        },
        [&](ingest::ingest_error const& e) {
            progress.clear();
            on_error(e);
        },
        corpus);
    progress.clear();
    if (!errors.empty()) input_errors = true;
    auto t_pipeline = std::chrono::steady_clock::now();
    bool timing = std::getenv("CLAIMCHECK_TIMING") != nullptr;
    auto phase = [&](char const* what) {
        if (!timing) return;
        auto now = std::chrono::steady_clock::now();
        std::cerr << "timing: " << what << " at " << std::chrono::duration<double>(now - t_pipeline).count() << " s\n";
    };

    // Facts: an authoritative pseudo-article each.
    for (auto const& path : options.facts) {
        try {
            engine::load_facts(path, knowledge, articles, claims);
        } catch (std::exception const& e) {
            print_file_error(path, e.what());
            errors.push_back({path, 0, e.what()});
            input_errors = true;
        }
    }

    // Near-duplicates: one source group per cluster of syndicated or rewritten copies.
    auto assign_groups = [&] {
        auto groups = engine::group_near_duplicates(articles.size(), signatures, knowledge.checks.duplicate_jaccard);
        signatures = {};  // not needed any more
        for (std::size_t i = 0; i < articles.size(); ++i) articles[i].source_group = groups[i];
    };
    assign_groups();
    phase("near-duplicate groups");

    auto apply = [&] {
        return engine::apply_overrides(overrides, articles, claims, knowledge);
    };
    auto unmatched = apply();

    // Undated articles: infer a date from their anniversaries, then analyze them again with it.
    if (!undated.empty()) {
        auto inferred = engine::infer_dates(articles, claims);
        if (!inferred.empty()) {
            engine::analyzer again(tol, knowledge);
            std::vector<engine::claim_record> replaced;
            std::map<std::uint32_t, std::vector<engine::claim_record>> fresh;
            for (auto const& inf : inferred) {
                auto& a = articles[inf.article];
                if (!inf.precise) {
                    a.inferred = inf.when;
                    a.date_basis = inf.basis;
                    continue;
                }
                auto it = std::find_if(undated.begin(), undated.end(),
                                       [&](ingest::article const& u) { return u.id == a.id && u.path == a.path; });
                if (it == undated.end()) continue;
                it->date = inf.when.from;
                engine::article_record record;
                again.analyze(*it, inf.article, record, fresh[inf.article],
                              options.explain || overridden_articles.count(a.id) > 0, options.explain);
                // The anniversary that dated the article cannot also vouch for the event's date.
                for (auto& c : fresh[inf.article])
                    if (c.start == inf.claim_start && c.event.key == inf.key) {
                        c.role = engine::constraint::none;
                        c.event.explanation = "dated the article (its publication date was inferred from it)";
                    }
                record.source_group = a.source_group;
                record.date_source = "inferred";
                record.date_basis = inf.basis;
                a = std::move(record);
            }
            for (auto& c : claims) {
                if (fresh.count(c.article)) continue;
                replaced.push_back(std::move(c));
            }
            for (auto& [index, cs] : fresh)
                for (auto& c : cs) replaced.push_back(std::move(c));
            std::stable_sort(replaced.begin(), replaced.end(), [](auto const& x, auto const& y) {
                return x.article < y.article;
            });
            claims = std::move(replaced);
            unmatched = apply();
        }
    }
    for (auto const& u : unmatched)
        std::cerr << u.where << ": warning: this override matches no claim (article '" << u.article
                  << "', text '" << u.text << "')\n";

    phase("overrides and dates");

    // Sidecar suppressions.yaml files, one per folder that holds an article.
    std::set<std::string> folders;
    for (auto const& a : articles) {
        if (a.fact) continue;
        auto dir = std::filesystem::path(a.path).parent_path();
        folders.insert(dir.empty() ? "." : dir.string());
    }
    for (auto const& dir : folders) {
        std::string path = (std::filesystem::path(dir) / accept::sidecar_name).string();
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) continue;
        try {
            for (auto& s : accept::load_sidecar(path)) run.suppressions.push_back(std::move(s));
        } catch (accept::file_error const& e) {
            ingest::ingest_error err{e.path, e.line, "suppressions: " + e.message};
            print_ingest_error(err);
            errors.push_back(err);
            input_errors = true;
        }
    }

    run.result = engine::check(articles, claims, knowledge);
    phase("checks");
    run.fingerprints = output::fingerprints(run.result, articles, claims);
    run.status.assign(run.result.findings.size(), output::finding_status{});
    run.notices = accept::apply_suppressions(run.suppressions, run.result, articles, claims, run.status);
    if (quote != quoting::none)
        quote_sentences(options.paths, corpus, run.result, quote == quoting::all, articles, claims);
    phase("output");
}

}  // namespace claimcheck::cli
