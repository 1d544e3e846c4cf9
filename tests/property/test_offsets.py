"""Laws of ``apply_edits`` and ``OffsetMap`` on random edit lists: the new text is the
edits applied, the map is total and monotone, composition (``then``) agrees with chained
look-ups, has the identity as its unit and is associative, and spans round-trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.offsets import Edit, OffsetMap, apply_edits

from . import check_edits, check_map, examples

_SOURCE = st.text(st.sampled_from("ab-\n éЖ\t"), max_size=30)
_AFTER = st.text(st.sampled_from("XYZa\n"), max_size=4)


@st.composite
def edits_of(draw, text: str) -> list[Edit]:
    """Non-overlapping edits of ``text``: replacements, deletions, insertions, edits that
    touch each other and edits that change nothing, in any order."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        after = draw(st.one_of(_AFTER, st.just(text[start:end])))
        edits.append(Edit("x", start, end, after))
    return draw(st.permutations(edits))


@st.composite
def passes(draw, n: int) -> tuple[list[str], list[OffsetMap]]:
    """``n`` passes of random edits: the texts (raw first) and each pass's map."""
    texts = [draw(_SOURCE)]
    maps = []
    for _ in range(n):
        applied = apply_edits(texts[-1], draw(edits_of(texts[-1])))
        texts.append(applied.text)
        maps.append(applied.offset_map)
    return texts, maps


def _segments(m: OffsetMap) -> list[list[int]]:
    return m.to_list()


@examples()
@given(st.data())
def test_apply_edits_builds_the_text_and_a_valid_map(data):
    text = data.draw(_SOURCE, label="text")
    edits = data.draw(edits_of(text), label="edits")
    applied = check_edits(text, edits)
    check_map(text, applied.text, applied.offset_map)
    assert all(text[e.start:e.end] != e.after for e in applied.edits)   # no-ops dropped
    for e in applied.edits:
        if any(o is not e and o.start <= e.end and e.start <= o.end for o in applied.edits):
            continue        # edits that touch share one segment (one span for both)
        # each edit's extent in the new text holds its replacement
        start, end = applied.offset_map.from_raw_span(e.start, e.end, expand=True)
        assert applied.text[start:end] == e.after
        assert applied.offset_map.to_raw_span(start, end, expand=True) == (e.start, e.end)


@examples()
@given(st.data())
def test_apply_edits_rejects_overlaps_and_spans_beyond_the_text(data):
    text = data.draw(st.text("ab", min_size=2, max_size=12), label="text")
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")
    inner = data.draw(st.integers(start, end - 1), label="inner")
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits(text, [Edit("x", start, end, "Q"), Edit("y", inner, end, "R")])
    with pytest.raises(ValueError, match="beyond"):
        apply_edits(text, [Edit("x", start, len(text) + 1, "Q")])


@examples()
@given(passes(2))
def test_then_agrees_with_chained_lookups(case):
    """``m2.then(m1)`` maps the last text to the raw one: valid on its own, equal to the
    chained look-up wherever neither pass changed the text, and a span maps to a span that
    holds the chained one (composition merges touching segments, never splits them)."""
    (raw, _, last), (m1, m2) = case
    composed = m2.then(m1)
    check_map(raw, last, composed)
    for pos in range(len(last) + 1):
        for side in ("left", "right"):
            chained = m1.to_raw(m2.to_raw(pos, side), side)
            if not any(s.start <= pos <= s.end for s in composed.segments):
                assert composed.to_raw(pos, side) == chained
    for start in range(len(last) + 1):
        # (an empty span at an edge of a changed segment may map to an empty raw span,
        # though chained it reaches over text the first pass deleted there)
        for end in range(start + 1, len(last) + 1):
            lo, hi = composed.to_raw_span(start, end)
            a, b = m1.to_raw_span(*m2.to_raw_span(start, end))
            assert lo <= a <= b <= hi


@examples()
@given(passes(3))
def test_then_is_associative(case):
    (raw, _, _, last), (m1, m2, m3) = case
    left = m3.then(m2).then(m1)
    right = m3.then(m2.then(m1))
    check_map(raw, last, left)
    assert _segments(left) == _segments(right)


@examples()
@given(passes(1))
def test_identity_is_the_unit_of_then(case):
    _, (m,) = case
    assert _segments(m.then(OffsetMap.identity())) == _segments(m)
    assert _segments(OffsetMap.identity().then(m)) == _segments(m)


@examples()
@given(passes(2))
def test_spans_round_trip(case):
    """A raw span maps to a span of the new text inside the text, with ``lo <= hi``; back
    again it covers the raw span whenever neither of its ends lies in a changed segment."""
    (raw, _, last), (m1, m2) = case
    m = m2.then(m1)
    for start in range(len(raw) + 1):
        for end in range(start, len(raw) + 1):
            for expand in (False, True):
                lo, hi = m.from_raw_span(start, end, expand)
                assert 0 <= lo <= hi <= len(last)
                back = m.to_raw_span(lo, hi, expand)
                assert 0 <= back[0] <= back[1] <= len(raw)
            if not any(s.raw_start <= p <= s.raw_end for s in m.segments
                       for p in (start, end)):
                assert m.to_raw_span(*m.from_raw_span(start, end)) == (start, end)
