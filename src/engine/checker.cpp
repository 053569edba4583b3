#include "engine/checker.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <set>
#include <thread>

namespace claimcheck::engine {

std::string_view to_string(finding_kind k) {
    switch (k) {
        case finding_kind::conflict: return "conflict";
        case finding_kind::corroboration: return "corroboration";
        case finding_kind::compatible: return "compatible";
        case finding_kind::unverifiable: return "unverifiable";
        case finding_kind::unresolved: return "unresolved";
    }
    return "conflict";
}

std::string describe(interval const& iv) {
    if (!iv.bounded_below() && !iv.bounded_above()) return "any date";
    if (!iv.bounded_below()) return "on or before " + format_iso(iv.to);
    if (!iv.bounded_above()) return "on or after " + format_iso(iv.from);
    civil a = to_civil(iv.from), b = to_civil(iv.to);
    if (iv.from == iv.to) return format_iso(iv.from);
    if (a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31) {
        if (a.year == b.year) return std::to_string(a.year);
        return std::to_string(a.year) + "-" + std::to_string(b.year);
    }
    if (a.day == 1 && iv.to == last_of_month(b.year, b.month) && a.year == b.year && a.month == b.month)
        return format_iso(iv.from).substr(0, 7);
    return format_iso(iv.from) + ".." + format_iso(iv.to);
}

namespace {

constexpr std::size_t max_cited = 50;  // claims cited by one finding (the message counts them all)

std::uint64_t fnv(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::optional<interval> intersect(interval const& a, interval const& b) {
    interval r{std::max(a.from, b.from), std::min(a.to, b.to)};
    if (r.from > r.to) return std::nullopt;
    return r;
}

class checker {
public:
    checker(std::vector<article_record> const& a, std::vector<claim_record> const& c, knowledge const& k)
        : articles_(a), claims_(c), k_(k) {}

    check_result run();

private:
    struct group {
        std::vector<std::uint32_t> fixed;     // origin claims and occurrences of once-events
        std::vector<std::uint32_t> previous;  // "first in N years" / "since" claims
        std::vector<std::uint32_t> occurrences;
    };

    // One line of arithmetic per claim: "001 (2025-10-07) says '80th anniversary' -> 1945-10-07..1945-10-12"
    std::string says(std::uint32_t ci) const;
    std::string who(std::uint32_t ci) const;
    std::uint32_t source_of(std::uint32_t ci) const { return articles_[claims_[ci].article].source_group; }
    std::size_t sources(std::vector<std::uint32_t> const& cs) const {
        std::set<std::uint32_t> s;
        for (auto c : cs) s.insert(source_of(c));
        return s.size();
    }
    std::string scope(std::vector<std::uint32_t> const& cs) const {
        for (auto c : cs)
            if (claims_[c].article != claims_[cs.front()].article) return "cross-article";
        return "intra-article";
    }
    void add(finding f);
    void check_agreement(std::string const& key, std::vector<std::uint32_t> const& cs, char const* rule,
                         bool intra_article, bool report_single_source);
    void check_repeated(std::string const& key, group const& g);
    interval gap_of(claim_record const& p) const;

    std::vector<article_record> const& articles_;
    std::vector<claim_record> const& claims_;
    knowledge const& k_;
    check_result result_;
};

std::string checker::who(std::uint32_t ci) const {
    auto const& a = articles_[claims_[ci].article];
    if (a.fact) return "facts (" + a.path + ")";
    std::string s = a.id;
    if (a.date) s += " (" + format_iso(*a.date) + (a.date_source == "inferred" ? ", inferred" : "") + ")";
    return s;
}

std::string checker::says(std::uint32_t ci) const {
    auto const& c = claims_[ci];
    std::string s = who(ci) + " says ";
    if (articles_[c.article].fact) s = who(ci) + ": ";
    switch (c.role) {
        case constraint::origin:
            s += "'" + c.text + "'";
            if (c.current && c.ordinal)
                s += " in " + describe(*c.current) + " - " + std::to_string(*c.ordinal) + " years";
            break;
        case constraint::previous:
            s += "'" + c.text + "'";
            if (c.current) s += " as of " + describe(*c.current);
            s += " → previous";
            break;
        default:
            s += "'" + c.text + "'";
            break;
    }
    if (c.implied) s += " → " + describe(*c.implied);
    return s;
}

void checker::add(finding f) {
    std::uint64_t h = fnv(f.rule);
    h = fnv(std::string(to_string(f.kind)), h);
    h = fnv(f.event, h);
    for (auto ci : f.claims) {
        h = fnv(articles_[claims_[ci].article].id, h);
        h = fnv(claims_[ci].text, h);
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    f.id = buf;
    if (f.scope.empty()) f.scope = scope(f.claims);
    result_.findings.push_back(std::move(f));
}

interval checker::gap_of(claim_record const& p) const {
    // after the previous occurrence, before the claim's own one (less the slack)
    interval gap{p.implied->to + 1, unbounded_future};
    if (p.current) {
        double d = p.duration ? duration_days(*p.duration) : 0;
        int slack = std::max(k_.checks.gap_slack_days, static_cast<int>(d * k_.checks.gap_slack_fraction));
        gap.to = p.current->from - slack;
    }
    return gap;
}

// Claims that must share a date: the largest agreeing set is the reference (the facts, when
// there are any); every other claim conflicts with it. The agreeing set is reported when it
// spans independent sources, or, with `intra_article`, several claims of one article.
void checker::check_agreement(std::string const& key, std::vector<std::uint32_t> const& cs, char const* rule,
                              bool intra_article, bool report_single_source) {
    if (cs.empty()) return;
    bool const gap_claims = std::string_view(rule) == "gap-agreement";
    // Facts first: they are the reference.
    std::vector<std::uint32_t> facts, others;
    for (auto c : cs) (articles_[claims_[c].article].fact ? facts : others).push_back(c);
    std::vector<std::uint32_t> majority;
    std::optional<interval> agreed;
    if (!facts.empty()) {
        agreed = *claims_[facts.front()].implied;
        for (auto f : facts) {
            auto i = intersect(*agreed, *claims_[f].implied);
            if (!i) {
                add({finding_kind::conflict, rule, "", key,
                     "the facts disagree: " + says(facts.front()) + "; " + says(f), std::nullopt,
                     {f, facts.front()}, ""});
                continue;
            }
            agreed = i;
        }
        // the facts and every claim that agrees with them
        majority = facts;
        for (auto c : cs)
            if (!articles_[claims_[c].article].fact && claims_[c].implied->overlaps(*agreed)) majority.push_back(c);
    } else {
        // The date covered by the most claims (a sweep over the interval ends).
        std::vector<std::pair<day_number, int>> ends;
        for (auto c : cs) {
            ends.push_back({claims_[c].implied->from, -1});  // starts sort before ends on the same day
            ends.push_back({claims_[c].implied->to, +1});
        }
        std::sort(ends.begin(), ends.end());
        int depth = 0, best = 0;
        day_number best_day = 0;
        for (auto const& [day, delta] : ends) {
            depth -= delta;
            if (depth > best) {
                best = depth;
                best_day = day;
            }
        }
        for (auto c : cs)
            if (claims_[c].implied->contains(best_day)) majority.push_back(c);
        agreed = *claims_[majority.front()].implied;
        for (auto c : majority) agreed = intersect(*agreed, *claims_[c].implied).value_or(*agreed);
    }
    std::set<std::uint32_t> in_majority(majority.begin(), majority.end());
    std::size_t conflicts = 0;
    // Worked out once for all the outliers: a few agreeing claims from distinct articles to cite,
    // the number of sources, and the claims whose literal reading is wider.
    std::vector<std::uint32_t> witnesses;
    {
        std::set<std::uint32_t> seen;
        for (auto m : majority) {
            if (witnesses.size() >= 8) break;
            if (seen.insert(claims_[m].article).second) witnesses.push_back(m);
        }
    }
    std::size_t const n_sources = sources(majority);
    std::vector<std::uint32_t> literal_majority;
    for (auto m : majority)
        if (claims_[m].literal) literal_majority.push_back(m);
    for (auto c : cs) {
        if (in_majority.count(c)) continue;
        if (!facts.empty() && articles_[claims_[c].article].fact) continue;
        // the evidence: the facts, or up to three agreeing claims, from other articles first
        std::vector<std::uint32_t> evidence{c};
        // Gap claims clustered by their own dates may still be about different occurrences (two
        // visits a month apart): they contradict each other only when dated within days.
        auto same_occurrence = [&](std::uint32_t m) {
            if (!gap_claims) return true;
            auto const& a = claims_[c].current;
            auto const& b = claims_[m].current;
            return a && b && a->from - k_.checks.same_occurrence_days <= b->to &&
                   b->from - k_.checks.same_occurrence_days <= a->to;
        };
        for (auto m : witnesses)
            if (evidence.size() < 4 && claims_[m].article != claims_[c].article && same_occurrence(m))
                evidence.push_back(m);
        if (evidence.size() == 1)
            for (auto m : majority)
                if (same_occurrence(m) && (claims_[m].article == claims_[c].article || gap_claims)) {
                    evidence.push_back(m);
                    break;
                }
        if (evidence.size() == 1) continue;  // nothing it can be held against
        std::string message = says(c) + "; but " + says(evidence[1]);
        if (majority.size() > 1)
            message += " (" + std::to_string(majority.size()) + " claims from " + std::to_string(n_sources) +
                       (n_sources == 1 ? " source" : " sources") + " agree on " + describe(*agreed) + ")";
        // only "more than a year" read as "nine years" reconciles them: a near miss
        bool literally = (claims_[c].literal && claims_[c].literal->overlaps(*agreed)) ||
                         std::any_of(literal_majority.begin(), literal_majority.end(), [&](std::uint32_t m) {
                             return claims_[m].literal && claims_[m].literal->overlaps(*claims_[c].implied);
                         });
        if (literally) {
            message += " - they agree only if 'more than' or 'at least' stretches that far";
            add({finding_kind::compatible, rule, "", key, message, claims_[c].implied, evidence, ""});
            continue;
        }
        add({finding_kind::conflict, rule, "", key, message, claims_[c].implied, evidence, ""});
        ++conflicts;
    }
    std::vector<std::uint32_t> agreeing;  // one claim per article
    std::set<std::uint32_t> seen_articles;
    for (auto c : majority)
        if (seen_articles.insert(claims_[c].article).second && agreeing.size() < max_cited) agreeing.push_back(c);
    // agreeing only thanks to the hedges' tolerance: the claims' exact readings do not meet
    bool only_by_tolerance = false;
    std::optional<interval> exact = claims_[majority.front()].nominal.value_or(*claims_[majority.front()].implied);
    for (auto c : majority) {
        if (!exact) break;
        exact = intersect(*exact, claims_[c].nominal.value_or(*claims_[c].implied));
    }
    only_by_tolerance = !exact;
    auto kind = only_by_tolerance ? finding_kind::compatible : finding_kind::corroboration;
    auto list = [&](std::vector<std::uint32_t> const& xs) {
        std::string m;
        for (std::size_t i = 0; i < xs.size() && i < 3; ++i) m += (i ? "; " : "") + says(xs[i]);
        if (xs.size() > 3) m += "; and " + std::to_string(xs.size() - 3) + " more";
        if (only_by_tolerance) m += " - they agree only within the hedges' tolerance";
        return m;
    };
    if (sources(agreeing) >= 2) {
        std::string message = std::to_string(sources(majority)) + " independent sources agree on " +
                              describe(*agreed) + ": " + list(agreeing);
        // the finding cites every agreeing claim (the message, one per article), up to a limit
        std::vector<std::uint32_t> cited = agreeing;
        for (auto c : majority)
            if (cited.size() < max_cited && std::find(cited.begin(), cited.end(), c) == cited.end()) cited.push_back(c);
        add({kind, rule, "cross-article", key, message, agreed, cited, ""});
    } else if (intra_article && seen_articles.size() == 1 && majority.size() >= 2) {
        add({kind, rule, "intra-article", key, "the article agrees with itself on " + describe(*agreed) + ": " + list(majority),
             agreed, majority, ""});
    } else if (!conflicts && report_single_source) {
        std::string message = "only " + who(cs.front()) + " speaks of it";
        if (seen_articles.size() > 1)
            message += " (" + std::to_string(seen_articles.size()) + " near-duplicate articles count as one source)";
        add({finding_kind::unverifiable, "single-source", "", key, message, agreed, agreeing, ""});
    }
}

void checker::check_repeated(std::string const& key, group const& g) {
    // occurrences sorted by start, for range scans
    std::vector<std::uint32_t> occ = g.occurrences;
    std::sort(occ.begin(), occ.end(), [&](std::uint32_t a, std::uint32_t b) {
        return claims_[a].implied->from < claims_[b].implied->from ||
               (claims_[a].implied->from == claims_[b].implied->from && a < b);
    });
    std::set<std::uint32_t> involved;
    day_number longest = 0;  // the longest bounded occurrence interval, to start scans early enough
    for (auto o : occ) {
        auto const& iv = *claims_[o].implied;
        if (iv.bounded_below() && iv.bounded_above()) longest = std::max(longest, iv.to - iv.from);
    }
    for (auto pi : g.previous) {
        auto const& p = claims_[pi];
        interval gap = gap_of(p);
        // occurrences strictly inside the gap contradict the claim
        std::vector<std::uint32_t> inside, at_start;
        // Occurrences are sorted by start: scan from the first that could overlap the previous
        // occurrence's interval to the end of the gap (a bounded number of steps: a huge group
        // yields its first few witnesses, which is all a finding cites).
        day_number scan_from = p.implied->bounded_below() ? p.implied->from - longest : unbounded_past;
        auto it = std::lower_bound(occ.begin(), occ.end(), scan_from,
                                   [&](std::uint32_t o, day_number d) { return claims_[o].implied->from < d; });
        for (std::size_t steps = 0; it != occ.end() && steps < 4096; ++it, ++steps) {
            auto const& o = claims_[*it];
            if (*it == pi) continue;
            if (o.implied->from > std::max(gap.to, p.implied->to)) break;
            if (gap.from <= o.implied->from && o.implied->to <= gap.to && gap.from <= gap.to) {
                if (inside.size() < 3) inside.push_back(*it);
            } else if (p.implied->bounded_below() && o.implied->overlaps(*p.implied) &&
                       (!p.current || o.implied->to < p.current->from - k_.checks.same_occurrence_days)) {
                // (an occurrence within days of the claim's own may be that very occurrence)
                // (a gap opened by a clause - "since Kim took power in 2011" - says nothing of
                // when the previous one was, so nothing before it corroborates)
                if (at_start.size() < 3) at_start.push_back(*it);
            }
            if (inside.size() >= 3) break;
        }
        if (!inside.empty()) {
            std::vector<std::uint32_t> cs{pi};
            cs.insert(cs.end(), inside.begin(), inside.end());
            std::string message = says(pi) + "; but " + says(inside.front()) + ", inside the gap " + describe(gap);
            add({finding_kind::conflict, "gap-occurrence", "", key, message, p.implied, cs, ""});
            involved.insert(cs.begin(), cs.end());
        } else if (!at_start.empty()) {
            std::vector<std::uint32_t> cs{pi};
            cs.insert(cs.end(), at_start.begin(), at_start.end());
            bool only_by_tolerance = p.nominal && !claims_[at_start.front()].implied->overlaps(*p.nominal);
            std::string message = says(pi) + "; " + says(at_start.front());
            if (only_by_tolerance)
                message += " - within the tolerance of '" + (p.duration ? p.duration->text : p.text) +
                           "', not at " + describe(*p.nominal);
            add({only_by_tolerance ? finding_kind::compatible : finding_kind::corroboration, "gap-occurrence", "",
                 key, message, intersect(*p.implied, *claims_[at_start.front()].implied), cs, ""});
            involved.insert(cs.begin(), cs.end());
        }
    }
    // Claims about the same current occurrence (their own dates meet) must agree on the
    // previous one.
    std::vector<std::uint32_t> prev;
    for (auto p : g.previous)
        if (claims_[p].current) prev.push_back(p);
    std::sort(prev.begin(), prev.end(), [&](std::uint32_t a, std::uint32_t b) {
        auto ca = *claims_[a].current, cb = *claims_[b].current;
        return ca.from < cb.from || (ca.from == cb.from && a < b);
    });
    for (std::size_t i = 0; i < prev.size();) {
        std::size_t j = i + 1;
        day_number reach = claims_[prev[i]].current->to + k_.checks.gap_slack_days;
        while (j < prev.size() && claims_[prev[j]].current->from <= reach) {
            reach = std::max(reach, claims_[prev[j]].current->to + k_.checks.gap_slack_days);
            ++j;
        }
        if (j - i >= 2) {
            std::vector<std::uint32_t> cluster(prev.begin() + static_cast<std::ptrdiff_t>(i),
                                               prev.begin() + static_cast<std::ptrdiff_t>(j));
            std::size_t before = result_.findings.size();
            check_agreement(key, cluster, "gap-agreement", true, false);
            for (std::size_t f = before; f < result_.findings.size(); ++f)
                involved.insert(result_.findings[f].claims.begin(), result_.findings[f].claims.end());
        }
        i = j;
    }
    // Independent articles dating the same occurrence (both precise to a month or better).
    std::vector<std::uint32_t> precise;
    for (auto o : occ) {
        auto const& iv = *claims_[o].implied;
        if (iv.bounded_below() && iv.bounded_above() && iv.to - iv.from <= 62) precise.push_back(o);
    }
    for (std::size_t i = 0; i < precise.size();) {
        std::size_t j = i + 1;
        interval common = *claims_[precise[i]].implied;
        while (j < precise.size()) {
            auto next = intersect(common, *claims_[precise[j]].implied);
            if (!next) break;
            common = *next;
            ++j;
        }
        std::vector<std::uint32_t> cluster;
        std::set<std::uint32_t> seen_articles;
        for (std::size_t x = i; x < j; ++x)
            if (seen_articles.insert(claims_[precise[x]].article).second) cluster.push_back(precise[x]);
        if (sources(cluster) >= 2) {
            std::string message = std::to_string(sources(cluster)) + " independent sources date it to " +
                                  describe(common) + ": ";
            for (std::size_t x = 0; x < cluster.size() && x < 3; ++x) message += (x ? "; " : "") + says(cluster[x]);
            add({finding_kind::corroboration, "occurrence-agreement", "cross-article", key, message, common, cluster, ""});
            involved.insert(cluster.begin(), cluster.end());
        }
        i = j;
    }
    if (involved.empty()) {
        std::vector<std::uint32_t> all = g.previous;
        all.insert(all.end(), g.occurrences.begin(), g.occurrences.end());
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        // only claims whose primary key this is: an "also" key alone is not worth a line
        std::erase_if(all, [&](std::uint32_t c) { return claims_[c].event.key != key; });
        if (all.empty()) return;
        std::string message = "nothing to compare it with: " + says(all.front());
        if (all.size() > 1) message += " (and " + std::to_string(all.size() - 1) + " more from the same source)";
        if (sources(all) > 1) message = "nothing to compare: " + std::to_string(all.size()) + " claims about different occurrences";
        add({finding_kind::unverifiable, "single-source", "", key, message, std::nullopt, {all.front()}, ""});
    }
}

check_result checker::run() {
    for (auto const& a : articles_) result_.unresolved += a.unresolved_dropped;
    // Groups by key; the keys point into the claim records, which do not move during the check.
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<std::pair<std::string_view, group>> groups;
    for (std::uint32_t i = 0; i < claims_.size(); ++i) {
        auto const& c = claims_[i];
        if (c.event.key.empty()) {
            if (c.role != constraint::none && !c.event.overridden) {  // "none" by the user: not reported
                ++result_.unresolved;
                add({finding_kind::unresolved, "event-unresolved", "intra-article", "",
                     "no event for '" + c.text + "'" + (c.event.unresolved.empty() ? "" : ": " + c.event.unresolved),
                     c.implied, {i}, ""});
            }
            continue;
        }
        if (!c.implied || c.role == constraint::none) continue;
        auto const* type = k_.find_type(c.event.type);
        bool once = type && type->occurrence == occurs::once;
        auto put = [&](std::string const& key) {
            auto [it, fresh] = index.try_emplace(key, groups.size());
            if (fresh) groups.push_back({key, group{}});
            auto& g = groups[it->second].second;
            if (once || c.role == constraint::origin) g.fixed.push_back(i);
            else if (c.role == constraint::previous) g.previous.push_back(i);
            else g.occurrences.push_back(i);
        };
        put(c.event.key);
        for (auto const& k : c.event.also) put(k);
    }
    result_.events = groups.size();
    // checked in key order: deterministic output
    std::sort(groups.begin(), groups.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
    // Groups are independent: a few threads take every n-th group, each with findings of its
    // own; the findings are merged and sorted below, so the output does not depend on them.
    unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    if (groups.size() < 64) threads = 1;
    std::vector<checker> parts;
    for (unsigned t = 0; t < threads; ++t) parts.emplace_back(articles_, claims_, k_);
    auto work = [&](unsigned t) {
        for (std::size_t i = t; i < groups.size(); i += threads) {
            auto const& [key_view, g] = groups[i];
            std::string const key(key_view);
            if (!g.fixed.empty()) parts[t].check_agreement(key, g.fixed, "event-date", false, g.previous.empty());
            if (!g.previous.empty() || !g.occurrences.empty()) parts[t].check_repeated(key, g);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& th : pool) th.join();
    for (auto& part : parts)
        for (auto& f : part.result_.findings) result_.findings.push_back(std::move(f));
    // The same claims agreeing under a general key ("visit(senior official of China -> ...)")
    // and a specific one ("visit(Kim Jong Un -> China)") are one agreement: keep the specific.
    auto generality = [](std::string const& key) {
        std::size_t n = 0;
        for (std::size_t p = key.find("official of"); p != std::string::npos; p = key.find("official of", p + 1)) ++n;
        return n;
    };
    std::map<std::vector<std::uint32_t>, std::size_t> best;  // claim set -> finding index
    std::vector<bool> drop(result_.findings.size(), false);
    for (std::size_t i = 0; i < result_.findings.size(); ++i) {
        auto const& f = result_.findings[i];
        if (f.kind != finding_kind::corroboration && f.kind != finding_kind::compatible) continue;
        auto set = f.claims;
        std::sort(set.begin(), set.end());
        auto [it, fresh] = best.emplace(set, i);
        if (fresh) continue;
        auto& kept = result_.findings[it->second];
        if (generality(f.event) < generality(kept.event) ||
            (generality(f.event) == generality(kept.event) && f.event < kept.event)) {
            drop[it->second] = true;
            it->second = i;
        } else {
            drop[i] = true;
        }
    }
    std::vector<finding> kept;
    for (std::size_t i = 0; i < result_.findings.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(result_.findings[i]));
    result_.findings = std::move(kept);
    // conflicts first, then by the first claim's place in the corpus
    std::stable_sort(result_.findings.begin(), result_.findings.end(), [&](finding const& a, finding const& b) {
        if (a.kind != b.kind) return a.kind < b.kind;
        auto ca = a.claims.front(), cb = b.claims.front();
        if (ca != cb) return ca < cb;
        return a.id < b.id;
    });
    return std::move(result_);
}

}  // namespace

check_result check(std::vector<article_record> const& articles, std::vector<claim_record> const& claims,
                   knowledge const& k) {
    return checker(articles, claims, k).run();
}

double duration_days(extract::duration_value const& d) {
    double per = 365.2425;
    if (d.unit == "day" || d.unit == "business_day") per = 1;
    else if (d.unit == "week") per = 7;
    else if (d.unit == "weekend") per = 7;
    else if (d.unit == "month") per = 30.44;
    else if (d.unit == "quarter") per = 91.31;
    else if (d.unit == "decade") per = 3652.425;
    else if (d.unit == "century") per = 36524.25;
    return d.amount * per;
}

}  // namespace claimcheck::engine
