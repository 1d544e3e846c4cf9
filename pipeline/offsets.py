"""Edits and offset maps: how every repair stays traceable to the raw text.

A repair never returns a new string. It returns :class:`Edit` objects in the
coordinates of the text it was given; :func:`apply_edits` builds the new text and
an :class:`OffsetMap` from new positions back to old ones. Maps compose, so after
any number of passes a clean offset maps back to the raw file text.

An ``OffsetMap`` stores only the *changed* segments ``(start, end, raw_start,
raw_end)``; positions between them map one to one. A position inside a changed
segment maps to the segment's start (for a span start, ``side="left"``) or end
(for a span end, ``side="right"``), like pdfplumber's ``TextMap`` pairs layout
characters with the object they came from.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Side = Literal["left", "right"]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``after``; ``kind`` names the repair."""

    kind: str
    start: int
    end: int
    after: str
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}:{self.end} ({self.kind})")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    raw_start: int
    raw_end: int


class OffsetMap:
    """Map positions of a derived text to positions of its source text.

    >>> m = apply_edits("a--b", [Edit("x", 1, 3, "-")]).offset_map
    >>> m.to_raw(2), m.to_raw_span(0, 3)
    (3, (0, 4))
    """

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.segments: list[Segment] = list(segments)
        self._ends = [s.end for s in self.segments]
        self._raw_ends = [s.raw_end for s in self.segments]

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls()

    def _map(self, pos: int, side: Side, forward: bool, expand: bool = False) -> int:
        ends = self._raw_ends if forward else self._ends
        idx = bisect_left(ends, pos)
        if idx < len(self.segments):
            seg = self.segments[idx]
            src = (seg.raw_start, seg.raw_end) if forward else (seg.start, seg.end)
            dst = (seg.start, seg.end) if forward else (seg.raw_start, seg.raw_end)
            if src[0] <= pos <= src[1]:
                if src[0] == src[1] and not expand:
                    # a deletion seen from the text that lacks it: a span starting
                    # here starts after the deleted text, one ending here ends before
                    return dst[1] if side == "left" else dst[0]
                if pos == src[0] and (side == "left" or pos != src[1]):
                    return dst[0]
                if pos == src[1]:
                    return dst[1]
                return dst[0] if side == "left" else dst[1]
        if idx == 0:
            return pos
        prev = self.segments[idx - 1]
        if forward:
            return pos - prev.raw_end + prev.end
        return pos - prev.end + prev.raw_end

    def to_raw(self, pos: int, side: Side = "left") -> int:
        """Position in the source text of ``pos`` in the derived text."""
        return self._map(pos, side, forward=False)

    def from_raw(self, pos: int, side: Side = "left") -> int:
        """Position in the derived text of ``pos`` in the source text."""
        return self._map(pos, side, forward=True)

    def to_raw_span(self, start: int, end: int, expand: bool = False) -> tuple[int, int]:
        """The source span of ``start:end``; ``expand`` includes text an edit
        removed at either edge (use it for the extent of an edit itself)."""
        lo, hi = self._map(start, "left", False, expand), self._map(end, "right", False, expand)
        if hi < lo:
            lo, hi = self._map(start, "left", False, True), self._map(end, "right", False, True)
        return lo, hi

    def from_raw_span(self, start: int, end: int, expand: bool = False) -> tuple[int, int]:
        """The derived span of source ``start:end`` (see :meth:`to_raw_span`)."""
        lo, hi = self._map(start, "left", True, expand), self._map(end, "right", True, expand)
        if hi < lo:
            lo, hi = self._map(start, "left", True, True), self._map(end, "right", True, True)
        return lo, hi

    def then(self, earlier: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text2→text1, ``earlier`` maps text1→raw."""
        intervals = sorted(
            [(s.raw_start, s.raw_end) for s in self.segments]
            + [(s.start, s.end) for s in earlier.segments]
        )
        clusters: list[list[int]] = []
        for lo, hi in intervals:
            if clusters and lo <= clusters[-1][1]:
                clusters[-1][1] = max(clusters[-1][1], hi)
            else:
                clusters.append([lo, hi])
        segments = [
            Segment(
                self._map(lo, "left", True, True),
                self._map(hi, "right", True, True),
                earlier._map(lo, "left", False, True),
                earlier._map(hi, "right", False, True),
            )
            for lo, hi in clusters
        ]
        return OffsetMap(segments)

    def to_list(self) -> list[list[int]]:
        """Compact form for ``documents.jsonl``: ``[start, end, raw_start, raw_end]``."""
        return [[s.start, s.end, s.raw_start, s.raw_end] for s in self.segments]


@dataclass(frozen=True)
class Applied:
    text: str
    offset_map: OffsetMap
    edits: tuple[Edit, ...]


def apply_edits(text: str, edits: Iterable[Edit]) -> Applied:
    """Apply non-overlapping edits; return the new text and its map to ``text``.

    Edits that change nothing are dropped; overlapping edits are an error of the
    repair that made them.

    >>> apply_edits("colour of", [Edit("spell", 0, 6, "color")]).text
    'color of'
    """
    ordered = sorted((e for e in edits if text[e.start : e.end] != e.after),
                     key=lambda e: (e.start, e.end))
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    out_len = 0
    for e in ordered:
        if e.end > len(text):
            raise ValueError(f"edit {e.kind} {e.start}:{e.end} beyond text length {len(text)}")
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start} ({e.kind})")
        parts.append(text[pos : e.start])
        out_len += e.start - pos
        new_start = out_len
        parts.append(e.after)
        out_len += len(e.after)
        if segments and segments[-1].raw_end == e.start:
            last = segments.pop()
            segments.append(Segment(last.start, out_len, last.raw_start, e.end))
        else:
            segments.append(Segment(new_start, out_len, e.start, e.end))
        pos = e.end
    parts.append(text[pos:])
    return Applied("".join(parts), OffsetMap(segments), tuple(ordered))
