"use strict";
// One document: its cleaned text with entities, quantities, claim values and repairs
// marked (displaCy-like), its claims to review, findings, repairs and tables.
(async function () {
  const { el } = R;
  const main = document.getElementById("main");
  const docId = decodeURIComponent(location.pathname.split("/").pop());
  let doc;
  try {
    doc = await R.api("/api/documents/" + encodeURIComponent(docId));
  } catch (err) {
    main.replaceChildren(el("p", { class: "error", text: "Could not load " + docId + ": " + err.message }));
    return;
  }
  document.title = (doc.title || doc.doc_id) + " · extract review";
  const claims = doc.claims.slice().sort((a, b) => claimPos(a, doc) - claimPos(b, doc));
  const textView = renderText(doc, claims);
  const claimItems = claims.map((c) => claimItem(c));
  const counts = el("span", { class: "count" });
  const updateCounts = () => {
    const done = claims.filter((c) => c.review && c.review.state !== "needs_review").length;
    counts.textContent = done + " / " + claims.length + " claims reviewed";
  };
  updateCounts();

  const side = el("aside", { class: "side" },
    el("section", { id: "detail" }, el("p", { class: "muted", text: "Press j (or click a claim) to select the first claim; a accepts, r rejects, c corrects." })),
    el("section", { id: "claims-box" }, el("h2", {}, "Claims ", counts), claims.length ? el("ol", { class: "claims" }, claimItems)
      : el("p", { class: "muted", text: "No claims in this document." })));
  const header = el("div", { class: "doc-head" },
    el("h1", { text: doc.title || doc.doc_id }),
    el("p", { class: "muted", text: doc.doc_id + " · " + doc.path + " · " + doc.format
      + " · " + doc.text.length + " characters" + (doc.raw_length ? " (raw " + doc.raw_length + ")" : "") }),
    legend(doc));
  const body = [header];
  if (doc.orphans.length)
    body.push(el("section", { class: "orphans", id: "orphans" },
      el("h2", { text: "Orphaned decisions in this document (" + doc.orphans.length + ")" }),
      el("ul", {}, doc.orphans.map((o) => R.orphanItem(o)))));
  body.push(el("div", { class: "columns" },
    el("div", { class: "reader" }, el("article", { class: "text", id: "text" }, textView.nodes),
      tablesSection(doc, claims), findingsSection(doc), repairsSection(doc, textView)),
    side));
  main.replaceChildren(...body);

  let at = -1;
  function focus(i, scroll) {
    if (!claims.length) return;
    at = Math.max(0, Math.min(claims.length - 1, i));
    claimItems.forEach((item, j) => item.classList.toggle("focused", j === at));
    const claim = claims[at];
    textView.highlight(claim);
    const columns = main.querySelector(".columns");
    const bar = document.querySelector(".bar").offsetHeight;
    R.nearest(document.getElementById("claims-box"), claimItems[at]);
    // the list reaches below the window: bring the columns up under the bar
    if (claimItems[at].getBoundingClientRect().bottom > window.innerHeight && columns.getBoundingClientRect().top > bar + 8) {
      window.scrollTo(0, window.scrollY + columns.getBoundingClientRect().top - bar - 8);
      R.nearest(document.getElementById("claims-box"), claimItems[at]);
    }
    const anchor = textView.anchorOf(claim);
    if (anchor && scroll !== false) reveal(anchor);
    showDetail(claim);
    history.replaceState(null, "", "#claim-" + claim.claim_id);
  }

  function showDetail(claim) {
    const detail = document.getElementById("detail");
    const ev = claim.evidence || {};
    const parts = [el("h3", { text: "Selected claim" }),
      el("dl", {},
        ...[["value", R.value(claim)], ["subject", claim.subject], ["metric", claim.metric_text || claim.metric],
          ["period", R.period(claim.period)], ["counterpart", claim.counterpart], ["modality", claim.modality],
          ["status", claim.status], ["extractor", claim.extractor], ["id", claim.claim_id]]
          .filter(([, v]) => v !== null && v !== undefined)
          .map(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]).flat())];
    if (claim.review && claim.review.reason) parts.push(el("p", { class: "reason", text: claim.review.reason }));
    if (ev.text) parts.push(el("blockquote", { class: "evidence", text: ev.text }));
    if (ev.page && ev.bbox && doc.page_images) parts.push(pageImage(doc.doc_id, ev.page, [ev.bbox, ev.value_bbox]));
    detail.replaceChildren(...parts);
  }

  async function decide(decision, extra) {
    if (at < 0) focus(0);
    const claim = claims[at];
    if (decision === "correct" && !extra) {
      const item = claimItems[at];
      const old = item.querySelector("form.correct");
      if (old) old.remove();
      item.append(R.correctForm(claim, (saved) => applyReview(at, saved)));
      return;
    }
    const saved = await R.review("claim", claim.claim_id, decision, extra);
    if (saved) {
      applyReview(at, saved);
      focus(at + 1);
    }
  }

  function applyReview(i, saved) {
    claims[i].review = { decision: saved.decision, reviewer: saved.reviewer, at: saved.at, state: "current",
      reason: "", note: saved.note, id: saved.id, value: saved.value, unit: saved.unit };
    const fresh = claimItem(claims[i]);
    claimItems[i].replaceWith(fresh);
    claimItems[i] = fresh;
    fresh.classList.toggle("focused", i === at);
    textView.mark(claims[i]);
    updateCounts();
  }

  function claimItem(claim) {
    const item = el("li", { class: "claim", id: "item-" + claim.claim_id, dataset: { claimId: claim.claim_id } },
      el("div", { class: "claim-line" },
        el("span", { class: "value", text: R.value(claim) }),
        R.badge(claim.review),
        claim.status !== "normal" ? el("span", { class: "badge status-" + claim.status, text: claim.status }) : null),
      el("div", { class: "claim-what", text: [claim.subject || "?", claim.metric_text || claim.metric, R.period(claim.period)].join(" · ") }),
      claim.review && claim.review.decision === "correct" ? el("div", { class: "muted", text: "corrected to " +
        ["value", "unit", "subject", "period"].filter((k) => claim.review[k] !== undefined && claim.review[k] !== null)
          .map((k) => k + " " + claim.review[k]).join(", ") }) : null,
      el("div", { class: "actions" },
        el("button", { type: "button", class: "accept", text: "Accept (a)", onclick: (e) => { e.stopPropagation(); focus(claims.indexOf(claim), false); decide("accept"); } }),
        el("button", { type: "button", class: "reject", text: "Reject (r)", onclick: (e) => { e.stopPropagation(); focus(claims.indexOf(claim), false); decide("reject"); } }),
        el("button", { type: "button", class: "ghost", text: "Correct (c)", onclick: (e) => { e.stopPropagation(); focus(claims.indexOf(claim), false); decide("correct"); } })));
    item.addEventListener("click", (e) => { if (!e.target.closest("form")) focus(claims.indexOf(claim)); });
    return item;
  }

  // Bring a node of the text (or a table cell) into view without moving the page.
  function reveal(node) {
    const box = document.getElementById("text");
    if (box.contains(node)) R.center(box, node);
    else node.scrollIntoView({ block: "center" });
  }

  // An entity mention clicked in the text: its reading and its decision.
  function showEntity(mentionId) {
    const ent = doc.entities.find((e) => e.mention_id === mentionId);
    if (!ent) return;
    const detail = document.getElementById("detail");
    const decide = async (decision) => {
      const saved = await R.review("entity", ent.mention_id, decision);
      if (saved) { ent.review = { ...saved, state: "current" }; showEntity(mentionId); }
    };
    detail.replaceChildren(el("h3", { text: "Selected entity" }),
      el("dl", {}, ...[["text", ent.text], ["label", ent.label], ["canonical", ent.canonical], ["entity id", ent.entity_id],
        ["source", ent.source], ["offsets", ent.start + "–" + ent.end]].filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]).flat()),
      el("div", { class: "claim-line" }, R.badge(ent.review)),
      el("div", { class: "actions" },
        el("button", { type: "button", class: "accept", text: "Accept entity", onclick: () => decide("accept") }),
        el("button", { type: "button", class: "reject", text: "Reject entity", onclick: () => decide("reject") })));
  }
  textView.onPickEntity(showEntity);

  textView.onPick((claimId) => focus(claims.findIndex((c) => c.claim_id === claimId)));
  R.keys({
    next: () => focus(at + 1), prev: () => focus(at - 1),
    accept: () => decide("accept"), reject: () => decide("reject"), correct: () => decide("correct"),
    open: () => { if (at >= 0) { const a = textView.anchorOf(claims[at]); if (a) reveal(a); } },
  });
  const wanted = location.hash.startsWith("#claim-") ? location.hash.slice(7) : null;
  const start = wanted ? claims.findIndex((c) => c.claim_id === wanted) : -1;
  if (start >= 0) focus(start);
})();

