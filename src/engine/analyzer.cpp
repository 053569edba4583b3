#include "engine/analyzer.hpp"

#include "engine/near_duplicates.hpp"

#include <cmath>

namespace claimcheck::engine {

namespace {

// The claim's date without the hedge's tolerance: "about two years" before the anchor, exactly.
std::optional<interval> nominal_interval(extract::claim const& c, interval const& current) {
    if (!c.duration || c.duration->amount <= 0) return std::nullopt;
    auto const& d = *c.duration;
    if (d.modifier != "exact" && d.modifier != "about") return std::nullopt;
    double months = 0;
    if (d.unit == "month") months = d.amount;
    else if (d.unit == "quarter") months = 3 * d.amount;
    else if (d.unit == "year") months = 12 * d.amount;
    else if (d.unit == "decade") months = 120 * d.amount;
    else if (d.unit == "century") months = 1200 * d.amount;
    // "24 years" is said of any gap that rounds to 24 years: half a unit either way
    if (months > 0) {
        int m = static_cast<int>(std::lround(months));
        if (d.unit == "month") {
            return interval{add_months(current.from, -m) - 15, add_months(current.to, -m) + 15};
        }
        int half = d.unit == "quarter" ? 1 : d.unit == "year" ? 6 : d.unit == "decade" ? 60 : 600;
        return interval{add_months(current.from, -m - half), add_months(current.to, -m + half)};
    }
    int days = static_cast<int>(std::lround(duration_days(d)));
    int half = d.unit == "week" ? 3 : 0;
    return interval{current.from - days - half, current.to - days + half};
}

article_record make_article_record(ingest::article const& a) {
    article_record r;
    r.id = a.id;
    r.path = a.path;
    r.url = a.url;
    r.first_line = a.line;
    r.offsets_in_file = a.offsets_in_file;
    r.file_offset = a.offsets_in_file ? a.file_offset : 0;
    r.date = a.date;
    r.date_source = a.date_source;
    r.title = a.title;
    r.source = a.source;
    return r;
}

}  // namespace


void analyzer::analyze(ingest::article const& a, std::uint32_t index, article_record& record,
                       std::vector<claim_record>& out, bool keep_all, bool explain,
                       std::vector<std::pair<std::uint32_t, signature>>* signatures) {
    record = make_article_record(a);
    claims_.clear();
    extractor_.extract(a.text, a.date, claims_);
    record.claims = claims_.size();
    if (claims_.empty()) return;
    resolver_.resolve(a.text, claims_, resolutions_);
    bool any_event = false;
    for (std::size_t i = 0; i < claims_.size(); ++i) {
        auto& c = claims_[i];
        auto role = k_.checks.constraint_of(extract::to_string(c.kind), c.form);
        if (!keep_all && resolutions_[i].key.empty()) {
            if (role != constraint::none) ++record.unresolved_dropped;
            continue;
        }
        claim_record r;
        r.article = index;
        r.kind = c.kind;
        r.form = c.form;
        r.text = c.text;
        r.start = static_cast<std::uint32_t>(c.start);
        r.end = static_cast<std::uint32_t>(c.end);
        r.line = static_cast<std::uint32_t>(a.offsets_in_file ? a.line + c.line - 1 : a.line);
        r.column = static_cast<std::uint32_t>(c.column);
        r.ordinal = c.ordinal;
        r.duration = c.duration;
        if (c.time) r.time_text = c.time->text;
        r.implied = c.implies;
        // An anniversary pins the year of the origin, not the day: celebrations, previews and
        // "years of friendship" fall around the date, sometimes months from it.
        if (c.kind == extract::claim_kind::anniversary && r.implied && r.implied->bounded_below() &&
            r.implied->bounded_above())
            r.implied = interval{year_interval(to_civil(r.implied->from).year).from,
                                 year_interval(to_civil(r.implied->to).year).to};
        r.role = role;
        if (c.anchor.iv) r.current = c.anchor.iv;
        else if (a.date) r.current = day_interval(*a.date);
        if (r.role == constraint::previous && r.current) r.nominal = nominal_interval(c, *r.current);
        if (r.role == constraint::previous && r.implied && c.duration &&
            (c.duration->modifier == "more_than" || c.duration->modifier == "at_least"))
            r.literal = interval{unbounded_past, r.implied->to};
        r.event = std::move(resolutions_[i]);
        if (!explain) {
            r.event.explanation = std::string();
            if (!r.event.key.empty()) r.event.unresolved = std::string();
        }
        r.sentence_start = static_cast<std::uint32_t>(c.sentence_start);
        r.sentence_end = static_cast<std::uint32_t>(c.sentence_end);
        any_event = any_event || !r.event.key.empty();
        out.push_back(std::move(r));
    }
    if (any_event && signatures) signatures->push_back({index, minhash_signature(a.text, k_.checks.shingle_words)});
}

}  // namespace claimcheck::engine
