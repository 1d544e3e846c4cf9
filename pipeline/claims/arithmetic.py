"""Check 3: arithmetic inside tables — totals, shares that sum to 100%, growth columns.

Every comparison uses the cells' written precision, so a table that adds up after
rounding raises nothing.
"""

from __future__ import annotations

import regex

from ..document import Cell, Claim, Finding, Table, stable_id
from ..numbers import half_unit, is_year
from . import derive
from .intervals import overlap, severity

_GROWTH = regex.compile(r"growth|change|increase|rate", regex.I)
_SHARE = regex.compile(r"share|proportion|% of", regex.I)


def _value(cell: Cell) -> float:
    """The value of a cell the caller kept for having one."""
    if cell.value is None:
        raise ValueError(f"table cell {cell.text!r} has no value")
    return cell.value


def _number(cell: Cell, exact: bool = False) -> derive.Number:
    """The cell's value with its interval; counts (whole numbers without a unit) are exact."""
    value = _value(cell)
    half = 0.0 if exact else half_unit(cell.text)
    return derive.Number(value, value - half, value + half, cell.kind == "percent", cell.text)


def _interval(cell: Cell, exact: bool = False) -> tuple[float, float]:
    number = _number(cell, exact)
    return number.lower, number.upper


def _sum(cells: list[Cell], exact: bool = False) -> tuple[float, float]:
    summed = derive.total([_number(c, exact) for c in cells])
    if summed is None:
        raise ValueError("a sum needs two or more cells")
    return summed.lower, summed.upper


def _is_count(table: Table, c: int) -> bool:
    column = table.columns[c]
    return column.unit is None and all(
        "." not in row[c].text for row in table.rows if c < len(row) and row[c].value is not None)


def _numeric(table: Table, c: int) -> bool:
    column = table.columns[c]
    return column.kind in ("number", "percent", "mixed") and not is_year(column.name or "")


def table_arithmetic(table: Table, claims: list[Claim]) -> list[Finding]:
    """Findings for totals, shares and growth columns of ``table`` that do not add up."""
    ids = {(c.evidence.get("row"), c.evidence.get("col")): c.claim_id for c in claims
           if c.evidence.get("table_id") == table.table_id}
    findings = _totals(table, ids) + _shares(table, ids) + _growth(table, ids)
    return findings


def _data_rows(table: Table) -> list[int]:
    kinds = table.row_kinds or ["data"] * len(table.rows)
    return [r for r, k in enumerate(kinds) if k == "data" and r < len(table.rows)]


def _cells(table: Table, rows: list[int], c: int) -> list[tuple[int, Cell]]:
    return [(r, table.rows[r][c]) for r in rows
            if c < len(table.rows[r]) and table.rows[r][c].value is not None]


def _totals(table: Table, ids: dict) -> list[Finding]:
    findings = []
    kinds = table.row_kinds or []
    data = _data_rows(table)
    for r, kind in enumerate(kinds):
        if kind != "total":
            continue
        for c in range(1, len(table.columns)):
            if c >= len(table.rows[r]) or table.rows[r][c].value is None or not _numeric(table, c):
                continue
            parts = _cells(table, data, c)
            if len(parts) < 2:
                continue
            total = table.rows[r][c]
            exact = _is_count(table, c)
            sum_iv = _sum([cell for _, cell in parts], exact)
            n = len(parts)
            mean_iv = (sum_iv[0] / n, sum_iv[1] / n)
            if overlap(_interval(total, exact), sum_iv) or overlap(_interval(total), mean_iv):
                continue
            found = sum(_value(cell) for _, cell in parts)
            name = table.columns[c].name
            findings.append(_finding(
                table, ids, "arithmetic_total", [(rr, c) for rr, _ in parts] + [(r, c)],
                expected=round(found, 6), found=total.value, tolerance=sum_iv,
                derivation=" + ".join(cell.text for _, cell in parts),
                message=f"{table.caption or table.table_id}: column '{name}' sums to "
                        f"{found:,.4g} (average {found / n:,.4g}) but the total row says "
                        f"{total.text}."))
    return findings