function claimPos(claim, doc) {
  const ev = claim.evidence || {};
  if (ev.value_start !== undefined) return ev.value_start;
  const table = doc.tables.find((t) => t.table_id === ev.table_id);
  return table && table.start !== null ? table.start + (ev.row || 0) : doc.text.length;
}

function legend(doc) {
  const { el } = R;
  const labels = [...new Set(doc.entities.map((e) => e.label))].sort();
  return el("div", { class: "legend" },
    labels.map((l) => el("span", { class: "ent", dataset: { label: l } }, el("span", { class: "tag", text: l }))),
    el("span", { class: "qty", text: "quantity" }),
    el("span", { class: "claim-value", text: "claim value" }),
    el("span", { class: "repair", text: "repaired text" }));
}

// The text as runs of characters, each covered by the same marks.
function renderText(doc, claims) {
  const { el } = R;
  const text = doc.text;
  const marks = [];
  for (const e of doc.entities) marks.push({ start: e.start, end: e.end, kind: "ent", item: e });
  for (const q of doc.quantities) marks.push({ start: q.start, end: q.end, kind: "qty", item: q });
  for (const c of claims) {
    const ev = c.evidence || {};
    if (ev.value_start !== undefined) marks.push({ start: ev.value_start, end: ev.value_end, kind: "claim", item: c });
  }
  doc.repairs.forEach((r, i) => marks.push({ start: r.start, end: r.end, kind: "repair", item: r, index: i }));
  for (const t of doc.tables) if (t.start !== null && t.start !== undefined) marks.push({ start: t.start, end: t.start, kind: "table", item: t });
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = new Map(), endsAt = new Map();
  for (const m of marks) {
    if (!startsAt.has(m.start)) startsAt.set(m.start, []);
    startsAt.get(m.start).push(m);
    if (!endsAt.has(m.end)) endsAt.set(m.end, []);
    endsAt.get(m.end).push(m);
  }
  const active = new Set();
  const nodes = [], pieces = [];
  const claimAnchor = new Map(), repairNodes = [];
  const pickers = [], entityPickers = [];
  for (let i = 0; i < points.length; i++) {
    const pos = points[i];
    for (const m of endsAt.get(pos) || []) {
      active.delete(m);
      if (m.kind === "ent" && m.end > m.start) nodes.push(el("span", { class: "tag", dataset: { label: m.item.label }, text: m.item.label }));
    }
    for (const m of startsAt.get(pos) || []) {
      if (m.end > m.start) active.add(m);
      else if (m.kind === "repair") {
        const marker = el("span", { class: "repair-del", title: repairTitle(m.item), text: "⌫" });
        repairNodes[m.index] = marker;
        nodes.push(marker);
      } else if (m.kind === "table") {
        nodes.push(el("a", { class: "table-marker", href: "#" + m.item.table_id, text: "▦ table " + (m.item.caption || m.item.table_id) }));
      }
    }
    if (i === points.length - 1) break;
    const end = points[i + 1];
    if (end <= pos) continue;
    const span = el("span", { text: text.slice(pos, end) });
    const classes = new Set();
    for (const m of active) {
      if (m.kind === "ent") { classes.add("ent"); span.dataset.label = m.item.label; span.dataset.mention = m.item.mention_id; }
      else if (m.kind === "qty") { classes.add("qty"); span.title = (m.item.kind || "") + (m.item.unit ? " · " + m.item.unit : "") + (m.item.value !== null && m.item.value !== undefined ? " · " + m.item.value : ""); }
      else if (m.kind === "claim") {
        classes.add("claim-value");
        span.dataset.claimId = m.item.claim_id;
        if (!claimAnchor.has(m.item.claim_id)) { claimAnchor.set(m.item.claim_id, span); span.id = "claim-" + m.item.claim_id; }
        if (m.item.review) classes.add("rv-" + (m.item.review.state === "needs_review" ? "needs" : m.item.review.decision));
      } else if (m.kind === "repair") {
        classes.add("repair");
        span.title = repairTitle(m.item);
        if (!repairNodes[m.index]) repairNodes[m.index] = span;
      }
    }
    if (classes.size) span.className = [...classes].join(" ");
    if (classes.has("claim-value")) span.addEventListener("click", () => pickers.forEach((f) => f(span.dataset.claimId)));
    else if (classes.has("ent")) span.addEventListener("click", () => entityPickers.forEach((f) => f(span.dataset.mention)));
    nodes.push(span);
    pieces.push({ start: pos, end, node: span });
  }
  let lit = [];
  return {
    nodes,
    anchorOf: (claim) => claimAnchor.get(claim.claim_id) || document.getElementById("cell-" + claim.claim_id),
    repairNode: (i) => repairNodes[i],
    onPick: (f) => pickers.push(f),
    onPickEntity: (f) => entityPickers.push(f),
    highlight(claim) {
      lit.forEach((n) => n.classList.remove("evidence-focus", "value-focus"));
      lit = [];
      const ev = claim.evidence || {};
      if (ev.start !== undefined) {
        for (const p of pieces) if (p.start < ev.end && p.end > ev.start) { p.node.classList.add("evidence-focus"); lit.push(p.node); }
        for (const p of pieces) if (p.start < ev.value_end && p.end > ev.value_start) { p.node.classList.add("value-focus"); lit.push(p.node); }
      } else {
        const cell = document.getElementById("cell-" + claim.claim_id);
        if (cell) { cell.classList.add("value-focus"); lit.push(cell); }
      }
    },
    mark(claim) {
      const ev = claim.evidence || {};
      const cls = "rv-" + (claim.review.state === "needs_review" ? "needs" : claim.review.decision);
      const nodes = ev.start !== undefined ? pieces.filter((p) => p.start < ev.value_end && p.end > ev.value_start).map((p) => p.node)
        : [document.getElementById("cell-" + claim.claim_id)].filter(Boolean);
      for (const n of nodes) { n.classList.remove("rv-accept", "rv-reject", "rv-correct", "rv-needs"); n.classList.add(cls); }
    },
  };
}

