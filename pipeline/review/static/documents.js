"use strict";
// The list of documents: reviewed / total claims per document, and orphaned decisions.
(async function () {
  const { el } = R;
  const main = document.getElementById("main");
  let docs, orphans;
  try {
    [docs, orphans] = await Promise.all([R.api("/api/documents"), R.api("/api/reviews/orphans")]);
  } catch (err) {
    main.replaceChildren(el("p", { class: "error", text: "Could not load the run: " + err.message }));
    return;
  }
  const total = docs.reduce((n, d) => n + d.claims, 0);
  const reviewed = docs.reduce((n, d) => n + d.reviewed, 0);
  const rows = docs.map((d) => el("tr", { class: "doc-row", dataset: { docId: d.doc_id } },
    el("td", {}, el("a", { href: "/documents/" + encodeURIComponent(d.doc_id), text: d.title || d.doc_id }),
      el("div", { class: "muted", text: d.path + " · " + d.format + (d.languages.length ? " · " + d.languages.join(", ") : "") })),
    el("td", { class: "num" }, el("span", { class: "count", text: d.reviewed + " / " + d.claims }),
      el("progress", { max: Math.max(d.claims, 1), value: d.reviewed })),
    el("td", { class: "num", text: d.needs_review || "" }),
    el("td", { class: "num", text: d.entities }),
    el("td", { class: "num" }, d.findings ? el("a", { href: "/findings?doc_id=" + encodeURIComponent(d.doc_id), text: d.findings }) : "0"),
    el("td", { class: "num", text: d.orphans || "" })));
  const table = el("table", { class: "list" },
    el("thead", {}, el("tr", {}, ["Document", "Claims reviewed", "Needs review", "Entities", "Findings", "Orphaned"]
      .map((h) => el("th", { text: h })))),
    el("tbody", {}, rows));
  const parts = [
    el("h1", { text: "Documents" }),
    el("p", { class: "summary", text: docs.length + " documents · " + reviewed + " of " + total + " claims reviewed" }),
    table,
  ];
  if (orphans.length) parts.push(orphanList(orphans));
  main.replaceChildren(...parts);

  let at = -1;
  const focus = (i) => {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, j) => r.classList.toggle("focused", j === at));
    rows[at].scrollIntoView({ block: "nearest" });
  };
  R.keys({
    next: () => focus(at + 1), prev: () => focus(at - 1),
    open: () => { if (at >= 0) location.href = rows[at].querySelector("a").href; },
  });
})();

function orphanList(orphans) {
  const { el } = R;
  return el("section", { class: "orphans", id: "orphans" },
    el("h2", { text: "Orphaned decisions (" + orphans.length + ")" }),
    el("p", { class: "muted", text: "Decisions whose evidence is no longer in the current outputs. They stay in reviews.jsonl." }),
    el("ul", {}, orphans.map((o) => R.orphanItem(o))));
}
