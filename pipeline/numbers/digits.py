"""Numbers written in digits: the grammar, the value, the precision, years and table cells.

A written number carries two facts: its value and how precisely it was written. ``31.5``
says 31.45 to 31.55, so every reader here keeps the digits as written and
:func:`half_unit` turns them into the rounding a comparison must allow.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .currencies import alternation, currency_code
from .locales import APOSTROPHES, SPACES, read_local

#: thousands grouped by commas: ``1,234,567``
THOUSANDS = r"\d{1,3}(?:,\d{3})+"
#: the Indian grouping: ``12,34,567``
LAKHS = r"\d{1,2}(?:,\d{2})+,\d{3}"
#: one number in digits, in running text: sign, grouping, decimals
DIGITS = regex.compile(rf"[-−+]?(?:{THOUSANDS}|{LAKHS}|\d+)(?:\.\d+)?|[-−+]?\.\d+")
#: a fraction in digits: ``3/4``, ``-1/2``
FRACTION = regex.compile(r"(?P<sign>[-−]?)(?P<num>\d+)/(?P<den>\d+)")
#: an ordinal in digits: ``24th``
ORDINAL_DIGITS = regex.compile(r"(?P<num>\d+)(?:st|nd|rd|th)", regex.I)
#: a year as tables, captions and citations write it
YEAR = r"(?:19|20)\d\d"
_FIRST_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
#: the first number of a text in any language's marks (``1 234,5``), for :func:`half_unit`
LOCAL_FIRST = regex.compile(rf"(?<![\d.])\d+(?:[,.{SPACES}{APOSTROPHES}]\d+)*")


def read_digits(text: str) -> float | None:
    """The value of a number written in digits, or ``None`` when ``text`` is not one.

    >>> read_digits("5,625"), read_digits("−139.8"), read_digits("12,34,567"), read_digits(".5")
    (5625.0, -139.8, 1234567.0, 0.5)
    >>> read_digits("1,2,3") is None, read_digits("2023a") is None   # negatives
    (True, True)
    """
    clean = text.strip().replace("−", "-")
    return float(clean.replace(",", "")) if DIGITS.fullmatch(clean) else None


def half_unit(text: str) -> float:
    """Half the place of the last digit written in the first number of ``text``: the
    rounding a reader must allow. Words give 0.0: ``twenty`` is exact.

    >>> half_unit("31.5"), half_unit("2,340"), half_unit(".700"), half_unit("$1,452.4")
    (0.05, 0.5, 0.0005, 0.05)
    >>> half_unit("twenty"), half_unit("8,5%"), half_unit("1 234,56")     # decimal commas
    (0.0, 0.05, 0.005)
    """
    local = LOCAL_FIRST.search(text)
    if local and (reading := read_local(local.group())) is not None:
        return reading.precision
    match = _FIRST_NUMBER.search(text)
    if match is None:
        return 0.0
    digits = match.group().replace(",", "")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.rsplit(".", 1)[1])
    return 0.5


def is_year(text: str) -> bool:
    """Whether ``text`` is a year alone (space around it allowed).

    >>> is_year("2023"), is_year(" 1996 "), is_year("2,023"), is_year("2500")
    (True, True, False, False)
    """
    return bool(regex.fullmatch(rf"\s*{YEAR}\s*", text))


#: currencies a table cell writes before its figure (``$(9.8)``, ``USD 5``)
CELL_CURRENCIES = ("US$", "A$", "C$", "HK$", "S$", "R$", "$", "€", "£", "¥", "USD", "EUR",
                   "GBP", "RMB")
_CUR = alternation(CELL_CURRENCIES)
_SIGN = r"[-−–]"
_CELL = regex.compile(
    rf"^\s*(?P<neg1>{_SIGN})?\s*(?P<cur1>{_CUR})?\s*(?P<open>\()?\s*(?P<neg2>{_SIGN})?\s*"
    rf"(?P<cur2>{_CUR})?\s*(?P<neg3>{_SIGN})?\s*"
    rf"(?P<num>(?:{THOUSANDS}|\d+)(?:\.\d+)?|\.\d+|\d+(?:[,.{SPACES}{APOSTROPHES}]\d+)*)"
    r"\s*(?P<pct>%)?(?P<note>[*†‡]+|\[\w+\])?"
    r"\s*(?P<close>\))?\s*(?P<pct2>%)?\s*$")


@dataclass(frozen=True)
class CellReading:
    """What a table cell's one number was written with, before any policy is applied.

    ``signs`` counts minus signs and an accounting parenthesis; ``percent_after`` is a
    ``%`` written after a closing parenthesis; ``note`` a footnote mark glued to it.
    """

    digits: str
    signs: int = 0
    opened: bool = False
    closed: bool = False
    percent: bool = False
    percent_after: bool = False
    currency: str | None = None
    note: str | None = None
    #: the language the digits are read in (:func:`~.locales.read_local`; None: by shape)
    language: str | None = None

    @property
    def value(self) -> float:
        """The signed value (one sign or a parenthesis makes it negative)."""
        local = read_local(self.digits, self.language)
        value = local.value if local else float(self.digits.replace(",", ""))
        return -value if self.signs else value

    @property
    def plain(self) -> bool:
        """A figure as a typed table column holds it: ``-10.5%``, ``2,340*``; no currency,
        no parentheses, one sign at most."""
        return (self.currency is None and not self.opened and not self.closed
                and not self.percent_after and self.signs <= 1
                and not self.digits.startswith("."))

    @property
    def accounting(self) -> bool:
        """A figure as financial statements write it: ``$(9,819)``, ``21.0%``; balanced
        parentheses, one sign at most, no footnote mark."""
        return self.opened == self.closed and self.signs <= 1 and self.note is None


def read_cell(text: str, language: str | None = None) -> CellReading | None:
    """The one number a table cell holds, with how it was written; ``None`` for words,
    dashes and mixed content. Digits read as ``language`` writes them, or by their shape
    alone (``1 234,5`` is 1234.5 in any language, ``1,234`` 1234).

    >>> read_cell("$(9,819)").value, read_cell("$(9,819)").accounting
    (-9819.0, True)
    >>> r = read_cell("-10.5%")
    >>> r.value, r.percent, r.plain
    (-10.5, True, True)
    >>> read_cell("2,340*").note, read_cell("2,340*").accounting
    ('*', False)
    >>> read_cell("1 234,5").value, read_cell("−12,5%").value, read_cell("20.000", "ru").value
    (1234.5, -12.5, 20000.0)
    >>> [read_cell(t) for t in ("—", "2019 restated", "10.9M", "1,2,3", "12 15")]
    [None, None, None, None, None]
    """
    match = _CELL.match(text)
    if not match or (read_local(match["num"], language) is None and
                     not DIGITS.fullmatch(match["num"])):
        return None
    signs = sum(1 for g in ("neg1", "neg2", "neg3") if match[g]) + (1 if match["open"] else 0)
    cur = match["cur1"] or match["cur2"]
    return CellReading(match["num"], signs, bool(match["open"]), bool(match["close"]),
                       bool(match["pct"]), bool(match["pct2"]),
                       currency_code(cur) if cur else None, match["note"], language)
