"""Derived values over table cells, kept as intervals of their written precision.

Check 2 compares a sentence with what its table implies ("up 30%" against two cells), and the
benchmarks ask the same of TAT-QA questions and SciTab/TabFact statements. Every derivation
here takes :class:`Number` values (a cell read with the precision it was written with) and
returns a :class:`Derived` value with the interval it can take when each input ranges over its
own interval (statcheck's rule), plus the formula, so a finding can show its working as
TAT-QA records derivations.

All functions are pure; a cell that is not a number gives ``None`` rather than a guess.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from ..numbers import half_unit, read_cell

_MISSING = regex.compile(r"^\s*(?:[-−–—]+|n/?a|nm|none|nil|)\s*$", regex.I)

_SCALE_PATTERNS = [
    (regex.compile(r"\bin\s+(?:\w+\s+){0,2}?(thousand|million|billion)s?\b", regex.I), None),
    (regex.compile(r"\((?:[A-Z]{0,3}\$?\s*)?(thousand|million|billion)s?\)", regex.I), None),
    (regex.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|RMB))\s?['’]?000s?\b|(?<![\d,])['’]000s?\b"
                   r"|\bthousands\b", regex.I), "thousand"),
    (regex.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|RMB|US\$|A\$|HK\$|S\$|R\$))\s?(?:m|mn|mil)\b"
                   r"|\bmillions\b", regex.I), "million"),
    (regex.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|RMB|US\$|A\$|HK\$|S\$|R\$))\s?(?:bn|b)\b"
                   r"|\bbillions\b", regex.I), "billion"),
]


class Number(NamedTuple):
    """A cell's number with the interval its written precision allows.

    ``percent`` records a ``%`` in the cell, so a difference of two rates stays in percent.
    """

    value: float
    lower: float
    upper: float
    percent: bool = False
    text: str = ""


class Derived(NamedTuple):
    """A derived value, its interval over the inputs' intervals, and the formula used."""

    value: float
    lower: float
    upper: float
    formula: str


def parse_cell(text: str) -> Number | None:
    """Read a table cell that holds one number: ``$``, thousands commas, ``%`` and
    accounting parentheses for negatives; ``None`` for words, dashes and mixed content,
    because a guessed number makes a wrong check look right.

    >>> n = parse_cell("$  1,452.4")
    >>> n.value, round(n.lower, 2), round(n.upper, 2), n.percent
    (1452.4, 1452.35, 1452.45, False)
    >>> parse_cell("(9,819)").value, parse_cell("$(9.8)").value, parse_cell("-5,637").value
    (-9819.0, -9.8, -5637.0)
    >>> parse_cell("21.0%").percent
    True
    >>> [parse_cell(t) for t in ("—", "-", "n/a", "2019 restated", "10.9M", "1,2,3")]
    [None, None, None, None, None, None]
    """
    reading = read_cell(text)
    if reading is None or not reading.accounting:
        return None
    value, half = reading.value, half_unit(reading.digits)
    return Number(value, value - half, value + half,
                  reading.percent or reading.percent_after, text)


def is_missing(text: str) -> bool:
    """Whether a cell says "no value" (a dash, n/a, empty), as opposed to words.

    >>> is_missing("—"), is_missing(" - "), is_missing("0")
    (True, True, False)
    """
    return bool(_MISSING.match(text))


def exact(value: float) -> Number:
    """A number known exactly (a count, or a constant such as 100).

    >>> exact(2).lower == exact(2).upper == 2
    True
    """
    return Number(float(value), float(value), float(value))


def detect_scale(texts: Sequence[str]) -> tuple[str | None, str | None]:
    """The scale a table's numbers are written in, and the words that said so.

    Reports what it found (as sqlite-utils' ``rows_from_file`` returns the format it
    detected) so a caller can abstain when two scales compete.

    >>> detect_scale(["", "(in millions)", "2019"])
    ('million', 'in millions')
    >>> detect_scale(["30 June 2019", "$'000"])
    ('thousand', "$'000")
    >>> detect_scale(["USDm", "2019"])[0], detect_scale(["€m"])[0]
    ('million', 'million')
    >>> detect_scale(["1,000 shares", "2019"])
    (None, None)
    >>> detect_scale(["in thousands", "in millions"])
    (None, 'in thousands')
    >>> detect_scale(["Revenue", "2019"])
    (None, None)
    """
    found: dict[str, str] = {}
    for text in texts:
        for pattern, scale in _SCALE_PATTERNS:
            for m in pattern.finditer(text):
                name = scale or m.group(1).lower()
                found.setdefault(name, m.group(0))
    if len(found) == 1:
        name, words = next(iter(found.items()))
        return name, words
    if not found:
        return None, None
    return None, next(iter(found.values()))


