"""Typed cells and columns: parse a cell's number, a header's unit and scale."""

from __future__ import annotations

import regex

from ..document import Cell, Column
from ..numbers import alternation, currency_code, is_year, read_cell, scale_of

#: the currencies and scales a column header writes in brackets: ``(USD billions)``
HEADER_CURRENCIES = ("USD", "US$", "EUR", "KZT", "RUB", "CNY", "$", "€", "₸")
HEADER_SCALES = ("thousands?", "millions?", "billions?", "trillions?", "mln", "bn")
_UNIT = regex.compile(rf"\(\s*(?P<cur>{alternation(HEADER_CURRENCIES)})?\s*"
                      rf"(?P<scale>{'|'.join(HEADER_SCALES)})?\s*(?P<pct>%)?\s*\)", regex.I)
_CAPTION_SCALE = regex.compile(r"[(\[]\s*in\s+(thousands?|millions?|billions?)\s*[)\]]", regex.I)
_MISSING = {"-", "–", "—", "n/a", "na", "..", "…", ""}


def column_from_header(name: str, caption: str | None = None) -> Column:
    """Unit and scale from a header such as ``Total SCO Trade (USD billions)``; a caption's
    ``(In thousands)`` gives the scale when the header has none.

    >>> column_from_header("Budget Allocation (USD millions)")
    Column(name='Budget Allocation', unit='USD', scale=1000000.0, kind='text')
    >>> column_from_header("Share of Total Trade").unit
    'percent'
    """
    match = _UNIT.search(name)
    unit, scale = None, 1.0
    base = name
    if match and (match.group("cur") or match.group("scale") or match.group("pct")):
        base = (name[: match.start()] + name[match.end():]).strip()
        if match.group("cur"):
            unit = currency_code(match.group("cur"))
        if match.group("scale"):
            scale = scale_of(match.group("scale")) or 1.0
        if match.group("pct"):
            unit = "percent"
    if caption and unit is None and scale == 1.0:
        found = _CAPTION_SCALE.search(caption)
        if found:
            scale = scale_of(found.group(1)) or 1.0
    lowered = base.lower()
    if unit is None and regex.search(r"\b(share|rate|percent|%)\b", lowered):
        unit = "percent"
    return Column(" ".join(base.split()), unit, scale)


def parse_cell(text: str) -> Cell:
    """A cell's raw text with its parsed value and kind.

    >>> parse_cell("2,340"), parse_cell("-10.5%").value, parse_cell("-").kind
    (Cell(text='2,340', value=2340.0, kind='number', note=None), -10.5, 'missing')
    """
    raw = text.strip()
    if raw.lower() in _MISSING:
        return Cell(text, None, "missing")
    reading = read_cell(raw)
    if reading is None or not reading.plain:
        return Cell(text, None, "text")
    kind = "percent" if reading.percent else "number"
    if kind == "number" and is_year(reading.digits):
        kind = "year"
    return Cell(text, reading.value, kind, reading.note)


def type_column(column: Column, cells: list[Cell]) -> Column:
    """The column's kind from its cells (number, percent, year, text)."""
    kinds = [c.kind for c in cells if c.kind != "missing"]
    if not kinds:
        return column
    top = max(set(kinds), key=lambda k: (kinds.count(k), k))
    kind = top if kinds.count(top) / len(kinds) >= 0.6 else "mixed"
    unit = column.unit
    if kind == "percent":
        unit = "percent"
    return Column(column.name, unit, column.scale, kind)
