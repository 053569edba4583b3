// `claimcheck check`: corpus -> claims -> events -> findings.
//
// The articles stream through the ordered pipeline (pipeline.hpp); each worker extracts and
// resolves whole articles into compact records (engine/analyzer), so memory holds the records,
// not the corpus. Then: near-duplicate groups, overrides, facts, dates for undated articles
// (which re-analyzes them), the checks, and one rendering.
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
};

// The sentences the text output quotes, read again from the corpus: only the articles of cited
// claims, and no extraction, so this second pass costs little next to the first.
void quote_sentences(std::vector<std::string> const& paths, engine::check_result const& result, bool explain,
                     std::vector<engine::article_record> const& articles,
                     std::vector<engine::claim_record>& claims) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> wanted;  // article -> claims to quote
    for (auto const& f : result.findings) {
        bool info = f.kind == engine::finding_kind::unverifiable || f.kind == engine::finding_kind::unresolved;
        if (info && !explain) continue;
        for (std::size_t i = 0; i < f.claims.size() && i < 6; ++i) {
            auto const& c = claims[f.claims[i]];
            if (!articles[c.article].fact && c.sentence.empty()) wanted[c.article].push_back(f.claims[i]);
        }
    }
    if (wanted.empty()) return;
    std::uint32_t index = 0;
    ingest::read_corpus(paths, ingest::ingest_options{}, [&](ingest::article&& a) {
        auto it = wanted.find(index++);
        if (it == wanted.end()) return;
        for (auto ci : it->second) {
            auto& c = claims[ci];
            if (c.sentence_end <= a.text.size() && c.sentence_start < c.sentence_end)
                c.sentence = a.text.substr(c.sentence_start, c.sentence_end - c.sentence_start);
        }
    }, [](ingest::ingest_error const&) {});
}

// An --output file: written to a temporary file beside PATH, renamed over PATH when complete, so
// a reader never sees half a report. The temporary file is made before the run, so that an
// unwritable PATH is reported at once; it is removed unless committed.
class atomic_output {
public:
    atomic_output(std::string format, std::string path) : format_(std::move(format)), path_(std::move(path)) {}
    atomic_output(atomic_output&& o) noexcept
        : format_(std::move(o.format_)), path_(std::move(o.path_)), temp_(std::move(o.temp_)), fd_(o.fd_) {
        o.fd_ = -1;
        o.temp_.clear();
    }
    atomic_output(atomic_output const&) = delete;
    ~atomic_output() {
        if (fd_ >= 0) ::close(fd_);
        if (!temp_.empty()) ::unlink(temp_.c_str());
    }
    std::string const& format() const { return format_; }
    std::string const& path() const { return path_; }

    // Empty on success, else why not.
    std::string open() {
        namespace fs = std::filesystem;
        std::error_code ec;
        if (fs::is_directory(path_, ec)) return "it is a directory";
        fs::path target(path_);
        fs::path dir = target.parent_path();
        if (dir.empty()) dir = ".";
        std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        std::vector<char> name(tmpl.begin(), tmpl.end());
        name.push_back('\0');
        fd_ = ::mkstemp(name.data());
        if (fd_ < 0) return std::strerror(errno);
        temp_ = name.data();
        return {};
    }
    // Renders, flushes and renames; empty on success, else why not.
    std::string commit(output::check_report const& report) {
        std::FILE* f = ::fdopen(fd_, "w");
        if (!f) return std::strerror(errno);
        fd_ = -1;
        output::write_findings(format_, report, f);
        bool ok = std::fflush(f) == 0 && !std::ferror(f);
        int err = errno;
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(::fileno(f), 0666 & ~mask);  // mkstemp makes 0600; a report is an ordinary file
        if (std::fclose(f) != 0 && ok) {
            ok = false;
            err = errno;
        }
        if (!ok) return std::strerror(err);
        if (std::rename(temp_.c_str(), path_.c_str()) != 0) return std::strerror(errno);
        temp_.clear();
        return {};
    }

private:
    std::string format_, path_, temp_;
    int fd_ = -1;
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

int run_check(check_options const& options) {
    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return 2;
    extract::tolerances const& tol = *loaded;
    auto known = load_knowledge_or_report(options.rules_dirs);
    if (!known) return 2;
    engine::knowledge const& knowledge = *known;

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
    unsigned jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
    bool input_errors = false;

    std::vector<ingest::ingest_error> errors;
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
    std::set<std::string> overridden_articles;  // their unresolved claims are kept: an override may name the event
    for (auto const& o : overrides) overridden_articles.insert(o.article);

    std::vector<engine::article_record> articles;
    std::vector<engine::claim_record> claims;
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
        },
        [&](ingest::ingest_error const& e) {
            progress.clear();
            on_error(e);
        });
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
    auto result = engine::check(articles, claims, knowledge);
    phase("checks");
    bool text = options.format == "text";
    for (auto const& o : outputs) text = text || o.format() == "text";
    if (text) quote_sentences(options.paths, result, options.explain, articles, claims);
    output::check_report report{articles, claims, result, errors, options.explain};
    report.fail_on = options.fail_on;
    report.version = CLAIMCHECK_VERSION;
    report.fingerprints = output::fingerprints(result, articles, claims);
    bool output_errors = false;
    for (auto& o : outputs) {
        if (auto why = o.commit(report); !why.empty()) {
            std::cerr << "claimcheck check: cannot write " << o.path() << ": " << why << '\n';
            output_errors = true;
        }
    }
    std::FILE* out = options.out ? options.out : stdout;
    report.color = options.format == "text" && use_color(options.color);
    output::write_findings(options.format, report, out);
    std::fflush(out);
    phase("output");

    if (input_errors || output_errors) return 2;
    auto n = output::count(report);
    if (options.fail_on == "never") return 0;
    if (n.conflicts > 0) return 1;
    if (options.fail_on == "warning" && n.compatible > 0) return 1;
    return 0;
}

}  // namespace claimcheck::cli
