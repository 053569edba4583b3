#include "output/claims_json.hpp"

#include "output/json_writer.hpp"

#include <cmath>

namespace claimcheck::output {

namespace {

json number_json(double v) {
    if (v == std::floor(v) && std::abs(v) < 1e15) return json(static_cast<long long>(v));
    return json(v);
}

std::size_t file_line(ingest::article const& a, extract::claim const& c) {
    return a.offsets_in_file ? a.line + c.line - 1 : a.line;
}

}  // namespace

json interval_json(std::optional<interval> const& iv) {
    json j = json::object();
    if (!iv) {
        j["from"] = nullptr;
        j["to"] = nullptr;
        return j;
    }
    j["from"] = iv->bounded_below() ? json(format_iso(iv->from)) : json(nullptr);
    j["to"] = iv->bounded_above() ? json(format_iso(iv->to)) : json(nullptr);
    return j;
}

json time_json(extract::named_time const& t) {
    json j = interval_json(t.iv);
    j["precision"] = std::string(to_string(t.prec));
    if (!t.part.empty()) j["part"] = t.part;
    j["text"] = t.text;
    if (t.relation != "at") j["relation"] = t.relation;
    j["timex"] = t.timex;
    if (!t.problem.empty()) j["problem"] = t.problem;
    return j;
}

json duration_json(extract::duration_value const& d) {
    json j;
    j["amount"] = d.modifier == "vague" && d.amount == 0 ? json(nullptr) : number_json(d.amount);
    j["unit"] = d.unit;
    j["modifier"] = d.modifier;
    if (d.hedge != d.modifier) j["hedge"] = d.hedge;
    j["text"] = d.text;
    return j;
}

namespace {

void write_interval(json_writer& w, std::optional<interval> const& iv) {
    w.key("from");
    if (iv && iv->bounded_below()) w.value(format_iso(iv->from)); else w.null();
    w.key("to");
    if (iv && iv->bounded_above()) w.value(format_iso(iv->to)); else w.null();
}

}  // namespace

void write_claim(std::string& out, ingest::article const& a, extract::claim const& c) {
    json_writer w(out);
    w.begin_object();
    w.key("article").value(a.id);
    w.key("kind").value(extract::to_string(c.kind));
    w.key("text").value(c.text);
    std::size_t base = a.offsets_in_file ? a.file_offset : 0;
    w.key("start").value(static_cast<std::uint64_t>(base + c.start));
    w.key("end").value(static_cast<std::uint64_t>(base + c.end));
    w.key("line").value(static_cast<std::uint64_t>(file_line(a, c)));
    w.key("column").value(static_cast<std::uint64_t>(c.column));
    w.key("event").value(c.event);
    if (c.ordinal) w.key("ordinal").value(*c.ordinal);
    if (c.duration) {
        auto const& d = *c.duration;
        w.key("duration").begin_object();
        w.key("amount");
        if (d.modifier == "vague" && d.amount == 0) w.null(); else w.value(d.amount);
        w.key("unit").value(d.unit);
        w.key("modifier").value(d.modifier);
        if (d.hedge != d.modifier) w.key("hedge").value(d.hedge);
        w.key("text").value(d.text);
        w.end_object();
    }
    if (c.time) {
        auto const& t = *c.time;
        w.key("time").begin_object();
        write_interval(w, t.iv);
        w.key("precision").value(to_string(t.prec));
        if (!t.part.empty()) w.key("part").value(t.part);
        w.key("text").value(t.text);
        if (t.relation != "at") w.key("relation").value(t.relation);
        w.key("timex").value(t.timex);
        if (!t.problem.empty()) w.key("problem").value(t.problem);
        w.end_object();
    }
    if (c.implies) {
        w.key("implies").begin_object();
        write_interval(w, c.implies);
        w.end_object();
    }
    w.key("anchor").begin_object();
    w.key("source").value(c.anchor.source);
    if (c.anchor.iv) write_interval(w, c.anchor.iv);
    if (!c.anchor.text.empty()) w.key("text").value(c.anchor.text);
    w.end_object();
    if (!c.form.empty()) w.key("form").value(c.form);
    if (!c.note.empty()) w.key("note").value(c.note);
    w.end_object();
}

std::string claim_json(ingest::article const& a, extract::claim const& c) {
    std::string s;
    write_claim(s, a, c);
    return s;
}

json mention_json(extract::mention const& m, std::string_view text) {
    json j;
    j["type"] = m.type;
    j["text"] = std::string(text.substr(m.start, m.end - m.start));
    j["start"] = m.start;
    j["end"] = m.end;
    if (m.type == "number" || m.type == "ordinal") j["value"] = number_json(m.value);
    if (m.duration) {
        json d = duration_json(*m.duration);
        for (auto& [k, v] : d.items())
            if (k != "text") j[k] = v;
        static const std::map<std::string, std::string> letters{
            {"day", "D"}, {"week", "W"}, {"month", "M"}, {"quarter", "Q"}, {"year", "Y"}, {"decade", "DE"}, {"century", "CE"},
            {"business_day", "BD"}, {"weekend", "WE"}};
        std::string amount = m.duration->amount == 0 && m.duration->modifier == "vague"
                                 ? "X"
                                 : number_json(m.duration->amount).dump();
        std::string unit = m.duration->unit;
        if (unit == "decade" && amount != "X") {
            amount = number_json(m.duration->amount * 10).dump();
            unit = "year";
        }
        j["timex"] = "P" + amount + letters.at(unit);
    }
    if (m.time) {
        json t = time_json(*m.time);
        j["relation"] = m.time->relation;
        j["from"] = t["from"];
        j["to"] = t["to"];
        j["precision"] = t["precision"];
        j["part"] = m.time->part.empty() ? json(nullptr) : json(m.time->part);
        j["timex"] = m.time->timex;
        j["relative"] = m.time->relative;
        if (!m.time->problem.empty()) j["problem"] = m.time->problem;
    }
    return j;
}

json article_json(ingest::article const& a, std::size_t claims) {
    json j;
    j["id"] = a.id;
    j["path"] = a.path;
    j["date"] = a.date ? json(format_iso(*a.date)) : json(nullptr);
    j["date_source"] = a.date_source.empty() ? json(nullptr) : json(a.date_source);
    if (a.date_approximate) j["date_approximate"] = true;
    j["claims"] = claims;
    return j;
}

std::string claim_text_line(ingest::article const& a, extract::claim const& c) {
    std::string s = a.path + ":" + std::to_string(file_line(a, c)) + ":" + std::to_string(c.column) +
                    ": " + std::string(extract::to_string(c.kind)) + ": \"" + c.text + "\"";
    if (c.implies) {
        json iv = interval_json(c.implies);
        auto end = [](json const& v) { return v.is_null() ? std::string("..") : v.get<std::string>(); };
        s += " -> " + end(iv["from"]) + " .. " + end(iv["to"]);
    } else if (!c.note.empty()) {
        s += " (" + c.note + ")";
    }
    if (!c.event.empty()) s += " [" + c.event + "]";
    return s;
}

}  // namespace claimcheck::output
