"""Check 1: documents that disagree — same subject, metric and period, values beyond
rounding — and the ranking of the claims involved (never deleting one)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import orjson

from ..document import Finding, stable_id
from ..quantities.units import to_si
from .display import claim_display
from .intervals import overlap, severity

#: the fields the check reads; claims are streamed back from disk with only these
FIELDS = ("claim_id", "doc_id", "subject", "subject_id", "counterpart_id", "metric", "period",
          "unit", "value", "lower", "upper", "modality", "predicate", "value_kind",
          "extractor", "qualifier", "counterpart", "si_value", "si_unit", "approx")


def conflict_key(claim: dict) -> tuple | None:
    """What two claims must share to be about the same fact, or None if too vague.

    Counts also need the same verb ("signed" vs "developed"); bilateral figures the
    same pair of parties in either order; targets never conflict with actuals.
    """
    period = claim.get("period") or {"start": "undated", "end": "undated"}
    if not claim.get("subject_id") or period.get("inferred") or claim.get("value") is None:
        return None
    parties = tuple(sorted(x for x in (claim["subject_id"], claim.get("counterpart_id")) if x))
    predicate = claim.get("predicate") if claim.get("value_kind") == "count" else None
    # shares compare only with shares of the same whole ("of world gdp", "of eurasia")
    whole = claim.get("qualifier") if claim.get("value_kind") == "share" else None
    unit = claim.get("si_unit") or claim.get("unit")      # physical values compare in SI
    return (parties, claim["metric"], period["start"], period["end"], unit,
            claim.get("modality") or "actual", predicate, whole)


def interval(claim: dict) -> tuple[float | None, float | None]:
    """The claim's interval, in SI base units for a physical value (``1,200 km`` and
    ``1.2 thousand kilometres`` are the same interval).

    >>> interval({"lower": 1199.5, "upper": 1200.5, "unit": "kilometer", "si_unit": "meter"})
    (1199500.0, 1200500.0)
    >>> interval({"lower": 35.5, "upper": 36.5, "unit": "percent"})
    (35.5, 36.5)
    """
    lower, upper = claim.get("lower"), claim.get("upper")
    if not claim.get("si_unit") or not claim.get("unit"):
        return lower, upper
    return (None if lower is None else to_si(lower, claim["unit"])[0],
            None if upper is None else to_si(upper, claim["unit"])[0])


def compared(claim: dict) -> float:
    """The value the check compares: SI for a physical value, as written otherwise."""
    if claim.get("si_unit") and claim.get("unit") and claim.get("value") is not None:
        return to_si(claim["value"], claim["unit"])[0]
    return claim["value"]


def cross_document_conflicts(claims: Iterable[dict]) -> tuple[list[Finding], dict[str, str]]:
    """Findings for disagreeing documents, and a status for each claim involved.

    >>> a = {"claim_id": "a", "doc_id": "d1", "subject_id": "Q485207", "subject": "SCO",
    ...      "metric": "gdp_share", "period": {"start": "2024-01-01", "end": "2024-12-31"},
    ...      "unit": "percent", "value": 36.0, "lower": 35.5, "upper": 36.5}
    >>> b = {**a, "claim_id": "b", "doc_id": "d2", "value": 25.0, "lower": 24.5, "upper": 25.5}
    >>> findings, status = cross_document_conflicts([a, b])
    >>> [f.kind for f in findings], status
    (['conflict_across_documents'], {'a': 'disputed', 'b': 'disputed'})
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for claim in claims:
        key = conflict_key(claim)
        if key is not None:
            groups[key].append(claim)
    return conflicts_in_groups(groups[key] for key in sorted(groups, key=repr))


def conflicts_in_groups(groups: Iterable[list[dict]]) -> tuple[list[Finding], dict[str, str]]:
    """:func:`cross_document_conflicts` over claims already grouped by
    :func:`conflict_key`, the groups in the order of their keys' ``repr`` (the order the
    findings come in): one group is all it holds at a time, besides what it found."""
    findings: list[Finding] = []
    status: dict[str, str] = {}
    for claims in groups:
        group = sorted(claims, key=lambda c: (c["doc_id"], c["claim_id"]))
        if len({c["doc_id"] for c in group}) < 2:
            continue
        support = {c["claim_id"]: sum(1 for o in group if o["doc_id"] != c["doc_id"]
                                      and overlap(interval(c), interval(o))) for c in group}
        pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]
                 if a["doc_id"] != b["doc_id"] and not overlap(interval(a), interval(b))]
        if pairs:
            findings.append(_finding(group, pairs, support))
        for a, b in pairs:
            for claim, other in ((a, b), (b, a)):
                better = support[claim["claim_id"]] > support[other["claim_id"]]
                if status.get(claim["claim_id"]) != "disputed":
                    status[claim["claim_id"]] = "preferred" if better else "disputed"
                if not better:
                    status[claim["claim_id"]] = "disputed"
    return findings, status


def _finding(group: list[dict], pairs: list[tuple[dict, dict]], support: dict) -> Finding:
    """One finding per fact the documents disagree on, naming every claim involved."""
    involved = {c["claim_id"]: c for pair in pairs for c in pair}
    claims = [c for c in group if c["claim_id"] in involved]
    best = max(claims, key=lambda c: (support[c["claim_id"]], c["doc_id"] == claims[0]["doc_id"]))
    others = [c for c in claims if not overlap(interval(c), interval(best))]
    period = (best["period"] or {}).get("text") or "an unstated period"
    said = "; ".join(_said(claims))
    who = best.get("subject") or best["subject_id"]
    if best.get("counterpart"):
        who += f" (with {best['counterpart']})"
    message = (f"{who}: {best['metric'].replace('_', ' ')} for {period} is "
               f"given as {said}; these cannot all hold, even allowing for rounding.")
    lo, hi = interval(best)
    worst = max(others, key=lambda c: abs(compared(c) - compared(best)))
    return Finding(
        finding_id=stable_id("f", "conflict", sorted(involved)),
        kind="conflict_across_documents", claim_ids=sorted(involved),
        expected=compared(best), found=sorted({compared(c) for c in others}),
        message=message,
        severity=severity(compared(worst), (lo if lo is not None else -1e308,
                                             hi if hi is not None else 1e308)),
        tolerance=[lo, hi] if lo is not None and hi is not None else None)


def _said(claims: list[dict]) -> list[str]:
    """Each value each document gives, once, with how often it says it.

    >>> c = {"unit": "percent", "value": 36.0}
    >>> _said([{**c, "doc_id": "a"}, {**c, "doc_id": "a"}, {**c, "value": 25.0, "doc_id": "b"}])
    ['36% in a (2 mentions)', '25% in b']
    """
    counts = Counter((claim_display(c), c["doc_id"]) for c in claims)
    return [f"{value} in {doc}" + (f" ({n} mentions)" if n > 1 else "")
            for (value, doc), n in counts.items()]


def read_claims(lines: Iterable[bytes], fields: Iterable[str] = FIELDS) -> Iterable[dict]:
    """Claims from JSONL lines, keeping only ``fields`` (by default those the check needs:
    low memory)."""
    keep = tuple(dict.fromkeys((*FIELDS, *fields)))
    for line in lines:
        if line.strip():
            record = orjson.loads(line)
            yield {k: record.get(k) for k in keep}
