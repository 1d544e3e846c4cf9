"""A region's lines turned into a grid: column separators, header rows, body rows.

Column separators are the x-ranges that no (or almost no) body segment covers, as
camelot's stream mode finds them, but only inside the region. Header lines are laid out
as on the page, a spanning header's text in the first column it spans. Body lines that
only continue a wrapped label are folded into their row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .layout import Segment, TextLine, cut_segment

_NUMERIC = regex.compile(r"^[\s(\[]*[-−–+$€£*]*\s*\d[\d.,]*(?:\s\d{3})*\s*%?[)\]]?\s*[*a-z]?$"
                         r"|^[-–—.…]+$|^n/?a$", regex.I)
_CONTINUES = regex.compile(r"(?:[,;:/(&-]|\b(?:and|or|of|the|for|in|to|with|by|a|an))$", regex.I)


@dataclass
class Grid:
    """A table's cells as laid out: header rows, body rows, and how they were found."""

    separators: list[tuple[float, float]]
    header: list[list[str]] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    header_lines: int = 0


def is_numeric(text: str) -> bool:
    """A figure, a percentage or a missing-value mark.

    >>> [is_numeric(t) for t in ("51,544", "(12.5)", "-", "100 000", "Methane")]
    [True, True, True, True, False]
    """
    return bool(_NUMERIC.match(text))


def column_spans(lines: list[TextLine], min_share: float = 0.0) -> list[tuple[float, float]]:
    """The x-extent of each column: maximal x-ranges covered by the segments of
    multi-segment lines (bins covered by at most ``min_share`` of lines count as free).

    >>> S = lambda a, b: Segment(a, b, 0, 8, "x")
    >>> column_spans([TextLine(0, 8, [S(0, 20), S(50, 60)]), TextLine(10, 18, [S(0, 30),
    ...               S(52, 62)])])
    [(0, 30), (50, 62)]
    """
    multi = [ln for ln in lines if len(ln.segments) >= 2] or lines
    events: list[tuple[float, int]] = []
    for line in multi:
        for seg in line.segments:
            events += [(seg.x0, 1), (seg.x1, -1)]
    events.sort(key=lambda e: (e[0], -e[1]))
    limit = min_share * len(multi)
    spans: list[tuple[float, float]] = []
    depth, start = 0, 0.0
    for x, step in events:
        before = depth
        depth += step
        if before <= limit < depth:
            start = x
        elif depth <= limit < before:
            spans.append((start, x))
    merged: list[tuple[float, float]] = []
    for a, b in spans:
        if merged and a - merged[-1][1] < 1.0:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _column_of(seg: Segment, spans: list[tuple[float, float]]) -> tuple[int, int]:
    """The first and last columns a segment overlaps (nearest column when none)."""
    hit = [i for i, (a, b) in enumerate(spans) if seg.x0 < b and seg.x1 > a]
    if hit:
        return hit[0], hit[-1]
    nearest = min(range(len(spans)), key=lambda i: min(abs(seg.center - spans[i][0]),
                                                        abs(seg.center - spans[i][1])))
    return nearest, nearest


def line_cells(line: TextLine, spans: list[tuple[float, float]]) -> tuple[list[str], bool]:
    """A line's texts per column, and whether one of its segments spans columns."""
    cells = [""] * len(spans)
    spanning = False
    for seg in line.segments:
        first, last = _column_of(seg, spans)
        spanning |= last > first
        cells[first] = f"{cells[first]} {seg.text}".strip()
    return cells, spanning


def spanning_header_cells(line: TextLine, spans: list[tuple[float, float]]) -> list[str]:
    """A header line whose labels sit centred over groups of columns: each label goes
    to the first column whose centre lies in its share of the line (midway to its
    neighbours, mirrored at the ends)."""
    cells = [""] * len(spans)
    centers = [(a + b) / 2 for a, b in spans]
    segs = line.segments
    for k, seg in enumerate(segs):
        right = (seg.center + segs[k + 1].center) / 2 if k + 1 < len(segs) else None
        left = (seg.center + segs[k - 1].center) / 2 if k > 0 else None
        if left is None and right is not None:
            left = 2 * seg.center - right
        if right is None and left is not None:
            right = 2 * seg.center - left
        if left is None or right is None:
            left, right = seg.x0, seg.x1
        inside = [i for i, c in enumerate(centers) if left <= c <= right and not cells[i]]
        col = inside[0] if inside else _column_of(seg, spans)[0]
        cells[col] = f"{cells[col]} {seg.text}".strip()
    return cells


def header_line_count(rows: list[list[str]]) -> int:
    """Lines above the first row that holds a figure outside its first column."""
    for k, row in enumerate(rows):
        if any(c and is_numeric(c) for c in row[1:]):
            return k
    return 1 if len(rows) > 2 else 0


