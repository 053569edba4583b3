#include "extract/extractor.hpp"

#include "extract/resolve.hpp"
#include "extract/sentences.hpp"
#include "extract/starters.hpp"
#include "grammar/anniversary.hpp"
#include "grammar/dated_event.hpp"
#include "grammar/elapsed.hpp"
#include "grammar/first_in_interval.hpp"
#include "grammar/first_since.hpp"
#include "grammar/nth_occurrence.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace claimcheck::extract {

namespace x3 = boost::spirit::x3;

std::string_view to_string(claim_kind k) {
    switch (k) {
        case claim_kind::anniversary: return "anniversary";
        case claim_kind::first_in_interval: return "first_in_interval";
        case claim_kind::first_since: return "first_since";
        case claim_kind::elapsed: return "elapsed";
        case claim_kind::dated_event: return "dated_event";
        case claim_kind::nth_occurrence: return "nth_occurrence";
    }
    return "dated_event";
}

namespace {

// ASCII only, without the locale lookup of std::isalnum: the folded text is ASCII
bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}


// Lower-case words of a folded range, for cue-word tests.
bool has_word(std::string_view s, std::string_view word) {
    std::size_t pos = 0;
    while ((pos = s.find(word, pos)) != std::string_view::npos) {
        bool left = pos == 0 || !is_alnum(s[pos - 1]);
        bool right = pos + word.size() >= s.size() || !is_alnum(s[pos + word.size()]);
        if (left && right) return true;
        pos += word.size();
    }
    return false;
}


// Is the text before `end` negated ("No high-ranking official has met him in about two years")?
bool negated_before(std::string_view lowered, std::size_t end) {
    std::string_view before = lowered.substr(0, end);
    for (std::string_view cue : {"no", "not", "never", "none", "nobody", "neither", "nor", "without"})
        if (has_word(before, cue)) return true;
    return before.find("n't") != std::string_view::npos;
}

template <typename Node>
std::pair<char const*, char const*> span_of(Node const& n) {
    return {n.first, n.last};
}
std::pair<char const*, char const*> span_of(ast::time_expr const& t) {
    return boost::apply_visitor([](auto const& n) { return std::pair{n.first, n.last}; }, t);
}

// The clause around a position, as an event phrase when the claim gives none: the words before
// the claim back to a comma or the sentence start, else the words after it.
std::string_view preceding_clause(std::string_view s, std::size_t begin) {
    std::size_t b = begin;
    while (b > 0 && s[b - 1] == ' ') --b;
    // a quotation that ends right before the claim is its event: 'an "official friendly visit"
    // from Thursday through Saturday'
    bool const after_quote = b > 0 && s[b - 1] == '"';
    if (after_quote) --b;
    while (b > 0 && s[b - 1] != ',' && s[b - 1] != ';' && s[b - 1] != ':' && s[b - 1] != '(' &&
           s[b - 1] != '"')
        --b;
    if (after_quote && b > 0 && s[b - 1] == '"') {  // and the words before the quotation
        std::size_t q = b - 1;
        while (q > 0 && s[q - 1] != ',' && s[q - 1] != ';' && s[q - 1] != ':' && s[q - 1] != '(' &&
               s[q - 1] != '"')
            --q;
        b = q;
    }
    std::string_view c = s.substr(b, begin - b);
    while (!c.empty() && (c.front() == ' ' || c.front() == '-')) c.remove_prefix(1);
    while (!c.empty() && (c.back() == ' ' || c.back() == '-' || c.back() == '"')) c.remove_suffix(1);
    // keep the last 25 words: "Premier Li Qiang will visit North Korea for celebrations marking the
    // 80th anniversary of its ruling Workers' Party of Korea | later this week" needs its verb
    std::size_t words = 0;
    for (std::size_t i = c.size(); i > 0; --i)
        if (c[i - 1] == ' ' && ++words == 25) return c.substr(i);
    return c;
}
std::string_view following_clause(std::string_view s, std::size_t end) {
    std::size_t b = end;
    while (b < s.size() && (s[b] == ',' || s[b] == ' ')) ++b;
    std::size_t e = b;
    std::size_t words = 0;
    while (e < s.size() && s[e] != ',' && s[e] != ';' && s[e] != ':' && s[e] != '.' && s[e] != '"') {
        if (s[e] == ' ' && ++words == 20) break;
        ++e;
    }
    std::string_view c = s.substr(b, e - b);
    while (!c.empty() && c.back() == ' ') c.remove_suffix(1);
    return c;
}

