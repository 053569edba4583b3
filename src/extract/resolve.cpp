#include "extract/resolve.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace claimcheck::extract {

namespace {

constexpr double days_per_month = 30.436875;

std::string two(unsigned v) {
    char b[8];
    std::snprintf(b, sizeof b, "%02u", v);
    return b;
}
std::string four(int v) {  // years before 1 AD keep four digits after the sign: -0566
    char b[16];
    std::snprintf(b, sizeof b, v < 0 ? "-%04d" : "%04d", v < 0 ? -v : v);
    return b;
}

// Months per unit, or 0 for units counted in days.
double months_per(ast::unit u) { return ast::months_in(u); }
double days_per(ast::unit u) { return u == ast::unit::week ? 7 : 1; }

}  // namespace

day_number shift_by(day_number d, double amount, ast::unit u) {
    if (double m = months_per(u); m > 0) {
        double months = amount * m;
        double whole = std::trunc(months);
        double frac = months - whole;
        day_number r = add_months(d, static_cast<int>(whole));
        return r + static_cast<day_number>(std::lround(frac * days_per_month));
    }
    return d + static_cast<day_number>(std::lround(amount * days_per(u)));
}

namespace {

// The effective modifier: a vague count ("a few years") is vague unless hedged otherwise.
ast::modifier effective(ast::duration const& d) {
    if (d.amount.vague && d.mod == ast::modifier::exact) return ast::modifier::vague;
    return d.mod;
}

// [low, high] amounts the duration allows; high < 0: unbounded.
std::array<double, 2> amount_range(ast::duration const& d, tolerances const& tol) {
    if (d.amount.vague && d.amount.value == 0) return {tol.vague_span_minimum_units, -1};
    return tol.amount_range(effective(d), d.amount.value);
}

interval clamp_order(interval iv) {
    if (iv.from > iv.to) std::swap(iv.from, iv.to);
    return iv;
}

unsigned iso_week(day_number d, int& iso_year) {
    unsigned wd = weekday(d);                      // 0 = Sunday
    int monday_offset = static_cast<int>((wd + 6) % 7);
    day_number thursday = d - monday_offset + 3;
    iso_year = to_civil(thursday).year;
    day_number jan1 = to_days({iso_year, 1, 1});
    return static_cast<unsigned>((thursday - jan1) / 7 + 1);
}

day_number week_start(day_number d) { return d - static_cast<day_number>((weekday(d) + 6) % 7); }

interval unit_interval(day_number d, ast::unit u) {
    civil c = to_civil(d);
    switch (u) {
        case ast::unit::day: return {d, d};
        case ast::unit::week: {
            day_number s = week_start(d);
            return {s, s + 6};
        }
        case ast::unit::month: return month_interval(c.year, c.month);
        case ast::unit::quarter: {
            unsigned q0 = (c.month - 1) / 3 * 3 + 1;
            return {first_of_month(c.year, q0), last_of_month(c.year, q0 + 2)};
        }
        case ast::unit::year: return year_interval(c.year);
        case ast::unit::decade: {
            int y = c.year - ((c.year % 10) + 10) % 10;
            return {year_interval(y).from, year_interval(y + 9).to};
        }
        case ast::unit::century: {
            int y = c.year - ((c.year % 100) + 100) % 100;
            return {year_interval(y).from, year_interval(y + 99).to};
        }
    }
    return {d, d};
}

precision precision_of(ast::unit u) {
    switch (u) {
        case ast::unit::day: return precision::day;
        case ast::unit::week: return precision::week;
        case ast::unit::month: return precision::month;
        case ast::unit::quarter: return precision::quarter;
        case ast::unit::year: return precision::year;
        case ast::unit::decade: return precision::decade;
        case ast::unit::century: return precision::century;
    }
    return precision::day;
}

std::string timex_of(interval const& iv, precision p) {
    civil c = to_civil(iv.from);
    switch (p) {
        case precision::day: return format_iso(iv.from);
        case precision::week: {
            int y = 0;
            unsigned w = iso_week(iv.from, y);
            return four(y) + "-W" + two(w);
        }
        case precision::month: return four(c.year) + "-" + two(c.month);
        case precision::quarter: return four(c.year) + "-Q" + std::to_string((c.month - 1) / 3 + 1);
        case precision::season: {
            static constexpr char const* names[] = {"WI", "WI", "SP", "SP", "SP", "SU",
                                                    "SU", "SU", "FA", "FA", "FA", "WI"};
            return four(c.year) + "-" + names[c.month - 1];
        }
        case precision::year: return four(c.year);
        // decades and centuries before Christ are named by their BC years, as TIMEX3 does: the
        // 1990s BC (1999..1990 BC) are "-199", the 2nd century BC (200..101 BC) "-01"
        case precision::decade:
            if (c.year < 0) return "-" + four(1 - to_civil(iv.to).year).substr(0, 3);
            return four(c.year).substr(0, 3);
        case precision::century:
            if (c.year < 0) return "-" + four(1 - to_civil(iv.to).year).substr(0, 2);
            return four(c.year).substr(0, 2);
    }
    return "";
}

std::string_view part_name(ast::part p) {
    switch (p) {
        case ast::part::early: return "early";
        case ast::part::mid: return "mid";
        case ast::part::late: return "late";
        case ast::part::begin: return "begin";
        case ast::part::end: return "end";
        default: return "";
    }
}

std::string_view relation_name(ast::relation r) {
    switch (r) {
        case ast::relation::at: return "at";
        case ast::relation::since: return "since";
        case ast::relation::after: return "after";
        case ast::relation::before: return "before";
        case ast::relation::until: return "until";
        case ast::relation::from: return "from";
        case ast::relation::by: return "by";
    }
    return "at";
}

// Picks among candidate intervals the one nearest the anchor; a candidate on the other side of
// what the sentence's tense says counts double ("Oct. 25" in a November article is last month).
// With an explicit preference: the earliest one not over before the anchor (future), or the
// latest one already begun (past); the nearest when none qualifies.
template <typename Make>
std::optional<interval> nearest(day_number anchor, resolve_context const& ctx, int from, int to, Make make) {
    std::optional<interval> best;
    double best_score = 0;
    if (ctx.prefer != preference::tense) {
        bool future = ctx.prefer == preference::future;
        for (int k = from; k <= to; ++k) {
            std::optional<interval> iv = make(k);
            if (!iv) continue;
            if (future ? iv->to < anchor : iv->from > anchor) continue;
            if (!best || (future ? iv->from < best->from : iv->from > best->from)) best = iv;
        }
        if (best) return best;
    }
    for (int k = from; k <= to; ++k) {
        std::optional<interval> iv = make(k);
        if (!iv) continue;
        double distance = 0;
        bool ahead = iv->from > anchor;
        bool behind = iv->to < anchor;
        if (ahead) distance = iv->from - anchor;
        if (behind) distance = anchor - iv->to;
        if ((ahead && !ctx.future) || (behind && ctx.future)) distance *= 2;
        if (!best || distance < best_score) {
            best = iv;
            best_score = distance;
        }
    }
    return best;
}

struct resolver {
    resolve_context const& ctx;
    named_time& out;

