"""A region's lines turned into a grid: column separators, header rows, body rows.

Column separators are the x-ranges that no (or almost no) body segment covers, as
camelot's stream mode finds them, but only inside the region. Header lines are laid out
as on the page, a spanning header's text in the first column it spans. Body lines that
only continue a wrapped label are folded into their row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .bands import merge_band, row_bands, ruled_bands, split_bands
from .layout import Segment, TextLine, cut_segment
from .numeric import is_numeric, is_year_heading

_CONTINUES = regex.compile(r"(?:[,;:/(&-]|\b(?:and|or|of|the|for|in|to|with|by|a|an))$", regex.I)


@dataclass
class Grid:
    """A table's cells as laid out: header rows, body rows, and how they were found."""

    separators: list[tuple[float, float]]
    header: list[list[str]] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    header_lines: int = 0


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
    """Lines above the first row that holds a figure outside its first column (a row of
    column years over other figures is header too).

    >>> header_line_count([["Region", "2021", "2022"], ["North", "1,204", "1,310"],
    ...                    ["South", "987", "1,045"]])
    1
    """
    for k, row in enumerate(rows):
        if any(c and is_numeric(c) for c in row[1:]):
            if is_year_heading(row, rows[k + 1:k + 6]):
                continue
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


def join_wrapped_lines(rows: list[list[str]], lines: list[TextLine], *,
                       text_only: bool = False) -> list[list[str]]:
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
    if high - low < 0.5 * unit and not text_only:
        return rows
    # in a table of words only, a line with no label, or a label going on in lower case,
    # continues the row above however evenly the lines are spaced
    cut = (low + high) / 2
    out = [list(rows[0])]
    for row, gap in zip(rows[1:], gaps):
        figures = any(c and is_numeric(c) for c in row[1:])
        opens_gap = any(out[-1][k] == "" and row[k] for k in range(1, len(row)))
        label_goes_on = not row[0] or row[0][:1].islower()
        joins = (gap < cut or text_only) and not figures and label_goes_on and not opens_gap
        if joins:
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
    return out


def add_text_columns(spans: list[tuple[float, float]], lines: list[TextLine]
                     ) -> list[tuple[float, float]]:
    """Columns that only text shows: segments of the body's lines lying wholly in the
    free space between the figure columns, on two lines or more, make a column.

    >>> S = lambda a, b: Segment(a, b, 0, 8, "x")
    >>> add_text_columns([(0, 20), (100, 110)], [TextLine(0, 8, [S(0, 20), S(40, 80)]),
    ...                  TextLine(10, 18, [S(45, 70)])])
    [(0, 20), (40, 80), (100, 110)]
    """
    free = [seg for ln in lines for seg in ln.segments
            if not any(seg.x0 < b and seg.x1 > a for a, b in spans)]
    found: list[list[float]] = []
    for seg in sorted(free, key=lambda s: s.x0):
        if found and seg.x0 < found[-1][1]:
            found[-1][1] = max(found[-1][1], seg.x1)
            found[-1][2] += 1
        else:
            found.append([seg.x0, seg.x1, 1])
    extra = [(a, b) for a, b, n in found if n >= 2]
    return sorted(spans + extra)


def _cuts(seg: Segment, spans: list[tuple[float, float]]) -> list[float]:
    """Where a segment is cut between columns: midway between two columns it reaches
    into both of (a wrapped label that only runs into the gap stays whole)."""
    return [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])
            if seg.x0 < a[1] and seg.x1 > b[0]]


def join_continuations(rows: list[list[str]]) -> list[list[str]]:
    """In a table of words only, a row with no label or a label going on in lower case
    continues the row above.

    >>> join_continuations([["Likert", "An ordered"], ["", "set."], ["scale", "x"]])
    [['Likert scale', 'An ordered set. x']]
    """
    out: list[list[str]] = []
    for row in rows:
        if out and (not row[0] or row[0][:1].islower()):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
    return out