// Where a claim's own text ends when it has a when-clause, else nullptr.
char const* end_before_when_clause(ast::first_since const& c) {
    return c.when_clause ? c.since.last : nullptr;
}
char const* end_before_when_clause(ast::elapsed const& c) {
    return c.since && c.event ? c.since->last : nullptr;
}
char const* end_before_when_clause(ast::dated_event const& c) {
    return c.when_clause ? c.when.last : nullptr;
}
template <typename Node>
char const* end_before_when_clause(Node const&) {
    return nullptr;
}

}  // namespace

// Does the sentence speak of the future? Decides "on Friday" and "in September".
bool speaks_of_future(std::string_view lowered) {
    // has_word for each cue, in one pass: a cue (letters only) occurs with non-alphanumeric
    // characters on both sides exactly when a maximal run of alphanumerics equals it
    std::size_t const n = lowered.size();
    for (std::size_t i = 0; i < n;) {
        if (!is_alnum(lowered[i])) {
            ++i;
            continue;
        }
        std::size_t e = i + 1;
        while (e < n && is_alnum(lowered[e])) ++e;
        std::string_view w = lowered.substr(i, e - i);
        if (w.size() >= 3 && w.size() <= 9)
            for (std::string_view cue : {"will", "shall", "scheduled", "upcoming", "plans", "planned",
                                         "expected", "set", "due", "going"})
                if (w == cue) return true;
        i = e;
    }
    return lowered.find("'ll ") != std::string_view::npos || lowered.find(" is to ") != std::string_view::npos ||
           lowered.find(" are to ") != std::string_view::npos;
}