    // The day relative expressions count from: the article date; in an undated article, the time
    // mentioned before ("In 2010, ... a year later"), as HeidelTime reads colloquial text.
    std::optional<day_number> anchor_day() {
        if (ctx.article_date) {
            out.anchor = "article_date";
            return ctx.article_date;
        }
        if (ctx.previous && ctx.previous->iv && ctx.previous->iv->bounded_below()) {
            out.anchor = "previous_mention";
            return ctx.previous->iv->from;
        }
        out.problem = "relative to the article date, and the article has no date";
        return std::nullopt;
    }
    // Whether an occurrence named without a year or week ("on Friday", "the weekend") is the next
    // one rather than the last: by the caller's preference, else by the sentence's tense.
    bool looks_ahead() const {
        return ctx.prefer == preference::tense ? ctx.future : ctx.prefer == preference::future;
    }
    // Resolves a part of a node (the base of "two weeks from next Tuesday", the month of "the first
    // Friday of next month"), passing on how it was anchored, or why it could not be resolved.
    template <typename Part>
    named_time resolve_part(Part const& part) {
        named_time inner;
        resolver r{ctx, inner};
        boost::apply_visitor(r, part);
        if (!inner.iv) {
            out.problem = inner.problem;
        } else {
            out.relative = inner.relative;
            out.anchor = inner.anchor;
        }
        return inner;
    }

    void set(interval iv, precision p, ast::part part = ast::part::whole) {
        out.prec = p;
        out.part = std::string(part_name(part));
        interval narrowed = part_of(iv, p, part, *ctx.tol);
        out.iv = narrowed;
        out.timex = timex_of(iv, p);
    }

