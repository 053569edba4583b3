#include "engine/date_inference.hpp"

#include "engine/checker.hpp"

#include <map>
#include <set>

namespace claimcheck::engine {

std::vector<inferred_date> infer_dates(std::vector<article_record> const& articles,
                                       std::vector<claim_record> const& claims) {
    // What is known of each once-event: facts first, else the dated claims' intersection.
    struct known {
        std::optional<interval> facts, corpus;
        bool corpus_empty = false;
        std::set<std::uint32_t> sources;
    };
    std::map<std::string, known> by_key;
    for (auto const& c : claims) {
        if (c.role != constraint::origin || c.event.key.empty() || !c.implied) continue;
        auto const& a = articles[c.article];
        auto& k = by_key[c.event.key];
        std::optional<interval>& slot = a.fact ? k.facts : k.corpus;
        if (!a.fact) {
            if (k.corpus_empty) continue;
            k.sources.insert(a.source_group);
        }
        if (!slot) {
            slot = c.implied;
            continue;
        }
        interval i{std::max(slot->from, c.implied->from), std::min(slot->to, c.implied->to)};
        if (i.from > i.to) {
            if (!a.fact) k.corpus_empty = true;
            continue;
        }
        slot = i;
    }
    std::vector<inferred_date> out;
    std::set<std::uint32_t> done;
    for (auto const& c : claims) {
        auto const& a = articles[c.article];
        if (a.date || a.fact || done.count(c.article)) continue;
        if (c.kind != extract::claim_kind::anniversary || !c.ordinal || c.event.key.empty()) continue;
        auto it = by_key.find(c.event.key);
        if (it == by_key.end()) continue;
        auto const& k = it->second;
        std::optional<interval> origin = k.facts;
        std::string from = "the facts";
        if (!origin && k.corpus && !k.corpus_empty) {
            origin = k.corpus;
            from = std::to_string(k.sources.size()) + (k.sources.size() == 1 ? " dated source" : " dated sources");
        }
        if (!origin || !origin->bounded_below() || !origin->bounded_above()) continue;
        int n = static_cast<int>(*c.ordinal);
        interval when{add_years(origin->from, n), add_years(origin->to, n)};
        done.insert(c.article);
        out.push_back({c.article, when,
                       "'" + c.text + "' and " + c.event.key + " = " + describe(*origin) + " (" + from + ")",
                       when.to - when.from <= 31, c.event.key, c.start});
    }
    return out;
}

}  // namespace claimcheck::engine
