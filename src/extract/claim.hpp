// A normalized claim: what the grammar found, resolved into dates. This is the record every
// output renders and the engine (claimcheck check) consumes.
#pragma once

#include "core/calendar.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::extract {

enum class claim_kind : std::uint8_t {
    anniversary, first_in_interval, first_since, elapsed, dated_event, nth_occurrence
};
std::string_view to_string(claim_kind k);

// A time the text names, resolved: "late October last year" -> 2016-10-21..2016-10-31.
struct named_time {
    std::string text;          // as written (folded), without its preposition
    std::string relation;      // at|since|after|before|until|from|by
    std::optional<interval> iv;  // empty when it cannot be resolved (no anchor, invalid date)
    precision prec = precision::day;
    std::string part;          // early|mid|late|begin|end or ""
    std::string timex;         // TIMEX3-style value: 2017-09-15, 2015-10, 2011, 195, XXXX-10
    bool relative = false;     // resolved against an anchor
    std::string anchor;        // article_date|previous_mention when relative
    std::string problem;       // why it is unresolved, or "" when it is resolved
};

struct duration_value {
    double amount = 0;         // 0 for vague spans ("in years")
    std::string unit;          // day|week|month|quarter|year|decade|century|business_day|weekend
    std::string modifier;      // exact|about|more_than|less_than|at_least|at_most|vague
    std::string hedge;         // the finer modifier behind `modifier` (just_over, nearly, ...)
    std::string text;          // as written
};

// What a relative claim was counted from.
struct anchor_info {
    std::string source;        // article_date|sentence|previous_mention|none
    std::optional<interval> iv;
    std::string text;          // the sentence's time expression, when that is the anchor
};

struct claim {
    claim_kind kind = claim_kind::dated_event;
    std::string text;          // the exact matched substring of the original
    std::size_t start = 0, end = 0;            // byte offsets in the original text
    std::size_t sentence_start = 0, sentence_end = 0;
    std::size_t line = 0, column = 0;           // filled by the extractor for the output
    std::string event;         // the event phrase as written
    std::optional<unsigned> ordinal;
    std::optional<duration_value> duration;
    std::optional<named_time> time;
    std::optional<interval> implies;
    anchor_info anchor;
    std::string form;          // kind-specific form: after|before|since|in_negated|years_of
    std::string note;          // why `implies` is missing, when it is
};

}  // namespace claimcheck::extract
