"""Russian mentions from natasha's news NER, and their lemmas from pymorphy3.

natasha's ``NewsNERTagger`` (slovnet's CNN-CRF over navec's news embeddings; PyPI ``natasha``,
MIT) scores 0.876 PER/LOC/ORG F1 on factRuEval-2016 news; spaCy has no Russian pipeline on
the registries. Its embeddings (27 MB) and NER weights (2.4 MB) ship inside the wheel, so
nothing is downloaded. Both loaders are cached and run on the first Russian paragraph only:
a document without one never imports natasha (English speed and memory stay as they were).

Russian inflects names ("России", "Москве", "Путина"), so a mention is linked to the
gazetteer through its lemma key (:func:`lemma_key`: pymorphy3's normal form of each word),
and its ``lemma`` field is the mention put in the nominative (:func:`nominative`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from .mention import WORD, Mention

__all__ = ["natasha_mentions", "lemma_key", "nominative", "word_keys"]

#: natasha's labels in the spaCy names the rest of the pipeline uses; a place the gazetteer
#: knows as a country or city takes its GPE label when it is linked
LABELS = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def natasha_mentions(text: str) -> list[Mention]:
    """natasha's mentions in ``text`` (paragraph-local offsets), tagged sentence by sentence
    (razdel's sentences: the tagger's memory grows with what it reads at once).

    >>> text = "Владимир Путин прилетел в Москву."
    >>> [(text[m.start:m.end], m.label) for m in natasha_mentions(text)]
    [('Владимир Путин', 'PERSON'), ('Москву', 'LOC')]
    """
    from razdel import sentenize

    sentences = [s for s in sentenize(text) if s.text.strip()]
    found: list[Mention] = []
    for sent, markup in zip(sentences, _tagger().map([s.text for s in sentences])):
        found.extend(Mention(sent.start + span.start, sent.start + span.stop,
                             LABELS.get(span.type, span.type)) for span in markup.spans)
    return found


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _best_parse(word: str) -> Any:
    """pymorphy3's parse of a word of a name: a proper-name reading (place, given name,
    surname, organisation, abbreviation) before a common one ("Ресей" is no verb)."""
    parses = _morph().parse(word)
    for p in parses:
        if p.tag.POS == "NOUN" and ({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"}
                                    & set(p.tag.grammemes)):
            return p
    return parses[0]


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    if not regex.search(r"\p{Cyrillic}", word):
        return _fold(word)
    return _fold(_best_parse(word).normal_form)


def word_keys(text: str) -> tuple[str, ...]:
    """The lemma of each word of ``text``, case-folded, ``ё`` read as ``е``.

    >>> word_keys("Российской Федерации")
    ('российский', 'федерация')
    """
    return tuple(_word_key(w) for w in WORD.findall(text))


def lemma_key(text: str) -> str:
    """A name's lemmas as one key: every inflected form of a name has the same key.

    >>> lemma_key("России") == lemma_key("Россия") == lemma_key("РОССИЕЙ")
    True
    >>> lemma_key("Москве")
    'москва'
    """
    return " ".join(word_keys(text))


def _inflect_nominative(word: str, plural_ok: bool) -> str:
    parse = _best_parse(word)
    if "nomn" in parse.tag.grammemes or parse.tag.POS not in {"NOUN", "ADJF", "PRTF"}:
        return word
    wanted = {"nomn"} if plural_ok and "plur" in parse.tag.grammemes else {"nomn", "sing"}
    form = parse.inflect(wanted) or parse.inflect({"nomn"})
    if form is None:
        return word
    out = form.word
    if word.isupper():
        return out.upper()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def nominative(text: str, label: str) -> str:
    """The mention in the nominative: every word of a person's name; for a place or an
    organisation the words up to and including the first noun (its head; the genitive words
    after it, "министерства иностранных дел", stay as they are).

    >>> nominative("Владимира Путина", "PERSON")
    'Владимир Путин'
    >>> nominative("Донецкой области", "LOC")
    'Донецкая область'
    >>> nominative("Министерства иностранных дел", "ORG")
    'Министерство иностранных дел'
    """
    pieces: list[str] = []
    pos = 0
    head_done = False
    for match in WORD.finditer(text):
        pieces.append(text[pos:match.start()])
        word = match.group()
        if head_done or not regex.search(r"\p{Cyrillic}", word):
            pieces.append(word)
        else:
            pieces.append(_inflect_nominative(word, plural_ok=label != "PERSON"))
            if label != "PERSON" and _best_parse(word).tag.POS == "NOUN":
                head_done = True
        pos = match.end()
    pieces.append(text[pos:])
    return "".join(pieces)
