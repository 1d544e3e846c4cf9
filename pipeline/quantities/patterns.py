"""Pattern families for quantities (first version: regular expressions per family)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Quantity
from .numbers import NUMBER, SCALES, WORDS, parse_number, precision_of
from .settings import QuantitySettings

CURRENCY = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "₸": "KZT", "kzt": "KZT", "tenge": "KZT",
    "rub": "RUB", "rubles": "RUB", "roubles": "RUB", "₽": "RUB", "yuan": "CNY", "cny": "CNY",
    "rmb": "CNY", "¥": "CNY", "yen": "JPY", "jpy": "JPY", "inr": "INR", "rupees": "INR",
}
APPROX = {
    "over": "over", "more than": "over", "above": "over", "exceeding": "over",
    "at least": "at_least", "about": "about", "around": "about", "approximately": "about",
    "nearly": "about", "almost": "about", "roughly": "about", "some": "about",
    "up to": "up_to", "less than": "under", "under": "under", "below": "under",
}

_SCALE = r"(?:" + "|".join(sorted((regex.escape(k) for k in SCALES), key=len, reverse=True)) + r")"
_CUR_PRE = r"(?:US\$|\$|€|£|₸|₽|¥|USD|EUR|GBP|KZT|RUB|CNY|RMB|INR|JPY)"
_CUR_POST = (r"(?:US dollars|dollars|USD|euros?|EUR|tenge|KZT|rubles|roubles|RUB|yuan|CNY|"
             r"rupees|INR|yen|pounds)")
_APPROX = r"(?:" + "|".join(sorted(APPROX, key=len, reverse=True)) + r")"
_WORDNUM = r"(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")(?:-(?:" + "|".join(
    k for k in WORDS if WORDS[k] < 10) + r"))?"

MONEY = regex.compile(
    rf"(?:(?P<approx>{_APPROX})\s+)?(?:(?P<pre>{_CUR_PRE})\s?(?P<num>{NUMBER})"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"|(?P<num2>{NUMBER})(?:\s?(?P<scale2>{_SCALE}))?\s+(?P<post>{_CUR_POST})\b)",
    regex.I,
)
PERCENT = regex.compile(
    rf"(?:(?P<approx>{_APPROX})\s+)?(?P<num>[-−]?{NUMBER})(?:\s?(?:-|–|to)\s?(?P<high>{NUMBER}))?"
    rf"\s?(?P<unit>%|per\s?cent\b|percentage points?\b|pp\b)",
    regex.I,
)
ORDINAL = regex.compile(r"\b(?P<num>\d+)(?:st|nd|rd|th)\b|\b(?P<word>first|second|third|fourth|"
                        r"fifth|sixth|seventh|eighth|ninth|tenth)\b", regex.I)
YEAR_RANGE = regex.compile(r"\b(?P<y1>(?:19|20)\d\d)\s?[-–]\s?(?P<y2>(?:19|20)\d\d)\b")
YEAR = regex.compile(r"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)(?![\d%]|\.\d|,\d)")
COUNT = regex.compile(
    rf"(?:(?P<approx>{_APPROX})\s+)?(?P<num>{NUMBER}|{_WORDNUM})(?:\s(?P<scale>million|billion|"
    rf"thousand))?\s+(?P<noun>(?:[a-z]+\s){{0,2}}?[a-z]{{3,}}s|people|members?|states?)\b",
    regex.I,
)
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
#: identifiers whose digits are not quantities
_IDENTIFIER = regex.compile(r"(?:ISSN|ISBN|DOI|doi|ORCID|orcid)[^\n]{0,60}|https?://\S+|"
                            r"\b\d{4}-\d{3}[\dX]\b|\[\d+(?:,\s*p\.\s*\d+)?\]")


def _singular(noun: str) -> str:
    word = noun.split()[-1].lower()
    if word in ("people", "states", "members"):
        return {"people": "people", "states": "state", "members": "member"}[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def find_quantities_in(text: str, settings: QuantitySettings) -> Iterator[Quantity]:
    """All quantities of ``text`` in order, longest match first where they overlap.

    >>> for q in find_quantities_in("over $23 trillion, 42% of 3 billion people",
    ...                             QuantitySettings()):
    ...     print(q.text, q.value, q.unit, q.approx)
    over $23 trillion 23000000000000.0 USD over
    42% 42.0 percent None
    3 billion people 3000000000.0 people None
    """
    taken = [False] * (len(text) + 1)
    for m in _IDENTIFIER.finditer(text):
        for i in range(m.start(), m.end()):
            taken[i] = True
    found: list[Quantity] = []

    def claim(start: int, end: int) -> bool:
        if end - start > settings.max_chars or any(taken[start:end]):
            return False
        for i in range(start, end):
            taken[i] = True
        return True

    for m in MONEY.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        num = m.group("num") or m.group("num2")
        scale_word = (m.group("scale") or m.group("scale2") or "").lower()
        scale = SCALES.get(scale_word, 1.0)
        cur = CURRENCY[(m.group("pre") or m.group("post")).lower()]
        value = parse_number(num) * scale
        found.append(Quantity(m.start(), m.end(), m.group(), "money", value, unit=cur, scale=scale,
                              approx=APPROX.get((m.group("approx") or "").lower()),
                              precision=precision_of(num) * scale))
    for m in PERCENT.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        unit = "percentage_point" if m.group("unit").lower().startswith(("percentage", "pp")) \
            else "percent"
        low = parse_number(m.group("num").replace("−", "-"))
        approx = APPROX.get((m.group("approx") or "").lower())
        if m.group("high"):
            high = parse_number(m.group("high"))
            found.append(Quantity(m.start(), m.end(), m.group(), "range", None, low, high, unit,
                                  approx=approx, precision=precision_of(m.group("high"))))
        else:
            found.append(Quantity(m.start(), m.end(), m.group(), "percent", low, unit=unit,
                                  approx=approx, precision=precision_of(m.group("num"))))
    for m in YEAR_RANGE.finditer(text):
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), "period", None,
                                  float(m.group("y1")), float(m.group("y2")), "year"))
    for m in ORDINAL.finditer(text):
        if claim(m.start(), m.end()):
            value = float(m.group("num")) if m.group("num") else ORDINAL_WORDS[
                m.group("word").lower()]
            found.append(Quantity(m.start(), m.end(), m.group(), "ordinal", value, unit="ordinal"))
    for m in COUNT.finditer(text):
        if regex.fullmatch(r"(?:19|20)\d\d", m.group("num")) or not claim(m.start(), m.end()):
            continue
        try:
            value = parse_number(m.group("num"))
        except ValueError:
            continue
        scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
        found.append(Quantity(m.start(), m.end(), m.group(), "count", value * scale,
                              unit=_singular(m.group("noun")), scale=scale,
                              approx=APPROX.get((m.group("approx") or "").lower()),
                              precision=0.5 * scale if m.group("num")[0].isdigit() else 0.0))
    if settings.years:
        for m in YEAR.finditer(text):
            if claim(m.start(), m.end()):
                found.append(Quantity(m.start(), m.end(), m.group(), "year",
                                      float(m.group("y")), unit="year",
                                      reading="year (a bare four-digit number from 1900-2099)"))
    found.sort(key=lambda q: (q.start, q.end))
    return iter(found)
