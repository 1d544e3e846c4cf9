"""Numbers as each language writes them: the decimal mark and the thousands groups.

``8,5`` is eight and a half in Russian, Kazakh, German or French; ``1,200`` is twelve hundred
in English. Which mark a language uses comes from CLDR through babel
(:func:`separators`); which role a mark plays in one written number comes first from the
number's shape (:func:`read_local`):

- a space of any width (``80 000``, ``80\u202f000``) or an apostrophe (``1'200'000``) only
  ever groups thousands;
- with both ``,`` and ``.`` the last one is the decimal mark (``1.111,11``, ``1,111.11``);
- a mark that occurs twice groups (``1,200,000``; ``2.000.000`` where ``.`` is not the
  language's decimal mark);
- a mark followed by one, two or four and more digits (``8,5``, ``14,75``) can only be a
  decimal mark; after space groups a last ``,`` or ``.`` is one too (``1 234,5``);
- only one mark followed by exactly three digits is ambiguous: it is the decimal mark when it
  is the language's own and either it is ``.`` (English ``1.234``) or a scale word follows
  (``1,648 млн``); otherwise it groups thousands (``1,200`` everywhere, ``20.000 руб.`` in
  Russian), as English text and much Russian web text write it.

A leaf: stdlib, regex and babel only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from babel import localedata
from babel.numbers import get_decimal_symbol, get_group_symbol

#: spaces that group thousands: space, no-break, narrow no-break (U+202F), thin (U+2009)
SPACES = " \u00a0\u202f\u2009"
#: apostrophes that group thousands (Swiss ``1'200'000``, ``1’200’000``)
APOSTROPHES = "'\u2019"
_MARKS = ",." + SPACES + APOSTROPHES
#: the shape of a number in digits with any marks between its digit runs
LOCAL_DIGITS = regex.compile(rf"[-−+]?\d+(?:[{_MARKS}]\d+)*")
_LAKHS = regex.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


@lru_cache(maxsize=64)
def separators(language: str | None) -> tuple[str, str]:
    """The decimal mark and the thousands group mark of ``language`` in CLDR (babel);
    English's when the language is unknown or not given.

    >>> separators("en"), separators("ru"), separators("de")
    (('.', ','), (',', '\\xa0'), (',', '.'))
    >>> separators(None), separators("xx")                       # negatives: English
    (('.', ','), ('.', ','))
    """
    locale = language if language and localedata.exists(language) else "en"
    return get_decimal_symbol(locale), get_group_symbol(locale)


@dataclass(frozen=True)
class LocalNumber:
    """A number read with its language's marks: its value and the decimals written."""

    value: float
    #: digits written after the decimal mark (0 for a whole number)
    decimals: int = 0
    #: the decimal mark the number was read with, if it has one
    decimal_mark: str | None = None

    @property
    def precision(self) -> float:
        """Half the place of the last digit written: ``8,5`` -> 0.05, ``80 000`` -> 0.5."""
        return 0.5 * 10 ** -self.decimals


def _kind(mark: str) -> str:
    return "space" if mark in SPACES else "apostrophe" if mark in APOSTROPHES else mark


#: :func:`_decimal_at` found no reading of the shape
_NO_READING = -1


def _decimal_at(runs: list[str], marks: list[str], language: str | None,
                scaled: bool) -> int | None:
    """Index in ``marks`` of the decimal mark, ``None`` for a whole number, ``_NO_READING``
    when the marks fit no reading (``1,234 567``, ``1.111,11.5``)."""
    points = [k for k, m in enumerate(marks) if m in ",."]
    if not points:
        return None
    last = points[-1]
    if len({marks[k] for k in points}) == 2:
        single = marks.count(marks[last]) == 1 and last == len(marks) - 1
        return last if single else _NO_READING
    if len(points) > 1:
        return None                                   # a repeated mark groups
    if last != len(marks) - 1:
        return _NO_READING                            # ``1,234 567``
    mark, after = marks[last], len(runs[-1])
    if after != 3 or len(marks) > 1:
        return last                                   # ``8,5``, ``1 234,567``
    decimal = separators(language)[0]
    return last if mark == decimal and (mark == "." or scaled) else None


def _groups_fit(runs: list[str], kinds: set[str]) -> bool:
    """Groups of three after a first group of one to three digits (or the Indian lakhs)."""
    if not runs[1:]:
        return True
    if kinds == {","} and _LAKHS.fullmatch(",".join(runs)):
        return True
    return 1 <= len(runs[0]) <= 3 and all(len(r) == 3 for r in runs[1:])


def read_local(text: str, language: str | None = None, scaled: bool = False
               ) -> LocalNumber | None:
    """The value of a number in digits as ``language`` writes it, or ``None`` when ``text``
    is not a number of any language. ``scaled``: a scale word follows (``1,648 млн``).

    >>> [read_local(t).value for t in ("1,200", "8,5", "14,75", "1,111.11", "1.111,11")]
    [1200.0, 8.5, 14.75, 1111.11, 1111.11]
    >>> [read_local(t).value for t in ("80 000", "1\\u202f234,5", "1'200'000", "−3,5")]
    [80000.0, 1234.5, 1200000.0, -3.5]
    >>> read_local("1,648", "ru", scaled=True).value, read_local("1,648", "ru").value
    (1.648, 1648.0)
    >>> read_local("20.000", "ru").value, read_local("20.000", "en").value
    (20000.0, 20.0)
    >>> read_local("8,5").precision, read_local("1 200").precision
    (0.05, 0.5)
    >>> [read_local(t) for t in ("1,2,3", "12 15", "192.168.1.2", "1.5.3", "2023a")]
    [None, None, None, None, None]
    """
    clean = text.strip().replace("−", "-")
    if not LOCAL_DIGITS.fullmatch(clean):
        return None
    sign = -1.0 if clean[0] == "-" else 1.0
    body = clean.lstrip("-+")
    runs = regex.split(rf"[{_MARKS}]", body)
    marks = regex.findall(rf"[{_MARKS}]", body)
    at = _decimal_at(runs, marks, language, scaled)
    if at == _NO_READING:
        return None
    whole = len(runs) if at is None else at + 1
    kinds = {_kind(m) for m in marks[:whole - 1]}
    if len(kinds) > 1 or not _groups_fit(runs[:whole], kinds):
        return None
    if at is None and "." in kinds and separators(language)[0] == ".":
        return None                                   # English ``2.000.000``: a code
    if at is None:
        return LocalNumber(sign * float("".join(runs)))
    digits = "".join(runs[:whole]) + "." + runs[-1]
    return LocalNumber(sign * float(digits), len(runs[-1]), marks[at])
