"""Read one written number into a value: ``5,625``, ``3/4``, ``½``, ``one hundred and six``.

:func:`read_number` never raises (a parser that meets an odd string says ``None``);
:func:`words_value` handles the two forms the word steps of :mod:`.tally` do not
(``a twenty-first``, ``nine point four``) and hands the rest to
:func:`.tally.read_words`.
"""

from __future__ import annotations

import regex

from ..numbers import FRACTION, ORDINAL_WORDS, SCALE_WORDS, UNITS, read_digits
from .tally import A_BEFORE, plural_ordinal, read_words, tens, unit_ordinal

_WORD_BREAK = regex.compile(r"[\s\-,]+")

VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4,
          "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 0.125, "⅜": 0.375,
          "⅝": 0.625, "⅞": 0.875, "⅑": 1 / 9, "⅒": 0.1}

__all__ = ["A_BEFORE", "VULGAR", "plural_ordinal", "read_number", "tens", "unit_ordinal",
           "words_value"]


def _one_over_ordinal(words: list[str]) -> float | None:
    """``a twenty-first`` → 1/21, ``one one hundred fifth`` → 1/105 (the ordinal after a
    lone numerator ``a``/``one``; ``one hundred fifth`` stays the 105th).

    >>> _one_over_ordinal(["a", "twenty", "first"]), _one_over_ordinal(["one", "hundred", "fifth"])
    (0.047619047619047616, None)
    """
    if len(words) < 3 or words[0] not in ("a", "an", "one") or words[1] in SCALE_WORDS \
            or words[1] == "and" or words[-1] not in ORDINAL_WORDS:
        return None
    inner, ordinal = words_value(words[1:])
    return 1.0 / inner if ordinal and inner and inner >= 3 else None


def read_number(text: str) -> float | None:
    """The value of one written number, or ``None`` when ``text`` is not one.

    >>> read_number("5,625"), read_number("-139.8"), read_number("twenty-five")
    (5625.0, -139.8, 25.0)
    >>> read_number("two hundred and five and three quarters")
    205.75
    >>> read_number("3/4"), read_number("a quarter"), read_number("half a dozen")
    (0.75, 0.25, 6.0)
    >>> read_number("twenty and three fifths"), read_number("a quarter million")
    (20.6, 250000.0)
    >>> read_number("Astana") is None, read_number("") is None   # not numbers
    (True, True)
    """
    clean = text.strip().replace("−", "-")
    if (value := read_digits(clean)) is not None:
        return value
    frac = FRACTION.fullmatch(clean)
    if frac:
        den = int(frac["den"])
        return (-1 if frac["sign"] else 1) * int(frac["num"]) / den if den else None
    if clean in VULGAR:
        return VULGAR[clean]
    words = [w for w in _WORD_BREAK.split(clean.lower().replace("&", " and ")) if w]
    return words_value(words)[0] if words else None


def words_value(words: list[str]) -> tuple[float | None, bool]:
    """``(value, is_ordinal)`` of number words already split (hyphens dropped).

    After an ``and`` a new part begins, so ``and two thirds`` has its own numerator and
    ``one million and a half`` is a half of the million; ``point`` starts decimals.

    >>> words_value(["twenty", "one", "trillion", "three", "hundred", "twenty", "second"])
    (21000000000322.0, True)
    >>> words_value(["two", "hundredth"]), words_value(["people"])
    ((200.0, True), (None, False))
    >>> words_value(["five", "and", "a", "half", "million"])
    (5500000.0, False)
    >>> words_value(["one", "million", "and", "a", "half"]), words_value(["one", "fourth"])
    ((1500000.0, False), (0.25, False))
    >>> words_value(["nine", "point", "nought", "four"])
    (9.04, False)
    >>> words_value(["a", "trillionth"]), words_value(["fifty", "four", "hundredths"])
    ((1e-12, False), (0.54, False))
    >>> words_value("one billion and a half million".split())
    (1000500000.0, False)

    A plural ordinal divides the whole number written before it, unless an ``and`` began a
    new part (``twenty and three fifths`` is 20.6; ``hundred and`` does not begin one);
    ``tens + unit ordinal`` right before it is one denominator (``three twenty firsts``):

    >>> words_value("two million four thousand one hundred seven fifths".split())[0]
    400821.4
    >>> [words_value(s.split())[0] for s in ("one hundred and thirty fifths",
    ...  "three twenty firsts", "a hundred thousand trillionths", "one twenty fifth")]
    [26.0, 0.14285714285714285, 1e-07, 0.04]
    >>> words_value("one hundred fifth".split())        # negative: the 105th, not 100/5
    (105.0, True)
    """
    if (inverse := _one_over_ordinal(words)) is not None:
        return inverse, False
    if "point" in words:
        return _point_value(words)
    return read_words(words)


def _point_value(words: list[str]) -> tuple[float | None, bool]:
    """Decimals after ``point``: digit by digit (``point nought four``) or as one number
    (``point twenty-five``).

    >>> _point_value("nine point nought four".split()), _point_value("point twenty five".split())
    ((9.04, False), (0.25, False))
    >>> _point_value("nine point".split())                  # negative: no decimals
    (None, False)
    """
    cut = words.index("point")
    whole, _ = words_value(words[:cut]) if cut else (0.0, False)
    digits = words[cut + 1:]
    if whole is None or not digits or any(w not in UNITS for w in digits):
        return None, False
    if all(UNITS[w] < 10 for w in digits):
        decimals = float("0." + "".join(str(UNITS[w]) for w in digits))
    else:
        part, _ = words_value(digits)
        if part is None:
            return None, False
        decimals = part / 10 ** len(str(int(part)))
    return (whole - decimals if whole < 0 else whole + decimals), False
