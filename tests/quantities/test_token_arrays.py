"""The quantities stage's per-document token work, done on arrays and caches, gives what the
plain per-token readings give (quantities.tokens, .patterns, .syntax, .number_starts)."""

from __future__ import annotations

import random

from spacy.tokens import Doc

from pipeline.quantities.number_starts import _starts_number, may_start
from pipeline.quantities.patterns import _skip_tokens
from pipeline.quantities.syntax import ParseView
from pipeline.quantities.tokens import doc_text, tokenize, tokenizer_nlp
from pipeline.quantities.units import split_glued_units

#: written for these tests: special cases (``didn't``, ``a.m.``, ``Mr.``) early on, so the
#: chunks repeated after them are the ones spaCy would no longer cache
TEXT = ("Mr. Lee didn't arrive at 9 a.m.; the crew of twelve waited.\n\n"
        "Later the crew of twelve left, and 3,400 kg (about 7,500 lb) stayed behind.  "
        "The second crew of twelve didn't wait: it loaded 67m3 and 1.5GW, then 3 Mt. more.")


def _fresh_tokens(text: str) -> list[tuple[str, str, int, str]]:
    """Tokens of a tokenizer built anew, whose cache nothing has filled."""
    doc = tokenizer_nlp.__wrapped__().make_doc(text)
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]


def test_tokenize_gives_the_tokens_of_an_uncached_tokenizer():
    for text in (TEXT, TEXT.upper(), TEXT + " " + TEXT, "", "   \n"):
        doc = tokenize(text)
        assert [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc] == _fresh_tokens(text)
        assert doc_text(doc) == doc.text == text


def test_glued_units_split_the_same_after_the_cache():
    doc = split_glued_units(tokenize(TEXT))
    words = [t.text for t in doc]
    assert words[words.index("67"):words.index("67") + 2] == ["67", "m3"]
    assert words[words.index("1.5"):words.index("1.5") + 2] == ["1.5", "GW"]
    assert words[words.index("Mt"):words.index("Mt") + 2] == ["Mt", "."]
    assert "Mr." in words                      # negative: no number before it, no split


def test_skip_tokens_are_those_overlapping_a_span():
    doc = tokenize(TEXT)
    rng = random.Random(3)
    for _ in range(50):
        cuts = sorted(rng.sample(range(len(TEXT) + 1), 6))
        spans = [(cuts[k], cuts[k + 1], "x") for k in range(0, 6, 2)]
        expected = {t.i for t in doc
                    if any(s < t.idx + len(t.text) and t.idx < e for s, e, _ in spans)}
        assert _skip_tokens(doc, spans) == expected
    assert _skip_tokens(doc, []) == set()


def test_may_start_is_the_per_token_test():
    doc = tokenize(TEXT)
    assert may_start(doc) == [_starts_number(t.text, t.lower_) for t in doc]
    starts = [t.text for t, ok in zip(doc, may_start(doc), strict=True) if ok]
    assert "twelve" in starts and "3,400" in starts and "crew" not in starts


def test_copy_tags_takes_the_tag_at_the_same_offset_and_keeps_the_rest():
    vocab = tokenizer_nlp().vocab
    # two parse docs, the second starting at offset 12 of the clean text ``"5 ships. ab 20 cars"``
    first = Doc(vocab, words=["5", "ships", "."], spaces=[True, False, True],
                tags=["CD", "NNS", "."])
    second = Doc(vocab, words=["20", "cars"], spaces=[True, False], tags=["CD", ""])
    ours = tokenize("5 ships. ab 20 cars")
    ours[3].tag_ = "XX"                            # ``ab``: no parse token starts there
    ours[5].tag_ = "YY"                            # ``cars``: the parse has no tag for it
    ParseView([(12, second), (0, first)]).copy_tags(ours)
    assert [t.tag_ for t in ours] == ["CD", "NNS", ".", "XX", "CD", "YY"]


def test_parse_view_finds_nothing_past_a_doc_s_text():
    vocab = tokenizer_nlp().vocab
    pdoc = Doc(vocab, words=["about", "30", "people"], spaces=[True, True, False])
    view = ParseView([(0, pdoc)])
    assert view.span(6, 8) is not None and view.span(6, 8)[1].text == "30"
    assert view.span(9, 16) is None                # one character past ``people``
