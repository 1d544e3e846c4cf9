"""Which lines of a table region make one row: bands of lines set apart by space or rules.

A wrapped cell puts two or three lines in one row, often centred vertically so that they
interleave with the lines of the cells beside them. :func:`row_bands` reads the spacing,
:func:`ruled_bands` the horizontal rulings, and :func:`merge_band` stacks a band's lines
into one row when that is what they are.
"""

from __future__ import annotations

from .layout import TextLine
from .numeric import is_numeric


def row_bands(lines: list[TextLine]) -> list[list[int]]:
    """Indexes of the lines of each table row. Where rows are set apart by clearly more
    space than the lines inside a row (wrapped cells, often centred vertically, so that
    their lines interleave with the lines of the cells beside them), a band is a run of
    lines closer than the cut; otherwise each line is a band of its own.

    >>> L = lambda top: TextLine(top, top + 8, [])
    >>> row_bands([L(0), L(6), L(12), L(30), L(36), L(42), L(60), L(78)])
    [[0, 1, 2], [3, 4, 5], [6], [7]]
    >>> row_bands([L(0), L(10), L(20), L(40)])
    [[0], [1], [2], [3]]
    """
    singles = [[k] for k in range(len(lines))]
    if len(lines) < 3:
        return singles
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    unit = sorted(ln.height for ln in lines)[len(lines) // 2]
    order = sorted(gaps)
    jump, at = max((b - a, k) for k, (a, b) in enumerate(zip(order, order[1:])))
    big = len(order) - at - 1
    if jump < 0.5 * unit or big < 2 or big < 0.15 * len(gaps) or order[at] > 0.6 * unit:
        return singles
    cut = (order[at] + order[at + 1]) / 2
    bands = [[0]]
    for k, gap in enumerate(gaps, start=1):
        if gap < cut:
            bands[-1].append(k)
        else:
            bands.append([k])
    return bands


def ruled_bands(lines: list[TextLine], rules: list[tuple[float, float, float]]
                ) -> list[list[int]] | None:
    """Indexes of the lines of each row where horizontal rulings ``(top, x0, x1)`` set the
    rows apart: lines with no ruling between them share a row. None unless rulings lie
    between the lines often enough to be the rows' borders (not only a rule under the
    header and one at the foot), and some row then holds more than one line.

    >>> from pipeline.tables.layout import Segment
    >>> L = lambda top: TextLine(top, top + 8, [Segment(0, 50, top, top + 8, "x")])
    >>> rules = [(-1, 0, 50), (19, 0, 50), (39, 0, 50), (59, 0, 50)]
    >>> ruled_bands([L(0), L(10), L(20), L(30), L(40), L(50)], rules)
    [[0, 1], [2, 3], [4, 5]]
    >>> ruled_bands([L(0), L(10), L(20), L(30)], [(-1, 0, 50), (9, 0, 50), (39, 0, 50)]) is None
    True
    """
    if len(lines) < 3:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    ys = [top for top, x0, x1 in rules if x0 < right and x1 > left]
    cuts = [any(a.bottom - 1 <= y <= b.top + 1 for y in ys) for a, b in zip(lines, lines[1:])]
    if sum(cuts) < max(2, 0.25 * len(cuts)) or all(cuts):
        return None
    bands = [[0]]
    for k, cut in enumerate(cuts, start=1):
        if cut:
            bands.append([k])
        else:
            bands[-1].append(k)
    return bands


def _complete(line: TextLine) -> bool:
    """A line that is a whole row by itself: a label, then figures."""
    segs = line.segments
    return len(segs) >= 2 and not is_numeric(segs[0].text) and any(
        is_numeric(s.text) for s in segs[1:])


def split_bands(bands: list[list[int]], lines: list[TextLine],
                rules: list[tuple[float, float, float]], first: int = 0) -> list[list[int]]:
    """Bands of the body (lines from ``first`` on) that hold a row break taken apart into
    their lines: a break is a whole row (a label and its figures) set in another weight
    than the next line (bold or not), or a horizontal ruling ``(top, x0, x1)`` between two
    lines (below the middle of the one, above the middle of the other, and across most
    of the table: a row's border, not a word's underline). A bold totals row set close
    above the next row is a row of its own, not the first line of a wrapped cell; a
    wrapped bold label around its row's figures stays one band.

    >>> from pipeline.tables.layout import Segment
    >>> L = lambda top, bold=False: TextLine(top, top + 8, [Segment(0, 50, top, top + 8, "x")],
    ...                                      bold)
    >>> F = lambda top, bold=False: TextLine(top, top + 8, [Segment(0, 20, top, top + 8, "x"),
    ...                                      Segment(30, 50, top, top + 8, "4.5")], bold)
    >>> N = lambda top: TextLine(top, top + 8, [Segment(30, 50, top, top + 8, "4.5")])
    >>> lines = [L(0, True), N(9), L(18, True), F(30, True), L(39), L(60), L(67)]
    >>> split_bands([[0, 1, 2], [3, 4], [5, 6]], lines, [(66.5, 0, 50), (8, 0, 10)])
    [[0, 1, 2], [3], [4], [5], [6]]
    """
    left = min((ln.x0 for ln in lines if ln.segments), default=0.0)
    right = max((ln.x1 for ln in lines if ln.segments), default=0.0)
    ys = [top for top, x0, x1 in rules
          if min(x1, right) - max(x0, left) >= 0.6 * (right - left)]

    def breaks(upper: TextLine, lower: TextLine) -> bool:
        if upper.bold != lower.bold and _complete(upper):
            return True
        return any((upper.top + upper.bottom) / 2 < y < (lower.top + lower.bottom) / 2
                   for y in ys)

    out: list[list[int]] = []
    for band in bands:
        if any(b > first and breaks(lines[a], lines[b]) for a, b in zip(band, band[1:])):
            out += [[k] for k in band]
        else:
            out.append(band)
    return out


def merge_band(rows: list[list[str]], ruled: bool = False) -> list[str] | None:
    """The cells of a band's lines stacked per column, or None when a column would hold
    two figures or, unless rulings enclose the band, two lines fill every column (then
    the lines are rows of their own).

    >>> merge_band([["Enhanced", "Expanded", ""], ["", "", "9.1"], ["Formats", "mechanisms", ""]])
    ['Enhanced Formats', 'Expanded mechanisms', '9.1']
    >>> merge_band([["1996", "51,544"], ["1997", "52,071"]]) is None
    True
    >>> merge_band([["Lowest", "$9,594 or less"], ["Highest", "Greater than $25,771"]]) is None
    True
    """
    width = len(rows[0])
    for col in range(width):
        if sum(1 for r in rows if r[col] and is_numeric(r[col])) > 1:
            return None
    filled = {c for r in rows for c in range(width) if r[c]}
    if not ruled and len(rows) > 1 and sum(1 for r in rows if all(r[c] for c in filled)) > 1:
        return None   # two lines that each fill every column are two rows
    return [" ".join(r[col] for r in rows if r[col]) for col in range(width)]
