"""Offsets: edits apply, maps compose, every clean position maps back to the raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.offsets import Edit, OffsetMap, apply_edits


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="ab-\n é", max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    last_end = -1
    for start, end in zip(cuts[::2], cuts[1::2]):
        if start > last_end:  # touching edits merge into one segment; keep them apart
            edits.append(Edit("x", start, end, draw(st.text(alphabet="XYZ", max_size=3))))
            last_end = end
    return text, edits


def _check_map(source: str, target: str, m: OffsetMap) -> None:
    """Unchanged characters map one to one; the map never decreases."""
    previous = 0
    for pos in range(len(target) + 1):
        raw = m.to_raw(pos, "left")
        assert 0 <= raw <= len(source)
        assert raw >= previous
        previous = raw
    for seg_end, nxt in zip(m.segments, m.segments[1:] + [None]):
        stop = nxt.start if nxt else len(target)
        for pos in range(seg_end.end, stop):
            assert target[pos] == source[m.to_raw(pos)]


@given(text_and_edits())
def test_apply_edits_maps_back(case):
    text, edits = case
    applied = apply_edits(text, edits)
    _check_map(text, applied.text, applied.offset_map)
    for e in applied.edits:
        start, end = applied.offset_map.from_raw_span(e.start, e.end, expand=True)
        assert applied.text[start:end] == e.after


@settings(max_examples=200)
@given(text_and_edits(), st.data())
def test_composed_maps_equal_chained_lookups(case, data):
    text, edits = case
    first = apply_edits(text, edits)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(first.text)), max_size=6)))
    second_edits = [Edit("y", s, e, "Q") for s, e in zip(cuts[::2], cuts[1::2])]
    second = apply_edits(first.text, second_edits)
    composed = second.offset_map.then(first.offset_map)
    _check_map(text, second.text, composed)
    for pos in range(len(second.text)):
        # a character neither pass touched maps straight back to its raw position
        middle = second.offset_map.to_raw(pos)
        touched = any(g.start <= pos < g.end for g in second.offset_map.segments) or any(
            g.start <= middle < g.end for g in first.offset_map.segments)
        if not touched:
            assert composed.to_raw(pos) == first.offset_map.to_raw(middle)


def test_apply_edits_rejects_overlaps():
    import pytest

    with pytest.raises(ValueError, match="overlapping"):
        apply_edits("abcdef", [Edit("x", 0, 3, ""), Edit("y", 2, 4, "")])
