"""One vocabulary of numbers: how a number's text reads as a value, and how precisely.

A leaf: it imports nothing from the pipeline's stages, so the quantity parsers, the table
readers and the claim builders can all share it.

- :mod:`.words` number words, scale words and scale abbreviations (``bn``, ``mln``, ``lakh``)
- :mod:`.currencies` currency symbols, codes and names -> ISO 4217
- :mod:`.digits` numbers in digits: value, precision (:func:`half_unit`), years, table cells
"""

from __future__ import annotations

from .currencies import (
    CASE_SENSITIVE_CODES,
    CURRENCIES,
    SCALED_CODES,
    SUBUNITS,
    alternation,
    currency_code,
)
from .digits import (
    DIGITS,
    FRACTION,
    ORDINAL_DIGITS,
    YEAR,
    CellReading,
    half_unit,
    is_year,
    read_cell,
    read_digits,
)
from .words import (
    FRACTION_WORDS,
    ORDINAL_WORDS,
    SCALE_ABBR,
    SCALE_WORDS,
    SIGN_WORDS,
    SPACED_ABBR,
    UNITS,
    VAGUE,
    scale_of,
)

__all__ = ["CASE_SENSITIVE_CODES", "CURRENCIES", "DIGITS", "FRACTION", "FRACTION_WORDS",
           "ORDINAL_DIGITS", "ORDINAL_WORDS", "SCALED_CODES", "SCALE_ABBR", "SCALE_WORDS",
           "SIGN_WORDS", "SPACED_ABBR", "SUBUNITS", "UNITS", "VAGUE", "YEAR", "CellReading",
           "alternation", "currency_code", "half_unit", "is_year", "read_cell", "read_digits",
           "scale_of"]
