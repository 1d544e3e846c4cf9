"""Text columns of a page: the gutters between them and the blocks of lines they divide.

A page set in two (or three) columns of running text has *gutters*: vertical white bands
that no character crosses, running through line after line of prose on both sides. An
unruled table set in one of the columns shares its lines with the text of the column
beside it, so that, read across the whole width, every row of the table is glued to a
line of prose and no table is seen. Camelot's stream mode is given *table areas* for
this; here the areas are found from the page's word geometry: the gutters, and the
*column blocks*, the runs of lines that no word crosses a gutter in.

A genuine wide table whose column gaps fall on the gutter is not cut in two: its gaps
are bands limited to the table's rows, which hold cells on both sides of the gap and no
prose; such a run of lines is taken out of the blocks and read across the full width.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

import regex

from .layout import words_to_lines

#: the narrowest gutter, in median word heights (a word gap is far narrower)
MIN_GUTTER = 1.0
#: lines with prose on both sides of a gap needed to call it a gutter (count and share)
MIN_SUPPORT, SUPPORT_SHARE = 5, 0.2
#: a side of a line is prose when its words fill this share of the column
PROSE_FILL = 0.6
#: a column is at least this share of the text block wide, a gutter at most this one
MIN_COLUMN, MAX_GUTTER = 0.2, 0.1

_LETTER = regex.compile(r"\p{L}")


@dataclass
class ColumnBlock:
    """A run of lines divided by gutters: its vertical extent and the column bounds
    ``(x0, x1)`` left to right."""

    top: float
    bottom: float
    columns: list[tuple[float, float]]
    lines: list[list[dict]] = field(default_factory=list, repr=False)


def _wordy(words: list[dict]) -> bool:
    """Words of running text: three or more, mostly letters.

    >>> w = lambda t: {"text": t}
    >>> _wordy([w("the"), w("water"), w("committees")]), _wordy([w("412.5"), w("38"), w("x")])
    (True, False)
    """
    if len(words) < 3:
        return False
    text = "".join(w["text"] for w in words)
    return len(_LETTER.findall(text)) >= 0.6 * len(text)


def _runs(line: list[dict], min_gap: float) -> list[list[dict]]:
    """A line's words cut at gaps of ``min_gap`` or more."""
    runs: list[list[dict]] = []
    for word in line:
        if runs and word["x0"] - runs[-1][-1]["x1"] < min_gap:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def find_gutters(lines: list[list[dict]], left: float, right: float, min_gap: float
                 ) -> list[tuple[float, float]]:
    """The gutters ``(x0, x1)`` of a page's lines (each a list of word dicts, left to
    right) in the text block ``left`` .. ``right``: x-ranges that lie in a gap between two
    runs of prose on at least ``MIN_SUPPORT`` lines (and ``SUPPORT_SHARE`` of them), each
    narrowed to the part all those gaps share; narrow (``MAX_GUTTER`` of the block at
    most: a table's gap between labels and texts is often wider) and with running text
    set beside it (:func:`_set_as_text`).

    >>> w = lambda x, top: [{"text": t, "x0": x + 30 * k, "x1": x + 30 * k + 25, "top": top,
    ...                      "bottom": top + 8} for k, t in enumerate("the water is on".split())]
    >>> lines = [w(50, 12 * k) + w(190, 12 * k) for k in range(8)]
    >>> find_gutters(lines, 50, 305, 8)
    [(165, 190)]
    """
    width = right - left
    gaps: list[tuple[float, float, float, float]] = []
    for line in lines:
        runs = _runs(line, min_gap)
        for a, b in zip(runs, runs[1:]):
            wide = (a[-1]["x1"] - a[0]["x0"] >= MIN_COLUMN * width * PROSE_FILL
                    and b[-1]["x1"] - b[0]["x0"] >= MIN_COLUMN * width * PROSE_FILL)
            if wide and _wordy(a) and _wordy(b):
                gaps.append((a[-1]["x1"], b[0]["x0"], a[0]["x0"], b[-1]["x1"]))
    need = max(MIN_SUPPORT, SUPPORT_SHARE * len(lines))
    if len(gaps) < need:
        return []
    support = {}
    for x in sorted({round(x) for a, b, _, _ in gaps for x in (a, b)}):
        hold = [g for g in gaps if g[0] <= x <= g[1]]
        if len(hold) >= need:
            support[x] = hold
    gutters: list[tuple[float, float]] = []
    for x in sorted(support, key=lambda x: (-len(support[x]), x)):
        hold = support[x]
        band = (max(g[0] for g in hold), min(g[1] for g in hold))
        inside = left + MIN_COLUMN * width <= band[0] and band[1] <= right - MIN_COLUMN * width
        apart = all(band[1] + MIN_COLUMN * width <= g0 or g1 + MIN_COLUMN * width <= band[0]
                    for g0, g1 in gutters)
        narrow = band[1] - band[0] <= MAX_GUTTER * width
        if inside and apart and narrow and _set_as_text(hold, band):
            gutters.append(band)
    gutters.sort()
    return gutters


