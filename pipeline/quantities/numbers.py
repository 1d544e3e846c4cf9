"""Group spaCy tokens into number mentions: digits with separators, scales, number words.

:func:`scan_numbers` finds ``one hundred and six``, ``31.5 bn``, ``7 3/4`` as whole numbers,
so the pattern families only ever look at whole numbers; reading one string into a value is
:func:`.words.read_number` (re-exported here), which never raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex
from spacy.tokens import Doc

from ..numbers import (
    DIGITS,
    FRACTION,
    FRACTION_WORDS,
    LOCAL_DIGITS,
    ORDINAL_DIGITS,
    ORDINAL_WORDS,
    SCALE_ABBR,
    SCALE_WORDS,
    SIGN_WORDS,
    SPACED_ABBR,
    UNITS,
    VAGUE,
    half_unit,
    read_digits,
    read_local,
)
from .number_starts import is_number_word as _is_word
from .number_starts import may_start
from .tokens import doc_text
from .words import A_BEFORE, VULGAR, plural_ordinal, read_number, tens, unit_ordinal, words_value


@dataclass
class Number:
    """A number mention over tokens ``start:end`` (the scale word, if any, included)."""

    start: int
    end: int
    value: float
    scale: float = 1.0
    precision: float = 0.0
    words: bool = False
    ordinal: bool = False
    digits: str = ""
    #: digits written after the decimal mark (``8,5`` 1, ``80 000`` 0)
    decimals: int = 0
    #: a vague plural (``thousands of``) reads as the decade it names: low..high
    low: float | None = None
    high: float | None = None


def _compound_ordinal_ahead(doc: Doc, j: int) -> bool:
    """``twenty-first`` starts at token ``j`` and ends the phrase (``a twenty-first``, but not
    ``a twenty-first-century plan``)."""
    if j >= len(doc) or not tens(doc[j].lower_):
        return False
    k = j + 2 if j + 1 < len(doc) and doc[j + 1].text == "-" else j + 1
    if k >= len(doc) or not unit_ordinal(doc[k].lower_):
        return False
    return k + 1 >= len(doc) or not (doc[k + 1].is_alpha or doc[k + 1].text == "-") or \
        doc[k + 1].lower_ == "of"


def _fraction_ahead(doc: Doc, j: int) -> bool:
    """A spelled fraction starts at token ``j`` (``a half``, ``three fifths``)."""
    for k in range(j, min(j + 4, len(doc))):
        low = doc[k].lower_
        if low in FRACTION_WORDS or plural_ordinal(low) is not None or (
                low in ORDINAL_WORDS and ORDINAL_WORDS[low] >= 3 and k > j):
            return True
        if not (low in UNITS or low in ("a", "an", "-", "and")):
            return False
    return False


def skip_space(doc: Doc, j: int) -> int:
    """The first token from ``j`` on that is not extra whitespace (PDF text has runs of it)."""
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j


def scale_after(doc: Doc, j: int) -> float | None:
    """The scale written at token ``j`` right after a number, if any."""
    if j >= len(doc):
        return None
    low = doc[j].lower_.rstrip(".") if doc[j].text != "." else "."
    if low in SCALE_WORDS:
        return SCALE_WORDS[low]
    glued = not doc[j - 1].whitespace_
    if low in SCALE_ABBR and (glued or low in SPACED_ABBR):
        if low == "m" and doc[j].text == "m" and not glued:
            return None
        return SCALE_ABBR[low]
    return None


#: a thousands group after the first (the last may carry the decimals: ``234,5``)
_GROUP = regex.compile(r"\d{3}(?:[.,]\d+)?")
_FIRST_GROUP = regex.compile(r"[-−+]?\d{1,3}")
_BARE = regex.compile(r"\d+(?:[.,]\d+)?")
_SHORT = regex.compile(r"\d{1,3}")
_TENS = regex.compile(r"\d{1,2}")
#: spaces other than U+0020, which spaCy makes tokens of their own (``80``, ``\u202f``, ``000``)
_NARROW = ("\u00a0", "\u202f", "\u2009")


def _gap_after(doc: Doc, k: int) -> int | None:
    """The token after token ``k`` when one space of any width parts them, else ``None``."""
    if k + 1 < len(doc) and doc[k].whitespace_ == " " and not doc[k + 1].is_space:
        return k + 1
    if k + 2 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text in _NARROW and \
            not doc[k + 1].whitespace_:
        return k + 2
    return None


def _gap_before(doc: Doc, i: int) -> int | None:
    """The token before token ``i`` when one space of any width parts them, else ``None``."""
    for k in (i - 1, i - 2):
        if k >= 0 and _gap_after(doc, k) == i:
            return k
    return None


def space_grouped(doc: Doc, i: int) -> int:
    """The last token of the number starting at token ``i`` whose thousands are grouped by
    single spaces of any width (``80 000``, ``1 234,5``, ``80\u202f000``); ``i`` when none.

    After a first group of one to three digits every group has exactly three. A run of bare
    numbers that does not read as one number from end to end is a list or a table row, and
    none of it is joined (``12 150 180 22``); a year before a number stays apart
    (``in 2023 80 000 people``).

    >>> from .tokens import tokenizer_nlp
    >>> ends = lambda s: [space_grouped(d, t.i) for d in [tokenizer_nlp()(s)] for t in d]
    >>> ends("1 234,5 t"), ends("in 2023 80 000 fans")
    ([1, 1, 2], [0, 1, 3, 3, 4])
    >>> ends("12 15 18"), ends("12 150 180 22")                  # negatives: rows
    ([0, 1, 2], [0, 1, 2, 3])
    """
    if not _FIRST_GROUP.fullmatch(doc[i].text):
        return i
    prev = _gap_before(doc, i)
    if prev is not None and _SHORT.fullmatch(doc[prev].text):
        return i                                          # an item of a list of numbers
    k = i
    while (nxt := _gap_after(doc, k)) is not None and _GROUP.fullmatch(doc[nxt].text):
        k = nxt
        if not doc[k].text.isdigit():
            break                                         # the decimals end the number
    after = _gap_after(doc, k)
    if k > i and after is not None and _BARE.fullmatch(doc[after].text):
        return i                                          # a row: ``1 200 1 500``
    return k


def written_fraction(numerator: int, denominator: int) -> bool:
    """Whether ``a/b`` reads as a fraction: people write improper fractions small
    (``3/2``); ``24/7``, ``12/5`` or ``20/20`` are idioms, dates and scores, not values.

    >>> written_fraction(3, 4), written_fraction(3, 2), written_fraction(24, 7)
    (True, True, False)
    """
    return denominator > 0 and (numerator < denominator or numerator < 10)


def _scan_digits(doc: Doc, i: int, language: str | None = None) -> Number | None:
    """The number in digits at token ``i``, read as ``language`` writes numbers
    (:func:`~pipeline.numbers.read_local`: ``8,5`` and ``1 200`` anywhere, ``1,648 млн`` a
    decimal in Russian)."""
    tok = doc[i]
    text = tok.text
    if (frac := FRACTION.fullmatch(text)) is not None:
        if not written_fraction(int(frac["num"]), int(frac["den"])):
            return None
        value = read_number(text)
        return None if value is None else Number(i, i + 1, value, digits=text, precision=0.0)
    if not (LOCAL_DIGITS.fullmatch(text) or DIGITS.fullmatch(text)):
        match = ORDINAL_DIGITS.fullmatch(text)
        if match:
            return Number(i, i + 1, float(match["num"]), ordinal=True, digits=match["num"])
        return None
    last = space_grouped(doc, i)
    if last > i:
        text = doc_text(doc)[tok.idx:doc[last].idx + len(doc[last].text)]
    j = last + 1
    local = read_local(text, language, scale_after(doc, skip_space(doc, j)) is not None)
    if local is None and not DIGITS.fullmatch(text):
        return None                                       # ``1,2,3``: no language's number
    value = local.value if local else read_digits(text) or 0.0
    f = skip_space(doc, j)
    if f < len(doc) and FRACTION.fullmatch(doc[f].text) and (tok.whitespace_ or f > j):
        value += (read_number(doc[f].text) or 0.0) * (-1 if value < 0 else 1)
        return Number(i, f + 1, value, digits=text, precision=0.0)
    decimals = local.decimals if local else len(text.rpartition(".")[2])      # ``.5``
    num = Number(i, j, value, digits=text, decimals=decimals,
                 precision=local.precision if local else half_unit(text))
    while (scale := scale_after(doc, skip_space(doc, num.end))) is not None:
        num.end, num.scale = skip_space(doc, num.end) + 1, num.scale * scale
        num.value, num.precision = num.value * scale, num.precision * scale
    _and_after_scale(doc, num)
    return num


def _and_after_scale(doc: Doc, num: Number) -> None:
    """``3 hundred and 21`` → 321, ``3 million and a quarter`` → 3.25e6, in place.

    Only after a scale word, and only a rest smaller than it (``3 million and 50 staff``
    stays two numbers: a number after ``and`` joins a ``hundred`` only).
    """
    last = doc[num.end - 1].lower_
    k = num.end
    if last not in SCALE_WORDS or k + 2 > len(doc) or doc[k].lower_ != "and":
        return
    nxt = doc[k + 1]
    if last == "hundred" and _TENS.fullmatch(nxt.text) and not (
            k + 2 < len(doc) and doc[k + 2].lower_ in SCALE_WORDS):
        num.value += float(nxt.text) * (-1 if num.value < 0 else 1)
        num.end, num.precision = k + 2, 0.5
    elif nxt.lower_ in ("a", "an") and k + 2 < len(doc) and \
            doc[k + 2].lower_ in ("half", "quarter", "third") and not (
            k + 3 < len(doc) and (doc[k + 3].lower_ in SCALE_WORDS or doc[k + 3].lower_ == "of")):
        num.value += SCALE_WORDS[last] / FRACTION_WORDS[doc[k + 2].lower_] * (
            -1 if num.value < 0 else 1)
        num.end = k + 3


def _scan_words(doc: Doc, i: int) -> Number | None:
    """The longest run of number words from token ``i`` that reads as one number."""
    n = len(doc)
    j, last_good = i, None
    words: list[str] = []
    while j < n:
        if doc[j].is_space and words:
            j += 1
            continue
        low = doc[j].lower_
        if low in ("a", "an") and (nxt_a := skip_space(doc, j + 1)) < n and (
                doc[nxt_a].lower_ in A_BEFORE or _compound_ordinal_ahead(doc, nxt_a)):
            words.append(low)
            j += 1
            continue
        if low in SIGN_WORDS and j == i and j + 1 < n and _is_word(doc[j + 1].lower_):
            words.append(low)
            j += 1
            continue
        if low == "point" and words and j + 1 < n and doc[j + 1].lower_ in UNITS:
            words.append("point")
            j += 1
            continue
        if low in ("and", "&", "-", ",") and words and j + 1 < n:
            nxt = doc[j + 1].lower_
            prev = words[-1]
            joins = (
                (low in ("and", "&") and (prev in SCALE_WORDS or any(
                    w in SCALE_WORDS for w in words)) and (nxt in UNITS or nxt in ("a",)))
                or (low == "and" and _fraction_ahead(doc, j + 1))
                or (low == "-" and prev in UNITS and 20 <= UNITS[prev] <= 90
                    and (UNITS.get(nxt, 99) < 10 or unit_ordinal(nxt)))
                or (low == "-" and prev in SCALE_WORDS and plural_ordinal(nxt))
                or (low == "," and prev in SCALE_WORDS and SCALE_WORDS[prev] >= 1e3
                    and nxt in UNITS)
                or (low == "-" and prev in UNITS and UNITS[prev] < 10
                    and 3 <= ORDINAL_WORDS.get(nxt.rstrip("s"), 0) < 100)
            )
            if not joins:
                break
            if low in ("and", "&"):
                words.append("and")
            j += 1
            continue
        if not _is_word(low):
            break
        words.append(low)
        j += 1
        value, ordinal = words_value(words)
        if value is not None:
            last_good = (j, value, ordinal)
        if ordinal:
            break
    if last_good is None or (doc[i].lower_ in SCALE_WORDS and doc[i].lower_ != "dozen"
                             and last_good[0] - i < 2):
        return None                                # a lone scale word: ``billion-dollar``
    end, value, ordinal = last_good
    last = doc[end - 1].lower_
    scale = SCALE_WORDS[last] if last in SCALE_WORDS and SCALE_WORDS[last] >= 1e3 else 1.0
    if not ordinal and 0 < value < 1 and end + 2 < n and doc[end].lower_ == "of" and \
            doc[end + 1].lower_ in ("a", "one") and SCALE_WORDS.get(doc[end + 2].lower_, 0) >= 1e3:
        scale = SCALE_WORDS[doc[end + 2].lower_]          # ``two thirds of a million``
        value, end = value * scale, end + 3
    return Number(i, end, value, scale=scale, words=True, ordinal=ordinal, digits="")


def _scan_vague(doc: Doc, i: int) -> Number | None:
    """``dozens of``, ``thousands of``, ``tens of thousands of``: the decade they name.

    The end token is the ``of``, so the counted noun or currency follows directly.
    """
    n = len(doc)
    if i + 1 >= n or doc[i + 1].lower_ != "of" or (i > 0 and doc[i - 1].is_digit):
        return None
    base = VAGUE[doc[i].lower_]
    end = i + 2
    if end + 1 < n and doc[end].lower_ in VAGUE and doc[end + 1].lower_ == "of":
        base *= VAGUE[doc[end].lower_]
        end += 2
    return Number(i, end, base, words=True, low=base, high=base * 10)


_NOT_BEFORE_HALF = {"the", "this", "that", "last", "next", "a", "one", "and", "its", "their",
                    "his", "her", "our", "my", "your", "each", "other", "in", "by"}


def _bare_half(doc: Doc, i: int) -> bool:
    """``half the condos``, ``half of all staff``; not ``the second half of 2024``."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in ("the", "of", "its", "their", "all"):
        return False
    prev = doc[i - 1].lower_ if i else ""
    return not (prev in _NOT_BEFORE_HALF or prev in ORDINAL_WORDS or prev in UNITS
                or doc[i - 1].like_num if i else False)


