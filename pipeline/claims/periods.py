"""Periods (ISO years and ranges), base periods of changes, and modality."""

from __future__ import annotations

import regex

from ..document import Quantity

#: words that make a statement a target, forecast or plan rather than a fact
MODALITY_WORDS = {
    "target": {"target", "goal", "aim", "objective", "boost", "ambition", "strive"},
    "forecast": {"forecast", "expect", "project", "predict", "anticipate", "outlook",
                 "estimate"},
    "plan": {"plan", "schedule", "intend", "envisage", "will", "shall"},
}

_CITATION_YEAR = regex.compile(r"\(\s*[^()]{2,120}?,\s*(?:19|20)\d\d[a-z]?(?:,\s*[A-Z][a-z]+ \d+)?"
                               r"\s*\)")


def year_period(start: int, end: int | None = None, text: str | None = None) -> dict:
    """An ISO period for a year or a span of years.

    >>> year_period(2023)
    {'start': '2023-01-01', 'end': '2023-12-31', 'granularity': 'year', 'text': '2023'}
    >>> year_period(2023, 2024)["text"]
    '2023-2024'
    """
    end = end or start
    return {"start": f"{start:04d}-01-01", "end": f"{end:04d}-12-31", "granularity": "year",
            "text": text or (str(start) if start == end else f"{start}-{end}")}


def period_of(q: Quantity) -> dict | None:
    """The period a year, a year range or a dated quantity names.

    >>> period_of(Quantity(0, 9, "2023-2024", "period", low=2023, high=2024))["end"]
    '2024-12-31'
    """
    if q.kind == "year" and q.value is not None:
        return year_period(int(q.value), text=q.text)
    if q.kind in ("period", "range") and q.unit in ("year", None) and q.low and q.high \
            and 1900 <= q.low <= 2100 and 1900 <= q.high <= 2100:
        return year_period(int(q.low), int(q.high), q.text)
    if q.kind == "date":
        match = regex.search(r"\b(19|20)\d\d\b", q.text)
        if match:
            return year_period(int(match.group()), text=q.text)
    return None


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Parenthesised author-year citations, whose years are not periods of a claim.

    >>> citation_spans("reached USD 139.8 billion (Bureau of National Statistics, 2024).")
    [(26, 63)]
    """
    return [(m.start(), m.end()) for m in _CITATION_YEAR.finditer(text)]


def previous_year(period: dict) -> dict:
    """The year before a one-year period (the implied base of "a 30% increase").

    >>> previous_year(year_period(2023))["start"]
    '2022-01-01'
    """
    year = int(period["start"][:4])
    return {**year_period(year - 1), "inferred": True}


def modality_of(lemmas: set[str]) -> str:
    """``target``, ``forecast``, ``plan`` or ``actual`` from the words around a value.

    >>> modality_of({"strategy", "boost", "export"}), modality_of({"reach", "trade"})
    ('target', 'actual')
    """
    for modality in ("target", "forecast", "plan"):
        if lemmas & MODALITY_WORDS[modality]:
            return modality
    return "actual"
