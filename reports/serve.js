// claimcheck serve: the review controls on the report page (only in the page `claimcheck serve`
// draws; the static report has none of this). Adds status buttons, a false-alarm reason and a
// note field to every finding card that has a fingerprint, and sends each decision to
// POST /api/review with the page's CSRF token (header X-Claimcheck-Token) and the version of the
// finding's review the page was drawn with: the server refuses (409) a change based on a stale view.
// Text goes into the page as text nodes only.
(function () {
  "use strict";
  var serve = JSON.parse(document.getElementById("claimcheck-serve").textContent);
  var data = JSON.parse(document.getElementById("claimcheck-data").textContent);
  var byFp = {};
  data.findings.forEach(function (f) { if (f.fp) byFp[f.fp] = f; });
  var LABELS = { "open": "open", "confirmed": "confirmed", "false-alarm": "false alarm",
                 "needs-research": "needs research", "resolved": "resolved" };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) {
      if (k === "cls") e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    }
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function showReview(card, review) {
    var badge = card.querySelector(".badge.status");
    var accepted = card.getAttribute("data-status");
    // Baselined and suppressed findings keep that status; the review shows beside it.
    if (badge && accepted !== "baselined" && accepted !== "suppressed") {
      badge.textContent = review.status;
      badge.className = "badge status status-" + review.status;
      card.setAttribute("data-status", review.status);
    }
    var p = card.querySelector("p.review");
    if (!p) {
      p = el("p", { cls: "review" });
      var head = card.querySelector("h3");
      head.parentNode.insertBefore(p, head.nextSibling);
    }
    p.textContent = "";
    p.appendChild(el("strong", {}, "review: " + review.status));
    p.appendChild(document.createTextNode((review.reason ? " (" + review.reason + ")" : "") + " by "));
    p.appendChild(el("span", { cls: "reviewer" }, review.reviewer || ""));
    if (review.at) p.appendChild(document.createTextNode(" at " + review.at));
    if (review.note) p.appendChild(el("span", { cls: "note" }, ": " + review.note));
  }

  function decorate(card) {
    var fp = card.getAttribute("data-fingerprint");
    if (!fp || card.querySelector(".review-controls")) return;
    var f = byFp[fp] || {};
    var box = el("div", { cls: "review-controls", "data-fingerprint": fp });
    var buttons = el("div", { cls: "review-buttons" });
    var reason = el("select", { cls: "review-reason", "aria-label": "false-alarm reason" });
    serve.reasons.forEach(function (r) { reason.appendChild(el("option", { value: r }, r)); });
    if (f.review && f.review.reason) reason.value = f.review.reason;
    var note = el("textarea", { cls: "review-note", rows: "2", placeholder: "note", "aria-label": "note" });
    note.value = f.review && f.review.note ? f.review.note : "";
    var message = el("p", { cls: "review-message", role: "status" });
    function send(status) {
      var body = { fingerprint: fp, note: note.value, expected_version: serve.versions[fp] || 0 };
      if (status) body.status = status;
      if (status === "false-alarm" || (!status && f.review && f.review.status === "false-alarm")) body.reason = reason.value;
      message.textContent = "saving\u2026";
      message.className = "review-message";
      fetch("/api/review", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-Claimcheck-Token": serve.token },
        body: JSON.stringify(body)
      }).then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (j) { return [res.status, j]; });
      }).then(function (r) {
        var code = r[0], j = r[1];
        if (code === 200) {
          serve.versions[fp] = j.version;
          f.review = j.review;
          showReview(card, j.review);
          message.textContent = j.changed ? "saved" : "nothing changed";
          message.className = "review-message ok";
        } else {
          message.textContent = (j && j.error) || ("error " + code);
          message.className = "review-message error";
          if (code === 409 && j.current) message.textContent += " Now: " + j.current.status +
            (j.current.reviewer ? " by " + j.current.reviewer : "") + (j.current.note ? ": " + j.current.note : "");
        }
        card.setAttribute("data-review-result", String(code));
      }, function (e) {
        message.textContent = "could not reach the server: " + e;
        message.className = "review-message error";
      });
    }
    serve.statuses.forEach(function (st) {
      var b = el("button", { type: "button", cls: "review-status", "data-status": st }, LABELS[st] || st);
      b.addEventListener("click", function () { send(st); });
      buttons.appendChild(b);
    });
    var save = el("button", { type: "button", cls: "review-save-note" }, "save note");
    save.addEventListener("click", function () { send(null); });
    box.appendChild(buttons);
    box.appendChild(el("label", {}, "false-alarm reason "));
    box.lastChild.appendChild(reason);
    box.appendChild(note);
    box.appendChild(save);
    box.appendChild(message);
    card.appendChild(box);
  }

  function decorateAll() { document.querySelectorAll("article.finding[data-fingerprint]").forEach(decorate); }
  var style = el("style", {});
  style.textContent = ".review-controls{margin-top:.6em;padding:.5em;border-top:1px dashed #999}" +
    ".review-controls button{margin:0 .3em .3em 0}.review-note{display:block;width:100%;margin:.3em 0}" +
    ".review-message.ok{color:#064}.review-message.error{color:#a00}";
  document.head.appendChild(style);
  new MutationObserver(decorateAll).observe(document.getElementById("main"), { childList: true, subtree: true });
  decorateAll();
})();