    void operator()(ast::day_date const& d) {
        if (d.week) {  // "the week of October 7": the day, then the week holding it
            ast::day_date day = d;
            day.week = false;
            (*this)(day);
            if (out.iv && out.prec == precision::day) set(unit_interval(out.iv->from, ast::unit::week), precision::week);
            return;
        }
        if (d.month < 1 || d.month > 12) {
            out.problem = "no month " + std::to_string(d.month);
            return;
        }
        if (d.year) {
            if (!is_valid(*d.year, d.month, d.day)) {  // "2/29/2019": reported as written
                out.timex = four(*d.year) + "-" + two(d.month) + "-" + two(d.day);
                out.prec = precision::day;
                out.problem = "no such day: " + out.timex;
                return;
            }
            set(day_interval(to_days({*d.year, d.month, d.day})), precision::day);
            return;
        }
        out.timex = "XXXX-" + two(d.month) + "-" + two(d.day);
        out.prec = precision::day;
        if (!is_valid(2000, d.month, d.day)) {  // 2000 is a leap year: Feb 29 passes
            out.problem = "no such day: " + two(d.month) + "-" + two(d.day);
            return;
        }
        auto anchor = anchor_day();
        if (!anchor) return;
        int y = to_civil(*anchor).year;
        // "Friday, July 18": the year nearby in which July 18 is a Friday, if there is one
        auto in_year = [&](int year, bool weekday_must_match) -> std::optional<interval> {
            if (!is_valid(year, d.month, d.day)) return std::nullopt;
            day_number day = to_days({year, d.month, d.day});
            if (weekday_must_match && weekday(day) != *d.weekday) return std::nullopt;
            return day_interval(day);
        };
        std::optional<interval> iv;
        if (d.weekday)
            iv = nearest(*anchor, ctx, y - 1, y + 1, [&](int year) { return in_year(year, true); });
        if (!iv) iv = nearest(*anchor, ctx, y - 1, y + 1, [&](int year) { return in_year(year, false); });
        if (!iv) {
            out.problem = "no such day";
            return;
        }
        out.relative = true;
        set(*iv, precision::day);
    }

    void operator()(ast::month_date const& m) {
        if (m.week != 0) {  // "the third week of April": the month, then the week holding its 15th
            ast::month_date whole = m;
            whole.week = 0;
            whole.p = ast::part::whole;
            (*this)(whole);
            out.prec = precision::week;
            if (!out.iv) return;
            civil c = to_civil(out.iv->from);
            day_number last = last_of_month(c.year, c.month);
            // the last week is the one holding the month's last seven days' first
            day_number day = m.week < 0 ? last - 6 : out.iv->from + 7 * (m.week - 1);
            if (day > last) {
                out.iv.reset();
                out.problem = "no week " + std::to_string(m.week) + " in " + four(c.year) + "-" + two(c.month);
                return;
            }
            set(unit_interval(day, ast::unit::week), precision::week);
            return;
        }
        if (m.year) {
            set(month_interval(*m.year, m.month), precision::month, m.p);
            return;
        }
        out.timex = "XXXX-" + two(m.month);
        out.prec = precision::month;
        auto anchor = anchor_day();
        if (!anchor) return;
        civil a = to_civil(*anchor);
        out.relative = true;
        if (m.year_shift != ast::shift::none) {
            int y = a.year + (m.year_shift == ast::shift::last || m.year_shift == ast::shift::past ? -1
                              : m.year_shift == ast::shift::next || m.year_shift == ast::shift::coming ? 1
                                                                                                     : 0);
            set(month_interval(y, m.month), precision::month, m.p);
            return;
        }
        // "last October" is October of last year, "next May" May of next year (as the peer
        // suites read them); "this October" the one of this year
        int y = a.year;
        switch (m.month_shift) {
            case ast::shift::last:
            case ast::shift::past:
                y = a.year - 1;
                break;
            case ast::shift::next:
            case ast::shift::coming:
                y = a.year + 1;
                break;
            case ast::shift::this_:
                y = a.year;
                break;
            case ast::shift::none: {
                auto iv = nearest(*anchor, ctx, a.year - 1, a.year + 1,
                                  [&](int year) -> std::optional<interval> { return month_interval(year, m.month); });
                y = to_civil(iv->from).year;
                break;
            }
        }
        set(month_interval(y, m.month), precision::month, m.p);
    }

