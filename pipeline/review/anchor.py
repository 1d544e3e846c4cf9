"""Match every decision of ``reviews.jsonl`` to the outputs of the current run.

Claim ids and mention ids hash their offsets (``claims/sentences.py`` hashes the value's
``start``/``end``), so text inserted above a claim gives it a new id. A decision is
therefore found again by its evidence, not its id:

- ``current``: the item is where it was, reading the same;
- ``reanchored``: its quote is found unchanged elsewhere (through a diff of the kept old
  text and the new one, or by searching the quote and its context), and an item with the
  same reading sits there under a new id; :func:`reanchor` appends a record carrying the
  decision to that id (``anchored_from``), so the log stays the one source of truth;
- ``needs_review``: the evidence or the reading changed; the decision is shown on the
  item that stands there now, flagged;
- ``orphaned``: nothing stands there any more; the decision is listed with its evidence.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from .decisions import evidence_of, now, reading, reading_changes
from .selectors import Located, locate, selector
from .store import ReviewLog, RunView, latest

STATES = ("current", "reanchored", "needs_review", "orphaned")


@dataclass
class Anchored:
    """A decision and where it stands in the current run."""

    review: dict
    state: str
    current_id: str | None = None
    reason: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def reanchor(out_dir: Path | str, *, persist: bool = True, view: RunView | None = None,
             log: ReviewLog | None = None) -> list[Anchored]:
    """Where each decision in force stands in the run in ``out_dir``. With ``persist``,
    a decision re-anchored to a new id is appended to the log under that id."""
    view = view or RunView.load(out_dir)
    log = log or ReviewLog(out_dir)
    results = [resolve(view, log, review) for review in latest(log.records()).values()]
    results = _one_per_item(results)
    if persist:
        moved = []
        for result in results:
            if result.state != "reanchored" or result.current_id is None:
                continue
            item = view.item(result.review["target"], result.current_id)
            assert item is not None
            record = {**result.review, "id": result.current_id,
                      "anchored_from": result.review["id"], "anchored_at": now(),
                      **evidence_of(view, log, result.review["target"], item)}
            moved.append(record)
            result.review = record
        log.append(moved)
    return results


def _one_per_item(results: list[Anchored]) -> list[Anchored]:
    """Two decisions that land on one item: the later one holds, the other is dropped
    (it was superseded, not lost: it stays in the log)."""
    holder: dict[tuple[str, str], Anchored] = {}
    out = []
    for r in sorted(results, key=lambda r: (str(r.review.get("at", "")), r.review["id"])):
        if r.current_id is None:
            out.append(r)
            continue
        key = (r.review["target"], r.current_id)
        if key in holder:
            out.remove(holder[key])
        holder[key] = r
        out.append(r)
    return sorted(out, key=lambda r: (r.review.get("doc_id") or "", r.review["target"],
                                      r.review["id"]))


def resolve(view: RunView, log: ReviewLog, review: dict) -> Anchored:
    """Where one decision stands in ``view``."""
    target = review["target"]
    if target == "fact":
        return _resolve_fact(view, review)
    doc = view.documents.get(review.get("doc_id", ""))
    if doc is None:
        return Anchored(review, "orphaned", reason="its document is no longer in the run")
    selectors = review.get("selector") or []
    if not selectors:
        return Anchored(review, "orphaned", reason="the decision carries no evidence quote")
    old_text = log.text(review.get("text_sha256"))
    found = locate(selectors, doc["text"], old_text)
    if found.how == "gone":
        return Anchored(review, "orphaned", reason="its evidence is no longer in the text")
    if target == "entity":
        return _match(review, found, _entities_at(view, doc["doc_id"], found))
    return _match(review, found, _claims_at(view, doc["doc_id"], found, selectors))


def _match(review: dict, found: Located, candidates: list[dict]) -> Anchored:
    """Pick the item a decision now rests on among ``candidates`` (best first)."""
    target = review["target"]
    id_field = "mention_id" if target == "entity" else "claim_id"
    old = review.get("item") or {}
    if not candidates:
        why = ("its evidence is unchanged but nothing is extracted from it now"
               if found.how in ("same", "moved") else
               "its evidence changed and nothing is extracted from it now")
        return Anchored(review, "orphaned", reason=why)
    if found.how == "changed":
        changes = reading_changes(old, reading(target, candidates[0]))
        return Anchored(review, "needs_review", candidates[0][id_field],
                        reason="its evidence changed" + (": " + "; ".join(changes)
                                                         if changes else ""))
    for item in candidates:
        if reading(target, item) == old:
            same = item[id_field] == review["id"]
            return Anchored(review, "current" if same else "reanchored", item[id_field],
                            reason="" if same else f"its evidence moved to {found.start}")
    item = candidates[0]
    what = "; ".join(reading_changes(old, reading(target, item)))
    return Anchored(review, "needs_review", item[id_field], reason=f"reading changed: {what}")


def _entities_at(view: RunView, doc_id: str, found: Located) -> list[dict]:
    ents = view.of_doc(doc_id, "entities")
    if found.how == "changed":
        return [e for e in ents if e["start"] < found.end and e["end"] > found.start]
    return [e for e in ents if e["start"] == found.start and e["end"] == found.end]


def _claims_at(view: RunView, doc_id: str, found: Located, selectors: list[dict]) -> list[dict]:
    """The claims resting on the located evidence, the most likely first."""
    refined = selector(selectors, "TextQuoteSelector").get("refinedBy") or {}
    claims = view.of_doc(doc_id, "claims")
    if refined.get("type") == "TableCellSelector":
        tables = [t for t in view.of_doc(doc_id, "tables") if t.get("start") is not None and (
            (t["start"], t["end"]) == (found.start, found.end) if found.how != "changed"
            else t["start"] < found.end and t["end"] > found.start)]
        ids = {t["table_id"] for t in tables}
        cells = [c for c in claims if c["evidence"].get("table_id") in ids]

        def cell_rank(c: dict) -> tuple:
            ev = c["evidence"]
            return ((ev.get("row_header"), ev.get("col_header")) !=
                    (refined.get("row_header"), refined.get("col_header")),
                    (ev.get("row"), ev.get("col")) != (refined.get("row"), refined.get("col")))
        ranked = sorted(cells, key=cell_rank)
        if found.how != "changed":
            ranked = [c for c in ranked if not cell_rank(c)[1]]
        return ranked
    sentence = [c for c in claims if "start" in c["evidence"] and "value_start" in c["evidence"]]
    rel = int(refined.get("start", 0)), int(refined.get("end", 0))
    if found.how != "changed":
        here = [c for c in sentence
                if (c["evidence"]["start"], c["evidence"]["end"]) == (found.start, found.end)
                and (c["evidence"]["value_start"] - found.start,
                     c["evidence"]["value_end"] - found.start) == rel]
        return sorted(here, key=lambda c: c["claim_id"])
    near = [c for c in sentence
            if c["evidence"]["start"] < found.end and c["evidence"]["end"] > found.start]
    return sorted(near, key=lambda c: abs(c["evidence"]["value_start"] - found.start - rel[0]))


def _resolve_fact(view: RunView, review: dict) -> Anchored:
    if view.facts is None:
        return Anchored(review, "orphaned", reason="this run has no facts.jsonl")
    old = review.get("item") or {}
    fact = view.facts.get(review["id"])
    if fact is not None:
        if reading("fact", fact) == old:
            return Anchored(review, "current", review["id"])
        changes = "; ".join(reading_changes(old, reading("fact", fact)))
        return Anchored(review, "needs_review", review["id"], reason=f"reading changed: {changes}")
    key = ("subject", "subject_id", "counterpart", "metric", "unit", "modality", "period")
    for fact in view.facts.values():
        now_reading = reading("fact", fact)
        if all(now_reading.get(k) == old.get(k) for k in key):
            return Anchored(review, "needs_review", fact["fact_id"],
                            reason="the fact's value changed: "
                                   + "; ".join(reading_changes(old, now_reading)))
    return Anchored(review, "orphaned", reason="no fact of the run states it now")
