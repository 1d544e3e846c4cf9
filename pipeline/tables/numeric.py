"""Whether a cell's text is a figure: the test the grid, its bands and the region finder share."""

from __future__ import annotations

import regex

from ..numbers import is_year

_NUMERIC = regex.compile(r"^[\s(\[]*[-−–+$€£*]*\s*\d[\d.,]*(?:\s\d{3})*\s*%?[)\]]?\s*[*a-z]?$"
                         r"|^[-–—.…]+$|^n/?a$", regex.I)


def is_numeric(text: str) -> bool:
    """A figure, a percentage or a missing-value mark.

    >>> [is_numeric(t) for t in ("51,544", "(12.5)", "-", "100 000", "Methane")]
    [True, True, True, True, False]
    """
    return bool(_NUMERIC.match(text))


def is_year_heading(row: list[str], below: list[list[str]]) -> bool:
    """A row of column years over figures that are not years: ``Region 2021 2022 2023``
    heads columns of amounts, it is not a row of them.

    >>> is_year_heading(["Region", "2021", "2022"], [["North", "1,204", "1,310"]])
    True
    >>> is_year_heading(["", "2021", "2022"], [["", "2020", "2019"]])
    False
    """
    years = [c for c in row[1:] if c]
    if len(years) < 2 or not all(is_year(c) for c in years) or len(set(years)) < len(years):
        return False
    figures = [c for r in below for c in r[1:] if c and is_numeric(c)]
    return bool(figures) and sum(1 for c in figures if is_year(c)) < 0.5 * len(figures)