function repairTitle(r) {
  const show = (s) => s.replace(/\n/g, "⏎").replace(/\t/g, "⇥");
  return r.kind + ": “" + show(r.before) + "” → “" + show(r.after) + "” (raw " + r.raw_start + "–" + r.raw_end + ")";
}

function tablesSection(doc, claims) {
  const { el } = R;
  if (!doc.tables.length) return el("span");
  const byCell = new Map();
  for (const c of claims) { const ev = c.evidence || {}; if (ev.table_id) byCell.set(ev.table_id + ":" + ev.row + ":" + ev.col, c); }
  return el("section", { class: "tables" }, el("h2", { text: "Tables (" + doc.tables.length + ")" }),
    doc.tables.map((t) => el("figure", { id: t.table_id },
      el("figcaption", {}, el("strong", { text: t.caption || t.table_id }),
        el("span", { class: "muted", text: " · " + t.extractor + (t.page ? " · page " + t.page : "") + (t.start !== null ? " · text " + t.start + "–" + t.end : "") })),
      el("div", { class: "scroll" }, el("table", { class: "data" },
        el("thead", {}, (t.header_rows || []).map((row) => el("tr", {}, row.map((h) => el("th", { text: h }))))),
        el("tbody", {}, t.rows.map((row, r) => el("tr", { class: (t.row_kinds || [])[r] === "total" ? "total" : null },
          row.map((cell, col) => {
            const claim = byCell.get(t.table_id + ":" + r + ":" + col);
            const td = el("td", { text: cell.text, class: cell.kind === "text" ? null : "num", title: cell.note || null });
            if (claim) {
              td.id = "cell-" + claim.claim_id;
              td.classList.add("claim-cell");
              td.title = R.value(claim) + " · " + [claim.subject, claim.metric_text || claim.metric, R.period(claim.period)].filter(Boolean).join(" · ");
              td.addEventListener("click", () => { const item = document.getElementById("item-" + claim.claim_id); if (item) item.click(); });
              if (claim.review) td.classList.add("rv-" + (claim.review.state === "needs_review" ? "needs" : claim.review.decision));
            }
            return td;
          })))))),
      t.source_note ? el("p", { class: "muted", text: t.source_note }) : null)));
}