    void operator()(ast::year_date const& yd) {
        if (yd.first_count > 0) {  // "the first 9 months of 1997": from its start, that many units
            day_number from = to_days({yd.year, 1, 1});
            day_number to = from + yd.first_count - 1;
            precision p = precision::day;
            char unit_code = 'D';
            if (yd.first_unit == ast::unit::week) {  // ISO weeks: week 1 holds January 4
                from = week_start(to_days({yd.year, 1, 4}));
                to = from + 7 * yd.first_count - 1;
                p = precision::week;
                unit_code = 'W';
            } else if (yd.first_unit == ast::unit::month) {
                to = last_of_month(yd.year, static_cast<unsigned>(yd.first_count));
                p = precision::month;
                unit_code = 'M';
            }
            set({from, to}, p);
            auto day_text = [](day_number d) {
                civil c = to_civil(d);
                return four(c.year) + "-" + two(c.month) + "-" + two(c.day);
            };
            out.timex = "(" + day_text(from) + "," + day_text(to + 1) + ",P" + std::to_string(yd.first_count) +
                        unit_code + ")";
            return;
        }
        if (yd.week != 0) {  // "the first week of 2021": ISO week 1, the week holding January 4
            day_number monday = yd.week > 0 ? week_start(to_days({yd.year, 1, 4})) + 7 * (yd.week - 1)
                                            : week_start(to_days({yd.year, 12, 28}));
            int iso_year = 0;
            iso_week(monday, iso_year);
            if (iso_year != yd.year) {
                out.prec = precision::week;
                out.problem = "no week " + std::to_string(yd.week) + " in " + four(yd.year);
                return;
            }
            set({monday, monday + 6}, precision::week);
            return;
        }
        if (yd.half == 1 || yd.half == 2) {  // "H1 2020": a half year, not the early part of one
            unsigned first_month = yd.half == 1 ? 1 : 7;
            set({first_of_month(yd.year, first_month), last_of_month(yd.year, first_month + 5)}, precision::year);
            out.timex = four(yd.year) + "-H" + std::to_string(yd.half);
            return;
        }
        interval iv{year_interval(yd.year).from, year_interval(yd.year + yd.span_years - 1).to};
        precision p = yd.span_years == 1 ? precision::year : yd.span_years == 10 ? precision::decade : precision::century;
        set(iv, p, yd.p);
    }

    static interval season_interval(int year, unsigned season) {
        switch (season) {
            case 1: return {first_of_month(year, 3), last_of_month(year, 5)};
            case 2: return {first_of_month(year, 6), last_of_month(year, 8)};
            case 3: return {first_of_month(year, 9), last_of_month(year, 11)};
            default: return {first_of_month(year, 12), last_of_month(year + 1, 2)};
        }
    }

    void operator()(ast::season_date const& s) {
        auto make = [&](int year) {
            return s.quarter ? interval{first_of_month(year, (s.quarter - 1) * 3 + 1),
                                        last_of_month(year, (s.quarter - 1) * 3 + 3)}
                             : season_interval(year, s.season);
        };
        precision p = s.quarter ? precision::quarter : precision::season;
        if (s.year) {
            set(make(*s.year), p, s.p);
            return;
        }
        static constexpr char const* names[] = {"", "SP", "SU", "FA", "WI"};
        out.timex = s.quarter ? "XXXX-Q" + std::to_string(s.quarter) : std::string("XXXX-") + names[s.season];
        out.prec = p;
        auto anchor = anchor_day();
        if (!anchor) return;
        out.relative = true;
        day_number a = *anchor;
        int y = to_civil(a).year;
        std::optional<interval> iv;
        switch (s.s) {
            case ast::shift::last:  // "last summer": the summer of last year, as for months
                iv = make(y - 1);
                break;
            case ast::shift::past:  // "this past summer": the most recent one that has ended
                for (int k = y; k >= y - 2 && !iv; --k)
                    if (make(k).to < a) iv = make(k);
                break;
            case ast::shift::next:
            case ast::shift::coming:
                iv = make(y + 1);
                break;
            case ast::shift::this_:
                iv = make(y);
                if (!s.quarter && s.season == 4 && to_civil(a).month <= 2) iv = make(y - 1);
                break;
            case ast::shift::none:
                iv = nearest(a, ctx, y - 1, y + 1, [&](int k) -> std::optional<interval> { return make(k); });
                break;
        }
        if (!iv) iv = make(y);
        set(*iv, p, s.p);
    }