def _set_as_text(gaps: list[tuple[float, float, float, float]], band: tuple[float, float]
                 ) -> bool:
    """Whether the lines beside a gutter are set as running text is: the column after it
    flush left (most lines start at its left edge) and the column before it filled (most
    lines end near the gutter). A table's column of right-aligned or short texts beside
    its labels fails. ``gaps`` are ``(gap x0, gap x1, left run x0, right run x1)``.

    >>> _set_as_text([(160, 200, 50, 300), (150, 200, 50, 310), (165, 200, 50, 305)],
    ...              (165, 200))
    True
    >>> _set_as_text([(160, 200, 50, 300), (150, 230, 50, 300), (165, 260, 50, 300)],
    ...              (165, 200))
    False
    """
    flush = sum(1 for g in gaps if g[1] - band[1] <= 2.0)
    column = band[0] - min(g[2] for g in gaps)
    filled = sum(1 for g in gaps if band[0] - g[0] <= 0.2 * column)
    return flush >= 0.6 * len(gaps) and filled >= 0.5 * len(gaps)


def _sides(line: list[dict], columns: list[tuple[float, float]]) -> list[list[dict]]:
    """The words of a line in each column."""
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])]
    sides: list[list[dict]] = [[] for _ in columns]
    for word in line:
        sides[sum(1 for c in cuts if word["x0"] >= c)].append(word)
    return sides


def _is_prose(side: list[dict], column: tuple[float, float], min_gap: float) -> bool:
    """A column's part of a line that is a line of its running text: one run of words
    filling most of the column."""
    return (bool(side) and len(_runs(side, min_gap)) == 1 and _wordy(side)
            and side[-1]["x1"] - side[0]["x0"] >= PROSE_FILL * (column[1] - column[0]))


def _crosses(line: list[dict], gutters: list[tuple[float, float]]) -> bool:
    """A word of the line reaches into a gutter (a title or a wide table row)."""
    return any(w["x0"] < g1 - 0.5 and w["x1"] > g0 + 0.5 for w in line for g0, g1 in gutters)


def _wide_rows(kinds: list[tuple[bool, int]]) -> list[bool]:
    """Which lines of a block belong to a table read across the gutter: runs of lines
    with no prose on either side that hold text on two sides or more on at least two of
    their lines (``kinds`` gives, per line, whether a side is prose and how many sides
    hold text).

    >>> _wide_rows([(True, 2), (False, 1), (False, 2), (False, 2), (True, 2), (False, 2)])
    [False, True, True, True, False, False]
    """
    out = [False] * len(kinds)
    k = 0
    while k < len(kinds):
        if kinds[k][0]:
            k += 1
            continue
        end = k
        while end < len(kinds) and not kinds[end][0]:
            end += 1
        if sum(1 for _, n in kinds[k:end] if n >= 2) >= 2:
            out[k:end] = [True] * (end - k)
        k = end
    return out


def column_blocks(words: list[dict]) -> list[ColumnBlock]:
    """The page's runs of lines divided by gutters, with their columns; empty for a page
    set in one column.

    >>> w = lambda x, top, text: [{"text": t, "x0": x + 30 * k, "x1": x + 30 * k + 25,
    ...                            "top": top, "bottom": top + 8}
    ...                           for k, t in enumerate(text.split())]
    >>> words = [x for k in range(8) for x in w(50, 12 * k, "the water is on")
    ...          + w(190, 12 * k, "when it rains here")]
    >>> [(b.top, b.bottom, b.columns) for b in column_blocks(words)]
    [(0, 92, [(50, 165), (190, 305)])]
    """
    if len(words) < 2 * MIN_SUPPORT:
        return []
    lines = words_to_lines(words)
    height = median(w["bottom"] - w["top"] for w in words)
    min_gap = MIN_GUTTER * height
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    gutters = find_gutters(lines, left, right, min_gap)
    if not gutters:
        return []
    bounds = [left] + [x for g in gutters for x in g] + [right]
    columns = list(zip(bounds[::2], bounds[1::2]))
    blocks: list[ColumnBlock] = []
    run: list[list[dict]] = []
    for line in lines + [[]]:
        if line and not _crosses(line, gutters):
            run.append(line)
            continue
        kinds = []
        for ln in run:
            sides = _sides(ln, columns)
            kinds.append((any(_is_prose(s, c, min_gap) for s, c in zip(sides, columns)),
                          sum(1 for s in sides if s)))
        wide = _wide_rows(kinds)
        k = 0
        while k < len(run):
            if wide[k]:
                k += 1
                continue
            end = k
            while end < len(run) and not wide[end]:
                end += 1
            part = run[k:end]
            blocks.append(ColumnBlock(min(w["top"] for w in part[0]),
                                      max(w["bottom"] for w in part[-1]), columns, part))
            k = end
        run = []
    return [b for b in blocks if len(b.lines) >= 2]


