"""The look-alike reader's shortcuts give the answers of the plain way of working.

Each shortcut (pipeline/clean/decode.py, lexsearch.py, detect.py, lookalike.py) skips work
that cannot change a result: edits no known form starts with, a second look-up of the same
prefix, a sort key run in Python, token counts on a line with no strong marker. These tests
hold each against the plain computation it replaced, on words and lines written here.
"""

from __future__ import annotations

import random

import pytest

from pipeline.clean.costs import LEXICON_BONUS, LEXICON_WEIGHT
from pipeline.clean.decode import EDIT_COST, EDIT_KINDS, _edits, _Starts, decode_token, near_word
from pipeline.clean.detect import (
    _MAY_BE_STRONG,
    candidate_line,
    english_token,
    marker_count,
    may_be_candidate,
    strong_marker,
)
from pipeline.clean.glyphs import ALPHABET
from pipeline.clean.langmodel import char_model, lexicon
from pipeline.clean.lexsearch import _Continuations, best_first
from pipeline.clean.lookalike import _Line, repair_lookalikes


def _near_word_every_edit(word: str, lang: str) -> tuple[str, float] | None:
    """near_word as it was: every one-edit neighbour looked up in the lexicon."""
    words, model = lexicon(lang), char_model(lang)
    if len(word) < 4 or word in words:
        return None
    base = model.word_logp(word)
    best, seen = None, set()
    for kind, cand in _edits(word, ALPHABET[lang]):
        if kind not in EDIT_KINDS[lang] or cand in seen:
            continue
        seen.add(cand)
        weight = words.get(cand)
        if weight is None:
            continue
        gain = (model.word_logp(cand) + LEXICON_BONUS + LEXICON_WEIGHT * weight
                - EDIT_COST[kind] - base)
        if gain > 0 and (best is None or gain > best[1]):
            best = (cand, gain)
    return best


@pytest.mark.parametrize(("word", "lang"), [
    ("гоород", "ru"), ("мнистр", "ru"), ("экономка", "ru"), ("торгввля", "ru"),
    ("зaвод", "ru"), ("прдприятие", "ru"), ("кітапхна", "kk"), ("үкімт", "kk"),
    ("мектептр", "kk"), ("ауылшаруашылыгы", "kk"), ("жұмс", "kk"), ("абвгд", "kk"),
])
def test_near_word_finds_what_every_edit_finds(word, lang):
    assert near_word(word, lang) == _near_word_every_edit(word, lang)


def test_edits_left_out_are_no_known_form():
    words = lexicon("ru")
    full = [c for _, c in _edits("дорога", ALPHABET["ru"])]
    kept = [c for _, c in _edits("дорога", ALPHABET["ru"], _Starts(words))]
    assert len(kept) < len(full)
    assert not [c for c in full if c not in kept and c in words]
    # the kept ones come in the order they had
    positions = iter(range(len(full)))
    assert all(any(full[i] == c for i in positions) for c in kept)


def test_starts_covers_the_common_forms():
    words = lexicon("kk")
    starts = _Starts(words)
    for form in list(words.common)[:200]:
        for i in range(len(form)):
            assert form[i] in starts(form[:i])


def test_continuations_are_the_lexicon_letters_with_their_model_scores():
    words, model = lexicon("kk"), char_model("kk")
    after = _Continuations(words, model, ALPHABET["kk"])
    for prefix in ("", "қа", "мект", "жұмы"):
        expected = [(c, model.logp("^" + prefix, c)) for c in words.next_letters(prefix)
                    if c in ALPHABET["kk"]]
        assert after(prefix) == expected
        assert after(prefix) is after(prefix)


def test_best_first_is_the_stable_sort_by_score():
    rng = random.Random(3)
    for _ in range(200):
        scores = {f"k{i}": float(rng.randint(-5, 5)) for i in range(rng.randint(0, 60))}
        n = rng.randint(1, 40)
        plain = sorted(scores.items(), key=lambda kv: -kv[1])[:n]
        assert list(best_first(scores, n).items()) == plain


@pytest.mark.parametrize("token", [")KYMbIC", "Mekmen", "Ka3aK", "yJIKeH", "III0JI", "2024"])
def test_the_memo_of_a_token_is_its_decoding(token):
    for lang in ("kk", "ru"):
        for noisy in (False, True):
            assert decode_token(token, lang, noisy_scan=noisy) \
                == decode_token.__wrapped__(token, lang, noisy_scan=noisy)


LINES = [
    "The G20 summit met on the 1st of May in Astana.",
    "Exports rose to 12bn in 2023, and imports fell.",
    "GovTech and iPhone are camel case only",
    ")KOHE TEHTE CaJIbIK MeKTen )KYMbIC",
    'Mekmen 6ap, ")KOHE the and of for the with',
    "yJIKeH Ka3aK eJIi bIpbIc",
    "",
    "   ",
    "COVID-19 and H1N1 spread",
    "a b c JIa",
]


def _candidate_counting_everything(tokens: list[str]) -> bool:
    """candidate_line as it was: every count taken before any decision."""
    if not any(_MAY_BE_STRONG.search(t) for t in tokens):
        return False
    import regex
    letter, latin_letter = regex.compile(r"\p{L}"), regex.compile(r"[A-Za-z]")
    words = [t for t in tokens if letter.search(t)]
    latin = sum(len(latin_letter.findall(t)) for t in words)
    if latin < 0.5 * sum(len(letter.findall(t)) for t in words):
        words = []
    if not words:
        return False
    counts = [marker_count(t) for t in words]
    marked = sum(c > 0 for c in counts)
    strong = sum(strong_marker(t) for t in words)
    english = sum(english_token(t) for t in words)
    evidence = strong and sum(counts) >= 2
    return bool(evidence) and marked >= 0.25 * len(words) and english < 0.5 * len(words)


@pytest.mark.parametrize("line", LINES)
def test_candidate_line_decides_as_counting_everything(line):
    assert candidate_line(line.split()) == _candidate_counting_everything(line.split())


@pytest.mark.parametrize("line", LINES)
def test_whole_text_marker_test_is_the_token_test(line):
    assert may_be_candidate(line) == any(_MAY_BE_STRONG.search(t) for t in line.split())


def test_text_without_markers_looks_at_no_line(monkeypatch):
    import pipeline.clean.lookalike as lookalike

    def refuse(tokens):
        raise AssertionError("a line was looked at")

    monkeypatch.setattr(lookalike, "candidate_line", refuse)
    text = "Trade grew by 5% in 2024.\nThe ministry met twice.\n\nA new line here."
    assert repair_lookalikes(text) == []


def test_line_tokens_are_found_when_asked():
    text = "first line\n  two  tokens here \nlast"
    start = text.index("  two")
    end = text.index("\nlast")
    line = _Line(start, end, text[start:end])
    assert line.tokens == ["two", "tokens", "here"]
    assert [text[a:b] for a, b, _ in line.spans] == line.tokens