    void operator()(ast::unit_ref const& r) {
        precision p = precision_of(r.u);
        out.prec = p;
        if (r.weekend && r.s == ast::shift::none) out.timex = "XXXX-WXX-WE";  // "the weekend"
        auto anchor = anchor_day();
        if (!anchor) return;
        out.relative = true;
        day_number a = *anchor;
        if (r.count > 0) {
            // "the last three months": the rolling span up to the anchor; "the next 3 days" the
            // span after it
            bool back = r.s == ast::shift::last || r.s == ast::shift::past;
            interval iv = back ? interval{shift_by(a, -r.count, r.u), a - 1}
                               : interval{a + 1, shift_by(a, r.count, r.u)};
            if (r.u == ast::unit::quarter && r.count == std::floor(r.count)) {
                // quarters are reporting periods: "the previous three quarters" are the three
                // whole quarters before the current one, "the next 7 quarters" those after it
                interval q = unit_interval(a, ast::unit::quarter);
                iv = back ? interval{shift_by(q.from, -r.count, r.u), q.from - 1}
                          : interval{q.to + 1, shift_by(q.to + 1, r.count, r.u) - 1};
            }
            out.iv = iv;
            out.timex = timex_of(iv, p);
            return;
        }
        if (r.u == ast::unit::day && !r.weekend) {  // "the next day", "last day", "this day"
            int shift = r.s == ast::shift::last || r.s == ast::shift::past ? -1
                        : r.s == ast::shift::next || r.s == ast::shift::coming ? 1 : 0;
            set(day_interval(a + shift), precision::day);
            return;
        }
        if (r.weekend) {
            day_number saturday = week_start(a) + 5;
            int shift = r.s == ast::shift::last || r.s == ast::shift::past ? -7
                        : r.s == ast::shift::next || r.s == ast::shift::coming ? 7 : 0;
            // "over the weekend": the weekend under way, else the last one or the coming one
            if (r.s == ast::shift::none && a < saturday) shift = looks_ahead() ? 0 : -7;
            set({saturday + shift, saturday + shift + 1}, precision::day);
            out.timex = timex_of({saturday + shift, saturday + shift}, precision::week) + "-WE";
            return;
        }
        ast::shift s = r.s;
        // "the past week" / "the coming week" are the calendar weeks before and after; "the past
        // year" is the twelve months up to the anchor
        if (r.u == ast::unit::week && s == ast::shift::past) s = ast::shift::last;
        if (r.u == ast::unit::week && s == ast::shift::coming) s = ast::shift::next;
        interval iv;
        switch (s) {
            case ast::shift::past:
                iv = {shift_by(a, -1, r.u), a};
                out.iv = iv;
                out.timex = timex_of(iv, p);
                return;
            case ast::shift::coming:
                iv = {a, shift_by(a, 1, r.u)};
                out.iv = iv;
                out.timex = timex_of({iv.to, iv.to}, p);
                return;
            case ast::shift::last: iv = unit_interval(shift_by(unit_interval(a, r.u).from, -r.steps, r.u), r.u); break;
            case ast::shift::next: iv = unit_interval(shift_by(unit_interval(a, r.u).from, r.steps, r.u), r.u); break;
            default: iv = unit_interval(a, r.u); break;
        }
        if (r.later) {  // "later this week": from the anchor to the end of the week
            set(iv, p);
            out.iv = interval{std::min(a, iv.to), iv.to};
            return;
        }
        if (r.earlier) {  // "earlier this month": from its start to the day before the anchor
            set(iv, p);
            out.iv = interval{iv.from, std::max(a - 1, iv.from)};
            return;
        }
        set(iv, p, r.p);
    }

