// `claimcheck review [PATH...]` (also `review session PATH...`): the interactive terminal session.
//
// Runs the check (the options of `check`: --rules, --facts, --overrides, --baseline, --db,
// --config), then steps through the findings still open: conflicts first, then near misses
// (compatible), then the other unreviewed ones (corroborations); findings a suppression or the
// baseline accepts are left out, informational ones too. Each screen shows a finding's quotes
// with the claim highlighted, the arithmetic, the event, its status, note and history, and the keys.
//
// Every decision is one call to review::store::set_finding: its own transaction, synchronous, so
// nothing decided is lost to Ctrl-C, a closed terminal or kill -9. Undo writes the previous state
// back as a new change (the history stays append-only). The position (the current finding's
// fingerprint) is kept in the store's meta table under `session_position`, and the next session
// starts there. Plain ANSI escape sequences and termios (src/tui/), 80x24 and up, resizes redrawn.
#include "cli/check_run.hpp"
#include "cli/commands.hpp"
#include "output/findings.hpp"
#include "review/feedback.hpp"
#include "review/store.hpp"
#include "tui/terminal.hpp"
#include "tui/text.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::cli {

namespace {

using tui::line;
using tui::span;
using tui::style;
using engine::finding_kind;

constexpr char const* position_key = "session_position";

struct item {
    std::size_t finding = 0;
    std::string fingerprint;
    std::size_t rank = 0;   // place among all candidates (for resuming after a decided finding)
    std::string status;     // as last read from the store ("open" when not reviewed)
};

int kind_rank(finding_kind k) {
    switch (k) {
        case finding_kind::conflict: return 0;
        case finding_kind::compatible: return 1;
        case finding_kind::corroboration: return 2;
        default: return 3;
    }
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

style status_style(std::string const& s) {
    if (s == "confirmed") return style::bad;
    if (s == "false-alarm" || s == "resolved") return style::good;
    if (s == "needs-research") return style::warn;
    return style::bold;
}

// The first n columns of l (no marker).
line take(line const& l, std::size_t n) {
    line out;
    std::size_t used = 0;
    for (auto const& s : l) {
        std::string t;
        for (auto const& cp : tui::code_points(s.text)) {
            if (used == n) break;
            t += cp;
            ++used;
        }
        if (!t.empty()) out.push_back({t, s.st});
        if (used == n) break;
    }
    return out;
}

line prefixed(std::string const& prefix, line l, style st = style::plain) {
    l.insert(l.begin(), span{prefix, st});
    return l;
}

class session {
public:
    session(check_run& run, output::check_report& report, review::store& db, tui::terminal& term,
            std::vector<item> queue, std::optional<std::string> reviewer)
        : run_(run), report_(report), db_(db), term_(term), queue_(std::move(queue)), reviewer_(std::move(reviewer)) {}

    void start_at(std::size_t i) { cur_ = std::min(i, queue_.size() - 1); }

    // The loop; returns when the reviewer quits or a signal ends the session.
    void loop() {
        save_position();
        for (;;) {
            draw();
            tui::key k = term_.read_key();
            if (k.kind == tui::key::resize) continue;
            if (k.kind == tui::key::interrupt || k.kind == tui::key::terminate || k.kind == tui::key::hangup) {
                ended_by_ = k.kind;
                return;
            }
            if (mode_ == mode::normal) {
                if (!normal_key(k)) return;
            } else if (mode_ == mode::reason) {
                reason_key(k);
            } else {
                edit_key(k);
            }
        }
    }

    std::size_t decisions() const { return decisions_; }
    std::size_t open_left() const {
        return static_cast<std::size_t>(
            std::count_if(queue_.begin(), queue_.end(), [](item const& i) { return i.status == "open"; }));
    }
    std::size_t size() const { return queue_.size(); }
    tui::key::kind_t ended_by() const { return ended_by_; }

private:
    enum class mode { normal, reason, note, search };

    struct undo_entry {
        std::string fingerprint;
        std::optional<review::finding_review> before;
        std::size_t index = 0;
        std::string what;
    };

    check_run& run_;
    output::check_report& report_;
    review::store& db_;
    tui::terminal& term_;
    std::vector<item> queue_;
    std::optional<std::string> reviewer_;
    std::size_t cur_ = 0;
    std::size_t scroll_ = 0;
    std::size_t body_size_ = 0, body_rows_ = 0;
    mode mode_ = mode::normal;
    std::vector<std::string> edit_;  // the line editor's code points
    std::size_t cursor_ = 0;
    std::string message_;
    style message_style_ = style::plain;
    std::string last_search_;
    std::vector<undo_entry> undo_;
    std::size_t decisions_ = 0;
    tui::key::kind_t ended_by_ = tui::key::none;

    void say(std::string m, style st = style::plain) {
        message_ = std::move(m);
        message_style_ = st;
    }

    void save_position() {
        try {
            db_.set_meta(position_key, queue_[cur_].fingerprint);
        } catch (std::exception const& e) {
            say(std::string("could not save the position: ") + e.what(), style::bad);
        }
    }

    void go(std::size_t i) {
        if (i == cur_) return;
        cur_ = i;
        scroll_ = 0;
        save_position();
    }

    // A status (and reason) or a note, written at once.
    void decide(std::optional<std::string> status, std::optional<std::string> reason,
                std::optional<std::string> note, std::string const& what) {
        auto& it = queue_[cur_];
        try {
            auto before = db_.finding(it.fingerprint);
            bool changed = db_.set_finding(it.fingerprint, status, reason, note, review::current_actor(reviewer_));
            auto now = db_.finding(it.fingerprint);
            it.status = now ? now->status : "open";
            if (!changed) {
                say("unchanged: " + what);
                return;
            }
            ++decisions_;
            undo_.push_back({it.fingerprint, before, cur_, what});
            say("saved: " + what + "   (u: undo, space: next)", style::good);
        } catch (std::exception const& e) {
            say(std::string("not saved: ") + e.what(), style::bad);
        }
    }

    void undo() {
        if (undo_.empty()) {
            say("nothing to undo in this session");
            return;
        }
        auto e = undo_.back();
        std::string status = e.before ? e.before->status : "open";
        std::optional<std::string> reason;
        if (status == "false-alarm") reason = e.before->reason;
        std::string note = e.before ? e.before->note : "";
        try {
            db_.set_finding(e.fingerprint, status, reason, note, review::current_actor(reviewer_));
        } catch (std::exception const& ex) {
            say(std::string("undo not saved: ") + ex.what(), style::bad);
            return;
        }
        undo_.pop_back();
        ++decisions_;
        if (e.index < queue_.size() && queue_[e.index].fingerprint == e.fingerprint) {
            queue_[e.index].status = status;
            go(e.index);
        }
        say("undone: " + e.what + " (back to " + status + (reason ? " (" + *reason + ")" : "") + ")", style::warn);
    }

    void next() {
        if (cur_ + 1 < queue_.size()) {
            go(cur_ + 1);
            say("");
        } else {
            say("that was the last finding (b: back, q: quit)");
        }
    }
    void back() {
        if (cur_ > 0) {
            go(cur_ - 1);
            say("");
        } else {
            say("this is the first finding");
        }
    }

    std::string haystack(item const& it) const {
        auto const& f = report_.result.findings[it.finding];
        std::string h = it.fingerprint + "\n" + std::string(engine::to_string(f.kind)) + "\n" + f.rule + "\n" +
                        f.event + "\n" + f.message + "\n" + it.status;
        for (auto ci : f.claims) {
            auto const& c = report_.claims[ci];
            h += "\n" + report_.articles[c.article].id + "\n" + report_.articles[c.article].path + "\n" + c.text +
                 "\n" + c.sentence;
        }
        return lower(h);
    }

    void search(std::string query) {
        if (query.empty()) query = last_search_;
        if (query.empty()) {
            say("no search yet");
            return;
        }
        last_search_ = query;
        std::string q = lower(query);
        for (std::size_t k = 1; k <= queue_.size(); ++k) {
            std::size_t i = (cur_ + k) % queue_.size();
            if (haystack(queue_[i]).find(q) != std::string::npos) {
                go(i);
                say("/" + query + (k == queue_.size() ? " (only this one)" : ""));
                return;
            }
        }
        say("no finding matches '" + query + "'", style::warn);
    }

    void start_edit(mode m, std::string const& text) {
        mode_ = m;
        edit_ = tui::code_points(text);
        cursor_ = edit_.size();
    }

    // false: quit.
    bool normal_key(tui::key const& k) {
        if (k.kind == tui::key::character) {
            std::string const& c = k.text;
            if (c == "q") return false;
            if (c == "c") decide("confirmed", std::nullopt, std::nullopt, "confirmed");
            else if (c == "n") decide("needs-research", std::nullopt, std::nullopt, "needs-research");
            else if (c == "r") decide("resolved", std::nullopt, std::nullopt, "resolved");
            else if (c == "o") decide("open", std::nullopt, std::nullopt, "reopened");
            else if (c == "f") {
                mode_ = mode::reason;
                say("");
            } else if (c == "e") {
                auto r = db_.finding(queue_[cur_].fingerprint);
                start_edit(mode::note, r ? r->note : "");
                say("");
            } else if (c == "/") {
                start_edit(mode::search, "");
                say("");
            } else if (c == "u") undo();
            else if (c == "s" || c == " ") next();
            else if (c == "b") back();
            else if (c == "j") scroll_by(1);
            else if (c == "k") scroll_by(-1);
            else say("unknown key '" + tui::sanitize(c) + "' (the keys are below)");
            return true;
        }
        switch (k.kind) {
            case tui::key::right: next(); break;
            case tui::key::left: back(); break;
            case tui::key::down: scroll_by(1); break;
            case tui::key::up: scroll_by(-1); break;
            case tui::key::page_down: scroll_by(static_cast<long>(std::max<std::size_t>(1, body_rows_ - 1))); break;
            case tui::key::page_up: scroll_by(-static_cast<long>(std::max<std::size_t>(1, body_rows_ - 1))); break;
            case tui::key::home: scroll_ = 0; break;
            case tui::key::end: scroll_by(static_cast<long>(body_size_)); break;
            case tui::key::enter: next(); break;
            case tui::key::control:
                if (k.ctrl == 'l') term_.write("\033[2J");
                break;
            default: break;
        }
        return true;
    }

    void scroll_by(long d) {
        long max = static_cast<long>(body_size_ > body_rows_ ? body_size_ - body_rows_ : 0);
        long s = std::clamp(static_cast<long>(scroll_) + d, 0L, max);
        scroll_ = static_cast<std::size_t>(s);
    }

    void reason_key(tui::key const& k) {
        if (k.kind == tui::key::escape || (k.kind == tui::key::character && k.text == "q")) {
            mode_ = mode::normal;
            say("cancelled");
            return;
        }
        if (k.kind != tui::key::character) return;
        static constexpr std::pair<char, char const*> keys[] = {
            {'w', "wrong-event-link"}, {'m', "misparse"}, {'t', "within-tolerance"}, {'s', "source-error"},
            {'o', "other"},           {'1', "wrong-event-link"}, {'2', "misparse"}, {'3', "within-tolerance"},
            {'4', "source-error"},    {'5', "other"}};
        for (auto [c, reason] : keys)
            if (k.text.size() == 1 && k.text[0] == c) {
                mode_ = mode::normal;
                decide("false-alarm", std::string(reason), std::nullopt, std::string("false-alarm (") + reason + ")");
                return;
            }
        say("a reason key, or Esc", style::warn);
    }

    void edit_key(tui::key const& k) {
        switch (k.kind) {
            case tui::key::character: edit_.insert(edit_.begin() + static_cast<long>(cursor_++), k.text); break;
            case tui::key::backspace:
                if (cursor_ > 0) edit_.erase(edit_.begin() + static_cast<long>(--cursor_));
                break;
            case tui::key::del:
                if (cursor_ < edit_.size()) edit_.erase(edit_.begin() + static_cast<long>(cursor_));
                break;
            case tui::key::left: if (cursor_ > 0) --cursor_; break;
            case tui::key::right: if (cursor_ < edit_.size()) ++cursor_; break;
            case tui::key::home: cursor_ = 0; break;
            case tui::key::end: cursor_ = edit_.size(); break;
            case tui::key::control:
                if (k.ctrl == 'a') cursor_ = 0;
                else if (k.ctrl == 'e') cursor_ = edit_.size();
                else if (k.ctrl == 'u') {
                    edit_.erase(edit_.begin(), edit_.begin() + static_cast<long>(cursor_));
                    cursor_ = 0;
                } else if (k.ctrl == 'k') edit_.resize(cursor_);
                break;
            case tui::key::escape:
                mode_ = mode::normal;
                say("cancelled");
                break;
            case tui::key::enter: {
                std::string text;
                for (auto const& cp : edit_) text += cp;
                mode m = mode_;
                mode_ = mode::normal;
                if (m == mode::note) decide(std::nullopt, std::nullopt, text, text.empty() ? "note cleared" : "note");
                else search(text);
                break;
            }
            default: break;
        }
    }

    // ---------------------------------------------------------------- what the screen shows

    std::vector<line> body(std::size_t w) const {
        std::vector<line> out;
        auto add_wrapped = [&](line const& l, std::string_view first = "", std::string_view rest = "") {
            for (auto& x : tui::wrap(l, w, first, rest)) out.push_back(std::move(x));
        };
        auto const& it = queue_[cur_];
        auto const& f = report_.result.findings[it.finding];
        std::string kind(engine::to_string(f.kind));
        if (f.kind == finding_kind::compatible) kind = "near miss (compatible)";
        style ks = f.kind == finding_kind::conflict ? style::bad
                   : f.kind == finding_kind::compatible ? style::warn
                   : style::good;
        line head{{kind, ks}, {" [" + f.rule + "]", style::plain}};
        if (f.scope == "intra-article") head.push_back({" within one article", style::dim});
        if (!f.event.empty()) head.push_back({"  " + tui::sanitize(f.event), style::bold});
        add_wrapped(head, "", "  ");

        // Status and note first: what the reviewer decides about.
        auto r = db_.finding(it.fingerprint);
        line st{{"status: ", style::plain}, {r ? r->status : "open", status_style(r ? r->status : "open")}};
        if (r && !r->reason.empty()) st.push_back({" (" + r->reason + ")", style::plain});
        if (r) st.push_back({"  by " + tui::sanitize(r->reviewer) + " at " + r->updated_at, style::dim});
        else st.push_back({"  (not reviewed)", style::dim});
        auto const& acc = output::status_of(report_, it.finding);
        if (acc.state == output::acceptance::baselined || acc.state == output::acceptance::suppressed)
            st.push_back({"  " + std::string(output::to_string(acc.state)) + ": " + tui::sanitize(acc.justification),
                          style::warn});
        add_wrapped(st, "", "  ");
        if (r && !r->note.empty()) add_wrapped(line{{tui::sanitize(r->note), style::plain}}, "note: ", "      ");
        else out.push_back(line{{"note: -", style::dim}});
        out.push_back(line{{"fingerprint " + it.fingerprint, style::dim}});

        out.push_back(line{{"arithmetic", style::bold}});
        add_wrapped(line{{tui::sanitize(f.message), style::plain}}, "  ", "  ");
        if (f.implied) out.push_back(line{{"  implied: " + engine::describe(*f.implied), style::plain}});

        // The quotes, the claim highlighted.
        std::size_t const shown = std::min<std::size_t>(f.claims.size(), 6);
        std::size_t const max_lines = shown > 2 ? 3 : 4;
        for (std::size_t i = 0; i < shown; ++i) {
            auto const& c = report_.claims[f.claims[i]];
            auto const& a = report_.articles[c.article];
            out.push_back({});
            std::string where = a.fact ? "facts" : a.path + ":" + std::to_string(c.line) + ":" + std::to_string(c.column);
            line h{{std::to_string(i + 1) + ". ", style::bold},
                   {tui::sanitize(a.id) + (a.date ? " (" + format_iso(*a.date) + ")" : ""), style::bold},
                   {"  " + tui::sanitize(where), style::dim}};
            out.push_back(tui::cut(h, w));
            line claim{{a.fact ? std::string("fact") : std::string(extract::to_string(c.kind)), style::dim},
                       {" '" + tui::sanitize(c.text) + "'", style::plain}};
            if (c.implied) claim.push_back({" -> " + engine::describe(*c.implied), style::bold});
            if (a.fact && !c.time_text.empty()) claim.push_back({" (source: " + tui::sanitize(c.time_text) + ")", style::plain});
            add_wrapped(claim, "   ", "     ");
            if (a.fact || c.sentence.empty()) continue;
            std::string const& s = c.sentence;
            std::size_t at = c.start >= c.sentence_start ? c.start - c.sentence_start : 0;
            std::size_t len = c.end > c.start ? c.end - c.start : 1;
            at = std::min(at, s.size());
            len = std::min(len, s.size() - at);
            line q{{tui::sanitize(s.substr(0, at)), style::plain},
                   {tui::sanitize(s.substr(at, len)), style::highlight},
                   {tui::sanitize(s.substr(at + len)), style::plain}};
            std::size_t qw = w > 10 ? w - 5 : w;
            auto lines = tui::wrap(q, qw);
            std::size_t hl = 0;
            for (std::size_t k = 0; k < lines.size(); ++k)
                if (std::any_of(lines[k].begin(), lines[k].end(), [](span const& x) { return x.st == style::highlight; })) {
                    hl = k;
                    break;
                }
            std::size_t from = 0, to = lines.size();
            if (lines.size() > max_lines) {
                from = hl > 0 ? hl - 1 : 0;
                from = std::min(from, lines.size() - max_lines);
                to = from + max_lines;
            }
            for (std::size_t k = from; k < to; ++k) {
                line l = lines[k];
                if (k + 1 == to && to < lines.size()) {
                    if (tui::width(l) + 4 > qw) l = take(l, qw - 4);
                    l.push_back({" ...", style::dim});
                }
                out.push_back(prefixed(k == from && from > 0 ? "...| " : "   | ", l, style::dim));
            }
        }
        if (f.claims.size() > shown)
            out.push_back(line{{"   and " + std::to_string(f.claims.size() - shown) + " more claims (check --format json)",
                                style::dim}});

        out.push_back({});
        auto hist = db_.history(it.fingerprint);
        out.push_back(line{{"history", style::bold}, {hist.empty() ? "  (no changes yet)" : "  (newest first)", style::dim}});
        for (auto h = hist.rbegin(); h != hist.rend(); ++h) {
            line l{{h->at + " " + tui::sanitize(h->reviewer) + " ", style::dim},
                   {h->field + ": " + tui::sanitize(h->old_value.value_or("-")) + " -> " +
                        tui::sanitize(h->new_value.value_or("-")),
                    style::plain}};
            add_wrapped(l, "  ", "    ");
        }
        return out;
    }

    line help_line(std::vector<std::pair<std::string, std::string>> const& keys) const {
        line l;
        for (auto const& [k, what] : keys) {
            if (!l.empty()) l.push_back({"  ", style::plain});
            l.push_back({k, style::bold});
            l.push_back({" " + what, style::plain});
        }
        return l;
    }

    std::vector<line> help(std::size_t w) const {
        std::vector<line> lines;
        auto add = [&](line const& l) {
            for (auto& x : tui::wrap(l, w)) lines.push_back(std::move(x));
        };
        if (mode_ == mode::reason) {
            line a{{"false alarm, why? ", style::warn}};
            for (auto& s : help_line({{"w", "wrong-event-link"}, {"m", "misparse"}, {"t", "within-tolerance"}})) a.push_back(s);
            add(a);
            add(help_line({{"s", "source-error"}, {"o", "other"}, {"1-5", "the same"}, {"Esc", "cancel"}}));
        } else if (mode_ == mode::note || mode_ == mode::search) {
            add(help_line({{"Enter", mode_ == mode::note ? "save the note (empty: clear it)" : "search (empty: again)"},
                           {"Esc", "cancel"}}));
            add(help_line({{"<- ->", "move"}, {"Home/End", "^A/^E"}, {"^U", "clear to start"}, {"^K", "to end"}}));
        } else {
            add(help_line({{"c", "confirmed"}, {"f", "false-alarm"}, {"n", "needs-research"}, {"r", "resolved"},
                           {"o", "reopen"}, {"e", "note"}}));
            add(help_line({{"u", "undo"}, {"space/s", "skip"}, {"b", "back"}, {"/", "search"}, {"j/k/End", "scroll"},
                           {"q", "quit"}}));
        }
        return lines;
    }

    void draw() {
        auto sz = term_.current_size();
        std::size_t w = static_cast<std::size_t>(std::max(sz.columns, 1));
        std::size_t h = static_cast<std::size_t>(std::max(sz.rows, 1));
        std::vector<line> screen;
        std::string cursor;
        if (w < 30 || h < 8) {
            screen.push_back(line{{"claimcheck review: the terminal is too small (" + std::to_string(w) + "x" +
                                       std::to_string(h) + "); 30x8 at least. q: quit",
                                   style::plain}});
            screen = tui::wrap(screen.front(), w);
        } else {
            auto hl = help(w);
            std::size_t footer = hl.size() + 1;  // the message or prompt row, then the keys
            body_rows_ = h > footer + 1 ? h - footer - 1 : 1;
            auto b = body(w);
            body_size_ = b.size();
            if (scroll_ + body_rows_ > b.size()) scroll_ = b.size() > body_rows_ ? b.size() - body_rows_ : 0;
            std::string more;
            if (scroll_ > 0) more = "k: up";
            if (b.size() > scroll_ + body_rows_)
                more += (more.empty() ? "" : ", ") + std::to_string(b.size() - scroll_ - body_rows_) + " more: j";
            if (!more.empty()) more = "  [" + more + "]";
            std::string title = " claimcheck review  " + std::to_string(cur_ + 1) + "/" + std::to_string(queue_.size()) +
                                "  " + std::to_string(open_left()) + " open" + more;
            if (tui::width(title) < w) title += std::string(w - tui::width(title), ' ');
            screen.push_back(line{{title, style::title}});
            for (std::size_t r = 0; r < body_rows_; ++r)
                screen.push_back(scroll_ + r < b.size() ? tui::cut(b[scroll_ + r], w) : line{});
            if (mode_ == mode::note || mode_ == mode::search) {
                std::string prompt = mode_ == mode::note ? "note: " : "search: /";
                std::size_t room = w - tui::width(prompt) - 1;
                std::size_t offset = cursor_ > room ? cursor_ - room : 0;
                std::string shown;
                for (std::size_t i = offset; i < edit_.size() && i < offset + room; ++i) shown += tui::sanitize(edit_[i]);
                screen.push_back(line{{prompt, style::bold}, {shown, style::plain}});
                cursor = "\033[" + std::to_string(screen.size()) + ";" +
                         std::to_string(tui::width(prompt) + (cursor_ - offset) + 1) + "H\033[?25h";
            } else {
                screen.push_back(tui::cut(line{{tui::sanitize(message_), message_style_}}, w));
            }
            for (auto& l : hl) screen.push_back(std::move(l));
        }
        std::string frame = "\033[?25l";
        for (std::size_t r = 0; r < h; ++r) {
            frame += "\033[" + std::to_string(r + 1) + ";1H\033[2K";
            if (r < screen.size()) frame += tui::render(screen[r], w);
        }
        frame += cursor;
        term_.write(frame);
    }
};

}  // namespace

int run_review_session(check_options const& given_options, review_session_options const& so) {
    if (!tui::interactive()) {
        std::cerr << "claimcheck review: the interactive session needs a terminal (stdin and stdout are not both "
                     "one).\n  To record decisions from a script: claimcheck review set FINGERPRINT --status S "
                     "[--reason R] [--note TEXT]; to read them: claimcheck review list\n";
        return 2;
    }
    check_options options = given_options;
    if (options.paths.empty()) {
        std::cerr << "claimcheck review: no PATH given, and no `paths` in a configuration file (or give a "
                     "subcommand: set, claim, link, list, history, export)\n";
        return 2;
    }
    // The session writes: the store is created when missing (check itself never creates one).
    if (options.db.empty()) options.db = review::default_db_path(options.paths);
    {
        std::error_code ec;
        auto dir = std::filesystem::path(options.db).parent_path();
        if (!dir.empty()) std::filesystem::create_directories(dir, ec);
    }
    // The same run as check's: rules, baseline, analysis, then the statuses and the store's marks
    // (annotate also records what this run found, for review list and fingerprint prefixes).
    check_run run;
    if (!check_and_accept(options, quoting::cited, run)) return 2;
    if (run.input_errors)
        std::cerr << "claimcheck review: warning: some input could not be read (above); reviewing the rest\n";
    output::check_report report{run.articles, run.claims, run.result, run.errors, false};
    accept_into(options, run, report);
    if (!run.review.db) {
        std::cerr << "claimcheck review: no review store\n";
        return 2;
    }
    auto& db = *run.review.db;

    // The queue: conflicts, near misses, corroborations; open ones (all with --all).
    std::vector<item> all;
    for (std::size_t i = 0; i < report.result.findings.size(); ++i) {
        auto const& f = report.result.findings[i];
        if (kind_rank(f.kind) > 2) continue;
        auto state = output::status_of(report, i).state;
        if (!so.all && (state == output::acceptance::baselined || state == output::acceptance::suppressed)) continue;
        auto const& m = output::review_of(report, i);
        all.push_back({i, run.fingerprints[i], 0, m.status.empty() ? "open" : m.status});
    }
    std::stable_sort(all.begin(), all.end(), [&](item const& a, item const& b) {
        return kind_rank(report.result.findings[a.finding].kind) < kind_rank(report.result.findings[b.finding].kind);
    });
    for (std::size_t i = 0; i < all.size(); ++i) all[i].rank = i;
    std::optional<std::string> position;
    try {
        position = db.meta(position_key);
    } catch (std::exception const&) {
    }
    std::size_t position_rank = all.size();
    for (auto const& it : all)
        if (position && it.fingerprint == *position) position_rank = it.rank;
    std::vector<item> queue;
    for (auto const& it : all)
        if (so.all || it.status == "open" || it.rank == position_rank) queue.push_back(it);
    if (queue.empty()) {
        std::cout << "claimcheck review: nothing to review: " << all.size()
                  << " conflicts, near misses and corroborations, none open"
                  << (all.empty() ? "" : " (--all goes through them again)") << '\n';
        return 0;
    }
    std::size_t start = 0;
    if (position_rank < all.size())
        for (std::size_t i = 0; i < queue.size(); ++i)
            if (queue[i].rank >= position_rank) {
                start = i;
                break;
            }

    std::size_t decisions = 0, open_left = 0, total = queue.size();
    tui::key::kind_t ended = tui::key::none;
    try {
        tui::terminal term;
        session s(run, report, db, term, std::move(queue), so.reviewer);
        s.start_at(start);
        s.loop();
        decisions = s.decisions();
        open_left = s.open_left();
        ended = s.ended_by();
    } catch (std::exception const& e) {
        std::cerr << "claimcheck review: " << e.what() << '\n';
        return 2;
    }
    if (ended == tui::key::hangup) return 0;  // nobody to tell
    std::cout << "claimcheck review: " << decisions << " change(s) saved in " << db.path() << "\n"
              << "claimcheck review: " << open_left << " of " << total
              << " finding(s) still open; run it again to resume where you left off\n";
    return ended == tui::key::terminate ? 143 : 0;
}

}  // namespace claimcheck::cli
