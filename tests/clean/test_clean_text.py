"""Properties of clean_text: the repair log points at the right text, offsets map back,
and cleaning is stable on clean English (property tests with hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_repairs_log_matches_raw_and_clean_text(path):
    raw = path.read_text(encoding="utf-8")
    result = clean_text(raw)
    for r in result.repairs:
        assert raw[r.raw_start:r.raw_end] is not None
        assert 0 <= r.start <= r.end <= len(result.text)
        # a later repair next to this one may widen the span, never lose the text
        assert r.after in result.text[r.start:r.end] or r.kind == "repeated_block"
    for s in result.suspects:
        assert result.text[s.start:s.end] == s.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_to_raw_never_decreases(path):
    raw = path.read_text(encoding="utf-8")
    result = clean_text(raw)
    positions = [result.offset_map.to_raw(i) for i in range(0, len(result.text), 97)]
    assert positions == sorted(positions)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_cleaning_twice_changes_no_letters(path):
    once = clean_text(path.read_text(encoding="utf-8")).text
    twice = clean_text(once).text
    assert twice.split() == once.split()


_ENGLISH = st.lists(st.sampled_from(
    ["the", "Kazakhstan", "SCO", "trade", "grew", "by", "15.6%", "in", "2024", "USD",
     "25.3", "billion", "(", ")", ",", "Tokayev", "e-commerce", "https://doi.org/10.1/x",
     "COVID-19", "GovTech", "“middle", "power”", "—"]), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(_ENGLISH)
def test_clean_english_is_untouched(words):
    text = " ".join(words)
    assert clean_text(text).text == text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_clean_text_never_raises_and_maps_back(text):
    result = clean_text(text)
    for r in result.repairs:
        assert 0 <= r.raw_start <= r.raw_end <= len(text)