    void operator()(ast::offset_ref const& o) {
        std::optional<day_number> base;
        if (o.dir == ast::direction::later || o.dir == ast::direction::earlier) {
            if (ctx.previous && ctx.previous->iv && ctx.previous->iv->bounded_below()) {
                base = ctx.previous->iv->from;
                out.anchor = "previous_mention";
            } else {
                base = anchor_day();  // "three years later" with nothing before: the article date
            }
        } else {
            base = anchor_day();
        }
        out.prec = precision::day;
        if (!base) return;
        out.relative = true;
        bool back = o.dir == ast::direction::ago || o.dir == ast::direction::earlier;
        ast::duration const& d = o.amount;
        if (d.amount.vague && d.amount.value == 0) {  // "years ago": no count, a range
            interval iv = back ? count_back(day_interval(*base), d, *ctx.tol)
                               : count_forward(day_interval(*base), d, *ctx.tol);
            out.iv = iv;
            out.prec = precision_of(d.u);
            out.timex = "";
            return;
        }
        // the day the count lands on; hedges ("more than", "about") and vague counts ("a few")
        // are the extractor's business: it widens the implied interval by the tolerances
        day_number center = shift_by(*base, back ? -d.amount.value : d.amount.value, d.u);
        for (auto const& part : o.more)  // "1 month and 21 days ago"
            center = shift_by(center, back ? -part.amount.value : part.amount.value, part.u);
        out.iv = interval{center, center};
        out.timex = format_iso(center);
    }

    void operator()(ast::weekday_ref const& w) {
        out.prec = precision::day;
        out.timex = "XXXX-WXX-" + std::to_string(w.weekday == 0 ? 7 : w.weekday);
        auto anchor = anchor_day();
        if (!anchor) return;
        out.relative = true;
        day_number a = *anchor;
        int today = static_cast<int>(weekday(a));
        int target = static_cast<int>(w.weekday);
        int ahead = (target - today + 7) % 7;  // days to the next such weekday (0: today)
        day_number in_this_week = week_start(a) + (target + 6) % 7;
        day_number d = a;
        switch (w.s) {
            case ast::shift::last:  // "last Monday": the Monday of last week
                d = in_this_week - 7;
                break;
            case ast::shift::past:  // "this past Wednesday": the most recent one
                d = a - (ahead == 0 ? 7 : 7 - ahead);
                break;
            case ast::shift::next:  // "next Wednesday": the Wednesday of next week
            case ast::shift::coming:
                d = in_this_week + 7 * w.steps;
                // "Friday after next": the one after the coming Friday (on a Tuesday, the Friday
                // of next week), not a week after "next Friday"
                if (w.steps > 1) d = a + (ahead == 0 ? 7 : ahead) + 7 * (w.steps - 1);
                break;
            case ast::shift::this_:
                d = in_this_week;
                break;
            case ast::shift::none:  // "on Friday": the nearest, by the sentence's tense
                if (ahead == 0)
                    d = a;
                else
                    d = looks_ahead() ? a + ahead : a - (7 - ahead);
                break;
        }
        set(day_interval(d), precision::day);
    }

    void operator()(ast::based_offset const& b) {
        out.prec = precision::day;
        named_time base = resolve_part(b.base);
        if (!base.iv) {
            out.timex = base.timex;  // what is known: "XXXX-WXX-2" for "two weeks from next Tuesday"
            return;
        }
        bool back = b.dir == ast::direction::earlier;
        double amount = b.amount.amount.value;
        day_number day = shift_by(base.iv->from, back ? -amount : amount, b.amount.u);
        set(day_interval(day), precision::day);
        // "more than 2 weeks after today" is a time after that day
        ast::modifier m = effective(b.amount);
        // "less than 2 weeks from today", "no more than 3 days after tomorrow": any day from the
        // named day up to (not including) the one the count reaches
        if (m == ast::modifier::less_than || m == ast::modifier::at_most) {
            day_number from = base.iv->from;
            out.iv = back ? interval{std::min(day + 1, from), from} : interval{from, std::max(day - 1, from)};
        }
        if (m == ast::modifier::more_than || m == ast::modifier::at_least || m == ast::modifier::just_over)
            out.relation = back ? "before" : "after";
    }

    void operator()(ast::nth_weekday const& w) {
        out.prec = precision::day;
        named_time month = resolve_part(w.month);
        if (!month.iv) return;
        interval m = unit_interval(month.iv->from, ast::unit::month);
        day_number d;
        if (w.n > 0) {
            int first = static_cast<int>((w.weekday - weekday(m.from) + 7) % 7);
            d = m.from + first + 7 * (w.n - 1);
        } else {
            int back = static_cast<int>((weekday(m.to) - w.weekday + 7) % 7);
            d = m.to - back;
        }
        if (d > m.to) {
            out.problem = "no such weekday in that month";
            return;
        }
        set(day_interval(d), precision::day);
    }

