"""Check 2: a sentence that contradicts a table of the same document, including values
the table implies (a growth rate from two of its cells)."""

from __future__ import annotations

from ..document import Claim, Finding, stable_id
from . import derive
from .display import display_value
from .intervals import overlap, severity


def _year(period: dict | None) -> int | None:
    if not period or period["start"][:4] != period["end"][:4]:
        return None
    return int(period["start"][:4])


def text_vs_tables(claims: list[Claim]) -> list[Finding]:
    """Findings for sentence claims that a table of the same document contradicts: one
    per fact (:mod:`.facts`) and cells, naming every sentence that repeats the figure."""
    cells = [c for c in claims if c.evidence.get("kind") == "table_cell"]
    by_key: dict[tuple, list[Claim]] = {}
    for c in cells:
        year = _year(c.period)
        if year is not None:
            by_key.setdefault((c.subject_id, c.metric, c.unit, year), []).append(c)
    hits: list[tuple] = []
    for s in claims:
        if s.evidence.get("kind") != "sentence" or s.modality != "actual" or s.value is None:
            continue
        if (s.period or {}).get("inferred"):
            continue
        year = _year(s.period) or (int(s.period["end"][:4]) if s.period else None)
        if year is None:
            continue
        if s.value_kind == "level":
            for t in by_key.get((s.subject_id, s.metric, s.unit, year), []):
                if not overlap((s.lower, s.upper), (t.lower, t.upper)):
                    cell = _number(t)
                    hits.append((s, [t], cell.value, f"cell {t.evidence['cell_text']}",
                                 (cell.lower, cell.upper), None))
        elif s.value_kind == "change_pct" and s.base_period:
            level = s.metric.replace("_growth", "_volume") if s.metric.startswith("trade") \
                else s.metric.replace("_growth", "")
            base_year = int(s.base_period["start"][:4])
            new = by_key.get((s.subject_id, level, _unit_of(cells, s.subject_id, level), year))
            old = by_key.get((s.subject_id, level, _unit_of(cells, s.subject_id, level),
                              base_year))
            if not new or not old:
                continue
            new_c, old_c = new[0], old[0]
            change = derive.percent_change(_number(old_c), _number(new_c))
            if change is None:
                continue  # no growth rate from a base that may be zero
            derived, expected = (change.lower, change.upper), change.value
            if not overlap((s.lower, s.upper), derived):
                formula = f"({new_c.evidence['cell_text']}-{old_c.evidence['cell_text']})/" \
                          f"{old_c.evidence['cell_text']}*100"
                hits.append((s, [old_c, new_c], round(expected, 2), formula, derived, formula))
    return _per_fact(hits)


def _per_fact(hits: list[tuple]) -> list[Finding]:
    """One finding per (fact, cells, basis): a figure repeated in three sentences is one
    finding with three mentions, not three findings."""
    groups: dict[tuple, list[tuple]] = {}
    for hit in hits:
        s, cells, expected, basis = hit[:4]
        key = (s.fact_id or s.claim_id, tuple(c.claim_id for c in cells), expected, basis)
        groups.setdefault(key, []).append(hit)
    findings = []
    for group in groups.values():
        sentences = sorted((h[0] for h in group), key=lambda c: c.claim_id)
        _, cells, expected, basis, tolerance, derivation = group[0]
        findings.append(_finding(sentences, cells, expected, basis, tolerance, derivation))
    return findings


def _number(c: Claim) -> derive.Number:
    """A table cell's claim as a number: cells always carry a value and its bounds."""
    if c.value is None or c.lower is None or c.upper is None:
        raise ValueError(f"table claim {c.claim_id} lacks a value or its bounds")
    return derive.Number(c.value, c.lower, c.upper, c.unit == "percent",
                         c.evidence.get("cell_text", ""))


def _unit_of(cells: list[Claim], subject_id: str | None, metric: str) -> str | None:
    for c in cells:
        if c.subject_id == subject_id and c.metric == metric:
            return c.unit
    return None


def _finding(sentences: list[Claim], cells: list[Claim], expected: float, basis: str,
             tolerance: tuple[float, float], derivation: str | None = None) -> Finding:
    """The finding for the sentence claims of one fact against ``cells``; the first
    sentence claim speaks for them all."""
    s = sentences[0]
    found = s.value
    if found is None:
        raise ValueError(f"sentence claim {s.claim_id} has no value to check")
    table = cells[0].evidence
    where = f"{s.period['text'] if s.period else ''}".strip()
    rows = ", ".join(c.evidence["row_header"] for c in cells)
    said = display_value(found, s.unit, s.value_kind, si_unit=s.si_unit)
    if len(sentences) > 1:
        said += f" ({len(sentences)} mentions)"
    message = (f"Text says {s.subject} {s.metric.replace('_', ' ')} {where} was {said}; "
               f"its table ({table.get('col_header')}, rows {rows}) gives "
               f"{display_value(expected, s.unit, si_unit=s.si_unit)} from {basis}.")
    first = s.claim_id if len(sentences) == 1 else sorted(c.claim_id for c in sentences)
    return Finding(
        finding_id=stable_id("f", "text_table", first, [c.claim_id for c in cells]),
        kind="text_contradicts_table",
        claim_ids=[c.claim_id for c in sentences] + [c.claim_id for c in cells],
        expected=expected, found=found, message=message,
        severity=severity(found, tolerance),
        tolerance=[round(tolerance[0], 4), round(tolerance[1], 4)], derivation=derivation,
        evidence_cells=[{"table_id": c.evidence["table_id"], "row": c.evidence["row"],
                         "col": c.evidence["col"], "row_header": c.evidence["row_header"],
                         "col_header": c.evidence["col_header"]} for c in cells])