def _merge_header(rows: list[list[str]], spanning: list[bool]) -> list[list[str]]:
    """Stack header lines into header rows: lines of one wrapped label join, a line that
    spans columns stays a row of its own."""
    out: list[list[str]] = []
    prev_span = True
    for row, span in zip(rows, spanning):
        if out and not span and not prev_span and _fits_under(out[-1], row):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
        prev_span = span
    return out


def _fits_under(above: list[str], row: list[str]) -> bool:
    """A header line continues the one above when it fills no column the line above
    left empty, except the first."""
    return all(not b or a for k, (a, b) in enumerate(zip(above, row)) if k > 0)


def fold_body(rows: list[list[str]]) -> list[list[str]]:
    """Fold wrapped first-column labels into their row.

    >>> fold_body([["Carbon dioxide", "", ""], ["(CO2)", "100", "-"], ["Methane", "5", "-"]])
    [['Carbon dioxide (CO2)', '100', '-'], ['Methane', '5', '-']]
    >>> fold_body([["Actual", "", ""], ["1996", "51,544", "37,481"]])
    [['Actual', '', ''], ['1996', '51,544', '37,481']]
    """
    out: list[list[str]] = []
    pending: list[str] | None = None
    for row in rows:
        only_first = bool(row[0]) and not any(row[1:])
        if pending is not None:
            nxt = row[0]
            if nxt and not any(row[1:]) and not (nxt[:1].islower() or _CONTINUES.search(
                    pending[0])):
                out.append(pending)
                pending = None
            elif nxt and (nxt[:1].islower() or nxt.startswith("(") or _CONTINUES.search(
                    pending[0])) and not is_numeric(nxt):
                row = [f"{pending[0]} {nxt}"] + row[1:]
                pending = None
            else:
                out.append(pending)
                pending = None
        if only_first and pending is None and out and row[0][:1].islower() and any(out[-1][1:]):
            out[-1][0] = f"{out[-1][0]} {row[0]}"
            continue
        if only_first and pending is None:
            pending = row
            continue
        out.append(row)
    if pending is not None:
        out.append(pending)
    return out


def join_wrapped_lines(rows: list[list[str]], lines: list[TextLine]) -> list[list[str]]:
    """Join lines of one wrapped row: where rows are set apart by more space than the lines
    inside a row, a line close under another and holding no figure continues it.

    >>> L = lambda top: TextLine(top, top + 8, [])
    >>> join_wrapped_lines([["Likert", "An ordered set"], ["", "of terms."],
    ...                     ["Fees", "Fees"]], [L(0), L(9), L(24)])
    [['Likert', 'An ordered set of terms.'], ['Fees', 'Fees']]
    """
    if len(rows) < 3:
        return rows
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    unit = sorted(ln.height for ln in lines)[len(lines) // 2]
    low, high = min(gaps), max(gaps)
    if high - low < 0.5 * unit:
        return rows
    cut = (low + high) / 2
    out = [list(rows[0])]
    for row, gap in zip(rows[1:], gaps):
        figures = any(c and is_numeric(c) for c in row[1:])
        opens_gap = any(out[-1][k] == "" and row[k] for k in range(1, len(row)))
        label_goes_on = not row[0] or row[0][:1].islower()
        joins = gap < cut and not figures and label_goes_on and not opens_gap
        if joins:
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
    return out


def build_grid(lines: list[TextLine]) -> Grid:
    """Separators, header rows and body rows of one region."""
    figures = [ln for ln in lines if len(ln.segments) >= 2
               and any(is_numeric(s.text) for s in ln.segments[1:])]
    spans = column_spans(figures if len(figures) >= 2 else lines)
    gaps = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]
    lines = [TextLine(ln.top, ln.bottom, [p for s in ln.segments for p in cut_segment(s, gaps)])
             for ln in lines]
    laid = [line_cells(ln, spans) for ln in lines]
    rows = [cells for cells, _ in laid]
    n_head = header_line_count(rows)
    header_rows = []
    for k in range(n_head):
        below = rows[k + 1] if k + 1 < len(rows) else []
        if laid[k][1] or sum(1 for c in rows[k] if c) < sum(1 for c in below if c) - 1:
            header_rows.append(spanning_header_cells(lines[k], spans))
        else:
            header_rows.append(rows[k])
    header = _merge_header(header_rows, [laid[k][1] or sum(1 for c in header_rows[k] if c) < 2
                                         for k in range(n_head)])
    body = fold_body(join_wrapped_lines(rows[n_head:], lines[n_head:]))
    return Grid(spans, header, body, n_head)