// "last" as a verb: "the talks could last three weeks", "will last two days". After an auxiliary
// or "to" it is not the adjective of "last three weeks" (the three weeks before the article).
bool last_is_verb(std::string_view f, std::size_t pos) {
    if (f.substr(pos, 5) != "last ") return false;
    std::size_t end = pos;
    while (end > 0 && f[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && f[begin - 1] != ' ') --begin;
    std::string_view before = f.substr(begin, end - begin);
    for (std::string_view w : {"will", "would", "could", "can", "may", "might", "should", "must", "shall",
                               "to", "not", "won't", "wouldn't", "couldn't", "can't", "cannot",
                               "did", "does", "do", "didn't", "doesn't", "don't", "usually", "often",
                               "typically", "generally", "normally", "'ll"})
        if (before == w || (w == "'ll" && before.size() > 3 && before.substr(before.size() - 3) == w)) return true;
    return false;
}

namespace {
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// YYYY-MM-DD at i
bool is_iso_date_at(std::string_view f, std::size_t i) {
    if (i + 10 > f.size()) return false;
    for (std::size_t k = 0; k < 10; ++k)
        if (k == 4 || k == 7 ? f[i + k] != '-' : !is_digit(f[i + k])) return false;
    return true;
}
}  // namespace

namespace {
// byte classes for find_word_starts: letters and digits, and what glues a word to the one before
enum : std::uint8_t { word_byte = 1, glue_byte = 2 };
struct byte_classes {
    std::uint8_t of[256]{};
    byte_classes() {
        for (int c = 0; c < 256; ++c) {
            bool alnum = is_alnum(static_cast<char>(c));
            of[c] = static_cast<std::uint8_t>((alnum ? word_byte | glue_byte : 0) |
                                              (c == '-' || c == '/' || c == '.' || c == '_' || c == '&' ? glue_byte : 0));
        }
    }
};
byte_classes const classes;
}  // namespace

void find_word_starts(std::string_view f, std::vector<std::uint32_t>& out) {
    out.clear();
    auto const* u = reinterpret_cast<unsigned char const*>(f.data());
    std::size_t const n = f.size();
    for (std::size_t i = 0; i < n; ++i) {
        char c = f[i];
        bool starts = (classes.of[u[i]] & word_byte) || (c == '\'' && i + 1 < n && f[i + 1] >= '0' && f[i + 1] <= '9');
        if (!starts) continue;
        if (i > 0) {
            char p = f[i - 1];
            if ((classes.of[u[i - 1]] & glue_byte) || (p == '\'' && c != '\'')) {
                // an ISO date in a file name or address: "sales_report-2002-10-09.xlsx"
                bool iso_after_name = (p == '-' || p == '_') && i >= 2 && is_alpha(f[i - 2]) && is_iso_date_at(f, i);
                if (!iso_after_name) continue;
            }
        }
        out.push_back(static_cast<std::uint32_t>(i));
    }
}

extractor::extractor(tolerances tol) : tol_(std::move(tol)) {}

// Tries the claim kinds at each candidate word start, leftmost first, never overlapping. The
// order of the kinds is the order of the `claim` rule's alternatives (grammar/claim_def.hpp);
// calling the kinds' rules one by one lets starters.hpp skip those that cannot start at a word.
void extractor::parse_sentence() {
    parsed_.clear();
    char const* const base = folded_.text.data();
    char const* const last = base + folded_.text.size();
    std::size_t consumed = 0;
    auto attempt = [&](auto const& rule, auto node, std::size_t pos) {
        char const* it = base + pos;
        if (!x3::phrase_parse(it, last, rule, x3::ascii::space, node)) return false;
        // A when-clause ("since Sept. 3, when the North conducted its sixth nuclear test") is the
        // claim's event but not part of its text: the clause may hold claims of its own.
        if (char const* time_end = end_before_when_clause(node)) it = time_end;
        std::size_t end = static_cast<std::size_t>(it - base);
        while (end > pos && folded_.text[end - 1] == ' ') --end;
        if (end <= pos) return false;
        parsed_.push_back({ast::claim(std::move(node)), pos, end});
        consumed = end;
        return true;
    };
    // Words some kinds cannot do without, and where they last occur (lower-case substrings, so a
    // superset of the grammar's whole words): an anniversary needs its noun ("anniversary",
    // "birthday") or a named one ("centenary", "golden jubilee") after its start, unless a marking
    // verb opens it ("marks 70 years since"); a first-claim needs "first", and a first-since claim
    // "since" too. Where the word does not follow, the attempt cannot succeed and is not made.
    std::string_view const f = folded_.text;
    auto last_of = [&](std::initializer_list<std::string_view> words) {
        std::size_t last_at = 0;
        bool found = false;
        for (std::string_view w : words)  // find (memchr on the first letter) beats rfind
            for (std::size_t i = f.find(w); i != std::string_view::npos; i = f.find(w, i + 1))
                if (!found || i > last_at) {
                    last_at = i;
                    found = true;
                }
        return found ? last_at + 1 : 0;  // one past the last start; 0: none
    };
    std::size_t const anniversary_words_end = last_of({"anniversar", "birthday", "centenar", "centennial", "jubilee"});
    std::size_t const first_end = last_of({"first"});
    std::size_t const since_end = last_of({"since"});
    auto marking_verb_at = [&](std::size_t pos) {
        std::string_view w = f.substr(pos);
        return w.substr(0, 4) == "mark" || w.substr(0, 10) == "commemorat" || w.substr(0, 8) == "celebrat";
    };
    for (std::uint32_t index : candidates_) {
        std::size_t pos = word_starts_[index];
        if (pos < consumed) continue;
        if (last_is_verb(folded_.text, pos)) continue;  // "could last three weeks": a length, not a time
        std::uint8_t kinds = kinds_starting_at(folded_.text, pos);
        if (anniversary_window_[index]) kinds |= can_anniversary;
        if (!kinds) continue;
        bool const anniversary_possible = pos < anniversary_words_end || marking_verb_at(pos);
        bool const first_possible = pos < first_end;
        bool const since_possible = pos < since_end;
        (kinds & can_anniversary && anniversary_possible && attempt(grammar::anniversary(), ast::anniversary{}, pos)) ||
            (kinds & can_first && first_possible && attempt(grammar::first_in_interval(), ast::first_in_interval{}, pos)) ||
            (kinds & can_first && first_possible && since_possible && attempt(grammar::first_since(), ast::first_since{}, pos)) ||
            (kinds & can_elapsed && attempt(grammar::elapsed(), ast::elapsed{}, pos)) ||
            (kinds & can_nth && attempt(grammar::nth_occurrence(), ast::nth_occurrence{}, pos)) ||
            (kinds & can_dated && attempt(grammar::dated_event(), ast::dated_event{}, pos));
    }
}

void extractor::extract(std::string_view text, std::optional<day_number> article_date,
                        std::vector<claim>& out) {
    previous_.reset();
    triggers_.clear();
    find_triggers(text, triggers_);
    std::size_t const first_new = out.size();
    std::size_t t = 0;
    while (t < triggers_.size()) {
        sentence_span s = sentence_at(text, triggers_[t].offset);
        // the triggers of this sentence
        std::size_t u = t;
        while (u < triggers_.size() && triggers_[u].offset < s.end) ++u;
        fold(text, s.begin, s.end, folded_);
        find_word_starts(folded_.text, word_starts_);
        // the word starts each trigger allows: its own word and `lookback` words before it
        candidates_.clear();
        anniversary_window_.assign(word_starts_.size(), 0);
        for (std::size_t k = t; k < u; ++k) {
            auto it = std::lower_bound(word_starts_.begin(), word_starts_.end(), triggers_[k].offset,
                                       [&](std::uint32_t w, std::uint32_t off) { return folded_.original(w) < off; });
            if (it == word_starts_.end()) it = word_starts_.end() - (word_starts_.empty() ? 0 : 1);
            if (word_starts_.empty()) break;
            auto index = static_cast<std::uint32_t>(it - word_starts_.begin());
            if (folded_.original(word_starts_[index]) > triggers_[k].offset && index > 0) --index;
            std::uint32_t from = index >= triggers_[k].lookback ? index - triggers_[k].lookback : 0;
            for (std::uint32_t w = from; w <= index; ++w) {
                candidates_.push_back(w);
                if (triggers_[k].anniversary) anniversary_window_[w] = 1;
            }
        }
        std::sort(candidates_.begin(), candidates_.end());
        candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
        parse_sentence();
        if (!parsed_.empty()) resolve_sentence(text, s.begin, s.end, article_date, out);
        t = std::max(u, t + 1);
    }
    // line and column of each new claim, in one pass over the text
    std::size_t pos = 0, line = 1, column = 1;
    for (std::size_t k = first_new; k < out.size(); ++k) {
        claim& c = out[k];
        if (c.start < pos) {  // claims are in text order; restart if not
            pos = 0;
            line = 1;
            column = 1;
        }
        // the same count as a byte loop (a newline restarts the column, which counts every byte
        // that does not continue a UTF-8 sequence), in passes the compiler vectorizes
        char const* from = text.data() + pos;
        char const* to = text.data() + c.start;
        if (auto const* nl = static_cast<char const*>(memrchr(from, '\n', static_cast<std::size_t>(to - from)))) {
            line += static_cast<std::size_t>(std::count(from, nl + 1, '\n'));
            column = 1;
            from = nl + 1;
        }
        std::size_t starts = 0;
        for (char const* q = from; q < to; ++q) starts += (static_cast<unsigned char>(*q) & 0xC0) != 0x80;
        column += starts;
        pos = c.start;
        c.line = line;
        c.column = column;
    }
}

void extractor::resolve_sentence(std::string_view text, std::size_t sentence_begin,
                                 std::size_t sentence_end, std::optional<day_number> article_date,
                                 std::vector<claim>& out) {
    std::string_view const f = folded_.text;
    char const* const base = f.data();
    auto offset = [&](char const* p) { return static_cast<std::size_t>(p - base); };
    auto original_begin = [&](std::size_t folded) { return folded_.original(folded); };
    auto original_end = [&](std::size_t folded_end) { return folded_.original_end(text, folded_end); };
    // phrases are reported as written: from the original bytes, not the folded copy
    auto original_text = [&](std::size_t a, std::size_t b) {
        if (b <= a) return std::string();
        std::size_t from = original_begin(a), to = original_end(b);
        return std::string(text.substr(from, to - from));
    };
    auto folded_text = [&](char const* a, char const* b) { return original_text(offset(a), offset(b)); };

    std::string_view const lowered = f;  // fold() lower-cases
    resolve_context ctx;
    ctx.article_date = article_date;
    ctx.future = speaks_of_future(lowered);
    ctx.tol = &tol_;

    // Pass 1: resolve the time mentions in text order (anaphora need the one before), and keep
    // the sentence's own dates: they anchor the other claims.
    struct sentence_time {
        std::size_t begin, end;  // folded span of the mention
        named_time time;
    };
    std::vector<sentence_time> sentence_times;
    std::vector<std::optional<named_time>> times(parsed_.size());
    std::vector<bool> keep(parsed_.size(), true);
    for (std::size_t i = 0; i < parsed_.size(); ++i) {
        ast::time_mention const* mention = nullptr;
        auto const& node = parsed_[i].node.get();
        if (auto const* d = boost::get<ast::dated_event>(&node)) mention = &d->when;
        if (auto const* s = boost::get<ast::first_since>(&node)) mention = &s->since;
        if (auto const* e = boost::get<ast::elapsed>(&node); e && e->since) mention = &*e->since;
        if (!mention) continue;
        ctx.previous = previous_;
        named_time nt = resolve(*mention, ctx);
        auto [tf, tl] = span_of(mention->time);
        nt.text = folded_text(tf, tl);
        if (auto const* d = boost::get<ast::dated_event>(&node)) {
            // A bare year is a count as often as a date ("2018 people"); "in 2018" is a date.
            auto const* y = boost::get<ast::year_date>(&d->when.time.get());
            bool bare = tf == d->when.first && mention->rel == ast::relation::at;
            if (y && bare && y->span_years == 1 && y->p == ast::part::whole) keep[i] = false;
            // "in two years" is a future date only in a sentence about the future
            auto const* o = boost::get<ast::offset_ref>(&d->when.time.get());
            if (o && o->dir == ast::direction::from_now && !ctx.future &&
                std::string_view(tf, 2) == "in")
                keep[i] = false;
        }
        if (nt.problem.rfind("no such day", 0) == 0 || nt.problem.rfind("no month", 0) == 0)
            keep[i] = false;  // invalid dates are rejected, never coerced
        if (!keep[i]) continue;
        if (nt.iv) {
            previous_ = nt;
            if (boost::get<ast::dated_event>(&node) && mention->rel == ast::relation::at)
                sentence_times.push_back({offset(mention->first), offset(mention->last), nt});
            // "... since October 2015, when Liu attended the party's 70th anniversary": the
            // when-clause happened at the since-date, so claims inside it are anchored there
            ast::spanned const* when = nullptr;
            if (auto const* s = boost::get<ast::first_since>(&node); s && s->when_clause) when = &*s->when_clause;
            if (auto const* e = boost::get<ast::elapsed>(&node); e && e->since && e->event) when = &*e->event;
            if (when && when->first) sentence_times.push_back({offset(when->first), offset(when->last), nt});
        }
        times[i] = std::move(nt);
    }

    // The sentence date nearest a claim (outside it), else the article date.
    auto anchor_for = [&](std::size_t begin, std::size_t end) {
        anchor_info a;
        sentence_time const* best = nullptr;
        std::size_t best_distance = 0;
        for (auto const& st : sentence_times) {
            if (st.begin >= begin && st.end <= end) continue;  // the claim's own time
            // 0 when the time's span holds the claim (a when-clause)
            std::size_t d = st.end <= begin ? begin - st.end : st.begin >= end ? st.begin - end : 0;
            if (!best || d < best_distance) {
                best = &st;
                best_distance = d;
            }
        }
        if (best && best->time.iv) {
            a.source = "sentence";
            a.iv = best->time.iv;
            a.text = best->time.text;
        } else if (article_date) {
            a.source = "article_date";
            a.iv = day_interval(*article_date);
        } else {
            a.source = "none";
        }
        return a;
    };
    auto event_or_clause = [&](ast::spanned const* phrase, std::size_t begin, std::size_t end) {
        if (phrase && phrase->first && phrase->last > phrase->first)
            return folded_text(phrase->first, phrase->last);
        std::string_view c = preceding_clause(f, begin);
        if (c.empty()) c = following_clause(f, end);
        return original_text(offset(c.data()), offset(c.data() + c.size()));
    };
    auto no_anchor_note = [](anchor_info const& a) {
        return a.source == "none" ? std::string("unresolved: the article has no date and the sentence names none")
                                  : std::string();
    };

    // Pass 2: one claim record per kept AST.
    for (std::size_t i = 0; i < parsed_.size(); ++i) {
        if (!keep[i]) continue;
        parsed const& p = parsed_[i];
        claim c;
        c.start = original_begin(p.begin);
        c.end = original_end(p.end);
        c.text.assign(text.substr(c.start, c.end - c.start));
        c.sentence_start = sentence_begin;
        c.sentence_end = sentence_end;

        struct visitor {
            extractor& self;
            claim& c;
            parsed const& p;
            std::optional<named_time>& time;
            decltype(anchor_for)& anchor;
            decltype(event_or_clause)& event;
            decltype(no_anchor_note)& note;
            std::string_view lowered;
            bool& keep;

            void operator()(ast::anniversary const& a) {
                c.kind = claim_kind::anniversary;
                c.ordinal = a.years;
                ast::spanned const* ev = a.event ? static_cast<ast::spanned const*>(&*a.event)
                                         : a.possessor ? &*a.possessor : nullptr;
                c.event = event(ev, p.begin, p.end);
                if (a.possessor && !a.event) {  // "the party's" -> "the party"
                    auto& e = c.event;
                    for (std::string_view mark : {"'s", "\u2019s", "'", "\u2019"})
                        if (e.size() > mark.size() && e.compare(e.size() - mark.size(), mark.size(), mark) == 0) {
                            e.resize(e.size() - mark.size());
                            break;
                        }
                }
                c.anchor = anchor(p.begin, p.end);
                if (!c.anchor.iv) {
                    c.note = note(c.anchor);
                    return;
                }
                interval iv = *c.anchor.iv;
                int n = static_cast<int>(a.years);
                if (c.anchor.source == "sentence") {
                    // the celebration date in the sentence, shifted back N years
                    int spread = self.tol_.anniversary_spread_days;
                    bool fine = iv.to - iv.from < 28;
                    c.implies = interval{add_years(iv.from, -n) - (fine ? spread : 0),
                                         add_years(iv.to, -n) + (fine ? spread : 0)};
                } else {
                    // a celebration year, not a day: anniversaries are marked all year round
                    int y = to_civil(iv.from).year - n;
                    c.implies = year_interval(y);
                }
            }
            void operator()(ast::first_in_interval const& fi) {
                c.kind = claim_kind::first_in_interval;
                c.duration = describe(fi.gap);
                c.event = event(&fi.event, p.begin, p.end);
                c.anchor = anchor(p.begin, p.end);
                if (!c.anchor.iv) {
                    c.note = note(c.anchor);
                    return;
                }
                c.implies = count_back(*c.anchor.iv, fi.gap, self.tol_);
            }
            void operator()(ast::first_since const& fs) {
                c.kind = claim_kind::first_since;
                c.event = event(&fs.event, p.begin, p.end);
                c.time = time;
                if (time && time->iv) c.implies = time->iv;
                else c.note = time ? "unresolved: " + time->problem : "unresolved";
                if (fs.since_clause) {
                    // "since Kim took power in 2011": none since then; the previous one is at
                    // that date or before it
                    c.form = "since_clause";
                    if (c.implies) c.implies->from = unbounded_past;
                    c.event += " (since: " + event(&*fs.since_clause, p.begin, p.end) + ")";
                }
                c.anchor.source = time && time->relative ? time->anchor : "none";
                if (fs.when_clause)
                    c.event += " (previously: " + event(&*fs.when_clause, p.begin, p.end) + ")";
            }
            void operator()(ast::elapsed const& e) {
                c.kind = claim_kind::elapsed;
                static constexpr char const* forms[] = {"after", "before", "since", "in_negated", "years_of", "later"};
                c.form = forms[static_cast<std::size_t>(e.form)];
                if (e.form == ast::elapsed_form::in_negated &&
                    !negated_before(lowered, p.begin)) {
                    keep = false;  // "in two years" without a negation is no elapsed claim
                    return;
                }
                c.event = event(e.event ? &*e.event : nullptr, p.begin, p.end);
                if (e.since) {
                    c.time = time;
                    if (time && time->iv) c.implies = time->iv;
                    else c.note = time ? "unresolved: " + time->problem : "unresolved";
                    c.anchor.source = time && time->relative ? time->anchor : "none";
                    return;
                }
                if (!e.gap) return;
                c.duration = describe(*e.gap);
                c.anchor = anchor(p.begin, p.end);
                if (!c.anchor.iv) {
                    c.note = note(c.anchor);
                    return;
                }
                c.implies = e.form == ast::elapsed_form::before
                                ? count_forward(*c.anchor.iv, *e.gap, self.tol_)
                                : count_back(*c.anchor.iv, *e.gap, self.tol_);
            }
            void operator()(ast::nth_occurrence const& n) {
                c.kind = claim_kind::nth_occurrence;
                c.ordinal = n.nth.value;
                c.event = event(&n.event, p.begin, p.end);
                c.anchor = anchor(p.begin, p.end);
                if (c.anchor.source == "sentence") c.implies = c.anchor.iv;
            }
            void operator()(ast::dated_event const& d) {
                c.kind = claim_kind::dated_event;
                c.time = time;
                c.event = event(d.when_clause ? &*d.when_clause : nullptr, p.begin, p.end);
                c.anchor.source = time && time->relative ? time->anchor : "none";
                if (!time || !time->iv) {
                    c.note = time ? "unresolved: " + time->problem : "unresolved";
                    return;
                }
                c.implies = time->iv;
                // an offset ("two months ago") names a day; writers round by half a unit, and a
                // hedged one ("more than two years ago") spans what its modifier allows
                if (auto const* o = boost::get<ast::offset_ref>(&d.when.time.get());
                    o && time->prec == precision::day && o->amount.amount.value > 0) {
                    bool back = o->dir == ast::direction::ago || o->dir == ast::direction::earlier;
                    double amount = o->amount.amount.value;
                    day_number base = shift_by(time->iv->from, back ? amount : -amount, o->amount.u);
                    for (auto const& part : o->more)  // undo "and 21 days" too
                        base = shift_by(base, back ? part.amount.value : -part.amount.value, part.u);
                    ast::duration const& hedged = o->amount;
                    if (hedged.mod == ast::modifier::exact && !hedged.amount.vague) {
                        double s = self.tol_.offset_spread_units;  // exact counts: +- s units
                        c.implies = interval{shift_by(base, back ? -(amount + s) : amount - s, o->amount.u),
                                             shift_by(base, back ? -(amount - s) : amount + s, o->amount.u)};
                    } else {
                        c.implies = back ? count_back(day_interval(base), hedged, self.tol_)
                                         : count_forward(day_interval(base), hedged, self.tol_);
                    }
                }
                if (time->relation == "since" || time->relation == "after" || time->relation == "from")
                    c.form = time->relation;
            }
        };
        bool kept = true;
        visitor v{*this, c, p, times[i], anchor_for, event_or_clause, no_anchor_note, lowered, kept};
        boost::apply_visitor(v, p.node.get());
        if (!kept) continue;
        out.push_back(std::move(c));
    }
}

}  // namespace claimcheck::extract
