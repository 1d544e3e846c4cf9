"use strict";
// Shared helpers of the review pages. Text from the run only ever reaches the page
// through textContent (el() below): never innerHTML, so a "<script>" or "onerror=" in a
// corpus file stays text.

const R = {};

R.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

R.api = async function (path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
};

R.toast = function (message, kind) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.className = "show " + (kind || "");
  clearTimeout(R._toastTimer);
  R._toastTimer = setTimeout(() => { box.className = ""; }, 2600);
};

R.reviewer = function () {
  const input = document.getElementById("reviewer");
  const name = input.value.trim();
  if (!name) {
    input.focus();
    R.toast("Type your name in the Reviewer box first.", "error");
    return null;
  }
  localStorage.setItem("reviewer", name);
  return name;
};

R.review = async function (target, id, decision, extra) {
  const reviewer = R.reviewer();
  if (!reviewer) return null;
  const response = await fetch("/api/reviews", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(Object.assign({ target, id, decision, reviewer }, extra || {})),
  });
  const body = await response.json();
  if (!response.ok) {
    R.toast(body.message || "the decision was not saved", "error");
    return null;
  }
  R.toast(target + " " + R.decisionWord(decision) + " · saved", "ok");
  return body;
};

const SCALES = [[1e12, "tn"], [1e9, "bn"], [1e6, "mn"], [1e3, "k"]];

R.number = function (value) {
  if (value === null || value === undefined) return "";
  const rounded = Math.abs(value) >= 100 ? Math.round(value * 10) / 10 : Math.round(value * 1000) / 1000;
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 3 });
};

// A value written for people: "USD 24.7 bn", "30%", "600 plots".
R.value = function (claim) {
  const v = claim.value;
  if (v === null || v === undefined) {
    if (claim.lower !== null && claim.upper !== null && claim.lower !== undefined)
      return R.number(claim.lower) + "–" + R.number(claim.upper) + (claim.unit ? " " + claim.unit : "");
    return "—";
  }
  const unit = claim.unit || "";
  if (unit === "percent") return R.number(v) + "%";
  let shown = R.number(v), suffix = "";
  for (const [size, name] of SCALES) {
    if (Math.abs(v) >= size && size >= 1e6) { shown = R.number(v / size); suffix = " " + name; break; }
  }
  if (/^[A-Z]{3}$/.test(unit)) return unit + " " + shown + suffix;
  return shown + suffix + (unit ? " " + unit : "");
};

R.period = function (period) {
  if (!period) return "no period";
  return period.text || (period.start + "…" + period.end);
};

R.badge = function (review) {
  if (!review) return R.el("span", { class: "badge none", text: "unreviewed" });
  const word = R.decisionWord(review.decision);
  const label = review.state === "needs_review" ? "needs review · was " + word : word;
  const title = [review.reviewer && "by " + review.reviewer, review.at, review.reason, review.note]
    .filter(Boolean).join(" · ");
  return R.el("span", { class: "badge " + (review.state === "needs_review" ? "needs" : review.decision),
    text: label, title });
};

R.decisionWord = function (decision) {
  return { accept: "accepted", reject: "rejected", correct: "corrected" }[decision] || decision;
};

// Scroll ``box`` (not the page) so ``node`` is in its middle, or just visible.
R.center = function (box, node) {
  const b = box.getBoundingClientRect(), n = node.getBoundingClientRect();
  box.scrollTop += n.top - b.top - box.clientHeight / 2 + n.height / 2;
};
R.nearest = function (box, node) {
  const b = box.getBoundingClientRect(), n = node.getBoundingClientRect();
  if (n.top < b.top + 40) box.scrollTop += n.top - b.top - 40;
  else if (n.bottom > b.bottom) box.scrollTop += n.bottom - b.bottom + 8;
};

// Keyboard: j/n next, k/p previous, a accept, r reject, c correct, o/Enter open.
R.keys = function (handlers) {
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const t = event.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) {
      if (event.key === "Escape") t.blur();
      return;
    }
    const map = { j: "next", n: "next", k: "prev", p: "prev", a: "accept", r: "reject",
      c: "correct", o: "open", Enter: "open" };
    const action = map[event.key];
    if (action && handlers[action]) {
      event.preventDefault();
      handlers[action]();
    }
  });
};

// A correction form for a claim: value, unit, subject, period, note.
R.correctForm = function (claim, onSave) {
  const field = (name, label, value) => R.el("label", {}, label,
    R.el("input", { name, value: value === null || value === undefined ? "" : value }));
  const form = R.el("form", { class: "correct" },
    field("value", "value", claim.value), field("unit", "unit", claim.unit),
    field("subject", "subject", claim.subject), field("period", "period", claim.period ? claim.period.text : ""),
    field("note", "note", ""),
    R.el("div", { class: "actions" }, R.el("button", { type: "submit", text: "Save correction" }),
      R.el("button", { type: "button", class: "ghost", text: "Cancel", onclick: () => form.remove() })));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const extra = {};
    for (const name of ["unit", "subject", "period", "note"]) {
      const v = String(data.get(name) || "").trim();
      if (v) extra[name] = v;
    }
    const raw = String(data.get("value") || "").trim();
    if (raw) {
      const number = Number(raw.replace(/,/g, ""));
      if (!Number.isFinite(number)) { R.toast("value must be a number", "error"); return; }
      extra.value = number;
    }
    const saved = await R.review("claim", claim.claim_id, "correct", extra);
    if (saved) { form.remove(); onSave(saved); }
  });
  setTimeout(() => form.querySelector("input").focus(), 0);
  return form;
};

document.addEventListener("DOMContentLoaded", () => {
  const input = document.getElementById("reviewer");
  if (input) input.value = localStorage.getItem("reviewer") || "";
  input && input.addEventListener("change", () => localStorage.setItem("reviewer", input.value.trim()));
});

// One orphaned decision: what was decided, on which quote, and why it is orphaned.
R.orphanItem = function (o) {
  const { el } = R;
  const r = o.review;
  const quote = (r.selector || []).find((s) => s.type === "TextQuoteSelector");
  return el("li", { class: "orphan" },
    el("div", {}, el("strong", { text: R.decisionWord(r.decision) }), " ", r.target, " ",
      el("code", { text: r.id }), " in ", r.doc_id ? el("a", { href: "/documents/" + encodeURIComponent(r.doc_id), text: r.doc_id }) : "—",
      el("span", { class: "muted", text: " · by " + (r.reviewer || "?") + " · " + (r.at || "") })),
    quote ? el("blockquote", {}, el("span", { class: "ctx", text: quote.prefix }), el("mark", { text: quote.exact }),
      el("span", { class: "ctx", text: quote.suffix })) : null,
    el("div", { class: "muted", text: o.reason }));
};

window.R = R;