def column_areas(words: list[dict], blocks: list[ColumnBlock]
                 ) -> tuple[list[dict], list[tuple[ColumnBlock, int, list[dict]]]]:
    """The page's words parted into those read across the full width (outside every
    block) and those of each column of each block (with the column's index).

    >>> a, b, c, d = ({"x0": x} for x in (0, 70, 65, 1))
    >>> rest, areas = column_areas([a, b, c, d], [ColumnBlock(0, 20, [(0, 40), (60, 100)],
    ...                                                       [[a, b], [c]])])
    >>> rest, [(k, len(a)) for _, k, a in areas]
    ([{'x0': 1}], [(0, 1), (1, 2)])
    """
    placed: set[int] = set()
    areas: list[tuple[ColumnBlock, int, list[dict]]] = []
    for block in blocks:
        per: list[list[dict]] = [[] for _ in block.columns]
        for line in block.lines:
            for k, side in enumerate(_sides(line, block.columns)):
                per[k] += side
                placed.update(id(w) for w in side)
        areas += [(block, k, area) for k, area in enumerate(per) if area]
    return [w for w in words if id(w) not in placed], areas


def starts_and_ends_beside(block: ColumnBlock, column: int, top: float, bottom: float
                           ) -> bool:
    """Whether a table found in ``column`` of ``block`` between ``top`` and ``bottom`` has
    text in a column beside it that starts and ends with it (white space above its first
    line and under its last, wider than the column's usual line spacing): the labels of
    a wide table whose first column gap lies on the gutter, not running text going on
    past the table, nor an empty column.

    >>> line = lambda x, top: [{"text": "w", "x0": x, "x1": x + 40, "top": top,
    ...                         "bottom": top + 8}]
    >>> b = ColumnBlock(0, 200, [(0, 100), (120, 200)],
    ...                 [line(0, 12 * k) for k in range(4)] + [line(0, 70 + 12 * k) + line(
    ...                  130, 70 + 12 * k) for k in range(3)] + [line(0, 130)])
    >>> starts_and_ends_beside(b, 1, 70, 102), starts_and_ends_beside(b, 1, 82, 102)
    (True, False)
    """
    for k in (column - 1, column + 1):
        if not 0 <= k < len(block.columns):
            continue
        side = [s for s in (_sides(ln, block.columns)[k] for ln in block.lines) if s]
        boxes = [(min(w["top"] for w in s), max(w["bottom"] for w in s)) for s in side]
        beside = [i for i, (a, b) in enumerate(boxes) if b > top and a < bottom]
        if not beside or len(boxes) < 3:
            continue
        gaps = [b[0] - a[1] for a, b in zip(boxes, boxes[1:])]
        height = median(b - a for a, b in boxes)
        wide = median(gaps) + 0.5 * height
        first, last = beside[0], beside[-1]
        above = boxes[first][0] - boxes[first - 1][1] if first > 0 else wide + 1
        below = boxes[last + 1][0] - boxes[last][1] if last + 1 < len(boxes) else wide + 1
        if above > wide and below > wide:
            return True
    return False


def in_block(top: float, bottom: float, spans: list[tuple[float, float]],
             blocks: list[ColumnBlock]) -> bool:
    """Whether a line (its extent and its words' ``(x0, x1)``) lies in a block, clear of
    its gutters.

    >>> b = ColumnBlock(0, 100, [(50, 165), (190, 305)])
    >>> in_block(10, 18, [(50, 160), (190, 300)], [b]), in_block(10, 18, [(50, 180)], [b])
    (True, False)
    """
    mid = (top + bottom) / 2
    for block in blocks:
        if block.top <= mid <= block.bottom:
            gutters = [(a[1], b[0]) for a, b in zip(block.columns, block.columns[1:])]
            return not any(x0 < g1 - 0.5 and x1 > g0 + 0.5 for x0, x1 in spans
                           for g0, g1 in gutters)
    return False
