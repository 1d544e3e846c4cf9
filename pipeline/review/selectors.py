"""W3C Web Annotation selectors for the text a decision rests on, and finding it again.

A decision records its evidence twice, as the W3C model does: a ``TextQuoteSelector``
(``exact`` with some ``prefix`` and ``suffix``) and a ``TextPositionSelector``
(``start``, ``end`` in the cleaned text). A claim's quote is its sentence, refined by the
value's position inside it (``refinedBy``); a table claim's is its table, refined by the
cell. After a re-run :func:`locate` finds the quote in the new text: through an
:class:`~pipeline.offsets.OffsetMap` from the old text to the new one when the old text
was kept (:func:`diff_map`), else by searching the quote and its context.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..offsets import Edit, OffsetMap, apply_edits

CONTEXT = 32
#: replaced blocks up to this size are diffed again character by character
REFINE_CHARS = 4000
#: a quote found by one side of its context only must read at least this much like before
SIMILAR = 0.6


def quote_selectors(text: str, start: int, end: int, context: int = CONTEXT) -> list[dict]:
    """The selectors of ``text[start:end]``.

    >>> quote_selectors("China grew 30% in 2023.", 6, 14, context=4)[0]
    {'type': 'TextQuoteSelector', 'exact': 'grew 30%', 'prefix': 'ina ', 'suffix': ' in '}
    """
    return [{"type": "TextQuoteSelector", "exact": text[start:end],
             "prefix": text[max(0, start - context):start], "suffix": text[end:end + context]},
            {"type": "TextPositionSelector", "start": start, "end": end}]


def selector(selectors: list[dict], kind: str) -> dict:
    return next((s for s in selectors if s.get("type") == kind), {})


@dataclass(frozen=True)
class Located:
    """Where an old quote is in the new text: ``same`` place, ``moved``, ``changed``
    (``start:end`` is what stands there now) or ``gone``."""

    how: str
    start: int = -1
    end: int = -1


def diff_map(old: str, new: str) -> OffsetMap:
    """An offset map from ``new`` back to ``old`` (``old`` plays the raw text), from a
    line diff refined character by character inside small replaced blocks.

    >>> m = diff_map("one\\ntwo\\n", "zero\\none\\ntwo\\n")
    >>> m.from_raw_span(4, 7)
    (9, 12)
    """
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pos_a, pos_b = _starts(a), _starts(b)
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        lo, hi = pos_a[i1], pos_a[i2]
        chunk = new[pos_b[j1]:pos_b[j2]]
        if tag == "replace" and hi - lo <= REFINE_CHARS and len(chunk) <= REFINE_CHARS:
            inner = SequenceMatcher(None, old[lo:hi], chunk, autojunk=False)
            for t, k1, k2, m1, m2 in inner.get_opcodes():
                if t != "equal":
                    edits.append(Edit("diff", lo + k1, lo + k2, chunk[m1:m2]))
        else:
            edits.append(Edit("diff", lo, hi, chunk))
    applied = apply_edits(old, edits)
    assert applied.text == new, "the diff does not rebuild the new text"
    return applied.offset_map


def _starts(lines: list[str]) -> list[int]:
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out


def locate(selectors: list[dict], new: str, old: str | None = None) -> Located:
    """Find the quote of ``selectors`` in ``new`` (``old``: the text it was taken from).

    >>> sel = quote_selectors("Trade grew 30% in 2023. Exports fell.", 0, 23)
    >>> locate(sel, "New line.\\nTrade grew 30% in 2023. Exports fell.")
    Located(how='moved', start=10, end=33)
    >>> locate(sel, "Trade grew 35% in 2023. Exports fell.")
    Located(how='changed', start=0, end=23)
    """
    quote = selector(selectors, "TextQuoteSelector")
    position = selector(selectors, "TextPositionSelector")
    exact, prefix, suffix = quote.get("exact", ""), quote.get("prefix", ""), \
        quote.get("suffix", "")
    start = int(position.get("start", 0))
    end = int(position.get("end", start + len(exact)))
    if not exact:
        return Located("gone")
    if new[start:end] == exact and new[:start].endswith(prefix) and \
            new[end:].startswith(suffix):
        return Located("same", start, end)
    if old is not None and old[start:end] == exact:
        lo, hi = diff_map(old, new).from_raw_span(start, end)
        if new[lo:hi] == exact:
            return Located("same" if lo == start else "moved", lo, hi)
        return Located("changed", lo, hi) if hi > lo else Located("gone")
    found = _search(new, exact, prefix, suffix, start)
    if found is not None:
        return Located("same" if found == start else "moved", found, found + len(exact))
    return _between(new, exact, prefix, suffix, start)


def _search(text: str, exact: str, prefix: str, suffix: str, near: int) -> int | None:
    """The occurrence of ``exact`` whose context agrees best with the quote's, the one
    nearest the old position among equals."""
    best: tuple[int, int] | None = None
    found = None
    at = text.find(exact)
    while at >= 0:
        agree = _common_suffix(text[max(0, at - len(prefix)):at], prefix) + \
            _common_prefix(text[at + len(exact):at + len(exact) + len(suffix)], suffix)
        rank = (agree, -abs(at - near))
        if best is None or rank > best:
            best, found = rank, at
        at = text.find(exact, at + 1)
    return found


def _between(text: str, exact: str, prefix: str, suffix: str, near: int) -> Located:
    """The quote's text changed: what now stands between its prefix and its suffix
    (the pair nearest the old place, no further apart than twice the quote). An empty
    prefix or suffix is the start or end of the text; a short one says too little."""
    if (prefix and len(prefix) < 8) or (suffix and len(suffix) < 8):
        return Located("gone")
    limit = 2 * len(exact) + 2 * CONTEXT
    starts = []
    at = text.find(prefix) if prefix else -1
    while at >= 0:
        starts.append(at + len(prefix))
        at = text.find(prefix, at + 1)
    if not prefix:
        starts = [0]
    best: tuple[int, int, int] | None = None
    for lo in starts:
        if prefix and suffix and text.find(suffix, lo - len(prefix), lo + 1) >= 0:
            return Located("gone")  # its context closed up over it: the quote was deleted
        if suffix:
            hi = text.find(suffix, lo, lo + limit + len(suffix))
        else:
            hi = len(text) if len(text) - lo <= limit else -1
        if hi > lo and (best is None or abs(lo - near) < best[0]):
            best = (abs(lo - near), lo, hi)
    if best is None and prefix and len(starts) == 1 and suffix:
        # the text after the quote changed too: the quote's length after its prefix,
        # if it still reads much like the quote
        best = (0, starts[0], min(len(text), starts[0] + len(exact)))
    if best is None and suffix and not starts:
        ends = _occurrences(text, suffix)
        if len(ends) == 1 and (prefix or ends[0] <= limit):
            best = (0, max(0, ends[0] - len(exact)), ends[0])
    if best is not None and not (prefix and suffix and text.find(suffix, best[1]) == best[2]):
        if SequenceMatcher(None, text[best[1]:best[2]], exact).ratio() < SIMILAR:
            return Located("gone")
    if best is None or best[2] <= best[1]:
        return Located("gone")
    return Located("changed", best[1], best[2])


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
