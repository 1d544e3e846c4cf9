"""Look-alike repair on Cyrillic read back by a real Latin-only OCR engine: lexicon forms
printed with DejaVu fonts and OCR'd by Tesseract's English model
(tests/cases/tesseract_*.jsonl, made by models/cyrillic/ocr_pairs.py with a seed the
learned glyph table never saw), and the learning of that table (models/cyrillic/
confusions.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.clean.glyphs import glyph_table, learned_readings
from pipeline.clean.lookalike import repair_lookalikes

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks" / "cyrillic"))
sys.path.insert(0, str(ROOT / "models" / "cyrillic"))
from tesseract import load, score  # noqa: E402

#: lines per language: enough to read as a noisy scan, few enough to run in seconds
LINES = 40


@pytest.mark.parametrize(("lang", "max_cer", "min_words"), [
    ("kk", 0.13, 0.60),
    ("ru", 0.13, 0.60),
])
def test_tesseract_read_cyrillic_is_repaired(lang, max_cer, min_words):
    ocr, truth = load(ROOT / "tests" / "cases" / f"tesseract_{lang}.jsonl", LINES)
    raw_cer, _ = score(ocr, truth)
    new_cer, words = score(clean_text(ocr).text, truth)
    assert raw_cer > 0.9
    assert new_cer <= max_cer
    assert words >= min_words


def test_learned_readings_widen_only_the_noisy_scan_table():
    learned = {(g, letter) for g, letter, _ in learned_readings()}
    assert ("2K", "ж") in learned and ("LU", "ш") in learned
    assert "2K" not in glyph_table()
    assert "ж" in dict(glyph_table(learned=True)["2K"])
    # the hand table's readings keep their cost where both have one
    assert dict(glyph_table(learned=True)[")K"]) == dict(glyph_table()[")K"])


def test_alignment_splits_glyphs_by_letter():
    from confusions import _logp, align, hand_table

    prior = hand_table()
    probs = {letter: {g: w / sum(gs.values()) for g, w in gs.items()}
             for letter, gs in prior.items()}
    # a real Tesseract reading of Kazakh (tests/cases/tesseract_kk.jsonl)
    pieces = align("жылы", ")KbIJIbI", lambda letter, piece: _logp(probs, letter, piece))
    assert pieces == [("ж", ")K"), ("ы", "bI"), ("л", "JI"), ("ы", "bI")]


@pytest.mark.parametrize(("seed", "chars"), [
    ("000_56ef3faa7d8af6f0.txt", 8000),     # front matter: JEL codes, capitals
    ("001_2f1515beea5c2232.txt", None),     # a byline, "Utkir Alimov, UzA"
])
def test_english_beside_a_noisy_scan_is_untouched(seed, chars):
    ocr, _ = load(ROOT / "tests" / "cases" / "tesseract_kk.jsonl", LINES)
    english = (ROOT / "corpus" / seed).read_text(encoding="utf-8")[:chars]
    for doc, lo, hi in ((ocr + "\n\n" + english, len(ocr), len(ocr) + 2 + len(english)),
                        (english + "\n\n" + ocr, 0, len(english))):
        edits = repair_lookalikes(doc)
        assert edits, "the OCR'd lines are repaired"
        assert not [(doc[e.start:e.end], e.after) for e in edits if lo <= e.start < hi]
