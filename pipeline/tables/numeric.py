"""Whether a cell's text is a figure: the test the grid, its bands and the region finder share."""

from __future__ import annotations

import regex

_NUMERIC = regex.compile(r"^[\s(\[]*[-−–+$€£*]*\s*\d[\d.,]*(?:\s\d{3})*\s*%?[)\]]?\s*[*a-z]?$"
                         r"|^[-–—.…]+$|^n/?a$", regex.I)


def is_numeric(text: str) -> bool:
    """A figure, a percentage or a missing-value mark.

    >>> [is_numeric(t) for t in ("51,544", "(12.5)", "-", "100 000", "Methane")]
    [True, True, True, True, False]
    """
    return bool(_NUMERIC.match(text))
