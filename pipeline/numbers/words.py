"""The words numbers are written with: number words, scale words and scale abbreviations.

Kept as data, one dict per kind (ftfy keeps its fixes in one dict), so that the quantity
parsers, the table readers and the claim builders read ``31.5 bn`` and ``(USD millions)``
with one vocabulary.
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: words that multiply what precedes them
SCALE_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
               "trillion": 1e12, "dozen": 12.0, "dozens": 12.0, "lakh": 1e5, "lakhs": 1e5,
               "crore": 1e7, "crores": 1e7}
#: scale abbreviations written after digits (``31.5bn``, ``USD 5 mln``, ``10k``)
SCALE_ABBR = {
    "k": 1e3, "th": 1e3, "thous": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "mio": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "g": 1e9, "tn": 1e12, "trn": 1e12,
    "tln": 1e12, "t": 1e12, "millions": 1e6, "billions": 1e9, "thousands": 1e3,
}
#: scale abbreviations accepted after a space too (single letters must be glued: ``10M``)
SPACED_ABBR = {"bn", "mn", "mln", "bln", "tn", "trn", "tln", "mil", "mio", "thous"}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
    "trillionth": 1e12,
}
#: denominators of spelled-out fractions (``two thirds``, ``a quarter``)
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "sevenths": 7,
    "eighths": 8, "ninths": 9, "tenths": 10,
}
SIGN_WORDS = {"minus": -1.0, "negative": -1.0}
#: vague plurals (``thousands of``): the decade they name starts at this value
VAGUE = {"dozens": 12.0, "tens": 10.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
         "billions": 1e9, "trillions": 1e12}


def scale_of(word: str) -> float | None:
    """The factor a scale word or abbreviation names, whatever its case or plural.

    Table headers write ``(USD billions)`` and ``mln``; both read through the same words.

    >>> scale_of("Billions"), scale_of("mln"), scale_of("thousands"), scale_of("bn")
    (1000000000.0, 1000000.0, 1000.0, 1000000000.0)
    >>> scale_of("tenge") is None                    # negative: not a scale
    True
    """
    low = word.lower()
    if low in SCALE_WORDS:
        return SCALE_WORDS[low]
    if low.rstrip("s") in SCALE_WORDS:
        return SCALE_WORDS[low.rstrip("s")]
    return SCALE_ABBR.get(low)
