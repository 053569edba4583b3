// Resolution of time expressions into date intervals, against an anchor.
//
// Relative expressions ("last month", "on Friday") count from the article date; anaphoric ones
// ("that same month", "the following year") from the time mentioned before; an absolute date
// without a year ("Sept. 15") takes the year that puts it nearest the article date, in the past
// unless the sentence speaks of the future.
#pragma once

#include "extract/claim.hpp"
#include "extract/tolerances.hpp"
#include "grammar/ast.hpp"

#include <cstdint>
#include <optional>

namespace claimcheck::extract {

// Which occurrence a date without a year (or a bare weekday, "the weekend") names. `tense`, the
// default, takes the one nearest the anchor, on the side the sentence's tense points to (news
// usage). `future` and `past` take the next (or current) / the latest (or current) occurrence
// whatever the tense: the resolution direction that Duckling (future) and Recognizers-Text
// (FutureResolution/PastResolution) apply, for `claimcheck expr --prefer`.
enum class preference : std::uint8_t { tense, future, past };

struct resolve_context {
    std::optional<day_number> article_date;
    std::optional<named_time> previous;  // the last resolved time mentioned in the article
    bool future = false;                 // the sentence speaks of the future
    preference prefer = preference::tense;
    tolerances const* tol = nullptr;
};

named_time resolve(ast::time_mention const& mention, resolve_context const& ctx);

// The interval of amounts of time a duration allows, in days relative to an anchor day:
// `anchor - gap` for a gap of that duration ("the previous visit was more than a year before").
// Returns [from, to] of the day the duration counts back to from `from_day`.
interval count_back(interval const& from, ast::duration const& d, tolerances const& tol);
interval count_forward(interval const& from, ast::duration const& d, tolerances const& tol);

// d shifted by `amount` units (negative: back in time). Whole months move by the calendar
// ("Mar 31 - 1 month" = Feb 28), the fraction by average month length.
day_number shift_by(day_number d, double amount, ast::unit u);

duration_value describe(ast::duration const& d);
std::string_view to_string(ast::unit u);

// The part (early/mid/late/begin/end) of an interval, by the tolerances' fractions.
interval part_of(interval const& whole, precision p, ast::part part, tolerances const& tol);

}  // namespace claimcheck::extract