def _shares(table: Table, ids: dict) -> list[Finding]:
    findings: list[Finding] = []
    if any(k == "total" for k in table.row_kinds or []):
        return findings
    data = _data_rows(table)
    for c in range(1, len(table.columns)):
        column = table.columns[c]
        if column.unit != "percent" or not _SHARE.search(column.name or ""):
            continue
        parts = _cells(table, data, c)
        if len(parts) < 2:
            continue
        sum_iv = _sum([cell for _, cell in parts])
        if sum_iv[0] <= 100 <= sum_iv[1]:
            continue
        found = sum(_value(cell) for _, cell in parts)
        findings.append(_finding(
            table, ids, "arithmetic_shares", [(r, c) for r, _ in parts], expected=100.0,
            found=round(found, 6), tolerance=sum_iv,
            derivation=" + ".join(cell.text for _, cell in parts),
            message=f"{table.caption or table.table_id}: shares in '{column.name}' add up to "
                    f"{found:.4g}%, not 100%."))
    return findings


#: a growth cell that its level column does not explain: previous row, row, the derived
#: interval, and the (old level, new level, stated growth) cells
_Mismatch = tuple[int, int, tuple[float, float], tuple[Cell, Cell, Cell]]


def _valued(table: Table, r: int, c: int) -> Cell | None:
    """The cell at row ``r``, column ``c`` when the row has it and it holds a value."""
    row = table.rows[r]
    if c >= len(row) or row[c].value is None:
        return None
    return row[c]


def _growth(table: Table, ids: dict) -> list[Finding]:
    """A growth column checked against the level column it describes, row on row."""
    if not table.rows or not is_year(table.rows[0][0].text if table.rows[0] else ""):
        return []
    data = _data_rows(table)
    findings = []
    for g in range(1, len(table.columns)):
        column = table.columns[g]
        if column.unit != "percent" or not _GROWTH.search(column.name or ""):
            continue
        best: int | None = None
        best_ok = 0
        best_bad: list[_Mismatch] = []
        for c in range(1, len(table.columns)):
            if c == g or table.columns[c].unit == "percent" or not _numeric(table, c):
                continue
            ok = 0
            bad: list[_Mismatch] = []
            for prev, r in zip(data, data[1:]):
                old, new, stated = (_valued(table, prev, c), _valued(table, r, c),
                                    _valued(table, r, g))
                if old is None or new is None or stated is None:
                    continue
                change = derive.percent_change(_number(old), _number(new))
                if change is None:
                    continue
                derived = (change.lower, change.upper)
                if overlap(_interval(stated), derived):
                    ok += 1
                else:
                    bad.append((prev, r, derived, (old, new, stated)))
            if ok > best_ok:
                best, best_ok, best_bad = c, ok, bad
        if best is None or best_ok < len(best_bad) + 1:
            continue  # no level column explains this growth column: nothing to check
        for prev, r, derived, (old, new, stated) in best_bad:
            expected = (_value(new) - _value(old)) / _value(old) * 100
            formula = f"({new.text}-{old.text})/{old.text}*100"
            findings.append(_finding(
                table, ids, "arithmetic_growth", [(prev, best), (r, best), (r, g)],
                expected=round(expected, 2), found=stated.value, tolerance=derived,
                derivation=formula,
                message=f"{table.caption or table.table_id}: '{column.name}' for "
                        f"{table.rows[r][0].text} says {stated.text}, but "
                        f"'{table.columns[best].name}' gives {expected:.1f}% ({formula})."))
    return findings


def _finding(table: Table, ids: dict, kind: str, cells: list[tuple[int, int]], *, expected,
             found, tolerance, derivation: str, message: str) -> Finding:
    claim_ids = [ids[rc] for rc in cells if rc in ids]
    return Finding(
        finding_id=stable_id("f", kind, table.table_id, cells), kind=kind, claim_ids=claim_ids,
        expected=expected, found=found, message=message,
        severity=severity(found, tolerance), tolerance=[round(t, 4) for t in tolerance],
        derivation=derivation,
        evidence_cells=[{"table_id": table.table_id, "row": r, "col": c,
                         "row_header": table.rows[r][0].text,
                         "col_header": table.columns[c].name} for r, c in cells])
