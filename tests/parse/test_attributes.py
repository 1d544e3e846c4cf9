"""The indexed attribute ruler gives exactly the matches and attributes of spaCy's."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.parse.attributes import IndexedAttributeRuler, index_attribute_ruler, token_rule
from pipeline.parse.model import model_name
from pipeline.parse.settings import ParseSettings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

#: every kind of pattern the indexed ruler reads itself, and some it leaves to the Matcher
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN"}], [{"LOWER": "grain"}]], "attrs": {"LEMMA": "thing"}},
    {"patterns": [[{"LOWER": {"IN": ["is", "are", "is"]}, "TAG": "VB"}]],
     "attrs": {"POS": "AUX"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": "x"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": {"REGEX": "^gr[ae]in$"}}]], "attrs": {"MORPH": "Foo=Bar"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"POS": "DET"}, "index": 0},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "it"}, "index": -1},
    {"patterns": [[{"LOWER": "big", "OP": "?"}, {"TAG": "NN"}]], "attrs": {"POS": "ADJ"}},
]

WORDS = ["The", "grain", "is", "big", "  ", "grein", "the", "harvest", "are", "dry"]
TAGS = ["DT", "NN", "VB", "JJ", "_SP", "NN", "DT", "NN", "VB", "JJ"]
DEPS = ["det", "x", "x", "x", "dep", "x", "det", "x", "ROOT", "x"]


def _doc(nlp) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS,
               heads=[8] * len(WORDS))


def _attrs(doc: Doc) -> list[tuple]:
    return [(t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_every_kind_of_pattern_matches_as_spacys_ruler_does():
    nlp = spacy.blank("en")
    plain, indexed = AttributeRuler(nlp.vocab), IndexedAttributeRuler(nlp.vocab)
    plain.add_patterns(PATTERNS)
    indexed.add_patterns(PATTERNS)
    a, b = _doc(nlp), _doc(nlp)
    assert indexed.match(b) == plain.match(a)
    assert _attrs(indexed(b)) == _attrs(plain(a))
    # later rules win: "grein" is a noun by its tag, then an adjective by the last rule
    assert [(w, *a[:3]) for w, a in zip(WORDS, _attrs(b))] == [
        ("The", "DET", "", ""), ("grain", "ADJ", "Foo=Bar", "it"), ("is", "X", "", ""),
        ("big", "X", "", ""), ("  ", "SPACE", "", ""), ("grein", "ADJ", "Foo=Bar", "thing"),
        ("the", "DET", "", ""), ("harvest", "ADJ", "Number=Sing", "it"),
        ("are", "AUX", "", ""), ("dry", "X", "", "")]
    assert indexed.patterns == plain.patterns  # introspection and serialisation unchanged


def test_one_token_patterns_are_lookups_and_the_rest_are_left_to_the_matcher():
    assert token_rule([{"TAG": "NN", "LOWER": {"IN": ["a", "b"]}}]).keys == (
        ("a", "NN"), ("b", "NN"))
    assert token_rule([{"LOWER": "a"}, {"LOWER": "b"}]) is None
    assert token_rule([{"LENGTH": {">=": 3}}]) is None
    assert token_rule([{"LOWER": {"FUZZY": "abc"}}]) is None


@pytest.mark.slow
def test_the_models_ruler_gives_the_same_tokens_on_the_corpus():
    """The installed model's own patterns, on every paragraph of a corpus document."""
    name = model_name(ParseSettings())
    plain = spacy.load(name, exclude=["ner", "lemmatizer"])
    indexed = spacy.load(name, exclude=["ner", "lemmatizer"])
    index_attribute_ruler(indexed)
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    text = (CORPUS / "001_2f1515beea5c2232.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    for a, b in zip(plain.pipe(paragraphs), indexed.pipe(paragraphs)):
        assert [(t.pos_, str(t.morph), t.tag_) for t in a] == \
            [(t.pos_, str(t.morph), t.tag_) for t in b]