    void operator()(ast::relative_day const& r) {
        out.prec = precision::day;
        named_time month = resolve_part(r.month);
        if (!month.iv) return;
        civil m = to_civil(month.iv->from);
        if (r.day == 32) {  // "the last day of the month"
            set(day_interval(last_of_month(m.year, m.month)), precision::day);
            return;
        }
        if (!is_valid(m.year, m.month, r.day)) {
            out.problem = "no such day: " + four(m.year) + "-" + two(m.month) + "-" + two(r.day);
            out.timex = four(m.year) + "-" + two(m.month) + "-" + two(r.day);
            return;
        }
        set(day_interval(to_days({m.year, m.month, r.day})), precision::day);
    }

    void operator()(ast::deictic const& dd) {
        out.prec = precision::day;
        auto anchor = anchor_day();
        if (!anchor) return;
        out.relative = true;
        set(day_interval(*anchor + dd.days), precision::day);
    }

    void operator()(ast::anaphoric_ref const& r) {
        out.prec = precision_of(r.u);
        std::optional<day_number> base;
        if (ctx.previous && ctx.previous->iv && ctx.previous->iv->bounded_below()) {
            base = ctx.previous->iv->from;
            out.anchor = "previous_mention";
        } else {
            base = anchor_day();  // nothing mentioned before: "the following week" of the article
        }
        if (!base) {
            out.problem = "refers to a time mentioned before, and there is none";
            return;
        }
        out.relative = true;
        interval iv = unit_interval(*base, r.u);
        if (r.kind == ast::anaphor::following) iv = unit_interval(shift_by(iv.from, 1, r.u), r.u);
        if (r.kind == ast::anaphor::previous) iv = unit_interval(shift_by(iv.from, -1, r.u), r.u);
        set(iv, precision_of(r.u), r.p);
    }
};

}  // namespace

std::string_view to_string(ast::unit u) {
    switch (u) {
        case ast::unit::day: return "day";
        case ast::unit::week: return "week";
        case ast::unit::month: return "month";
        case ast::unit::quarter: return "quarter";
        case ast::unit::year: return "year";
        case ast::unit::decade: return "decade";
        case ast::unit::century: return "century";
    }
    return "year";
}

interval part_of(interval const& whole, precision p, ast::part part, tolerances const& tol) {
    if (part == ast::part::whole || !whole.bounded_below() || !whole.bounded_above()) return whole;
    auto const& f = tol.parts[static_cast<std::size_t>(part)];
    civil a = to_civil(whole.from);
    switch (p) {
        case precision::year:
        case precision::season:
        case precision::quarter: {
            // by whole months
            civil b = to_civil(whole.to);
            int months = (b.year - a.year) * 12 + static_cast<int>(b.month) - static_cast<int>(a.month) + 1;
            int m0 = static_cast<int>(std::lround(f[0] * months));
            int m1 = std::max(m0 + 1, static_cast<int>(std::lround(f[1] * months)));
            day_number from = add_months(whole.from, m0);
            day_number to = add_months(whole.from, m1) - 1;
            return {from, std::min(to, whole.to)};
        }
        case precision::decade:
        case precision::century: {
            int years = to_civil(whole.to).year - a.year + 1;
            int y0 = static_cast<int>(std::lround(f[0] * years));
            int y1 = std::max(y0 + 1, static_cast<int>(std::lround(f[1] * years)));
            return {year_interval(a.year + y0).from, year_interval(a.year + y1 - 1).to};
        }
        case precision::week: {
            // a week's beginning is Monday to Wednesday, its end Friday to Sunday
            int from = part == ast::part::early || part == ast::part::begin ? 0 : part == ast::part::mid ? 2 : 4;
            return {whole.from + from, std::min(whole.to, whole.from + from + 2)};
        }
        default: {
            // by days (month, day)
            int days = whole.to - whole.from + 1;
            int d0 = static_cast<int>(std::floor(f[0] * days));
            int d1 = std::max(d0 + 1, static_cast<int>(std::floor(f[1] * days + 1e-9)));
            if (f[1] >= 1.0) d1 = days;
            return {whole.from + d0, whole.from + d1 - 1};
        }
    }
}

