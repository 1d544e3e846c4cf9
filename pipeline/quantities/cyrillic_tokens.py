"""Tokens of Russian and Kazakh paragraphs and the numbers read over them.

The plain data the Cyrillic readers share (:mod:`.cyrillic` finds numbers,
:mod:`.cyrillic_read` and its helpers read what each counts): a :class:`Tok` is a digit
run, a letter run or one other character with its offsets in the document's text; a
:class:`Number` spans tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"\d+|[^\W\d_]+|\S")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: dashes between the two ends of a range (``7-8``, ``12,5 — 14,5``, ``3--4``)
DASHES = frozenset("-–—−")
#: Russian endings hyphenated to a cardinal (``5-ти``, ``3-х``) and to an ordinal (``2-й``)
RU_CARDINAL_ENDINGS = frozenset(("ти", "х", "ми", "мя", "ю", "и", "м", "ех", "ух", "ью"))
RU_ORDINAL_ENDINGS = frozenset(("й", "я", "е", "го", "му", "ый", "ий", "ой", "ая", "ое", "ые",
                                "ья", "ье", "ью", "ым", "ых", "ом"))
KK_ORDINAL_ENDINGS = frozenset(("ші", "шы", "ншы", "нші", "ыншы", "інші"))
#: the Kazakh suffix of a vague plural numeral (``ондаған`` tens of, ``мыңдаған``)
KK_VAGUE = ("даған", "деген", "таған", "теген")
#: marks after a digit that make it a list item or a key, not a number (``1⃣``)
KEYCAP = frozenset("\u20e3\ufe0f")


@dataclass
class Tok:
    """A token of a paragraph: its text and its offsets in the document's text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_cyrillic(self) -> bool:
        return bool(_CYRILLIC.match(self.text))


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Digit runs, letter runs and single other characters of ``text[start:end]``.

    >>> [t.text for t in tokenize("от 1,5 млн.руб/кв.м", 0, 19)]
    ['от', '1', ',', '5', 'млн', '.', 'руб', '/', 'кв', '.', 'м']
    """
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@dataclass
class Number:
    """A number over tokens ``start:end`` (scale words included)."""

    start: int
    end: int
    value: float
    scale: float = 1.0
    precision: float | None = None
    words: bool = False
    ordinal: bool = False
    decimals: int = 0
    #: a vague plural (``десятки тысяч``): the decade it names
    low: float | None = None
    high: float | None = None
    #: the Kazakh case suffix or Russian ending hyphenated to it (``200-ге`` -> ``ге``)
    ending: str | None = None
    #: the similative ``-дай`` or a collective numeral was read (about / a bare number)
    approx: bool = False


def glued(toks: list[Tok], i: int) -> bool:
    """Token ``i`` starts where token ``i - 1`` ends."""
    return 0 < i < len(toks) and toks[i - 1].end == toks[i].start
