"""Candidate table regions on a page: runs of lines whose segments line up in columns.

Prose lines are one wide segment; table rows are several segments. A region is a run
of multi-segment lines (short single-segment lines allowed between them: section rows,
wrapped labels), grown upward over its header lines and stopped at a caption, a big
vertical gap or a line of prose. Ruled areas found by pdfplumber's line strategy are
used as regions of their own, so ruled, partly ruled and unruled tables are all found
by what the page shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .layout import TextLine
from .numeric import is_numeric

CAPTION = regex.compile(r"^\s*(?:Table|TABLE|Tab\.|Figure|FIGURE|Chart|Graph)\s*[\dIVXA-Z]+\b")
NOTE = regex.compile(r"^\s*(?:Source|Sources|Note|Notes|NOTE|SOURCE|Footnote|\*|¹|²|\d\s*/)",
                     regex.I)


@dataclass
class Region:
    """A candidate table: the indexes ``[first, last]`` of its lines on the page."""

    first: int
    last: int
    reason: str
    bbox: tuple[float, float, float, float] | None = None
    caption: str | None = None
    note: str | None = None
    lines: list[TextLine] = field(default_factory=list, repr=False)


#: a word label (not a list marker such as ``3.``, ``(a)`` or a bullet)
_LABEL = regex.compile(r"^(?=.*\p{L}{2})(?!\(?\w{1,3}[.)]\s)\p{L}.*$")


def body_width(lines: list[TextLine]) -> tuple[float, float]:
    """The left and right edges of the page's text block (10th/90th percentiles).

    >>> from .layout import Segment
    >>> body_width([TextLine(0, 8, [Segment(70, 520, 0, 8, "x")])])
    (70, 520)
    """
    lefts = sorted(ln.x0 for ln in lines)
    rights = sorted(ln.x1 for ln in lines)
    return lefts[len(lefts) // 10], rights[(len(rights) * 9) // 10]


def is_prose(line: TextLine, left: float, right: float, factor: float) -> bool:
    """A line of running text: wide, few segments, words rather than figures.

    >>> from .layout import Segment
    >>> is_prose(TextLine(0, 8, [Segment(70, 500, 0, 8, "A facility has to report data")]),
    ...          70, 520, 0.6)
    True
    """
    if len(line.segments) > 2:
        return False
    if len(line.segments) == 2 and _LABEL.match(line.segments[0].text) and (
            line.segments[0].x1 - line.segments[0].x0) < 0.3 * (right - left):
        return False   # a short label beside its text: a row of a glossary-like table
    if len(line.segments) == 2 and len(line.segments[1].text) <= 12 and is_numeric(
            line.segments[1].text):
        return False   # a long label and its figure
    widest = max(s.x1 - s.x0 for s in line.segments)
    digits = sum(ch.isdigit() for ch in line.text)
    return widest >= factor * (right - left) and digits < 0.3 * len(line.text)


def find_regions(lines: list[TextLine], *, prose_factor: float, max_gap_lines: float,
                 min_rows: int) -> list[Region]:
    """Runs of table-like lines, each grown over its header and trimmed of notes."""
    if not lines:
        return []
    left, right = body_width(lines)
    heights = sorted(ln.height for ln in lines)
    unit = max(heights[len(heights) // 2], 1.0)
    kinds = []
    for line in lines:
        if CAPTION.match(line.text) or is_prose(line, left, right, prose_factor):
            kinds.append("stop")
        elif len(line.segments) >= 2:
            kinds.append("multi")
        else:
            kinds.append("single")
    for k in range(1, len(lines)):
        if kinds[k] == "stop" and kinds[k - 1] != "stop" and _continues_cell(
                lines[k], lines[k - 1], left, right):
            kinds[k] = "single"
    regions: list[Region] = []
    i = 0
    while i < len(lines):
        if kinds[i] != "multi":
            i += 1
            continue
        j = i
        last_multi = i
        while j + 1 < len(lines) and kinds[j + 1] != "stop" and (
                lines[j + 1].top - lines[j].bottom) <= max_gap_lines * unit:
            j += 1
            if kinds[j] == "multi":
                last_multi = j
            elif j - last_multi > 3:
                break
        j = last_multi
        while j + 1 < len(lines) and _continues_cell(lines[j + 1], lines[j], left, right) and (
                lines[j + 1].top - lines[j].bottom) <= max_gap_lines * unit:
            j += 1   # the wrapped text of the last row
        n_multi = sum(k == "multi" for k in kinds[i:j + 1])
        if n_multi >= min_rows:
            first = _grow_up(lines, kinds, i, unit, max_gap_lines)
            first = _skip_caption_tail(lines, first, i, right - left)
            regions.append(Region(first, j, "aligned text"))
        i = j + 1
    return [r for r in regions if _columns_agree(lines[r.first:r.last + 1])]


def _continues_cell(line: TextLine, above: TextLine, left: float, right: float) -> bool:
    """A wide line set in from the text block's left edge, starting where a cell of the
    line above starts, is that cell's text going on (a long description in a table).

    >>> from .layout import Segment
    >>> above = TextLine(0, 8, [Segment(95, 150, 0, 8, "Likert"), Segment(177, 500, 0, 8, "An")])
    >>> _continues_cell(TextLine(10, 18, [Segment(177, 480, 10, 18, "of terms")]), above, 72, 530)
    True
    """
    if len(line.segments) != 1 or CAPTION.match(line.text):
        return False
    if line.x0 <= left + 0.1 * (right - left):
        return False
    return any(abs(seg.x0 - line.x0) < 2.0 for seg in above.segments)


def _grow_up(lines: list[TextLine], kinds: list[str], i: int, unit: float,
             max_gap_lines: float) -> int:
    """Take in header lines above a run: short lines close above it, up to four."""
    first = i
    while first > 0 and i - first < 4 and kinds[first - 1] != "stop" and (
            lines[first].top - lines[first - 1].bottom) <= max_gap_lines * unit:
        if is_title(lines[first - 1], lines[first], lines[i:i + 6]):
            break
        first -= 1
    return first


_BRACKETED = regex.compile(r"^\s*[(\[].*[)\]]\s*$")


def is_title(line: TextLine, below: TextLine, rows: list[TextLine]) -> bool:
    """A line above a table that is not its header: one segment, either wholly in
    brackets (a unit line, ``(in tonnes)``) or starting at the table's left edge and
    running from its first column into the next, or sitting in the first column over a
    line that has its own text there (a title or a sentence), where a spanning header
    label sits over the columns it heads.

    >>> from .layout import Segment
    >>> row = TextLine(20, 28, [Segment(60, 100, 20, 28, "North"), Segment(200, 230, 20, 28,
    ...                                                                   "1,204")])
    >>> is_title(TextLine(0, 8, [Segment(60, 260, 0, 8, "Water connections")]), row, [row])
    True
    >>> is_title(TextLine(0, 8, [Segment(190, 240, 0, 8, "Households")]), row, [row])
    False
    """
    if len(line.segments) != 1:
        return False
    if _BRACKETED.match(line.text):
        return True
    multi = [ln for ln in rows if len(ln.segments) >= 2]
    if not multi:
        return False
    left = min(ln.x0 for ln in multi)
    second = min(ln.segments[1].x0 for ln in multi)
    if abs(line.x0 - left) > max(3.0, 0.25 * (second - left)):
        return False
    return line.x1 > second or below.x0 < second


def _skip_caption_tail(lines: list[TextLine], first: int, i: int, width: float) -> int:
    """Lines right under a caption that continue it (a wrapped title, ``[In thousands]``)
    are the caption's, not the header's."""
    if first == 0 or not CAPTION.match(lines[first - 1].text):
        return first
    while first < i and len(lines[first].segments) == 1:
        text = lines[first].text
        wide = lines[first].x1 - lines[first].x0 > 0.4 * width
        if not (text[:1].islower() or text[:1] in "[(" or wide):
            break
        first += 1
    return first


def _columns_agree(lines: list[TextLine]) -> bool:
    """Reject two-column prose: a table has short cells, not two long text columns."""
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    if not multi:
        return False
    texts = [s.text for ln in multi for s in ln.segments]
    mean_len = sum(map(len, texts)) / len(texts)
    figures = sum(1 for t in texts if sum(ch.isdigit() for ch in t) * 2 >= len(t)) / len(texts)
    firsts = [ln.segments[0].text for ln in multi]
    short_labels = sum(map(len, firsts)) / len(firsts) < 30
    if mean_len >= 22 and figures < 0.15 and not short_labels:
        return False
    if mean_len < 40 or any(len(ln.segments) >= 3 for ln in multi):
        return True
    # a glossary: short labels in one column, long texts in another, both aligned
    if not short_labels or len(multi) < 3:
        return False
    for col in zip(*[[s.x0 for s in ln.segments] for ln in multi]):
        aligned = max(sum(1 for x in col if abs(x - y) < 3) for y in col)
        if aligned < 0.75 * len(col):
            return False
    return True


def title_above(above: list[TextLine], top: float, lookback: int) -> str | None:
    """A title, unit line or sentence just above a table starting at ``top``: the single
    lines (one segment each) set close over one another and over the table, at most
    ``lookback`` of them.

    >>> from .layout import Segment
    >>> ln = lambda top, t: TextLine(top, top + 8, [Segment(0, 90, top, top + 8, t)])
    >>> title_above([ln(0, "Deliveries by region"), ln(11, "(in tonnes)")], 24, 3)
    'Deliveries by region (in tonnes)'
    >>> title_above([ln(0, "Deliveries by region")], 60, 3) is None
    True
    """
    k = len(above) - 1
    while k >= max(0, len(above) - lookback) and len(above[k].segments) == 1 and (
            top - above[k].bottom <= 2.5 * max(above[k].height, 1.0)):
        top, k = above[k].top, k - 1
    return " ".join(ln.text for ln in above[k + 1:]) or None


def attach_caption(lines: list[TextLine], region: Region, lookback: int = 3) -> None:
    """The caption above (``Table 3: ...``) or below, and the note under the region."""
    for k in range(region.first - 1, max(-1, region.first - 1 - lookback), -1):
        if CAPTION.match(lines[k].text):
            region.caption = " ".join(ln.text for ln in lines[k:region.first])
            break
    if region.caption is None and region.first > 0:
        top = region.lines[0].top if region.lines else lines[region.first].top
        region.caption = title_above(lines[:region.first], top, lookback)
    after = region.last + 1
    if after < len(lines):
        if region.caption is None and CAPTION.match(lines[after].text):
            region.caption = lines[after].text
        elif NOTE.match(lines[after].text):
            region.note = lines[after].text
