"""A reviewer's decision as a record of ``reviews.jsonl``: checked, then made self-standing.

A record says who decided what on which item, when, and what they saw: the item's
reading (subject, metric, value... or an entity's text and label), the selectors of its
evidence, the document's sha256 and the sha256 of the cleaned text (kept under
``review-texts/``), so it can be matched to the outputs of a later run.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from .selectors import quote_selectors
from .store import DECISIONS, TARGETS, ReviewError, ReviewLog, RunView

#: what a decision on a claim is about: when one of these changes, it needs review again
CLAIM_READING = ("subject", "subject_id", "counterpart", "counterpart_id", "metric", "value",
                 "unit", "modality", "value_kind")
ENTITY_READING = ("text", "label", "canonical", "entity_id")
FACT_READING = ("subject", "subject_id", "counterpart", "metric", "value", "unit", "modality")
#: the corrections a decision may carry
CORRECTABLE: dict[str, tuple[type, ...]] = {"value": (int, float), "unit": (str,),
                                            "subject": (str,), "period": (str, dict)}


def now() -> str:
    """UTC, to the microsecond, so decisions made in one second keep their order."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def reading(target: str, item: dict) -> dict:
    """The fields a decision on ``item`` judged.

    >>> reading("entity", {"text": "China", "label": "GPE", "start": 3})
    {'text': 'China', 'label': 'GPE', 'canonical': None, 'entity_id': None}
    """
    names = {"claim": CLAIM_READING, "entity": ENTITY_READING, "fact": FACT_READING}[target]
    out = {name: item.get(name) for name in names}
    if target != "entity":
        period = item.get("period") or {}
        out["period"] = [period.get("start"), period.get("end")] if period else None
    return out


def reading_changes(old: dict, new: dict) -> list[str]:
    """What differs between two readings, in words (``value 30 → 35``)."""
    return [f"{k} {old.get(k)!r} → {new.get(k)!r}" for k in sorted(set(old) | set(new))
            if old.get(k) != new.get(k)]


def evidence_of(view: RunView, log: ReviewLog, target: str, item: dict) -> dict[str, Any]:
    """The evidence fields of a decision on ``item`` as the current run has it."""
    out: dict[str, Any] = {"item": reading(target, item)}
    span = view.span_of(target, item)
    if target == "fact":
        out["claim_ids"] = list(item.get("claim_ids", []))
    if span is None:
        return out
    doc_id, start, end = span
    doc = view.documents.get(doc_id)
    if doc is None:
        return out
    text = doc["text"]
    selectors = quote_selectors(text, start, end)
    evidence = item.get("evidence") or {}
    if target == "claim" and "value_start" in evidence:
        selectors[0]["refinedBy"] = {"type": "TextPositionSelector",
                                     "start": evidence["value_start"] - start,
                                     "end": evidence["value_end"] - start}
    elif target == "claim" and "table_id" in evidence:
        selectors[0]["refinedBy"] = {"type": "TableCellSelector", "row": evidence.get("row"),
                                     "col": evidence.get("col"),
                                     "row_header": evidence.get("row_header"),
                                     "col_header": evidence.get("col_header")}
    out.update(doc_id=doc_id, selector=selectors, doc_sha256=doc.get("sha256"),
               text_sha256=log.keep_text(text))
    offset_map = doc.get("offset_map")
    if offset_map is not None:
        out["raw"] = _raw_span(offset_map, start, end)
    return out


def _raw_span(segments: list[list[int]], start: int, end: int) -> dict[str, int]:
    """Where ``start:end`` of the cleaned text is in the raw file (the run's offset map)."""
    from ..offsets import OffsetMap, Segment

    m = OffsetMap(Segment(*s) for s in segments)
    lo, hi = m.to_raw_span(start, end)
    return {"start": lo, "end": hi}


def build_decision(view: RunView, log: ReviewLog, body: Any) -> dict:
    """Check a posted decision and make its record; :class:`ReviewError` (400, or 404
    for an unknown item) says what is wrong."""
    if not isinstance(body, dict):
        raise ReviewError("the body must be a JSON object")
    target, decision = body.get("target"), body.get("decision")
    if target not in TARGETS:
        raise ReviewError(f"target must be one of {', '.join(TARGETS)}, got {target!r}")
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    item_id = body.get("id")
    if not isinstance(item_id, str) or not item_id:
        raise ReviewError("id must be the claim_id, mention_id or fact_id reviewed")
    reviewer = body.get("reviewer")
    if not isinstance(reviewer, str) or not reviewer.strip():
        raise ReviewError("reviewer must name who decides")
    if target == "fact" and view.facts is None:
        raise ReviewError(f"no fact {item_id!r}: this run has no facts.jsonl", 404)
    item = view.item(target, item_id)
    if item is None:
        raise ReviewError(f"no {target} {item_id!r} in {view.out_dir}", 404)
    record: dict[str, Any] = {"target": target, "id": item_id, "decision": decision,
                              "reviewer": reviewer.strip(), "at": now()}
    for name, kind in CORRECTABLE.items():
        if body.get(name) is None:
            continue
        if not isinstance(body[name], kind) or isinstance(body[name], bool) or \
                (name == "value" and not math.isfinite(body[name])):
            raise ReviewError(f"{name} has the wrong type ({type(body[name]).__name__})")
        record[name] = body[name]
    if decision == "correct" and not any(n in record for n in CORRECTABLE):
        raise ReviewError("a correction needs at least one of value, unit, subject, period")
    if body.get("note") is not None:
        if not isinstance(body["note"], str):
            raise ReviewError("note must be a string")
        record["note"] = body["note"]
    record.update(evidence_of(view, log, target, item))
    return record
