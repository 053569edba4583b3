// Fuzz target: the claim grammar and extractor, and the event resolver behind them, on arbitrary
// text (valid UTF-8 only: ingest rejects the rest before extraction). The built-in rules are
// loaded once.
#include "engine/analyzer.hpp"
#include "engine/knowledge.hpp"
#include "extract/extractor.hpp"
#include "extract/tolerances.hpp"
#include "ingest/article.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace claimcheck;

namespace {

// Loaded once; the extractor and the analyzer are reused across inputs, as a pipeline worker
// reuses them across articles.
struct fixture {
    extract::tolerances tol = extract::default_tolerances();
    engine::knowledge knowledge = engine::load_knowledge({extract::find_builtin_rules_dir()});
    extract::extractor ex{tol};
    engine::analyzer an{tol, knowledge};
};

fixture& shared() {
    static fixture f;
    return f;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    shared();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view text(reinterpret_cast<char const*>(data), size);
    if (ingest::find_invalid_utf8(text)) return -1;  // not kept in the corpus
    auto& f = shared();
    // The extractor alone, with and without an article date ...
    std::vector<extract::claim> claims;
    f.ex.extract(text, std::nullopt, claims);
    claims.clear();
    f.ex.extract(text, to_days({2025, 9, 5}), claims);
    // ... and the whole analysis of an article (event keys, constraints, the near-duplicate signature).
    ingest::article a;
    a.id = "fuzz";
    a.path = "fuzz.md";
    a.text = std::string(text);
    a.date = to_days({2019, 6, 21});
    engine::article_record record;
    std::vector<engine::claim_record> out;
    std::vector<std::pair<std::uint32_t, engine::signature>> signatures;
    f.an.analyze(a, 0, record, out, true, true, &signatures);
    return 0;
}
