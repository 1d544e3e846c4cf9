"""Words of a PDF page grouped into text lines, and each line cut into segments at wide gaps.

A *segment* is a run of words closer together than a column gap; a table row is a line
with several segments. Pure functions on plain word dicts (pdfplumber's ``extract_words``
output), so they can be tested without a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

import regex

#: a leading bullet joins the text after it instead of becoming a column of its own
_BULLET = regex.compile(r"^[•▪◦●■□‣·–\-o*]$")
#: a figure standing alone as a word: two of them side by side are two cells
_FIGURE = regex.compile(r"^[(\[]?[-−–+]?[$€£]?\d(?:[\d,]*\d)?(?:\.\d+)?%?[)\]]?$")
_GROUP = regex.compile(r"^\d{3}$")


@dataclass
class Segment:
    """Words of one line that sit together: a table cell candidate."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    #: the words it was made of, ``(x0, x1, text)``, so a segment can be cut again
    words: list[tuple[float, float, str]] = field(default_factory=list, repr=False)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class TextLine:
    """One line of a page: its box and its segments, left to right."""

    top: float
    bottom: float
    segments: list[Segment] = field(default_factory=list)
    #: every word of the line is set in a bold face (a totals row, a section heading)
    bold: bool = False

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def words_to_lines(words: list[dict]) -> list[list[dict]]:
    """Group words whose vertical middles fall inside one another's line box.

    >>> w = lambda t, x, top: {"text": t, "x0": x, "x1": x + 10, "top": top, "bottom": top + 8}
    >>> [[x["text"] for x in ln] for ln in words_to_lines([w("b", 30, 11), w("a", 0, 10),
    ...                                                    w("c", 0, 30)])]
    [['a', 'b'], ['c']]
    """
    lines: list[list[dict]] = []
    boxes: list[list[float]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (word["top"] + word["bottom"]) / 2
        placed = False
        for box, line in zip(reversed(boxes), reversed(lines)):
            if box[1] < word["top"] - 20:
                break  # lines are sorted by top: nothing further back can hold it
            if box[0] <= mid <= box[1]:
                line.append(word)
                box[0], box[1] = min(box[0], word["top"]), max(box[1], word["bottom"])
                placed = True
                break
        if not placed:
            lines.append([word])
            boxes.append([word["top"], word["bottom"]])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    order = sorted(range(len(lines)), key=lambda i: boxes[i][0])
    return [lines[i] for i in order]


def split_segments(line: list[dict], min_gap: float) -> list[Segment]:
    """Cut a line's words into segments wherever the gap between words is ``>= min_gap``.

    >>> w = lambda t, x: {"text": t, "x0": x, "x1": x + 10, "top": 0, "bottom": 8}
    >>> [s.text for s in split_segments([w("Carbon", 0), w("dioxide", 12), w("100", 60)], 6)]
    ['Carbon dioxide', '100']
    >>> [s.text for s in split_segments([w("•", 0), w("the", 20), w("facility", 32)], 6)]
    ['• the facility']
    """
    segments: list[Segment] = []
    for word in line:
        last = segments[-1] if segments else None
        if last is not None and (word["x0"] - last.x1 < min_gap
                                 or (len(segments) == 1 and _BULLET.match(last.text))):
            last.x1 = max(last.x1, word["x1"])
            last.top, last.bottom = min(last.top, word["top"]), max(last.bottom, word["bottom"])
            last.text = f"{last.text} {word['text']}"
            last.words.append((word["x0"], word["x1"], word["text"]))
        else:
            segments.append(Segment(word["x0"], word["x1"], word["top"], word["bottom"],
                                    word["text"], [(word["x0"], word["x1"], word["text"])]))
    return segments


def cut_segment(seg: Segment, cuts: list[float]) -> list[Segment]:
    """Cut a segment between words wherever an x in ``cuts`` falls in a word gap.

    >>> seg = split_segments([{"text": t, "x0": x, "x1": x + 30, "top": 0, "bottom": 8}
    ...                       for t, x in (("Estimate", 0), ("Margin", 34), ("of", 66))], 6)[0]
    >>> [s.text for s in cut_segment(seg, [32.0])]
    ['Estimate', 'Margin of']
    """
    pieces: list[list[tuple[float, float, str]]] = [[]]
    for k, word in enumerate(seg.words):
        if k and any(seg.words[k - 1][1] <= x <= word[0] for x in cuts):
            pieces.append([])
        pieces[-1].append(word)
    if len(pieces) == 1:
        return [seg]
    return [Segment(p[0][0], p[-1][1], seg.top, seg.bottom, " ".join(w[2] for w in p), p)
            for p in pieces]


def split_figures(seg: Segment) -> list[Segment]:
    """Cut a segment between two figures set closer than a column gap (a tight table):
    ``2,753,438 2,799,250`` is two cells, ``100 000`` (a digit group) and ``May 21, 2009``
    one.

    >>> seg = split_segments([{"text": t, "x0": x, "x1": x + 20, "top": 0, "bottom": 8}
    ...                       for t, x in (("Maine", 0), ("13,278", 24), ("13,077", 47))], 6)[0]
    >>> [s.text for s in split_figures(seg)]
    ['Maine 13,278', '13,077']
    """
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(seg.words, seg.words[1:])
            if _FIGURE.match(a[2]) and _FIGURE.match(b[2])
            and not (_GROUP.match(b[2]) and regex.match(r"^[-−–(]?\d{1,3}$", a[2]))]
    return cut_segment(seg, cuts) if cuts else [seg]


def page_lines(words: list[dict], gap_factor: float, min_gap: float) -> list[TextLine]:
    """The page's text lines, each cut into segments at gaps wider than
    ``max(min_gap, gap_factor * median word height)``."""
    if not words:
        return []
    height = median(w["bottom"] - w["top"] for w in words)
    out = []
    for line in words_to_lines(words):
        heights = sorted(w["bottom"] - w["top"] for w in line)
        local = min(height, heights[len(heights) // 2])
        segments = [p for s in split_segments(line, max(min_gap, gap_factor * local))
                    for p in split_figures(s)]
        out.append(TextLine(min(w["top"] for w in line), max(w["bottom"] for w in line),
                            segments, all(w.get("bold") for w in line)))
    return out
