"""Russian and Kazakh words to their dictionary forms, for the quantity readers.

Russian: pymorphy3 with its OpenCorpora dictionaries (PyPI ``pymorphy3-dicts-ru``; the data
ships in the wheel, nothing is downloaded). The analyser loads on the first Russian word
(:func:`analyzer`), so a run on English text never loads it. Kazakh: the suffix stripper of
:mod:`pipeline.morph.kazakh`, with the numbers and units of this stage as known stems
(:func:`extra_stems`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..morph.kazakh import stem_of


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """pymorphy3's Russian analyser, loaded once per process on first use."""
    import pymorphy3  # type: ignore[import-untyped]   # no stubs; loaded on first use
    return pymorphy3.MorphAnalyzer(lang="ru")


@dataclass(frozen=True)
class Reading:
    """What a word is, as far as the quantity readers need to know."""

    #: every dictionary form the word may be (``ё`` written ``е``), most likely first
    lemmas: tuple[str, ...]
    #: the part of speech of the likeliest reading (pymorphy3's tags: NOUN, ADJF, VERB, ...;
    #: for Kazakh ``NOUN`` for a nominal stem, ``VERB`` for a verbal one, ``None`` unknown)
    pos: str | None = None
    #: the case of the likeliest reading (``gent``, ``nomn``; Kazakh the case suffix)
    case: str | None = None
    plural: bool = False
    #: every part of speech the word may be
    all_pos: frozenset[str] = frozenset()
    #: Kazakh: the suffixes stripped
    suffixes: tuple[str, ...] = ()

    @property
    def lemma(self) -> str:
        return self.lemmas[0]


def _yo(word: str) -> str:
    return word.replace("ё", "е")


@lru_cache(maxsize=65536)
def russian(word: str) -> Reading:
    """pymorphy3's readings of a Russian word.

    >>> r = russian("людей")
    >>> r.lemma, r.pos, r.case, r.plural
    ('человек', 'NOUN', 'gent', True)
    >>> russian("детей").lemma, russian("трех").lemma, "год" in russian("лет").lemmas
    ('ребенок', 'три', True)
    """
    parses = analyzer().parse(word.lower())
    lemmas: list[str] = []
    for p in parses:
        lemma = _yo(p.normal_form)
        if lemma not in lemmas:
            lemmas.append(lemma)
    best = parses[0].tag
    return Reading(tuple(lemmas) or (_yo(word.lower()),), best.POS, best.case,
                   best.number == "plur", frozenset(str(p.tag.POS) for p in parses))


@lru_cache(maxsize=65536)
def kazakh(word: str) -> Reading:
    """A Kazakh word's stem (:func:`pipeline.morph.kazakh.stem_of`).

    >>> r = kazakh("пәтерден")
    >>> r.lemma, r.pos, r.case
    ('пәтер', 'NOUN', 'ден')
    """
    stem = stem_of(word.lower(), extra_stems())
    pos = {"n": "NOUN", "nv": "NOUN", "v": "VERB", "-": "PART"}.get(stem.cls)
    return Reading((stem.stem,), pos, stem.case,
                   any(s in ("лар", "лер", "дар", "дер", "тар", "тер") for s in stem.suffixes),
                   frozenset({pos} if pos else ()), stem.suffixes)


@lru_cache(maxsize=1)
def extra_stems() -> frozenset[str]:
    """Stems of the number, scale, currency, percent and unit vocabulary (some, such as
    ``миллиард``, are not in hunspell-kk)."""
    from ..numbers.cyrillic import CURRENCY_LEMMAS, KK_NUMBERS, KK_SCALES, PERCENT_LEMMAS
    from .cyrillic_units import KK_UNIT_STEMS
    return frozenset({*KK_NUMBERS, *KK_SCALES, *CURRENCY_LEMMAS, *PERCENT_LEMMAS,
                      *KK_UNIT_STEMS})


def reading(word: str, language: str) -> Reading:
    """The reading of ``word`` in ``language`` (``ru`` or ``kk``)."""
    return kazakh(word) if language == "kk" else russian(word)
