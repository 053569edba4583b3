// claimcheck report: draws the findings from the JSON embedded in the page (no network request).
// Every piece of article text goes into the page as text nodes (textContent), never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimcheck-data").textContent);
  // Claims come compact: their kind and event key as indexes into data.kinds and data.keys.
  data.claims.forEach(function (c) { c.k = data.kinds[c.k]; if ("r" in c) c.r = data.kinds[c.r]; if ("e" in c) c.e = data.keys[c.e]; });
  data.findings.forEach(function (f) { if (!f.status) f.status = "open"; if (!f.plain) f.plain = []; });
  var FINDINGS_SHOWN = 10, TIMELINE_ROWS = 30;
  var PAGE_EVENTS = 20, PAGE_ARTICLES = 25;
  var main = document.getElementById("main");
  var filters = document.getElementById("filters");

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (!Object.prototype.hasOwnProperty.call(attrs, k) || attrs[k] === undefined || attrs[k] === null) continue;
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }

  // ---- state, kept in the URL hash: #view=events&kind=conflict&rule=...&article=...&event=...&status=open&page=2
  var KEYS = ["view", "kind", "rule", "article", "event", "status", "page"];
  function readState() {
    var s = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var i = part.indexOf("=");
      var k = decodeURIComponent(i < 0 ? part : part.slice(0, i));
      var v = i < 0 ? "" : decodeURIComponent(part.slice(i + 1).replace(/\+/g, " "));
      if (KEYS.indexOf(k) >= 0) s[k] = v;
    });
    if (s.view !== "articles") s.view = "events";
    s.page = Math.max(1, parseInt(s.page || "1", 10) || 1);
    return s;
  }
  function hashOf(s) {
    var parts = [];
    KEYS.forEach(function (k) {
      var v = s[k];
      if (k === "view" && v === "events") return;
      if (k === "page" && v === 1) return;
      if (v !== undefined && v !== null && v !== "") parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
    });
    return "#" + parts.join("&");
  }
  function go(changes) {
    var s = readState();
    for (var k in changes) if (Object.prototype.hasOwnProperty.call(changes, k)) s[k] = changes[k];
    if (!("page" in changes)) s.page = 1;
    location.hash = hashOf(s);
  }

  var articleIndex = {};
  data.articles.forEach(function (a, i) { articleIndex[a.id] = i; });
  var INFO = { unverifiable: 1, unresolved: 1 };

  // Statuses: the review store's (open, confirmed, false-alarm, needs-research, resolved; "open"
  // when not reviewed), or baselined / suppressed when those accepted the finding (its review, if
  // any, still matches). "active": what fails a check; "accepted": baselined, suppressed, or
  // reviewed false-alarm / resolved.
  var STATUSES = [["open", "open"], ["confirmed", "confirmed"], ["false-alarm", "false alarm"],
    ["needs-research", "needs research"], ["resolved", "resolved"], ["baselined", "baselined"], ["suppressed", "suppressed"]];
  function statusMatches(f, st) {
    if (st === "active") return !f.accepted;
    if (st === "accepted") return !!f.accepted;
    return f.status === st || (!!f.review && f.review.status === st);
  }
  function findingMatches(f, s) {
    if (s.kind === "all") { /* everything */ }
    else if (s.kind) { if (f.kind !== s.kind) return false; }
    else if (INFO[f.kind]) return false;
    if (s.rule && f.rule !== s.rule) return false;
    if (s.status && !statusMatches(f, s.status)) return false;
    if (s.event && f.event !== s.event) return false;
    if (s.article) {
      var ai = articleIndex[s.article];
      if (!f.claims.some(function (ci) { return data.claims[ci].a === ai; })) return false;
    }
    return true;
  }

  // ---- filters
  function select(name, label, options, value) {
    var sel = el("select", { id: "filter-" + name, name: name });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0], text: o[1] });
      if (o[0] === (value || "")) opt.selected = true;
      sel.appendChild(opt);
    });
    sel.addEventListener("change", function () { var c = {}; c[name] = sel.value; go(c); });
    return el("label", null, [label, sel]);
  }
  function textFilter(name, label, value, list) {
    var input = el("input", { id: "filter-" + name, name: name, value: value || "", placeholder: "any", list: "list-" + name });
    var dl = el("datalist", { id: "list-" + name });
    list.slice(0, 2000).forEach(function (v) { dl.appendChild(el("option", { value: v })); });
    input.addEventListener("change", function () { var c = {}; c[name] = input.value.trim(); go(c); });
    return el("label", null, [label, input, dl]);
  }
  function drawFilters(s, shown) {
    filters.textContent = "";
    var tabs = el("div", { cls: "tabs" }, [
      el("a", { href: hashOf({ view: "events", page: 1 }), cls: s.view === "events" ? "active" : "", id: "tab-events", text: "Findings by event" }),
      el("a", { href: hashOf({ view: "articles", page: 1 }), cls: s.view === "articles" ? "active" : "", id: "tab-articles", text: "Articles" })
    ]);
    filters.appendChild(tabs);
    filters.appendChild(select("kind", "kind", [["", "conflicts, near misses, agreements"], ["conflict", "conflicts"],
      ["compatible", "near misses (compatible)"], ["corroboration", "corroborations"], ["unverifiable", "unverifiable"],
      ["unresolved", "unresolved"], ["all", "all findings"]], s.kind));
    filters.appendChild(select("rule", "rule", [["", "any rule"]].concat(data.rules.map(function (r) { return [r, r]; })), s.rule));
    var tally = {};
    data.findings.forEach(function (f) {
      if (INFO[f.kind] && !f.review && !f.accepted) return;
      tally[f.status] = (tally[f.status] || 0) + 1;
      if (f.review && f.review.status !== f.status) tally[f.review.status] = (tally[f.review.status] || 0) + 1;
    });
    filters.appendChild(select("status", "status", [["", "any status"], ["active", "active (fails a check)"],
      ["accepted", "accepted"]].concat(STATUSES.map(function (st) {
        return [st[0], st[1] + " (" + (tally[st[0]] || 0) + ")"];
      })), s.status));
    filters.appendChild(textFilter("article", "article", s.article, data.articles.filter(function (a) { return !a.fact; }).map(function (a) { return a.id; })));
    filters.appendChild(textFilter("event", "event", s.event, data.events.map(function (e) { return e.key; }).filter(Boolean)));
    filters.appendChild(el("a", { href: "#", id: "filter-clear", text: "clear filters" }));
    filters.appendChild(el("span", { cls: "shown", id: "shown", text: shown }));
    document.querySelectorAll(".count").forEach(function (c) {
      var on = (c.getAttribute("data-filter") || "").split("&").every(function (part) {
        var kv = part.split("=");
        return kv[0] === "view" ? (s.view === kv[1] && !s.kind) : (s[kv[0]] || "") === kv[1];
      });
      c.classList.toggle("active", on);
    });
  }

  // ---- findings
  function articleMeta(a, cls) {
    var title = a.title || a.id;
    var url = safeUrl(a.url);
    var titleEl = url ? el("a", { href: url, cls: "title", rel: "noopener noreferrer", text: title }) : el("span", { cls: "title", text: title });
    var bits = [titleEl];
    if (a.source) bits.push(" \u00b7 " + a.source);
    if (a.date) bits.push(" \u00b7 " + a.date + (a.date_source ? " (" + dateHow(a) + ")" : ""));
    else bits.push(" \u00b7 undated" + (a.date_inferred ? " (inferred to lie in " + a.date_inferred + ")" : ""));
    return el("div", { cls: cls || "meta" }, bits);
  }
  function dateHow(a) {
    if (a.date_source === "inferred") return "inferred: " + (a.date_basis || "from its anniversaries");
    if (a.date_source === "front-matter") return "from the front matter";
    if (a.date_source === "manifest") return "from manifest.yaml";
    if (a.date_source === "jsonl") return "from the JSONL record";
    return a.date_source;
  }
  function intervalText(c) {
    if (!("f" in c) && !("u" in c)) return "no date";
    if (c.f && c.u) return c.f === c.u ? c.f : c.f + " \u2026 " + c.u;
    if (c.f) return "on or after " + c.f;
    if (c.u) return "on or before " + c.u;
    return "any time";
  }
  function side(ci, subject) {
    var c = data.claims[ci], a = data.articles[c.a];
    if (a.fact) {
      return el("div", { cls: "side fact", "data-claim": ci }, [
        el("blockquote", null, [el("mark", { text: c.t })]),
        el("div", { cls: "meta" }, ["reference fact", c.s ? " \u00b7 source: " + c.s : ""]),
        el("div", { cls: "implied", text: "date: " + intervalText(c) })
      ]);
    }
    var quote = ("b" in c) ? el("blockquote", null, [c.b, el("mark", { text: c.t }), c.x])
                           : el("blockquote", null, [el("mark", { text: c.t })]);
    return el("div", { cls: "side" + (subject ? " subject" : ""), "data-claim": ci, "data-article": a.id }, [
      quote, articleMeta(a),
      el("div", { cls: "meta" }, [a.path + ":" + c.l + " \u00b7 " + c.k]),
      el("div", { cls: "implied", text: "implies " + (c.r === "previous" ? "the previous occurrence " : "") + intervalText(c) })
    ]);
  }
  function findingCard(fi) {
    var f = data.findings[fi];
    var head = el("h3", null, [
      el("span", { cls: "badge kind", text: f.kind }), el("span", { cls: "badge rule", text: f.rule, title: data.rule_docs[f.rule] || "" }),
      el("span", { cls: "badge status status-" + f.status, text: f.status }),
      f.review && f.review.status !== f.status ? el("span", { cls: "badge status status-" + f.review.status, text: "review: " + f.review.status }) : null,
      f.scope === "intra-article" ? "within one article" : ""
    ]);
    var accept = null;
    if (f.status === "baselined" || f.status === "suppressed")
      accept = el("p", { cls: "acceptance", text: f.status + (f.why ? ": " + f.why : "") + (f.where ? " (" + f.where + ")" : "") });
    var review = null;
    if (f.review) {
      var r = f.review;
      review = el("p", { cls: "review" }, [el("strong", { text: "review: " + r.status }),
        (r.reason ? " (" + r.reason + ")" : "") + " by ", el("span", { cls: "reviewer", text: r.reviewer }),
        r.at ? " at " + r.at : "", r.note ? el("span", { cls: "note", text: ": " + r.note }) : null]);
    }
    var sides = el("div", { cls: "sides" });
    f.claims.slice(0, 12).forEach(function (ci, i) { sides.appendChild(side(ci, i === 0)); });
    var plain = el("ul", { cls: "plain" });
    f.plain.forEach(function (p) { plain.appendChild(el("li", { text: p })); });
    var more = f.claims.length > 12 ? el("p", { cls: "empty", text: "and " + (f.claims.length - 12) + " more claims" }) : null;
    return el("article", { cls: "finding kind-" + f.kind + (f.accepted ? " accepted" : ""), id: f.id ? "finding-" + f.id : null,
                           "data-kind": f.kind, "data-rule": f.rule, "data-status": f.status, "data-fingerprint": f.fp },
                          [head, accept, review, sides, more, f.plain.length ? plain : null,
                           f.message ? el("p", { cls: "message", text: f.message }) : null]);
  }

  // ---- timeline: each claim's implied interval as a bar on one axis; facts as markers
  function day(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }
  function timeline(claimIds, subjects) {
    var rows = [], facts = [], lo = Infinity, hi = -Infinity;
    claimIds.forEach(function (ci) {
      var c = data.claims[ci];
      if (!c.f && !c.u) return;
      var a = data.articles[c.a];
      var r = { ci: ci, f: c.f ? day(c.f) : null, u: c.u ? day(c.u) : null, a: a, c: c };
      if (r.f !== null) { lo = Math.min(lo, r.f); hi = Math.max(hi, r.f); }
      if (r.u !== null) { lo = Math.min(lo, r.u); hi = Math.max(hi, r.u); }
      (a.fact ? facts : rows).push(r);
    });
    if (!rows.length && !facts.length) return null;
    var hidden = 0;
    if (rows.length > TIMELINE_ROWS) {
      rows.sort(function (p, q) { return (subjects[q.ci] ? 1 : 0) - (subjects[p.ci] ? 1 : 0); });
      hidden = rows.length - TIMELINE_ROWS;
      rows = rows.slice(0, TIMELINE_ROWS);
    }
    var pad = Math.max(30, (hi - lo) * 0.06);
    lo -= pad; hi += pad;
    var W = 760, L = 190, R = 12, rowH = 18, top = 8;
    var H = top + Math.max(rows.length, 1) * rowH + 26;
    var x = function (d) { return L + (d - lo) / (hi - lo) * (W - L - R); };
    var s = svg("svg", { "class": "timeline", viewBox: "0 0 " + W + " " + H, role: "img",
                         "aria-label": "When each source puts the event" });
    var y0 = new Date(lo * 86400000).getUTCFullYear(), y1 = new Date(hi * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (var y = y0 + 1; y <= y1; y += step) {
      var d = Date.UTC(y, 0, 1) / 86400000, xx = x(d);
      s.appendChild(svg("line", { "class": "axis", x1: xx, x2: xx, y1: top - 4, y2: H - 18 }));
      s.appendChild(svg("text", { x: xx, y: H - 5, "text-anchor": "middle" }, String(y)));
    }
    if (y1 === y0 || step > (y1 - y0)) s.appendChild(svg("text", { x: L, y: H - 5 }, String(y0)));
    rows.forEach(function (r, i) {
      var yy = top + i * rowH;
      var from = r.f === null ? lo : r.f, to = r.u === null ? hi : r.u;
      var label = (r.a.source || r.a.title || r.a.id) + (r.a.date ? " " + r.a.date : "");
      if (label.length > 30) label = label.slice(0, 29) + "\u2026";
      s.appendChild(svg("text", { x: L - 6, y: yy + 12, "text-anchor": "end" }, label));
      var bar = svg("rect", { "class": "bar" + (subjects[r.ci] ? " subject" : "") + (r.f === null || r.u === null ? " open" : ""),
                              x: x(from), y: yy + 3, width: Math.max(2, x(to + 1) - x(from)), height: rowH - 6, rx: 2,
                              "data-claim": r.ci });
      bar.appendChild(svg("title", {}, "\u201c" + r.c.t + "\u201d: " + intervalText(r.c)));
      s.appendChild(bar);
    });
    facts.forEach(function (r) {
      var mid = ((r.f === null ? r.u : r.f) + (r.u === null ? r.f : r.u)) / 2, xx = x(mid);
      var m = svg("line", { "class": "fact", x1: xx, x2: xx, y1: top - 2, y2: H - 20, "data-claim": r.ci });
      m.appendChild(svg("title", {}, "reference fact: " + intervalText(r.c)));
      s.appendChild(m);
      s.appendChild(svg("path", { "class": "fact", d: "M" + (xx - 4) + " " + (top - 2) + " l4 -4 l4 4 l-4 4 z" }));
    });
    if (hidden) s.appendChild(svg("text", { x: 4, y: H - 5 }, "+" + hidden + " more claims"));
    return s;
  }

  function eventSection(ev, fis) {
    var tally = {};
    fis.forEach(function (fi) { var k = data.findings[fi].kind; tally[k] = (tally[k] || 0) + 1; });
    var words = Object.keys(tally).sort().map(function (k) { return tally[k] + " " + k; }).join(", ");
    var body = el("div", { cls: "event-body" });
    var claimIds = [], seen = {}, subjects = {};
    fis.forEach(function (fi) {
      var f = data.findings[fi];
      if (f.kind === "conflict") subjects[f.claims[0]] = 1;
      f.claims.forEach(function (ci) { if (!seen[ci]) { seen[ci] = 1; claimIds.push(ci); } });
    });
    var tl = ev.key ? timeline(claimIds, subjects) : null;
    if (tl) body.appendChild(tl);
    var shownSoFar = 0;
    function more() {
      fis.slice(shownSoFar, shownSoFar + FINDINGS_SHOWN).forEach(function (fi) { body.insertBefore(findingCard(fi), button); });
      shownSoFar = Math.min(fis.length, shownSoFar + FINDINGS_SHOWN);
      var left = fis.length - shownSoFar;
      button.textContent = "show " + Math.min(left, FINDINGS_SHOWN) + " more of " + left;
      button.style.display = left > 0 ? "" : "none";
    }
    var button = el("button", { type: "button", cls: "more" });
    button.addEventListener("click", more);
    body.appendChild(button);
    more();
    var details = el("details", { cls: "event", "data-event": ev.key || "" }, [
      el("summary", null, [ev.key || "claims whose event is unknown", el("span", { cls: "tally", text: words })]), body]);
    if (tally.conflict || tally.compatible || fis.length <= 4) details.open = true;
    return details;
  }

  function pager(s, total, per) {
    var pages = Math.max(1, Math.ceil(total / per));
    if (pages === 1) return null;
    var p = el("nav", { cls: "pager" });
    if (s.page > 1) p.appendChild(el("a", { href: hashOf(Object.assign({}, s, { page: s.page - 1 })), text: "\u2190 previous" }));
    p.appendChild(el("span", { text: "page " + s.page + " of " + pages }));
    if (s.page < pages) p.appendChild(el("a", { href: hashOf(Object.assign({}, s, { page: s.page + 1 })), text: "next \u2192", cls: "next" }));
    return p;
  }

  function drawEvents(s) {
    var groups = [], nFindings = 0;
    data.events.forEach(function (ev) {
      var fis = ev.findings.filter(function (fi) { return findingMatches(data.findings[fi], s); });
      if (fis.length) { groups.push([ev, fis]); nFindings += fis.length; }
    });
    drawFilters(s, nFindings + " findings in " + groups.length + " events");
    if (!groups.length) { main.appendChild(el("p", { cls: "empty", id: "nothing", text: "No findings match these filters." })); return; }
    var start = (s.page - 1) * PAGE_EVENTS;
    groups.slice(start, start + PAGE_EVENTS).forEach(function (g) { main.appendChild(eventSection(g[0], g[1])); });
    var p = pager(s, groups.length, PAGE_EVENTS);
    if (p) main.appendChild(p);
  }

  // ---- per-article view
  var claimsOf = null, findingsOf = null;
  function indexArticles() {
    if (claimsOf) return;
    claimsOf = data.articles.map(function () { return []; });
    findingsOf = data.articles.map(function () { return []; });
    data.claims.forEach(function (c, i) { claimsOf[c.a].push(i); });
    data.findings.forEach(function (f, fi) {
      var seen = {};
      f.claims.forEach(function (ci) { var a = data.claims[ci].a; if (!seen[a]) { seen[a] = 1; findingsOf[a].push(fi); } });
    });
  }
  function articleCard(ai) {
    var a = data.articles[ai];
    var box = el("section", { cls: "article", id: "article-" + ai, "data-article": a.id }, [el("h3", null, [articleMeta(a, "head")]),
      el("div", { cls: "meta", text: a.path + " \u00b7 " + a.n + " claims" + (a.group ? " \u00b7 near-duplicate of " + a.group : "") })]);
    var t = el("table", { cls: "claims" }, [el("tr", null, ["line", "claim", "kind", "implies", "event", "resolution"].map(function (h) { return el("th", { text: h }); }))]);
    claimsOf[ai].forEach(function (ci) {
      var c = data.claims[ci];
      var how = ("h" in c) ? data.hows[c.h] : "";
      t.appendChild(el("tr", { "data-claim": ci }, [el("td", { text: String(c.l) }), el("td", { text: c.t }), el("td", { text: c.k }),
        el("td", { text: intervalText(c) }), el("td", { text: c.e || "unresolved" }),
        el("td", { text: (c.q ? c.q + ": " : "") + how })]));
    });
    box.appendChild(t);
    if (claimsOf[ai].length < a.n) box.appendChild(el("p", { cls: "empty", text: (a.n - claimsOf[ai].length) + " claims not listed (their event is unknown; check --explain --format json lists them)" }));
    var fl = el("ul");
    findingsOf[ai].forEach(function (fi) {
      var f = data.findings[fi];
      fl.appendChild(el("li", null, [el("a", { href: hashOf({ view: "events", event: f.event, kind: INFO[f.kind] ? f.kind : "" }), text: f.kind + " \u00b7 " + (f.event || "unknown event") }), " [" + f.rule + "]" +
        (f.status !== "open" || f.review ? " \u00b7 " + f.status + (f.review && f.review.status !== f.status ? ", review: " + f.review.status : "") : "")]));
    });
    if (findingsOf[ai].length) box.appendChild(el("div", null, [el("strong", { text: "Findings" }), fl]));
    return box;
  }
  function drawArticles(s) {
    indexArticles();
    var list = [];
    data.articles.forEach(function (a, i) {
      if (a.fact) return;
      if (s.article && a.id !== s.article) return;
      if (s.event && !claimsOf[i].some(function (ci) { return data.claims[ci].e === s.event; })) return;
      if (s.kind || s.rule || s.status) {
        if (!findingsOf[i].some(function (fi) { return findingMatches(data.findings[fi], { kind: s.kind, rule: s.rule, status: s.status }); })) return;
      }
      list.push(i);
    });
    drawFilters(s, list.length + " articles");
    if (data.claims_left_out) main.appendChild(el("p", { cls: "empty", id: "left-out", text: data.claims_left_out +
      " claims whose event is unknown and that no check cites are left out of this large report (claimcheck check --explain --format json lists them)." }));
    if (!list.length) { main.appendChild(el("p", { cls: "empty", id: "nothing", text: "No articles match these filters." })); return; }
    var start = (s.page - 1) * PAGE_ARTICLES;
    list.slice(start, start + PAGE_ARTICLES).forEach(function (ai) { main.appendChild(articleCard(ai)); });
    var p = pager(s, list.length, PAGE_ARTICLES);
    if (p) main.appendChild(p);
  }

  function draw() {
    var s = readState();
    main.textContent = "";
    if (s.view === "articles") drawArticles(s); else drawEvents(s);
    document.body.setAttribute("data-rendered", "1");
  }
  window.addEventListener("hashchange", draw);
  window.addEventListener("beforeprint", function () { document.querySelectorAll("details.event").forEach(function (d) { d.open = true; }); });
  draw();
})();
