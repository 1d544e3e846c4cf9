"use strict";
// The findings of the run, filtered by document, kind and status; each with its claims to
// review (j/n and k/p move between claims, a/r/c decide, o opens the evidence).
(async function () {
  const { el } = R;
  const main = document.getElementById("main");
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of ["doc_id", "kind", "status"]) if (params.get(name)) query.set(name, params.get(name));
  let data, docs;
  try {
    [data, docs] = await Promise.all([R.api("/api/findings?" + query), R.api("/api/documents")]);
  } catch (err) {
    main.replaceChildren(el("p", { class: "error", text: "Could not load the findings: " + err.message }));
    return;
  }
  const select = (name, label, options) => el("label", {}, label, el("select", {
    name, onchange: (e) => { const p = new URLSearchParams(location.search); e.target.value ? p.set(name, e.target.value) : p.delete(name); location.search = p.toString(); },
  }, el("option", { value: "", text: "all" }), options.map(([value, text]) => el("option", { value, text, selected: params.get(name) === value }))));
  const filters = el("form", { class: "filters" },
    select("doc_id", "Document ", docs.map((d) => [d.doc_id, d.doc_id])),
    select("kind", "Kind ", data.kinds.map((k) => [k, k.replace(/_/g, " ")])),
    select("status", "Status ", ["unreviewed", "partly_reviewed", "reviewed", "needs_review"].map((s) => [s, s.replace(/_/g, " ")])));
  const rows = [];
  const cards = data.findings.map((f) => {
    const claimRows = f.claims.map((c) => {
      const row = el("li", { class: "claim", dataset: { claimId: c.claim_id } });
      const fill = () => row.replaceChildren(
        el("div", { class: "claim-line" }, el("span", { class: "value", text: R.value(c) }), R.badge(c.review),
          el("a", { href: "/documents/" + encodeURIComponent(c.doc_id) + "#claim-" + c.claim_id, class: "ev-link", text: "evidence in " + c.doc_id })),
        el("div", { class: "claim-what", text: [c.subject || "?", c.metric_text || c.metric, R.period(c.period)].join(" · ") }),
        c.evidence && c.evidence.text ? el("blockquote", { class: "evidence", text: c.evidence.text }) :
          c.evidence ? el("div", { class: "muted", text: "table cell: " + (c.evidence.row_header || "") + " × " + (c.evidence.col_header || "") + " = " + (c.evidence.cell_text || "") }) : null,
        el("div", { class: "actions" }, ["accept", "reject", "correct"].map((d) => el("button", {
          type: "button", class: d === "correct" ? "ghost" : d, text: d[0].toUpperCase() + d.slice(1) + " (" + d[0] + ")",
          onclick: (e) => { e.stopPropagation(); focus(rows.findIndex((r) => r.row === row)); decide(d); } }))));
      fill();
      rows.push({ row, claim: c, fill });
      row.addEventListener("click", (e) => { if (!e.target.closest("a")) focus(rows.findIndex((r) => r.row === row)); });
      return row;
    });
    return el("article", { class: "finding card sev-" + f.severity },
      el("div", {}, el("span", { class: "badge sev", text: f.severity }), " ", el("strong", { text: f.kind.replace(/_/g, " ") }), " ",
        el("span", { class: "badge " + f.status, text: f.status.replace(/_/g, " ") }),
        el("span", { class: "muted", text: " · " + f.doc_ids.join(", ") })),
      el("p", { class: "message", text: f.message }),
      f.derivation ? el("p", { class: "muted", text: "derivation: " + f.derivation }) : null,
      el("ol", { class: "claims" }, claimRows));
  });
  main.replaceChildren(el("h1", { text: "Findings" }), filters,
    el("p", { class: "summary", text: data.findings.length + (data.findings.length === 1 ? " finding" : " findings") }),
    cards.length ? el("div", { class: "cards" }, cards) : el("p", { class: "muted", text: "No finding matches these filters." }));

  let at = -1;
  function focus(i) {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, j) => r.row.classList.toggle("focused", j === at));
    rows[at].row.scrollIntoView({ block: "nearest" });
  }
  async function decide(decision) {
    if (at < 0) { focus(0); return; }
    const current = rows[at];
    if (decision === "correct") {
      if (!current.row.querySelector("form.correct"))
        current.row.append(R.correctForm(current.claim, (saved) => { current.claim.review = { ...saved, state: "current" }; current.fill(); }));
      return;
    }
    const saved = await R.review("claim", current.claim.claim_id, decision);
    if (!saved) return;
    for (const r of rows) if (r.claim.claim_id === current.claim.claim_id) { r.claim.review = { ...saved, state: "current" }; r.fill(); }
    focus(at + 1);
  }
  R.keys({
    next: () => focus(at + 1), prev: () => focus(at - 1),
    accept: () => decide("accept"), reject: () => decide("reject"), correct: () => decide("correct"),
    open: () => { if (at >= 0) location.href = rows[at].row.querySelector("a.ev-link").href; },
  });
})();
