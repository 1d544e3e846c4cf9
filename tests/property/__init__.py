"""Property tests (hypothesis) of every parser and repair (issue 18).

Each property runs :data:`EXAMPLES` examples in a normal run and the ``slow`` profile's
count (20,000) under ``pytest --slow`` (``tests/conftest.py``); both are derandomized, so
CI sees the same examples every time.

The strings are drawn from the alphabets this corpus is made of (ASCII, Latin-1, Russian
and Kazakh Cyrillic, the Latin glyphs a Latin-only OCR reads Cyrillic as, digits, every
kind of line break and space, stray markup), mixed with fragments that set each repair off.
"""

from __future__ import annotations

from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

from pipeline.offsets import Applied, Edit, OffsetMap, apply_edits

#: examples per property in a normal run
EXAMPLES = 1000


def examples(n: int = EXAMPLES, **kwargs: Any) -> settings:
    """Settings of a property: ``n`` examples, or the loaded profile's count when that is
    larger (``--slow``)."""
    return settings(max_examples=max(n, settings.default.max_examples), **kwargs)


ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
LATIN1 = "".join(chr(c) for c in range(0xA0, 0x100))
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
DIGITS = "0123456789"
#: spaces and breaks: tab, LF, CR, NBSP, LINE SEPARATOR, PARAGRAPH SEPARATOR, form feed
SPACE = " \t\n\r\u00a0\u2028\u2029\x0c"
#: the characters a converter or an OCR engine leaves: quotes, dashes, bullets, C1 controls
ODD = "“”‘’«»–—−•…·\u0080\u0093\u0097\ufffd€™"

CHARS = st.sampled_from(ASCII + LATIN1 + RUSSIAN + KAZAKH + DIGITS + SPACE + ODD)

#: fragments that set off a repair or a parser: look-alike glyphs, markup and entities,
#: line-end hyphens, citations, menus, mojibake, numbers
FRAGMENTS = st.sampled_from([
    ")K", "bI", "JI", "/I", "II", "3", "6", "Ka3akcTaH ", ")KQHe ", "Pecei ", "6ipJIecin ",
    "npoIIIJIa ", "BcTpeYa ", "MuHucTpoB.", "<b>", "</b>", "<br>", "<br/>", "<i>", "</span>",
    "<p class='x'>", "&amp;", "&lt;", "&#1179;", "&#x49B;", "&nbsp;", "-\n", "- \n", "-\r\n",
    "\n\n", "\n", "\t", "[4, p.\n25]", '28" ', '"', "English\n", "Русский\n", "Қазақ\n",
    "German\n", "Ìàðèàíî ", "çàêîí÷èë ", "â€™", "Ã©", "рПДБЕФУС ", "develop", "ment ",
    "region", "al ", "oo our militarino on or razariotari o orian ", "1,234.56", "31.5 ",
    "bn ", "USD ", "$", "%", "2023 ", "(9,819)", "−", "one hundred ", "million ",
    "Table 1\n", "Source: ", "Kazakhstan 28\n",
])

#: a string of the corpus's alphabets and the fragments above
TEXT = st.lists(st.one_of(st.text(CHARS, max_size=12), FRAGMENTS),
                max_size=16).map("".join)


# -- checks shared by the property tests ---------------------------------------------

def check_edits(text: str, edits: list[Edit]) -> Applied:
    """Edits lie inside ``text``, do not overlap, and apply to the text they describe."""
    assert isinstance(edits, list)
    for e in edits:
        assert isinstance(e, Edit)
        assert 0 <= e.start <= e.end <= len(text), e
        assert isinstance(e.after, str) and 0.0 <= e.confidence <= 1.0
    applied = apply_edits(text, edits)     # raises on an overlap
    ordered = list(applied.edits)
    for a, b in zip(ordered, ordered[1:]):
        assert a.end <= b.start
    rebuilt, pos = [], 0
    for e in ordered:
        rebuilt += [text[pos:e.start], e.after]
        pos = e.end
    assert "".join(rebuilt) + text[pos:] == applied.text
    return applied


def check_map(source: str, target: str, m: OffsetMap) -> None:
    """``m`` maps ``target`` into ``source``: every target offset to a source offset, both
    directions monotone, untouched characters one to one, segments in order."""
    previous = 0
    for s in m.segments:
        assert previous <= s.start <= s.end <= len(target)
        assert 0 <= s.raw_start <= s.raw_end <= len(source)
        previous = s.end
    for a, b in zip(m.segments, m.segments[1:]):
        # the untouched run between two segments has the same length on both sides
        assert b.start - a.end == b.raw_start - a.raw_end >= 0
    tail = m.segments[-1] if m.segments else None
    assert len(target) - (tail.end if tail else 0) == len(source) - (tail.raw_end if tail else 0)
    for side in ("left", "right"):
        last = 0
        for pos in range(len(target) + 1):
            raw = m.to_raw(pos, side)
            assert 0 <= raw <= len(source)
            assert raw >= last, (pos, side)
            last = raw
        last = 0
        for pos in range(len(source) + 1):
            new = m.from_raw(pos, side)
            assert 0 <= new <= len(target)
            assert new >= last, (pos, side)
            last = new
    # both ends of the target reach both ends of the source (a deletion at an edge is
    # outside a span that ends, or starts, there: ``side`` says which)
    assert m.to_raw(0, "right") == 0 and m.to_raw(len(target), "left") == len(source)
    bounds = [0] + [x for seg in m.segments for x in (seg.start, seg.end)] + [len(target)]
    for lo, hi in zip(bounds[::2], bounds[1::2]):       # the untouched runs
        for pos in range(lo, hi):
            raw = m.to_raw(pos)
            assert target[pos] == source[raw]
            assert m.from_raw(raw) == pos


def touches(span: tuple[int, int], m: OffsetMap) -> bool:
    """Whether ``span`` of a repair's output meets (or borders) what that repair changed."""
    return any(s.start <= span[1] and span[0] <= s.end for s in m.segments)
