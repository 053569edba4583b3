#include "extract/mentions.hpp"

#include "extract/extractor.hpp"
#include "extract/fold.hpp"
#include "extract/resolve.hpp"
#include "grammar/durations.hpp"
#include "grammar/numbers.hpp"
#include "grammar/time.hpp"

namespace claimcheck::extract {

namespace x3 = boost::spirit::x3;

namespace {

// Placing prepositions, which the peer suites leave out of a time's span ("in 2018" -> "2018").
bool starts_with_placing_word(std::string_view prefix) {
    for (std::string_view w : {"in ", "on ", "at ", "during ", "throughout ", "back in ", "of "})
        if (prefix.substr(0, w.size()) == w && prefix.size() <= w.size() + 1) return true;
    return false;
}

}  // namespace

std::vector<mention> find_mentions(std::string_view text, std::optional<day_number> reference,
                                   tolerances const& tol, preference prefer) {
    folded_text f;
    fold(text, 0, text.size(), f);
    std::vector<std::uint32_t> starts;
    find_word_starts(f.text, starts);
    char const* const base = f.text.data();
    char const* const last = base + f.text.size();
    auto trimmed_end = [&](char const* it, std::size_t pos) {
        auto end = static_cast<std::size_t>(it - base);
        while (end > pos && f.text[end - 1] == ' ') --end;
        return end;
    };
    resolve_context ctx;
    ctx.article_date = reference;
    ctx.tol = &tol;
    ctx.future = speaks_of_future(f.text);  // fold() lower-cases
    ctx.prefer = prefer;

    std::vector<mention> out;
    std::size_t consumed = 0;
    for (std::uint32_t pos : starts) {
        if (pos < consumed) continue;
        if (last_is_verb(f.text, pos)) continue;  // the duration after it starts at the next word
        mention m;
        std::size_t begin = pos, end = 0;
        char const* it = base + pos;
        ast::time_mention tm;
        ast::duration d;
        ast::ordinal o;
        double n = 0;
        if (x3::phrase_parse(it, last, grammar::time_mention(), x3::ascii::space, tm)) {
            end = trimmed_end(it, pos);
            auto [tf, tl] = boost::apply_visitor([](auto const& v) { return std::pair{v.first, v.last}; }, tm.time.get());
            // a placing preposition ("in", "on") is not part of the time; since/until are
            if (starts_with_placing_word(std::string_view(base + pos, static_cast<std::size_t>(tf - base) - pos)))
                begin = static_cast<std::size_t>(tf - base);
            m.type = "time";
            named_time nt = resolve(tm, ctx);
            nt.text.assign(tf, tl);
            if (nt.iv) ctx.previous = nt;
            m.time = std::move(nt);
        } else if (it = base + pos; x3::phrase_parse(it, last, grammar::gap(), x3::ascii::space, d)) {
            end = trimmed_end(it, pos);
            m.type = "duration";
            m.duration = describe(d);
        } else if (it = base + pos; x3::phrase_parse(it, last, grammar::ordinal(), x3::ascii::space, o)) {
            end = trimmed_end(it, pos);
            m.type = "ordinal";
            m.value = o.value;
        } else if (it = base + pos; x3::phrase_parse(it, last, grammar::number(), x3::ascii::space, n)) {
            end = trimmed_end(it, pos);
            m.type = "number";
            m.value = n;
        } else {
            continue;
        }
        if (end <= begin) continue;
        m.start = f.original(begin);
        m.end = f.original_end(text, end);
        out.push_back(std::move(m));
        consumed = end;
    }
    return out;
}

}  // namespace claimcheck::extract
