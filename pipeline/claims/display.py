"""Values written for people: ``USD 24.7 bn``, ``30%``, ``1,200 km``.

A claim's ``value`` is a plain float with its scale applied (``24.7e9``), which a terminal or a
spreadsheet shows as ``2.47e+10``. :func:`display_value` writes it back the way a report
would: money with its ISO code and a scale word, percentages with ``%``, physical values with
pint's abbreviation of their unit, counts with the noun they count.
"""

from __future__ import annotations

import math

#: scale words for large amounts, largest first (the short scale, as reports write them)
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))

#: how an approximation word of the quantities stage reads in front of a value
APPROX = {"over": "over", "at_least": "at least", "about": "about", "up_to": "up to",
          "under": "under", "at_most": "at most"}


def number_text(x: float, digits: int = 4) -> str:
    """``x`` with thousands separators and at most ``digits`` significant digits, no
    exponent and no trailing zeros.

    >>> number_text(1200.0), number_text(31.5), number_text(0.000123), number_text(-7.0)
    ('1,200', '31.5', '0.000123', '-7')
    >>> number_text(123456789.0)
    '123,456,789'
    """
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{round(x, decimals):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def scaled(x: float) -> tuple[str, str]:
    """``x`` as a number and a scale word: ``(24.7, "bn")``; small values keep no word.

    >>> scaled(24.7e9), scaled(3.25e12), scaled(450000.0)
    (('24.7', 'bn'), ('3.25', 'tn'), ('450,000', ''))
    """
    for size, word in SCALES:
        if abs(x) >= size:
            return number_text(x / size), word
    return number_text(x), ""


def plural(noun: str) -> str:
    """The regular English plural of a counted noun's lemma (the quantities stage gives
    lemmas); a lemma that is not a plain lower-case word is left as it is. Irregular nouns
    are not known ("person" becomes "persons").

    >>> [plural(n) for n in ("document", "country", "box", "branch", "day", "TEU")]
    ['documents', 'countries', 'boxes', 'branches', 'days', 'TEU']
    """
    if not noun.isalpha() or not noun.islower():
        return noun
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _iso_codes() -> frozenset[str]:
    from ..numbers import CURRENCIES

    return frozenset(CURRENCIES.values())


def _unit_symbol(unit: str) -> str:
    """pint's abbreviation of a canonical unit name (``kilometer / hour`` → ``km/h``)."""
    from ..quantities.units import unit_registry

    try:
        return format(unit_registry().parse_units(unit), "~P")
    except Exception:  # a unit pint does not read (a counted noun): show it as written
        return unit


def display_value(value: float | None, unit: str | None, value_kind: str | None = None,
                  approx: str | None = None, lower: float | None = None,
                  upper: float | None = None, si_unit: str | None = None) -> str:
    """The value of a claim or fact as a person reads it.

    >>> display_value(24.7e9, "USD")
    'USD 24.7 bn'
    >>> display_value(30.0, "percent", "change_pct")
    '30%'
    >>> display_value(1200.0, "kilometer", si_unit="meter")
    '1,200 km'
    >>> display_value(60.0, "percent", approx="over")
    'over 60%'
    >>> display_value(7.0, "document", "count"), display_value(1.0, "country", "count")
    ('7 documents', '1 country')
    >>> display_value(None, "USD", lower=2e9, upper=3e9)
    'USD 2–3 bn'
    >>> display_value(2.47e10, None)
    '24.7 bn'
    """
    if value is None:
        if lower is None and upper is None:
            return ""
        ends = [x for x in (lower, upper) if x is not None]
        big = max(abs(x) for x in ends)
        word = next((w for size, w in SCALES if big >= size), "")
        size = next((s for s, w in SCALES if w == word), 1.0)
        number = "–".join(number_text(x / size) if x is not None else "…" for x in (lower, upper))
        return _with_unit(number, word, unit, value_kind, si_unit)
    if unit == "percent":
        number, word = number_text(value), ""
    else:
        number, word = scaled(value)
    text = _with_unit(number, word, unit, value_kind, si_unit)
    return f"{APPROX[approx]} {text}" if approx in APPROX else text


def _with_unit(number: str, word: str, unit: str | None, value_kind: str | None,
               si_unit: str | None) -> str:
    amount = f"{number} {word}" if word else number
    if not unit:
        return amount
    if unit == "percent":
        return f"{amount}%"
    if unit in _iso_codes() and not si_unit:
        return f"{unit} {amount}"
    if value_kind == "count" and not si_unit:
        return f"{amount} {unit if number == '1' else plural(unit)}"
    return f"{amount} {_unit_symbol(unit)}"


def claim_display(record: dict) -> str:
    """:func:`display_value` of a claim or fact record."""
    return display_value(record.get("value"), record.get("unit"), record.get("value_kind"),
                         record.get("approx"), record.get("lower"), record.get("upper"),
                         record.get("si_unit"))
