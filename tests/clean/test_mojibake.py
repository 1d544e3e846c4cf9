"""Codec round trips of Kazakh and Russian text are undone, whatever the pair (property
test over real codec pairs and word sequences written for this test)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.clean.mojibake import CODEC_PAIRS, fix_codec_mojibake
from pipeline.offsets import apply_edits

WORDS = {
    "ru": ["государство", "президент", "экономика", "развитие", "сотрудничество", "страны",
           "организации", "торговли", "безопасности", "в", "и", "на", "году"],
    "kk": ["мемлекет", "басшысы", "экономикалық", "ынтымақтастық", "елдер", "және",
           "ұйымының", "саудасы", "қауіпсіздік", "жылы"],
}


@settings(max_examples=80, deadline=None)
@given(lang=st.sampled_from(["ru", "kk"]), pair=st.sampled_from(CODEC_PAIRS),
       words=st.lists(st.integers(0, 9), min_size=4, max_size=12),
       prefix=st.sampled_from(["", "Source: ", "Astana Times, 2024: "]))
def test_codec_round_trip_is_undone(lang, pair, words, prefix):
    wrong, true = pair
    sentence = " ".join(WORDS[lang][i] for i in words) + "."
    try:
        damaged = sentence.encode(true).decode(wrong)
    except (UnicodeEncodeError, UnicodeDecodeError):
        assume(False)
    assume(damaged != sentence and damaged.encode(wrong).decode(true) == sentence)
    text = prefix + damaged
    assert apply_edits(text, fix_codec_mojibake(text)).text == prefix + sentence


@pytest.mark.parametrize("text", [
    "Бір құрам 940 адамға арналған.",
    "ЮНЕСКО и СССР, ООН и НАТО — аббревиатуры.",
    "Café, naïve and Zürich stay as they are.",
    "Kazakhstan’s “middle power” status — 15.6% growth.",
])
def test_clean_text_is_not_reread(text):
    assert fix_codec_mojibake(text) == []