def scan_numbers(doc: Doc, skip: set[int] | None = None,
                 language_at: Callable[[int], str | None] | None = None) -> list[Number]:
    """Every number mention in ``doc``, left to right, none overlapping.

    ``skip`` holds token indices inside identifiers (DOIs, ISSNs, ...), never read.
    ``language_at`` gives the language of the paragraph holding a character offset, which
    decides how digits read (``1,648 млн``); without it a number's shape alone decides.

    >>> from .tokens import tokenizer_nlp
    >>> doc = tokenizer_nlp()("sold 3 billion tons, one hundred and six cars and 7 3/4 kg")
    >>> [(doc[n.start:n.end].text, n.value) for n in scan_numbers(doc)]
    [('3 billion', 3000000000.0), ('one hundred and six', 106.0), ('7 3/4', 7.75)]
    >>> scan_numbers(tokenizer_nlp()("an apple and a pear"))   # negative: no numbers
    []
    >>> [n.value for n in scan_numbers(tokenizer_nlp()("population 1 414 021 100, 45 100"))]
    [1414021100.0, 45100.0]
    >>> [n.value for n in scan_numbers(tokenizer_nlp()("3 hundred and 21, 3 million and a half"))]
    [321.0, 3500000.0]
    >>> [n.value for n in scan_numbers(tokenizer_nlp()("up 8,5% to 80\u202f000 and 1,200"))]
    [8.5, 80000.0, 1200.0]
    """
    skip = skip or set()

    def language(k: int) -> str | None:
        return language_at(doc[k].idx) if language_at else None

    found: list[Number] = []
    i, n = 0, len(doc)
    starts = may_start(doc)
    while i < n:
        if i in skip or not starts[i]:
            i += 1
            continue
        tok = doc[i]
        num = None
        if tok.text in VULGAR:
            num = Number(i, i + 1, VULGAR[tok.text], digits=tok.text)
        elif tok.text[:1].isdigit() or (tok.text[:1] in "-−+." and tok.text[1:2].isdigit()):
            num = _scan_digits(doc, i, language(i))
        elif tok.text in "-−" and i + 1 < n and doc[i + 1].text[:1].isdigit() and (
                i == 0 or doc[i - 1].is_punct and doc[i - 1].text not in ")-"):
            num = _scan_digits(doc, i + 1, language(i + 1))
            if num is not None:
                num.start, num.value = i, -num.value
        elif tok.lower_ in SIGN_WORDS and i + 1 < n and doc[i + 1].text[:1].isdigit():
            num = _scan_digits(doc, i + 1, language(i + 1))
            if num is not None:
                num.start, num.value = i, -num.value
        elif tok.lower_ in VAGUE:
            num = _scan_vague(doc, i)
        elif tok.lower_ == "half" and _bare_half(doc, i):
            num = Number(i, i + 1, 0.5, words=True)
        elif _is_word(tok.lower_) or tok.lower_ in ("a", "an") or tok.lower_ in SIGN_WORDS:
            num = _scan_words(doc, i)
        if num is None or any(k in skip for k in range(num.start, num.end)):
            i += 1
            continue
        found.append(num)
        i = num.end
    return found
