"""Ruled tables read from their ruling lines, as camelot's lattice and pdfplumber's
``lines`` strategy read them.

The page's edges are snapped and joined, their crossings found and the crossings turned
into cells and cells into tables with pdfplumber's own chain (``merge_edges`` ->
``edges_to_intersections`` -> ``intersections_to_cells`` -> ``cells_to_tables``). Each
table's cells are then laid on a grid whose row and column lines are the cells' edges:
a cell spanning columns or rows puts its text in the top-left position of its span, and
the characters inside a cell make one text however many lines it wraps over, so a wrapped
cell stays one cell and a ruled table stays one table.

A frame with column lines but no row lines is not a lattice: its "cells" hold whole
columns of figures. Such a table is refused (:func:`rows_are_ruled`) and left to the
text-alignment finder.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from .layout import words_to_lines
from .numeric import is_numeric

Box = tuple[float, float, float, float]


@dataclass
class RuledTable:
    """A table read from rulings: its box, cell texts on the grid, and lines per cell."""

    bbox: Box
    rows: list[list[str]]
    #: text lines of each grid cell (before joining), for checks and debugging
    lines: list[list[list[str]]] = field(default_factory=list, repr=False)
    #: ``(top, bottom)`` of each kept row
    row_bounds: list[tuple[float, float]] = field(default_factory=list, repr=False)
    #: cells spanning columns whose text falls into the columns they span, clear of the
    #: column lines: rows the rulings do not divide as the text does
    split_spans: int = 0


def _clusters(values: list[float], tolerance: float) -> list[float]:
    """Sorted values with those closer than ``tolerance`` to the previous one merged.

    >>> _clusters([10, 10.4, 30, 30.2, 55], 1.0)
    [10, 30, 55]
    """
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def join_lines(lines: list[str]) -> str:
    """A wrapped cell's lines as one text: a space between lines, none between two CJK
    characters.

    >>> join_lines(["Estimated", "completion"]), join_lines(["株主資本以外の項目", "の当期変動額"])
    ('Estimated completion', '株主資本以外の項目の当期変動額')
    """
    out = ""
    for line in lines:
        if out and not (_is_cjk(out[-1]) and _is_cjk(line[0])):
            out += " "
        out += line
    return out


def cell_lines(chars: list[dict], x_tolerance: float) -> list[str]:
    """The text lines of a cell's characters, words split at gaps wider than
    ``x_tolerance`` (a quarter of the font size at least, for PDFs without spaces)."""
    out = []
    for line in words_to_lines(chars):
        text = ""
        prev = None
        for ch in line:
            if ch["text"] == " ":
                text += " "
                continue
            if prev is not None:
                gap = ch["x0"] - prev["x1"]
                size = min(prev["bottom"] - prev["top"], ch["bottom"] - ch["top"])
                if gap > max(x_tolerance, 0.25 * size):
                    text += " "
            text += ch["text"]
            prev = ch
        out.append(" ".join(text.split()))
    return [t for t in out if t]


def grid_of(cells: list[Box], chars: list[dict], x_tolerance: float) -> RuledTable:
    """Lay a table's cells on a grid and fill each with the text of the characters whose
    centre lies in it; empty rows and columns are dropped."""
    xs = _clusters([c[0] for c in cells], 1.5)
    ys = _clusters([c[1] for c in cells], 1.5)
    x_end = max(c[2] for c in cells)
    y_end = max(c[3] for c in cells)
    owner: dict[tuple[int, int], int] = {}
    anchor: list[tuple[int, int]] = []
    for k, (x0, top, x1, bottom) in enumerate(cells):
        r0, c0 = bisect_right(ys, top + 1.5) - 1, bisect_right(xs, x0 + 1.5) - 1
        anchor.append((r0, c0))
        r1, c1 = bisect_right(ys, bottom - 1.5), bisect_right(xs, x1 - 1.5)
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                owner.setdefault((r, c), k)
    inside: list[list[dict]] = [[] for _ in cells]
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (xs[0] <= cx <= x_end and ys[0] <= cy <= y_end):
            continue
        at = owner.get((bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1))
        if at is not None:
            inside[at].append(ch)
    split_spans = sum(1 for k, found in enumerate(inside)
                      if found and _falls_apart(cells[k], found, xs))
    texts = [[""] * len(xs) for _ in ys]
    lines: list[list[list[str]]] = [[[] for _ in xs] for _ in ys]
    for k, found in enumerate(inside):
        if found:
            r, c = anchor[k]
            lines[r][c] = cell_lines(found, x_tolerance)
            texts[r][c] = join_lines(lines[r][c])
    keep_rows = [r for r in range(len(ys)) if any(texts[r])]
    keep_cols = [c for c in range(len(xs)) if any(texts[r][c] for r in keep_rows)]
    texts, lines = _merge_interleaved(texts, lines, keep_rows, keep_cols)
    bbox = (xs[0], ys[0], x_end, y_end)
    bounds = ys + [y_end]
    return RuledTable(bbox, [[texts[r][c] for c in keep_cols] for r in keep_rows],
                      [[lines[r][c] for c in keep_cols] for r in keep_rows],
                      [(bounds[r], bounds[r + 1]) for r in keep_rows], split_spans)


def _merge_interleaved(texts: list[list[str]], lines: list[list[list[str]]],
                       rows: list[int], cols: list[int]
                       ) -> tuple[list[list[str]], list[list[list[str]]]]:
    """Join two neighbouring grid columns that no row fills both of and that each hold
    text in two rows or more: column lines that stop short or step aside put one column's
    cells now left, now right of a stray line. ``cols`` is updated in place."""
    k = 0
    while k + 1 < len(cols):
        a, b = cols[k], cols[k + 1]
        filled_a = [r for r in rows if texts[r][a]]
        filled_b = [r for r in rows if texts[r][b]]
        if len(filled_a) >= 2 and len(filled_b) >= 2 and not set(filled_a) & set(filled_b):
            for r in filled_b:
                texts[r][a], lines[r][a] = texts[r][b], lines[r][b]
                texts[r][b], lines[r][b] = "", []
            del cols[k + 1]
        else:
            k += 1
    return texts, lines


def _falls_apart(cell: Box, chars: list[dict], xs: list[float]) -> bool:
    """A cell spanning grid columns whose characters sit in two or more of them with
    none across a column line (a row of figures under a ruled header, not a title)."""
    inner = [x for x in xs if cell[0] + 1.5 < x < cell[2] - 1.5]
    chars = [ch for ch in chars if ch["text"] != " "]
    if not inner or not chars:
        return False
    if any(ch["x0"] < x < ch["x1"] for ch in chars for x in inner):
        return False
    return len({bisect_right(inner, (ch["x0"] + ch["x1"]) / 2) for ch in chars}) >= 2


def _figure_line(text: str) -> bool:
    """A line most of whose words are figures.

    >>> _figure_line("2.6 3.2 -4.3"), _figure_line("Total 12"), _figure_line("1,200")
    (True, False, True)
    """
    words = text.split()
    return bool(words) and sum(is_numeric(w) for w in words) * 2 > len(words)


def rows_are_ruled(table: RuledTable) -> bool:
    """False when cells stack several rows' figures (column lines without row lines):
    two cells of one row each holding two or more lines of figures, or one cell four.

    >>> rows_are_ruled(RuledTable((0, 0, 1, 1), [["a b", "1 2"]], [[["a", "b"], ["1", "2"]]]))
    True
    >>> rows_are_ruled(RuledTable((0, 0, 1, 1), [["", ""]], [[["1", "2"], ["3", "4"]]]))
    False
    """
    for row in table.lines:
        counts = [sum(_figure_line(t) for t in cell) for cell in row]
        if sum(1 for n in counts if n >= 2) >= 2 or max(counts, default=0) >= 4:
            return False
    return True


def text_beside(table: RuledTable, chars: list[dict]) -> bool:
    """True when most of the table's rows go on outside its rulings: text on the rows'
    lines close to the left or right of the frame (a grid drawn around only some
    columns, as a spreadsheet without its bounding frame prints)."""
    x0, top, x1, bottom = table.bbox
    reach = 0.3 * (x1 - x0)
    beside = set()
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if ch["text"] == " " or not (top < cy < bottom) or x0 - 1 <= cx <= x1 + 1:
            continue
        if x0 - reach <= cx <= x1 + reach:
            beside |= {k for k, (a, b) in enumerate(table.row_bounds) if a < cy < b}
    return len(beside) >= max(2, 0.5 * len(table.row_bounds))


def find_ruled_tables(edges: list[dict], chars: list[dict], *, x_tolerance: float = 1.5,
                      min_rows: int = 2, min_cols: int = 2) -> list[RuledTable]:
    """The ruled tables of a page's edges (pdfplumber's default snap, join and
    intersection tolerances of 3 points) holding text in at least ``min_rows`` rows and
    ``min_cols`` columns, top first."""
    if len(edges) < 4:
        return []
    merged = merge_edges(edges, 3, 3, 3, 3)
    merged = [e for e in merged if (e["x1"] - e["x0"]) + (e["bottom"] - e["top"]) >= 3]
    if not any(e["orientation"] == "v" for e in merged):
        return []
    cells = intersections_to_cells(edges_to_intersections(merged, 3, 3))
    out = []
    for group in cells_to_tables(cells):
        if len(group) < min_rows * min_cols:
            continue
        table = grid_of(group, chars, x_tolerance)
        if len(table.rows) < min_rows or not table.rows or len(table.rows[0]) < min_cols:
            continue
        if table.split_spans >= max(2, 0.3 * len(table.rows)):
            continue
        if not rows_are_ruled(table) or text_beside(table, chars):
            continue
        out.append(table)
    out.sort(key=lambda t: (round(t.bbox[1]), t.bbox[0]))
    return out
