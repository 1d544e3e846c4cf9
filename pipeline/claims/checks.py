"""Checks over claims: values that disagree across documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import orjson

from ..document import Finding, stable_id


def _key(claim: dict) -> tuple | None:
    period = claim.get("period")
    if not claim.get("subject_id") or not period or claim.get("value") is None:
        return None
    return (claim["subject_id"], claim["metric"], period["start"], period["end"], claim["unit"])


def _compatible(a: dict, b: dict) -> bool:
    lo_a = a["lower"] if a["lower"] is not None else float("-inf")
    hi_a = a["upper"] if a["upper"] is not None else float("inf")
    lo_b = b["lower"] if b["lower"] is not None else float("-inf")
    hi_b = b["upper"] if b["upper"] is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def cross_document_conflicts(claims: Iterable[dict]) -> list[Finding]:
    """Claims from different documents with the same subject, metric, period and unit
    whose intervals (written precision, approximation) do not overlap.

    >>> a = {"claim_id": "a", "doc_id": "d1", "subject_id": "Q148", "subject": "China",
    ...      "metric": "trade_volume", "period": {"start": "2023-01-01", "end": "2023-12-31"},
    ...      "unit": "USD", "value": 31.5e9, "lower": 31.45e9, "upper": 31.55e9}
    >>> b = {**a, "claim_id": "b", "doc_id": "d2", "value": 41e9, "lower": 40.5e9, "upper": 41.5e9}
    >>> [f.kind for f in cross_document_conflicts([a, b])]
    ['conflict_across_documents']
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for claim in claims:
        key = _key(claim)
        if key is not None:
            groups[key].append(claim)
    findings = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda c: (c["doc_id"], c["claim_id"]))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a["doc_id"] == b["doc_id"] or _compatible(a, b):
                    continue
                gap = abs(a["value"] - b["value"]) / max(abs(a["value"]), abs(b["value"]), 1e-9)
                severity = "gross" if gap > 0.1 else "minor"
                message = (f"{a['subject']}: {a['metric']} for {a['period'].get('text') or key[2]}"
                           f" is {a['value']:g} {a['unit'] or ''} in {a['doc_id']} but "
                           f"{b['value']:g} {b['unit'] or ''} in {b['doc_id']}")
                findings.append(Finding(
                    finding_id=stable_id("f", "conflict", a["claim_id"], b["claim_id"]),
                    kind="conflict_across_documents", claim_ids=[a["claim_id"], b["claim_id"]],
                    expected=a["value"], found=b["value"], message=message, severity=severity,
                    tolerance=[a["lower"], a["upper"]] if a["lower"] is not None
                    and a["upper"] is not None else None))
    return findings


def read_claims(lines: Iterable[bytes]) -> Iterable[dict]:
    """Claims from JSONL lines, keeping only the fields the checks need (low memory)."""
    keep = ("claim_id", "doc_id", "subject", "subject_id", "metric", "period", "unit", "value",
            "lower", "upper")
    for line in lines:
        if line.strip():
            record = orjson.loads(line)
            yield {k: record.get(k) for k in keep}