def _corners(fn: Callable[..., float], numbers: Sequence[Number]) -> tuple[float, float] | None:
    values = []
    for ends in itertools.product(*((n.lower, n.upper) for n in numbers)):
        try:
            values.append(fn(*ends))
        except ZeroDivisionError:
            return None
    return min(values), max(values)


def _spans_zero(n: Number) -> bool:
    return n.lower <= 0 <= n.upper


def difference(a: Number, b: Number) -> Derived:
    """``a - b``; the interval widens by both roundings.

    >>> d = difference(parse_cell("44.1"), parse_cell("56.7"))
    >>> round(d.value, 2), round(d.lower, 2), round(d.upper, 2), d.formula
    (-12.6, -12.7, -12.5, '44.1 - 56.7')
    >>> difference(parse_cell("4.00%"), parse_cell("1.90%")).value > 0
    True
    """
    return Derived(a.value - b.value, a.lower - b.upper, a.upper - b.lower,
                   f"{_t(a)} - {_t(b)}")


def percent_change(old: Number, new: Number) -> Derived | None:
    """``(new - old) / old * 100``; ``None`` when ``old`` can be zero, since no growth rate
    is defined from nothing.

    >>> d = percent_change(parse_cell("28.9"), parse_cell("31.5"))
    >>> round(d.value, 2), round(d.lower, 2), round(d.upper, 2)
    (9.0, 8.64, 9.36)
    >>> percent_change(parse_cell("0"), parse_cell("5")) is None
    True
    """
    if _spans_zero(old):
        return None
    lo_hi = _corners(lambda o, n: (n - o) / o * 100, [old, new])
    if lo_hi is None:
        return None
    return Derived((new.value - old.value) / old.value * 100, *lo_hi,
                   f"({_t(new)} - {_t(old)}) / {_t(old)} * 100")


def total(parts: Sequence[Number]) -> Derived | None:
    """The sum of two or more cells; ``None`` for fewer, which is a lookup, not a sum.

    >>> total([parse_cell("6"), parse_cell("15")]).value
    21.0
    >>> total([parse_cell("6")]) is None
    True
    """
    if len(parts) < 2:
        return None
    return Derived(sum(p.value for p in parts), sum(p.lower for p in parts),
                   sum(p.upper for p in parts), " + ".join(_t(p) for p in parts))


def average(parts: Sequence[Number]) -> Derived | None:
    """The mean of two or more cells.

    >>> average([parse_cell("166"), parse_cell("178")]).value
    172.0
    >>> average([]) is None
    True
    """
    summed = total(parts)
    if summed is None:
        return None
    n = len(parts)
    return Derived(summed.value / n, summed.lower / n, summed.upper / n,
                   f"({summed.formula}) / {n}")


def ratio(a: Number, b: Number) -> Derived | None:
    """``a / b``; ``None`` when ``b`` can be zero.

    >>> round(ratio(parse_cell("2,664"), parse_cell("909")).value, 2)
    2.93
    >>> ratio(parse_cell("5"), parse_cell("0.0")) is None
    True
    """
    if _spans_zero(b):
        return None
    lo_hi = _corners(lambda x, y: x / y, [a, b])
    if lo_hi is None:
        return None
    return Derived(a.value / b.value, *lo_hi, f"{_t(a)} / {_t(b)}")


def share(part: Number, whole: Number) -> Derived | None:
    """``part / whole * 100``: a part's percentage of a whole.

    >>> round(share(parse_cell("2,493"), parse_cell("6,316")).value, 2)
    39.47
    >>> share(parse_cell("1"), parse_cell("-")) is None
    True
    """
    if whole is None or part is None:
        return None
    r = ratio(part, whole)
    if r is None:
        return None
    return Derived(r.value * 100, r.lower * 100, r.upper * 100, f"{r.formula} * 100")


def agrees(stated: Number, derived: Derived | Number, slack: float = 0.0) -> bool:
    """Whether a stated number and a derived (or read) one can be the same after rounding.

    ``slack`` widens the derived interval by a relative amount, for statements that round
    more loosely than they write (none by default).

    >>> agrees(parse_cell("9.0"), percent_change(parse_cell("28.9"), parse_cell("31.5")))
    True
    >>> agrees(parse_cell("30"), percent_change(parse_cell("28.9"), parse_cell("31.5")))
    False
    """
    lo, hi = derived.lower, derived.upper
    pad = slack * max(abs(lo), abs(hi))
    return stated.lower <= hi + pad and lo - pad <= stated.upper


def _t(n: Number) -> str:
    return n.text.strip() or f"{n.value:g}"