named_time resolve(ast::time_mention const& mention, resolve_context const& ctx) {
    named_time out;
    out.relation = std::string(relation_name(mention.rel));
    // A range of two dates of which one gives the year: "Nov 18 - Dec 19, 2015" is in 2015, and
    // "Dec 28 - Jan 3" ends in the year after it starts.
    ast::time_expr start = mention.time;
    boost::optional<ast::time_expr> until = mention.until;
    auto* start_day = boost::get<ast::day_date>(&start);
    auto* end_day = until ? boost::get<ast::day_date>(&*until) : nullptr;
    auto day_key = [](ast::day_date const& d) { return d.month * 100 + d.day; };
    if (start_day && end_day && !start_day->year && end_day->year)
        start_day->year = *end_day->year - (day_key(*start_day) > day_key(*end_day) ? 1 : 0);
    resolver r{ctx, out};
    boost::apply_visitor(r, start);
    if (start_day && end_day && !end_day->year && out.iv && out.prec == precision::day)
        end_day->year = to_civil(out.iv->from).year + (day_key(*end_day) < day_key(*start_day) ? 1 : 0);
    auto* start_month = boost::get<ast::month_date>(&start);
    auto* end_month = until ? boost::get<ast::month_date>(&*until) : nullptr;
    if (start_month && end_month && !end_month->year && end_month->year_shift == ast::shift::none &&
        end_month->month_shift == ast::shift::none && end_month->week == 0 && out.iv)  // "May to March"
        end_month->year = to_civil(out.iv->from).year + (end_month->month < start_month->month ? 1 : 0);
    if (until && out.iv) {  // a range: from the start of the first to the end of the second
        named_time end;
        resolver e{ctx, end};
        boost::apply_visitor(e, *until);
        if (end.iv && end.iv->to >= out.iv->from) {
            out.iv->to = end.iv->to;
            out.relative = out.relative || end.relative;
            if (out.anchor.empty()) out.anchor = end.anchor;
        }
    }
    if (!out.relative) out.anchor.clear();
    if (out.iv && out.iv->from > out.iv->to) out.iv = clamp_order(*out.iv);
    return out;
}

interval count_back(interval const& from, ast::duration const& d, tolerances const& tol) {
    auto [low, high] = amount_range(d, tol);
    interval r;
    r.to = from.bounded_above() ? shift_by(from.to, -low, d.u) : unbounded_future;
    r.from = high < 0 || !from.bounded_below() ? unbounded_past : shift_by(from.from, -high, d.u);
    return r;
}

interval count_forward(interval const& from, ast::duration const& d, tolerances const& tol) {
    auto [low, high] = amount_range(d, tol);
    interval r;
    r.from = from.bounded_below() ? shift_by(from.from, low, d.u) : unbounded_past;
    r.to = high < 0 || !from.bounded_above() ? unbounded_future : shift_by(from.to, high, d.u);
    return r;
}

duration_value describe(ast::duration const& d) {
    duration_value v;
    v.amount = d.amount.value;
    ast::unit u = d.u;
    // fractions of large units read better in smaller ones: "half a century" = 50 years
    if (u == ast::unit::century) {
        v.amount *= 100;
        u = ast::unit::year;
    } else if (u == ast::unit::decade && v.amount != std::floor(v.amount)) {
        v.amount *= 10;
        u = ast::unit::year;
    } else if (u == ast::unit::quarter) {
        v.amount *= 3;
        u = ast::unit::month;
    }
    v.unit = std::string(to_string(u));
    // days that count only some days keep their name: "10 business days", "three weekends"
    if (d.kind == ast::day_kind::business) v.unit = "business_day";
    if (d.kind == ast::day_kind::weekend) v.unit = "weekend";
    ast::modifier m = effective(d);
    static constexpr char const* hedges[] = {"exact", "about", "more_than", "just_over", "less_than",
                                             "nearly", "at_least", "at_most", "vague"};
    static constexpr char const* coarse[] = {"exact", "about", "more_than", "more_than", "less_than",
                                             "less_than", "at_least", "at_most", "vague"};
    v.hedge = hedges[static_cast<std::size_t>(m)];
    v.modifier = coarse[static_cast<std::size_t>(m)];
    // A vague count stays vague under a hedge: "at least the last several years" is modifier
    // vague, hedge at_least (the count is a guess, so the hedge bounds no stated number).
    if (d.amount.vague) v.modifier = "vague";
    if (d.amount.vague && d.amount.value == 0) v.amount = 0;
    if (d.first && d.last) v.text.assign(d.first, d.last);
    return v;
}

}  // namespace claimcheck::extract
