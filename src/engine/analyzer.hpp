// One article in, engine records out: extraction (extract::extractor), event resolution
// (event_resolver), and the constraint each claim puts on its event. One analyzer per thread.
#pragma once

#include "engine/event_resolver.hpp"
#include "engine/knowledge.hpp"
#include "engine/near_duplicates.hpp"
#include "engine/records.hpp"
#include "extract/extractor.hpp"
#include "ingest/article.hpp"

#include <vector>

namespace claimcheck::engine {

class analyzer {
public:
    analyzer(extract::tolerances const& tol, knowledge const& k) : extractor_(tol), resolver_(k), k_(k) {}

    // Appends the article's claims to `out` (their `article` field set to `index`) and fills
    // `record` (everything but source_group). Claims without an event are only counted unless
    // `keep_all` (for --explain, or when an override may give them one); the reasoning behind
    // each key is kept only with `explain`.
    // The MinHash signature of an article with an event is appended to `signatures`, when given.
    void analyze(ingest::article const& a, std::uint32_t index, article_record& record,
                 std::vector<claim_record>& out, bool keep_all = true, bool explain = true,
                 std::vector<std::pair<std::uint32_t, signature>>* signatures = nullptr);

private:
    extract::extractor extractor_;
    event_resolver resolver_;
    knowledge const& k_;
    std::vector<extract::claim> claims_;
    std::vector<resolution> resolutions_;
};


}  // namespace claimcheck::engine
