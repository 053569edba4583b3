// The commands' threaded, ordered pipeline over a corpus.
//
// One reader (ingest is sequential, so errors and articles come in corpus order), N workers
// that each process whole batches of articles, and a consumer that receives the finished batches
// in corpus order: output is byte-identical whatever the number of jobs. At most 2 batches per
// worker are in flight, so memory stays bounded by a few batches plus the largest article.
#pragma once

#include "ingest/article.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck::cli {

struct article_batch {
    std::size_t sequence = 0;
    std::size_t first_index = 0;          // corpus index of articles[0]
    std::vector<ingest::article> articles;
    std::size_t bytes = 0;
};

// An input error, as every command prints it: "path:line: error: message" on stderr.
inline void print_ingest_error(ingest::ingest_error const& e) {
    std::cerr << e.path;
    if (e.line) std::cerr << ':' << e.line;
    std::cerr << ": error: " << e.message << '\n';
}

inline constexpr std::size_t batch_bytes = 1u << 20;
inline constexpr std::size_t batch_articles = 512;

// Reads the corpus and hands it on in batches of about batch_bytes (or batch_articles), in
// corpus order, each knowing the corpus index of its first article.
template <class Handle>
void read_in_batches(std::vector<std::string> const& paths,
                     std::function<void(ingest::ingest_error const&)> const& on_error, Handle handle,
                     ingest::ingest_options const& options = {}) {
    std::size_t next_index = 0;
    article_batch current;
    auto hand_on = [&] {
        handle(std::move(current));
        current = article_batch{};
        current.first_index = next_index;
    };
    ingest::read_corpus(paths, options, [&](ingest::article&& a) {
        current.bytes += a.text.size();
        current.articles.push_back(std::move(a));
        ++next_index;
        if (current.bytes >= batch_bytes || current.articles.size() >= batch_articles) hand_on();
    }, on_error);
    if (!current.articles.empty()) hand_on();
}

// make_worker() -> a callable `Result(article_batch&)`, one per thread (it may keep scratch
// state); consume(Result&&) is called on the calling thread, in corpus order.
template <class Result, class MakeWorker, class Consume>
void run_ordered_pipeline(std::vector<std::string> const& paths, unsigned jobs, MakeWorker make_worker,
                          Consume consume, std::function<void(ingest::ingest_error const&)> const& on_error,
                          ingest::ingest_options const& options = {}) {
    if (jobs <= 1) {
        auto work = make_worker();
        read_in_batches(paths, on_error, [&](article_batch&& b) { consume(work(b)); }, options);
        return;
    }
    std::mutex m;
    std::condition_variable cv;
    std::deque<article_batch> todo;
    std::map<std::size_t, Result> done;
    std::size_t next_to_consume = 0;
    bool finished = false;
    std::size_t const capacity = 2 * jobs;
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < jobs; ++w) {
        workers.emplace_back([&] {
            auto work = make_worker();
            for (;;) {
                article_batch b;
                {
                    std::unique_lock lock(m);
                    cv.wait(lock, [&] { return !todo.empty() || finished; });
                    if (todo.empty()) return;
                    b = std::move(todo.front());
                    todo.pop_front();
                }
                cv.notify_all();
                Result r = work(b);
                std::unique_lock lock(m);
                done.emplace(b.sequence, std::move(r));
                cv.notify_all();
            }
        });
    }
    auto drain = [&](std::unique_lock<std::mutex>& lock) {
        while (!done.empty() && done.begin()->first == next_to_consume) {
            Result r = std::move(done.begin()->second);
            done.erase(done.begin());
            ++next_to_consume;
            lock.unlock();
            consume(std::move(r));
            lock.lock();
        }
    };
    std::size_t sequence = 0;
    read_in_batches(paths, on_error, [&](article_batch&& b) {
        std::unique_lock lock(m);
        cv.wait(lock, [&] {
            drain(lock);
            return sequence - next_to_consume < capacity;
        });
        b.sequence = sequence++;
        todo.push_back(std::move(b));
        cv.notify_all();
    }, options);
    {
        std::unique_lock lock(m);
        finished = true;
        cv.notify_all();
        cv.wait(lock, [&] {
            drain(lock);
            return next_to_consume == sequence;
        });
    }
    for (auto& t : workers) t.join();
}

}  // namespace claimcheck::cli
