"""Parse written numbers: digits with separators, scale words, number words."""

from __future__ import annotations

import regex

SCALES = {
    "thousand": 1e3, "k": 1e3, "th": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "t": 1e12,
}

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"


def parse_number(text: str) -> float:
    """The value of a written number.

    >>> parse_number("5,625"), parse_number("139.8"), parse_number("twenty-five")
    (5625.0, 139.8, 25.0)
    """
    clean = text.strip().replace(",", "").replace("\u2212", "-")
    try:
        return float(clean)
    except ValueError:
        pass
    total = 0.0
    parts = regex.split(r"[\s-]+", clean.lower())
    if not parts or any(p not in WORDS for p in parts):
        raise ValueError(f"not a number: {text!r}")
    for part in parts:
        value = WORDS[part]
        if value == 100:
            total = max(total, 1) * 100
        else:
            total += value
    return total


def precision_of(text: str) -> float:
    """Half the last written digit's place: ``31.5`` means 31.45 to 31.55.

    >>> precision_of("31.5"), precision_of("2,340")
    (0.05, 0.5)
    """
    clean = text.replace(",", "")
    if "." in clean:
        return 0.5 * 10 ** -len(clean.split(".")[1])
    return 0.5
