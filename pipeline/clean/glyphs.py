"""The look-alike lattice: which Latin glyphs a Latin-only OCR engine reads for each
Cyrillic letter.

The table is written from the shapes of the letters (``Ж`` is read as ``)K``, ``Ы`` as
``bI``, ``Ш`` as ``III``), the same way for every document; it is data, not code, so
a new confusion is one line. Each glyph maps to candidate lowercase letters with a cost
(0 = the usual reading, higher = rarer); the language model and the lexicon choose.
"""

from __future__ import annotations

from ..resources import DataFileError, cached, data_path

#: letters only Kazakh has; excluded when decoding as Russian
KAZAKH_ONLY = frozenset("әіңғүұқөһ")
#: the lowercase letters of each language
ALPHABET = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "kk": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһ"}

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


@cached
def glyph_table(learned: bool = False) -> dict[str, tuple[tuple[str, float], ...]]:
    """The parsed table: glyph -> ((letter, cost), ...); with ``learned``, also the
    readings learned from Tesseract (for a noisy scan: they widen the lattice, which
    costs accuracy on cleaner OCR).

    >>> dict(glyph_table()[")K"])
    {'ж': 0.0}
    >>> "%" in glyph_table()          # a glyph no Cyrillic letter looks like
    False
    """
    table: dict[str, dict[str, float]] = {}
    for glyph, spec in _TABLE.items():
        table[glyph] = {item.split(":")[0]: _COST[item.split(":")[1]] for item in spec.split()}
    for glyph, letter, cls in learned_readings() if learned else ():
        table.setdefault(glyph, {}).setdefault(letter, _COST[cls])
    return {glyph: tuple(letters.items()) for glyph, letters in table.items()}


#: readings learned from Cyrillic printed and read back by Tesseract's English model
#: (``models/cyrillic/confusions.py``); the hand table wins where both have a reading
CONFUSIONS = "cyrillic/confusions.tsv"


@cached
def learned_readings() -> tuple[tuple[str, str, str], ...]:
    """(glyph, letter, cost class) rows of the learned table."""
    path = data_path(CONFUSIONS)
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) != 4 or fields[2] not in _COST:
                raise DataFileError(path, f"bad row {line[:40]!r}")
            rows.append((fields[0], fields[1], fields[2]))
    return tuple(rows)


@cached
def max_glyph_len(learned: bool = False) -> int:
    return max(len(g) for g in glyph_table(learned))


def readings_at(token: str, i: int, lang: str, learned: bool = False
                ) -> list[tuple[int, str, float]]:
    """Every reading of a glyph starting at ``token[i]``: (glyph length, letter, cost);
    a Cyrillic letter already there reads as itself.

    >>> readings_at(")KOHE", 0, "kk")
    [(2, 'ж', 0.0)]
    >>> readings_at("жOHE", 0, "kk")
    [(1, 'ж', 0.0)]
    """
    table = glyph_table(learned)
    options = [(n, letter, cost)
               for n in range(1, min(max_glyph_len(learned), len(token) - i) + 1)
               for letter, cost in table.get(token[i:i + n], ())
               if lang == "kk" or letter not in KAZAKH_ONLY]
    if "\u0400" <= token[i] <= "\u04ff":
        options.append((1, token[i].lower(), 0.0))
    return options


#: two-character glyphs that never occur inside clean English or clean code
STRONG_MARKERS = (")K", "}k", "}K", ">K", "bI", "JI", "/I", "J1", "III", "IIl", "Ill", "LLI",
                  "<D")
