"""The look-alike lattice: which Latin glyphs a Latin-only OCR engine reads for each
Cyrillic letter.

The table is written from the shapes of the letters (``Ж`` is read as ``)K``, ``Ы`` as
``bI``, ``Ш`` as ``III``), the same way for every document; it is data, not code, so
a new confusion is one line. Each glyph maps to candidate lowercase letters with a cost
(0 = the usual reading, higher = rarer); the language model and the lexicon choose.
"""

from __future__ import annotations

from functools import lru_cache

#: letters only Kazakh has; excluded when decoding as Russian
KAZAKH_ONLY = frozenset("әіңғүұқөһ")

_COMMON, _ALT, _RARE = 0.0, 1.5, 3.0

#: glyph -> ((letter, cost), ...); letters are lowercase Cyrillic
_TABLE: dict[str, str] = {
    # glyph: "letter:cost letter:cost ..." (cost classes c=common a=alt r=rare)
    "a": "а:c ә:a д:a я:a", "A": "а:c д:a я:a ә:r",
    "6": "б:c", "b": "ь:c в:a б:a ъ:r", "B": "в:c б:a ь:r",
    "c": "с:c", "C": "с:c",
    "d": "ә:c д:a", "D": "д:a ә:a",
    "e": "е:c ё:a ө:a э:a", "€": "е:c", "E": "е:c ё:a э:a ө:r",
    "3": "з:c э:a", "u": "и:c й:c ц:a", "U": "и:c й:a ц:a", "N": "л:c и:a п:a й:r",
    "k": "к:c қ:c", "K": "к:c қ:c",
    "m": "т:c м:a ш:r", "M": "м:c т:a ш:r п:r",
    "H": "н:c ң:a и:a й:r", "h": "н:c ң:a һ:a",
    "o": "о:c ө:a ә:a", "O": "о:c ө:a ә:a б:a", "0": "о:c ө:a б:a",
    "p": "р:c", "P": "р:c",
    "n": "п:c л:a д:a ң:r ц:r", "II": "п:c", "Il": "п:a",
    "r": "г:c ғ:a", "R": "я:c г:a", "F": "ғ:c г:a", "f": "ғ:c г:a",
    "T": "т:c г:a", "t": "т:c",
    "y": "у:c ұ:a ү:a ч:a", "Y": "у:c ү:c ұ:a ч:a",
    "x": "х:c ж:a", "X": "х:c ж:a",
    "4": "ч:c",
    "w": "ш:c", "W": "ш:c",
    "9": "ә:c я:a", "Q": "ә:c қ:a",
    "®": "ф:c", "<D": "ф:c", "cp": "ф:a", "CP": "ф:a", "Cp": "ф:a",
    "IO": "ю:c", "io": "ю:c", "Io": "ю:c", "iO": "ю:a", "lO": "ю:a", "I0": "ю:a",
    "i0": "ю:a",
    "i": "і:c й:a", "I": "і:c л:r", "l": "і:a л:r", "1": "і:a", "|": "і:a",
    ")K": "ж:c", "}k": "ж:c", "}K": "ж:c", ">K": "ж:c", ")k": "ж:c", "X<": "ж:a",
    "JK": "ж:c", "jK": "ж:c", "»K": "ж:c", "&K": "ж:a",
    "bI": "ы:c", "bl": "ы:c", "BI": "ы:c", "Bl": "ы:c", "b1": "ы:a", "bi": "ы:a",
    "BL": "ы:a", "bL": "ы:a", "hI": "ы:c", "hl": "ы:c", "hi": "ы:a", "pl": "ы:a",
    "sl": "ы:a",
    "JI": "л:c д:r", "Jl": "л:c", "J|": "л:a", "JL": "л:a", "Ji": "л:a",
    "jl": "д:a", "jI": "д:a", "ji": "л:a",
    "/I": "д:c", "/l": "д:c", "/L": "д:c", "J1": "д:c", "/i": "д:a", "/\\": "д:a",
    "III": "ш:c", "Ill": "ш:c", "IIl": "ш:c", "lll": "ш:a", "LLI": "щ:c ш:a",
    "LLl": "щ:a ш:a", "Lll": "ш:a", "IIIb": "щ:r",
    "bI.": "ы:r",
}

_COST = {"c": _COMMON, "a": _ALT, "r": _RARE}


@lru_cache(maxsize=1)
def glyph_table() -> dict[str, tuple[tuple[str, float], ...]]:
    """The parsed table: glyph -> ((letter, cost), ...).

    >>> dict(glyph_table()[")K"])
    {'ж': 0.0}
    >>> "q" in glyph_table()          # a glyph no Cyrillic letter looks like
    False
    """
    table = {}
    for glyph, spec in _TABLE.items():
        table[glyph] = tuple((item.split(":")[0], _COST[item.split(":")[1]])
                             for item in spec.split())
    return table


@lru_cache(maxsize=1)
def max_glyph_len() -> int:
    return max(len(g) for g in glyph_table())


#: two-character glyphs that never occur inside clean English or clean code
STRONG_MARKERS = (")K", "}k", "}K", ">K", "bI", "JI", "/I", "J1", "III", "IIl", "Ill", "LLI",
                  "<D")
