"""Units and scales written in a table column header: ``Trade Volume (USD billions)``.

Exposed for the tables stage (pipeline/tables/cells.py), which owns typing the cells: it can
call :func:`header_unit` on each logical header and apply the scale to the column's values.
The same lexicon as the text patterns is used, so ``mln tenge`` and ``USD bn`` read alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..numbers import CASE_SENSITIVE_CODES, CURRENCIES, SCALE_ABBR, SCALE_WORDS
from .lexicon import PERCENT_WORDS
from .tokens import tokenizer_nlp

#: scale words that only count as a scale in a header when spelled out or abbreviated clearly
_HEADER_SCALES = {k: v for k, v in {**SCALE_ABBR, **SCALE_WORDS}.items()
                  if len(k) > 1 and k not in ("th", "dozen", "dozens", "hundred")}


@dataclass(frozen=True)
class HeaderUnit:
    """What a header says about its column's cells: the unit and the factor to apply."""

    unit: str | None
    scale: float = 1.0


def header_unit(header: str) -> HeaderUnit | None:
    """The unit and scale a column header declares, or ``None`` when it declares none.

    >>> header_unit("Trade Volume (USD billions)")         # corpus 000, table header
    HeaderUnit(unit='USD', scale=1000000000.0)
    >>> header_unit("Share of Total Trade (%)")
    HeaderUnit(unit='percent', scale=1.0)
    >>> header_unit("Exports, mln tenge")
    HeaderUnit(unit='KZT', scale=1000000.0)
    >>> header_unit("Population (thousands)")
    HeaderUnit(unit=None, scale=1000.0)
    >>> header_unit("Growth Rate (2023-2024)") is None     # negative: a period, not a unit
    True
    """
    doc = tokenizer_nlp()(header)
    unit, scale = None, 1.0
    words = [t.text for t in doc]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            surface = " ".join(words[i:i + n])
            low = surface.lower()
            if unit is None and low in CURRENCIES and (
                    low not in CASE_SENSITIVE_CODES or surface.isupper()) and (
                    len(low) > 1 or not low.isalpha()):
                unit = CURRENCIES[low]
            elif unit is None and low in PERCENT_WORDS:
                unit = PERCENT_WORDS[low]
    for tok in doc:
        if tok.lower_ in _HEADER_SCALES:
            scale = _HEADER_SCALES[tok.lower_]
            break
    if unit is None and scale == 1.0:
        return None
    return HeaderUnit(unit, scale)