def figure_lines(lines: list[TextLine]) -> list[TextLine]:
    """Lines with a figure after their first segment: the body rows, whose gaps show the
    columns best.

    >>> S = lambda a, b, t: Segment(a, b, 0, 8, t)
    >>> len(figure_lines([TextLine(0, 8, [S(0, 20, "Year"), S(50, 60, "Trade")]),
    ...                   TextLine(10, 18, [S(0, 20, "2023"), S(50, 60, "139.8")])]))
    1
    """
    return [ln for ln in lines if len(ln.segments) >= 2
            and any(is_numeric(s.text) for s in ln.segments[1:])]


def column_layout(lines: list[TextLine], figures: list[TextLine], bands: list[list[int]]
                  ) -> list[tuple[float, float]]:
    """The columns: the spans the figure lines cover (all lines when fewer than two hold
    figures), plus columns only text shows, from the first body row down.

    >>> S = lambda a, b, t: Segment(a, b, 0, 8, t)
    >>> rows = [TextLine(0, 8, [S(0, 20, "2022"), S(50, 60, "1.5"), S(90, 99, "2.5")]),
    ...         TextLine(10, 18, [S(0, 20, "2023"), S(52, 62, "1.7"), S(90, 99, "2.6")])]
    >>> column_layout(rows, figure_lines(rows), [[0], [1]])
    [(0, 20), (50, 62), (90, 99)]
    """
    spans = column_spans(figures if len(figures) >= 2 else lines)
    first = next((k for k, ln in enumerate(lines)
                  if sum(is_numeric(s.text) for s in ln.segments[1:]) >= 2), None)
    if len(figures) >= 2 and first is not None:
        first = next(b[0] for b in bands if first in b)
        spans = add_text_columns(spans, lines[first:])
    return spans


def cut_lines(lines: list[TextLine], spans: list[tuple[float, float]]) -> list[TextLine]:
    """Each line with its segments cut where they reach across a gap into two columns.

    >>> from pipeline.tables.layout import split_segments
    >>> seg = split_segments([{"text": t, "x0": x, "x1": x + 30, "top": 0, "bottom": 8}
    ...                       for t, x in (("Exports", 0), ("12.5", 34))], 6)[0]
    >>> [s.text for s in cut_lines([TextLine(0, 8, [seg])], [(0, 30), (34, 64)])[0].segments]
    ['Exports', '12.5']
    """
    return [TextLine(ln.top, ln.bottom, [p for s in ln.segments
                                         for p in cut_segment(s, _cuts(s, spans))], ln.bold)
            for ln in lines]


def header_count(rows: list[list[str]], bands: list[list[int]]) -> int:
    """How many lines the header takes: those above the first figure row, less the first
    lines of a centred row that sit above its figures.

    >>> header_count([["Year", "Trade"], ["2023", "139.8"]], [[0], [1]])
    1
    """
    band_of = {k: b for b in bands for k in b}
    n_head = header_line_count(rows)
    if n_head < len(rows) and merge_band([rows[k] for k in band_of[n_head]]) is not None:
        n_head = band_of[n_head][0]   # a centred row's first lines sit above its figures
    return n_head


