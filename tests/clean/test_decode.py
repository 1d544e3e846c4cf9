"""The look-alike decoder's handling of scan noise (pipeline/clean/decode.py)."""

from __future__ import annotations

import pytest

from pipeline.clean.decode import decode_token, near_word
from pipeline.clean.glyphs import glyph_table


@pytest.mark.parametrize(("noisy", "word"), [
    ("чеовек", "человек"),      # a lost glyph
    ("ыграл", "сыграл"),
    ("обрашены", "обращены"),   # a glyph read as a wrong letter
])
def test_near_word_repairs_one_edit_in_russian(noisy, word):
    assert near_word(noisy, "ru")[0] == word


@pytest.mark.parametrize(("word", "lang"), [
    ("человек", "ru"),      # known words stay
    ("чел", "ru"),          # too short to guess
    ("астанасын", "kk"),    # a form the lexicon lists (Tesseract's word list)
])
def test_near_word_leaves_alone(word, lang):
    assert near_word(word, lang) is None


@pytest.mark.parametrize(("token", "reading"), [
    (".Ha/l", "над"), ("«,MockBa»", "«москва»"), ("'6ipJIecin", "бірлесіп"),
])
def test_decode_drops_a_stray_mark_at_a_word_start(token, reading):
    lang = "kk" if "i" in token else "ru"
    assert decode_token(token, lang).text == reading


def test_decode_keeps_abbreviation_dots():
    assert "." in decode_token("T.b.", "kk").text


@pytest.mark.parametrize(("glyph", "letter"), [
    ("io", "ю"), ("/L", "д"), ("N", "л"), ("n", "д"), ("y", "ч"), ("T", "г"), ("a", "я"),
])
def test_glyph_table_has_common_ocr_readings(glyph, letter):
    assert letter in dict(glyph_table()[glyph])


def test_decode_reads_lowercase_io_as_yu():
    assert decode_token("npuMeHaioT", "ru").text == "применяют"
