"""One vocabulary of numbers: how a number's text reads as a value, and how precisely.

A leaf: it imports nothing from the pipeline's stages, so the quantity parsers, the table
readers and the claim builders can all share it.

- :mod:`.words` number words, scale words and scale abbreviations (``bn``, ``mln``, ``lakh``)
- :mod:`.currencies` currency symbols, codes and names -> ISO 4217
- :mod:`.digits` numbers in digits: value, precision (:func:`half_unit`), years, table cells
- :mod:`.locales` decimal marks and thousands groups per language (CLDR via babel):
  ``8,5``, ``80 000``, ``1,200`` (:func:`read_local`)
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
from .locales import LOCAL_DIGITS, LocalNumber, read_local, separators
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
           "LOCAL_DIGITS", "ORDINAL_DIGITS", "ORDINAL_WORDS", "SCALED_CODES", "SCALE_ABBR",
           "SCALE_WORDS", "SIGN_WORDS", "SPACED_ABBR", "SUBUNITS", "UNITS", "VAGUE", "YEAR",
           "CellReading", "LocalNumber", "alternation", "currency_code", "half_unit", "is_year",
           "read_cell", "read_digits", "read_local", "scale_of", "separators"]
