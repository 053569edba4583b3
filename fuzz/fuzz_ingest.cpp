// Fuzz targets: corpus ingest of one input written as a file. Built three times with
// CLAIMCHECK_FUZZ_FORMAT set to 0 (a Markdown article: front matter, comments, UTF-8 checks), 1
// (a manifest.yaml sidecar with two plain-text articles it may list) or 2 (a JSONL file).
#include "fuzz_common.hpp"
#include "ingest/article.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

#ifndef CLAIMCHECK_FUZZ_FORMAT
#define CLAIMCHECK_FUZZ_FORMAT 0
#endif

using namespace claimcheck;

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    auto const& dir = fuzz::scratch();
    std::string path;
    if constexpr (CLAIMCHECK_FUZZ_FORMAT == 0) {
        path = (dir / "article.md").string();
        fuzz::write_file(path, data, size);
    } else if constexpr (CLAIMCHECK_FUZZ_FORMAT == 1) {
        static bool made = [&] {
            std::string const a = "Talks resumed on Monday for the first time in four years.\n";
            fuzz::write_file(dir / "a.txt", reinterpret_cast<std::uint8_t const*>(a.data()), a.size());
            fuzz::write_file(dir / "b.txt", reinterpret_cast<std::uint8_t const*>(a.data()), a.size());
            return true;
        }();
        (void)made;
        fuzz::write_file(dir / "manifest.yaml", data, size);
        path = dir.string();
    } else {
        path = (dir / "stream.jsonl").string();
        fuzz::write_file(path, data, size);
    }
    std::size_t articles = 0, errors = 0;
    ingest::ingest_options options;
    options.max_article_bytes = 1u << 20;
    ingest::read_corpus({path}, options, [&](ingest::article&& a) {
        ++articles;
        // what the pipeline relies on: valid UTF-8 text
        if (ingest::find_invalid_utf8(a.text)) __builtin_trap();
    }, [&](ingest::ingest_error const& e) {
        ++errors;
        if (e.message.empty()) __builtin_trap();
    });
    return 0;
}