function findingsSection(doc) {
  const { el } = R;
  if (!doc.findings.length) return el("span");
  return el("section", { class: "findings" }, el("h2", { text: "Findings (" + doc.findings.length + ")" }),
    el("ul", {}, doc.findings.map((f) => el("li", { class: "finding sev-" + f.severity },
      el("div", {}, el("span", { class: "badge sev", text: f.severity }), " ", el("strong", { text: f.kind.replace(/_/g, " ") }),
        " ", el("span", { class: "badge " + f.status, text: f.status.replace(/_/g, " ") })),
      el("p", { text: f.message }),
      el("div", { class: "evidence-links" }, "evidence: ", f.claims.map((c) => el("a", {
        href: c.doc_id === doc.doc_id ? "#claim-" + c.claim_id : "/documents/" + encodeURIComponent(c.doc_id) + "#claim-" + c.claim_id,
        class: "ev-link", text: R.value(c) + (c.doc_id === doc.doc_id ? "" : " (" + c.doc_id + ")"),
        onclick: (e) => { if (c.doc_id === doc.doc_id) { e.preventDefault(); const item = document.getElementById("item-" + c.claim_id); if (item) item.click(); } },
      })))))));
}

function repairsSection(doc, textView) {
  const { el } = R;
  if (!doc.repairs.length) return el("span");
  const show = (s) => s.replace(/\n/g, "⏎").replace(/\t/g, "⇥");
  const limit = 300;
  const rows = doc.repairs.slice(0, limit).map((r, i) => el("tr", {},
    el("td", { text: r.kind }),
    el("td", {}, el("del", { text: show(r.before) || "∅" })),
    el("td", {}, el("ins", { text: show(r.after) || "∅" })),
    el("td", { class: "num" }, el("a", { href: "#", text: r.start + "–" + r.end, onclick: (e) => {
      e.preventDefault();
      const node = textView.repairNode(i);
      if (node) { node.scrollIntoView({ block: "center" }); node.classList.add("flash"); setTimeout(() => node.classList.remove("flash"), 1500); }
    } })),
    el("td", { class: "num", text: r.raw_start + "–" + r.raw_end }),
    el("td", { class: "num", text: r.confidence.toFixed(2) })));
  return el("section", { class: "repairs" }, el("h2", { text: "Repairs (" + doc.repairs.length + ")" }),
    el("p", { class: "muted", text: "Each repair of the clean stage: the raw text before, the cleaned text after, where it is in the cleaned text and in the raw file." }),
    el("div", { class: "scroll" }, el("table", { class: "data" },
      el("thead", {}, el("tr", {}, ["kind", "before (raw)", "after (clean)", "clean", "raw", "conf."].map((h) => el("th", { text: h })))),
      el("tbody", {}, rows))),
    doc.repairs.length > limit ? el("p", { class: "muted", text: "… and " + (doc.repairs.length - limit) + " more (all are marked in the text)." }) : null);
}

