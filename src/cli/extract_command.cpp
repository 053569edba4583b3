// `claimcheck extract`: corpus -> claims, streamed.
//
// One reader (ingest is sequential so errors and articles come in corpus order), N workers that
// extract and render whole batches of articles, and an ordered writer: output is byte-identical
// whatever --jobs is. The queue holds at most 2 batches per worker, so memory stays bounded by
// a few batches plus the largest article.
#include "cli/commands.hpp"
#include "cli/rules_loader.hpp"
#include "extract/extractor.hpp"
#include "ingest/article.hpp"
#include "output/claims_json.hpp"

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

namespace claimcheck::cli {

namespace {

struct batch {
    std::size_t sequence = 0;
    std::vector<ingest::article> articles;
    std::size_t bytes = 0;
    std::string rendered;        // output text for these articles
    std::vector<output::json> summaries;  // for --format json
};

constexpr std::size_t batch_bytes = 1u << 20;
constexpr std::size_t batch_articles = 512;

class renderer {
public:
    renderer(std::string format, extract::tolerances const& tol) : format_(std::move(format)), extractor_(tol) {}

    void render(batch& b) {
        for (auto const& a : b.articles) {
            claims_.clear();
            extractor_.extract(a.text, a.date, claims_);
            for (auto const& c : claims_) {
                if (format_ == "text") {
                    b.rendered += output::claim_text_line(a, c);
                    b.rendered += '\n';
                } else {
                    if (format_ == "json") b.rendered += ",\n    ";  // write() drops the very first comma
                    output::write_claim(b.rendered, a, c);
                    if (format_ == "jsonl") b.rendered += '\n';
                }
            }
            if (format_ == "json") b.summaries.push_back(output::article_json(a, claims_.size()));
        }
        b.articles.clear();
        b.articles.shrink_to_fit();
    }
private:
    std::string format_;
    extract::extractor extractor_;
    std::vector<extract::claim> claims_;
};

}  // namespace

int run_extract(extract_options const& options) {
    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return 2;
    extract::tolerances const& tol = *loaded;
    unsigned jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
    std::FILE* out = stdout;
    std::vector<char> buffer(1u << 16);
    std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());

    bool json = options.format == "json";
    bool any_claim_written = false;
    std::vector<output::json> summaries;
    if (json) std::fputs("{\n  \"claims\": [", out);

    // Writes a rendered batch. Every json element was rendered with a leading comma; batches render
    // in parallel, so only here, where the order is known, is the first one of all found.
    auto write = [&](batch& b) {
        if (json && !b.rendered.empty()) {
            if (!any_claim_written) b.rendered.erase(0, 1);
            any_claim_written = true;
        }
        std::fwrite(b.rendered.data(), 1, b.rendered.size(), out);
        for (auto& s : b.summaries) summaries.push_back(std::move(s));
    };

    std::vector<ingest::ingest_error> errors;
    auto on_error = [&](ingest::ingest_error const& e) {
        errors.push_back(e);
        std::cerr << e.path;
        if (e.line) std::cerr << ':' << e.line;
        std::cerr << ": error: " << e.message << '\n';
    };

    ingest::ingest_options io;
    if (jobs == 1) {
        renderer r(options.format, tol);
        batch b;
        auto flush = [&] {
            r.render(b);
            write(b);
            b.rendered.clear();
            b.summaries.clear();
            b.bytes = 0;
        };
        ingest::read_corpus(options.paths, io, [&](ingest::article&& a) {
            b.bytes += a.text.size();
            b.articles.push_back(std::move(a));
            if (b.bytes >= batch_bytes || b.articles.size() >= batch_articles) flush();
        }, on_error);
        flush();
    } else {
        std::mutex m;
        std::condition_variable cv;
        std::deque<batch> todo;
        std::map<std::size_t, batch> done;
        std::size_t next_to_write = 0;
        bool finished = false;
        std::size_t const capacity = 2 * jobs;

        std::vector<std::thread> workers;
        for (unsigned w = 0; w < jobs; ++w) {
            workers.emplace_back([&] {
                renderer r(options.format, tol);
                for (;;) {
                    batch b;
                    {
                        std::unique_lock lock(m);
                        cv.wait(lock, [&] { return !todo.empty() || finished; });
                        if (todo.empty()) return;
                        b = std::move(todo.front());
                        todo.pop_front();
                    }
                    cv.notify_all();
                            r.render(b);
                    std::unique_lock lock(m);
                    done.emplace(b.sequence, std::move(b));
                    cv.notify_all();
                }
            });
        }
        // the reader runs here; the writer drains finished batches in order as it goes
        auto drain = [&](std::unique_lock<std::mutex>& lock) {
            while (!done.empty() && done.begin()->first == next_to_write) {
                batch b = std::move(done.begin()->second);
                done.erase(done.begin());
                ++next_to_write;
                lock.unlock();
                write(b);
                lock.lock();
            }
        };
        std::size_t sequence = 0;
        batch current;
        auto submit = [&] {
            std::unique_lock lock(m);
            cv.wait(lock, [&] {
                drain(lock);
                return sequence - next_to_write < capacity;  // batches not yet written
            });
            current.sequence = sequence++;
            todo.push_back(std::move(current));
            current = batch{};
            cv.notify_all();
        };
        ingest::read_corpus(options.paths, io, [&](ingest::article&& a) {
            current.bytes += a.text.size();
            current.articles.push_back(std::move(a));
            if (current.bytes >= batch_bytes || current.articles.size() >= batch_articles) submit();
        }, on_error);
        if (!current.articles.empty()) submit();
        {
            std::unique_lock lock(m);
            finished = true;
            cv.notify_all();
            cv.wait(lock, [&] {
                drain(lock);
                return next_to_write == sequence;
            });
        }
        for (auto& t : workers) t.join();
    }

    if (json) {
        std::fputs(any_claim_written ? "\n  ],\n" : "],\n", out);
        output::json tail;
        tail["articles"] = summaries;
        output::json errs = output::json::array();
        for (auto const& e : errors) {
            output::json j;
            j["path"] = e.path;
            j["line"] = e.line ? output::json(e.line) : output::json(nullptr);
            j["message"] = e.message;
            errs.push_back(j);
        }
        tail["errors"] = errs;
        std::string t = tail.dump(2);
        // splice the tail object's members after the claims array
        std::fwrite(t.data() + 2, 1, t.size() - 2, out);
        std::fputs("\n", out);
    }
    std::fflush(out);
    return errors.empty() ? 0 : 2;
}

}  // namespace claimcheck::cli