def header_rows(lines: list[TextLine], laid: list[tuple[list[str], bool]],
                spans: list[tuple[float, float]], bands: list[list[int]], n_head: int
                ) -> list[list[str]]:
    """The header lines as header rows: a spanning label placed over its columns, wrapped
    labels of one band stacked, lines of one label joined.

    >>> S = lambda a, b, t: Segment(a, b, 0, 8, t)
    >>> lines = [TextLine(0, 8, [S(0, 20, "Year"), S(50, 60, "Trade")])]
    >>> header_rows(lines, [(["Year", "Trade"], False)], [(0, 20), (50, 60)], [[0]], 1)
    [['Year', 'Trade']]
    """
    rows = [cells for cells, _ in laid]
    heads = []
    for k in range(n_head):
        below = rows[k + 1] if k + 1 < len(rows) else []
        if laid[k][1] or sum(1 for c in rows[k] if c) < sum(1 for c in below if c) - 1:
            heads.append(spanning_header_cells(lines[k], spans))
        else:
            heads.append(rows[k])
    spanning = [laid[k][1] or sum(1 for c in heads[k] if c) < 2 for k in range(n_head)]
    header_bands = [[k for k in b if k < n_head] for b in bands]
    if any(len(b) > 1 for b in header_bands):
        # a header row of wrapped, vertically centred labels: stack each column's lines
        stacked, flags = [], []
        for band in filter(None, header_bands):
            merged = merge_band([rows[k] for k in band])
            if len(band) > 1 and merged is not None and not any(laid[k][1] for k in band):
                stacked.append(merged)
                flags.append(False)
            else:
                stacked += [heads[k] for k in band]
                flags += [spanning[k] for k in band]
        heads, spanning = stacked, flags
    return _merge_header(heads, spanning)


def body_rows(rows: list[list[str]], lines: list[TextLine], bands: list[list[int]],
              by_rules: list[list[int]] | None, n_head: int, figures: bool) -> list[list[str]]:
    """The body's rows: bands of lines merged (by rules or spacing) where rows hold more
    than one line, else wrapped lines joined; wrapped first-column labels folded in.

    >>> L = lambda top: TextLine(top, top + 8, [])
    >>> body_rows([["Year", "Trade"], ["2023", "139.8"], ["2024", "141.2"]],
    ...           [L(0), L(10), L(20)], [[0], [1], [2]], None, 1, True)
    [['2023', '139.8'], ['2024', '141.2']]
    """
    if by_rules or any(len(b) > 1 for b in bands):
        body = []
        for band in by_rules or bands:
            band = [k for k in band if k >= n_head]
            merged = merge_band([rows[k] for k in band], bool(by_rules)) if band else None
            body += [merged] if merged is not None else [rows[k] for k in band]
        return fold_body(join_continuations(body) if not figures and not by_rules else body)
    return fold_body(join_wrapped_lines(rows[n_head:], lines[n_head:], text_only=not figures))


def build_grid(lines: list[TextLine], rules: list[tuple[float, float, float]] | None = None,
               breaks: list[tuple[float, float, float]] | None = None) -> Grid:
    """Separators, header rows and body rows of one region; horizontal ``rules``
    ``(top, x0, x1)``, where they border the rows, tell which lines make one row, and
    any ruling in ``breaks`` (all of the page's) sets the body lines it lies between in
    different rows.

    The chain: figure lines -> columns -> lines cut at the columns -> cells per line ->
    header lines -> header rows and body rows.

    >>> S = lambda a, b, t: Segment(a, b, 0, 8, t)
    >>> ln = lambda top, *cells: TextLine(top, top + 8, [Segment(x, x + 20, top, top + 8, t)
    ...                                                  for x, t in zip((0, 50), cells)])
    >>> g = build_grid([ln(0, "Year", "Trade"), ln(10, "2023", "139.8"), ln(20, "2024", "141.2")])
    >>> g.header, g.body
    ([['Year', 'Trade']], [['2023', '139.8'], ['2024', '141.2']])
    """
    figures = figure_lines(lines)
    bands = row_bands(lines)
    # rulings decide the body's rows where the spacing of the lines does not
    by_rules = ruled_bands(lines, rules) if rules and len(bands) == len(lines) else None
    spans = column_layout(lines, figures, bands)
    lines = cut_lines(lines, spans)
    laid = [line_cells(ln, spans) for ln in lines]
    rows = [cells for cells, _ in laid]
    n_head = header_count(rows, bands)
    header = header_rows(lines, laid, spans, bands, n_head)
    body = body_rows(rows, lines, split_bands(bands, lines, breaks or [], n_head), by_rules,
                     n_head, bool(figures))
    return Grid(spans, header, body, n_head)