// A PDF page with the claim's boxes drawn over it (boxes in PDF points, top-left origin).
function pageImage(docId, page, boxes) {
  const { el } = R;
  const resolution = 100;
  const frame = el("div", { class: "page-frame" });
  const img = el("img", { src: "/pages/" + encodeURIComponent(docId) + "/" + page + ".png", alt: "page " + page });
  const place = () => {
    frame.querySelectorAll(".box").forEach((b) => b.remove());
    const k = (img.clientWidth / img.naturalWidth) * (resolution / 72);
    for (const box of boxes.filter(Boolean)) {
      const b = el("div", { class: "box" });
      b.style.left = box[0] * k + "px"; b.style.top = box[1] * k + "px";
      b.style.width = (box[2] - box[0]) * k + "px"; b.style.height = (box[3] - box[1]) * k + "px";
      frame.append(b);
    }
  };
  img.addEventListener("load", place);
  img.addEventListener("error", () => frame.replaceChildren(el("p", { class: "muted", text: "The page image is not available." })));
  frame.append(img);
  const figure = el("figure", { class: "page", title: "click to enlarge or shrink" },
    el("figcaption", { text: "Page " + page + " · click to zoom" }), frame);
  figure.addEventListener("click", () => { figure.classList.toggle("zoom"); place(); });
  return figure;
}
