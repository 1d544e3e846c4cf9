"""Numbers in Russian and Kazakh paragraphs: tokens, numbers in digits and in words.

A reader of its own, beside the English one (:mod:`.numbers`), for paragraphs tagged ``ru`` or
``kk``: the words around a number inflect, so every word is read through its dictionary form
(:mod:`.morph`: pymorphy3 for Russian, the suffix stripper for Kazakh) and looked up in the
vocabulary of :mod:`pipeline.numbers.cyrillic`. Digits are read as the language writes them
(:func:`pipeline.numbers.read_local`: ``8,5``, ``80 000``, ``20.000``).

:func:`scan` finds the numbers; :mod:`.cyrillic_read` reads what each one counts or measures.
"""

from __future__ import annotations

import regex

from ..morph.kazakh import collective_base, suffix_chain
from ..numbers import read_local
from ..numbers.cyrillic import KK_NUMBERS, RU_SCALES, SCALE_ABBR_CYR
from ..numbers.locales import SPACES
from .cyrillic_tokens import (  # noqa: F401  (re-exported to the other readers)
    DASHES,
    KEYCAP,
    KK_ORDINAL_ENDINGS,
    KK_VAGUE,
    RU_CARDINAL_ENDINGS,
    RU_ORDINAL_ENDINGS,
    Number,
    Tok,
    glued,
    tokenize,
)
from .cyrillic_words import half_after, number_word, words_at
from .morph import analyzer, reading


def _digits_text(text: str, toks: list[Tok], i: int) -> tuple[int, str]:
    """The last token of the number in digits starting at token ``i`` and its text: glued
    ``,``/``.`` marks, and thousands groups after one space of any width."""
    j = i
    while j + 2 < len(toks) and toks[j + 1].text in ",." and glued(toks, j + 1) and \
            glued(toks, j + 2) and toks[j + 2].text.isdigit():
        j += 2
    if j == i and len(toks[i].text) <= 3 and not (
            i > 0 and toks[i - 1].text.isdigit() and text[toks[i - 1].end:toks[i].start] in SPACES):
        k = i
        while k + 1 < len(toks) and len(toks[k + 1].text) == 3 and toks[k + 1].text.isdigit() \
                and text[toks[k].end:toks[k + 1].start] in SPACES and \
                toks[k].end < toks[k + 1].start:
            k += 1
        if k > i and not (k + 1 < len(toks) and toks[k + 1].text.isdigit() and
                          text[toks[k].end:toks[k + 1].start] in SPACES and
                          toks[k].end < toks[k + 1].start):
            j = k
            if j + 2 < len(toks) and toks[j + 1].text == "," and glued(toks, j + 1) and \
                    glued(toks, j + 2) and toks[j + 2].text.isdigit():
                j += 2
    return j, text[toks[i].start:toks[j].end]


#: a number written ``dd.dd`` where the language's decimal mark is a comma: a date or a
#: time of day unless a unit follows (``12.05``, but ``1.25 кг``)
DOTTED = "dotted"
#: the ending of a number that is the Russian prefix ``пол-`` (a half) of a unit word
HALF = "пол:"
_HALF_WORD = regex.compile(r"пол-?(\w{3,})")
#: a time of day written with a decimal mark (``19,00``)
_CLOCK = regex.compile(r"([01]?\d|2[0-4])[.,][0-5]\d")


def _half_of(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The unit word after ``пол-`` (``полчаса`` -> ``часа``, ``пол-литра``) and the end of
    the word, when it is a time or unit name in the genitive singular; ``полдень`` (noon)
    and ``полка`` are not halves."""
    from .cyrillic_units import TIME_LEMMAS, UNIT_LEMMAS
    tok, end = toks[i], i + 1
    match = _HALF_WORD.fullmatch(tok.low)
    if match is not None:
        rest = match.group(1)
    elif tok.low == "пол" and i + 2 < len(toks) and toks[i + 1].text == "-" and \
            glued(toks, i + 1) and glued(toks, i + 2):
        rest, end = toks[i + 2].low, i + 3
    else:
        return None
    for p in analyzer().parse(rest):
        if p.tag.case == "gent" and p.tag.number == "sing" and (
                p.normal_form in TIME_LEMMAS or p.normal_form in UNIT_LEMMAS or
                p.normal_form in RU_SCALES):
            return rest, end
    return None


def _half_scale(rest: str) -> float | None:
    """The scale ``пол-`` halves (``полмиллиона``, ``полтысячи``), or ``None``.

    >>> _half_scale("миллиона"), _half_scale("часа")
    (1000000.0, None)
    """
    for p in analyzer().parse(rest):
        if p.normal_form in RU_SCALES and p.tag.case == "gent" and p.tag.POS == "NOUN":
            return float(RU_SCALES[p.normal_form])
    return None


def _line_start(text: str, toks: list[Tok], i: int) -> bool:
    """Token ``i`` is the first of its line (or of the paragraph)."""
    before = text[toks[i - 1].end:toks[i].start] if i else "\n"
    return i == 0 or "\n" in before


def _minus_before(text: str, toks: list[Tok], i: int) -> bool:
    """A minus sign glued to the number at token ``i``: U+2212, or a hyphen after a word
    (``до -35 °C``); a hyphen opening a line is a list dash, one between digits a range.

    >>> text = "упала до -35 °C"
    >>> toks = tokenize(text, 0, len(text))
    >>> _minus_before(text, toks, 3), _minus_before("- 35", tokenize("- 35", 0, 4), 1)
    (True, False)
    """
    if i == 0 or not glued(toks, i) or toks[i - 1].text not in ("−", "-"):
        return False
    return toks[i - 1].text == "−" or (i >= 2 and toks[i - 2].is_word and not
                                       glued(toks, i - 1) and not _line_start(text, toks, i - 1))


def scale_at(toks: list[Tok], k: int, language: str) -> tuple[float, int] | None:
    """``(factor, end)`` of a scale abbreviation or word at token ``k`` (``млн.``, ``тысячи``)."""
    if k >= len(toks) or not toks[k].is_word:
        return None
    if toks[k].low in ("к", "k") and glued(toks, k) and toks[k - 1].text.isdigit() and (
            k + 1 >= len(toks) or not toks[k + 1].is_word):
        return 1e3, k + 1                                     # ``10к``: ten thousand
    if toks[k].low in SCALE_ABBR_CYR:
        end = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." and glued(toks, k + 1) \
            else k + 1
        return SCALE_ABBR_CYR[toks[k].low], end
    found = number_word(toks[k], language)
    if found and found[1]:
        return found[0], k + 1
    return None


def _ending(toks: list[Tok], k: int, language: str, whole: bool = True
            ) -> tuple[str, str] | None:
    """``(kind, ending)`` of a hyphenated or glued ending at token ``k`` after a number:
    ``case`` (``45-те``, ``7-ми``), ``ordinal`` (``3-ші``, ``2-й``, ``1-кезеңі``). An
    ending written apart (``4 м подъезде``) only follows a ``whole`` number: ``2,4 м`` is
    a length."""
    if k + 1 < len(toks) and toks[k].text == "-" and glued(toks, k) and glued(toks, k + 1) \
            and toks[k + 1].is_cyrillic:
        part = toks[k + 1].low
        if number_word(toks[k + 1], language) is not None:
            return None                                       # ``бес-алты``: a range
        if language == "kk":
            if part in KK_ORDINAL_ENDINGS:
                return "ordinal", part
            return ("case", part) if suffix_chain(part) is not None else ("ordinal", part)
        if part in RU_ORDINAL_ENDINGS:
            return "ordinal", part
        if part in RU_CARDINAL_ENDINGS:
            return "case", part
        if len(part) > 3:
            return "ordinal", part          # ``5-летний``, ``10-этажный``: a number's adjective
    if language == "ru" and whole and k + 1 < len(toks) and toks[k].is_cyrillic and \
            toks[k].low in RU_CARDINAL_ENDINGS | RU_ORDINAL_ENDINGS and len(toks[k].text) <= 2 \
            and toks[k + 1].is_cyrillic and toks[k + 1].text[:1].islower():
        noun = reading(toks[k + 1].text, "ru")                # ``5м годам``, ``4 м подъезде``
        if noun.pos == "NOUN" and noun.case not in ("gent", "nomn"):
            return ("case" if noun.plural else "ordinal"), toks[k].low
    return None


def _digits_at(text: str, toks: list[Tok], i: int, language: str) -> Number | None:
    if i + 1 < len(toks) and toks[i + 1].text[:1] in KEYCAP and glued(toks, i + 1):
        return None                                           # ``1⃣``: a list marker
    if i > 0 and glued(toks, i) and (toks[i - 1].text in "_@#/" or (
            toks[i - 1].is_word and not toks[i - 1].is_cyrillic)):
        return None                                           # ``@user-42``, ``A320``
    if i + 1 < len(toks) and glued(toks, i + 1) and toks[i + 1].text == "_":
        return None
    if i > 1 and toks[i - 1].text == "-" and glued(toks, i) and glued(toks, i - 1) and \
            toks[i - 2].is_word:
        return None                                           # ``user-42``, ``Ту-154``
    if i > 0 and toks[i - 1].is_word and not toks[i - 1].is_cyrillic:
        return None                                           # ``Galaxy 9``: a model's name
    if _line_start(text, toks, i) and i + 1 < len(toks) and toks[i + 1].text in ".)" and \
            glued(toks, i + 1) and (i + 2 >= len(toks) or not glued(toks, i + 2)):
        return None                                           # ``3. Потом``: a list marker
    k = i
    while k + 2 < len(toks) and toks[k + 1].text == "-" and glued(toks, k + 1) and \
            glued(toks, k + 2) and toks[k + 2].text.isdigit():
        k += 2
    if k >= i + 4:
        return Number(i, k + 1, 0.0, ordinal=True)            # ``8-800-555-35-35``: a phone
    j, digits = _digits_text(text, toks, i)
    if digits.count(".") + digits.count(",") >= 2 and read_local(digits, language) is None:
        return Number(i, j + 1, 0.0, ordinal=True)            # ``14.06.2016``: a date
    if i + 2 < len(toks) and toks[i + 1].text == ":" and glued(toks, i + 1) and \
            glued(toks, i + 2) and toks[i + 2].text.isdigit() and len(toks[i + 2].text) == 2:
        return Number(i, i + 3, 0.0, ordinal=True)            # ``21:00``: a time of day
    if i > 0 and toks[i - 1].text == "№":
        return Number(i, i + 1, 0.0, ordinal=True)            # ``№ 5``: a number's name
    if j > i and i > 0 and toks[i - 1].low in ("в", "к", "с", "до", "по") and \
            _CLOCK.fullmatch(digits):
        return Number(i, j + 1, 0.0, ordinal=True)            # ``в 19,00``: a time of day
    if j + 2 < len(toks) and toks[j + 1].text == "/" and toks[j + 2].text.isdigit() and (
            glued(toks, j + 1) == glued(toks, j + 2)):
        den = float(toks[j + 2].text)
        if den:
            return Number(i, j + 3, float(digits) / den if digits.isdigit() else 0.0)
    scaled = scale_at(toks, j + 1, language) is not None
    local = read_local(digits, language, scaled)
    if local is None:
        j, digits = i, toks[i].text
        local = read_local(digits, language)
        if local is None:
            return None
    value, first = local.value, i
    if _minus_before(text, toks, i):
        value, first = -value, i - 1
    num = Number(first, j + 1, value, decimals=local.decimals, precision=local.precision)
    if local.decimal_mark == "." and local.decimals == 2 and language in ("ru", "kk"):
        num.ending = DOTTED                                   # ``12.05``: a date or a time?
    return num


def _with_scales(toks: list[Tok], num: Number, language: str, text: str) -> Number:
    """Scale words after a number (``1,5 млн``, ``2 тысячи``) and the lower parts of a
    compound amount (``4 миллиард 700 миллион``), in place."""
    while (found := scale_at(toks, num.end, language)) is not None:
        factor, end = found
        num.value, num.scale, num.end = num.value * factor, num.scale * factor, end
        if num.precision is not None:
            num.precision *= factor
        if not num.words and (half := half_after(toks, num.end, language)) is not None:
            num.end = half
    k = num.end
    if num.scale >= 1e3 and k < len(toks) and toks[k].text.isdigit():
        rest = _digits_at(text, toks, k, language)
        if rest is not None:
            found = scale_at(toks, rest.end, language)
            if found is not None and found[0] < num.scale and num.scale >= 1e6:
                num.value += rest.value * found[0]
                num.end = found[1]
            elif found is None and not rest.decimals and 0 < rest.value < num.scale and \
                    rest.value == int(rest.value) and \
                    text[toks[k - 1].end:toks[k].start] in SPACES:
                num.value += rest.value                       # ``3 тысячи 500 рублей``
                num.end = rest.end
    return num


def scan(text: str, toks: list[Tok], language: str) -> list[Number]:
    """Every number of a paragraph's tokens, left to right, none overlapping.

    >>> text = "4 миллиард 700 миллион теңге, 2,5 млн адам"
    >>> [(n.value, n.scale) for n in scan(text, tokenize(text, 0, len(text)), "kk")]
    [(4700000000.0, 1000000000.0), (2500000.0, 1000000.0)]
    >>> text = "сорок семь лет и три с половиной тысячи"
    >>> [n.value for n in scan(text, tokenize(text, 0, len(text)), "ru")]
    [47.0, 3500.0]
    """
    found: list[Number] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        num: Number | None = None
        if tok.text.isdigit():
            num = _digits_at(text, toks, i, language)
        elif tok.is_cyrillic and language == "ru" and (half := _half_of(toks, i)) is not None:
            rest, end = half
            if (scale := _half_scale(rest)) is not None:
                num = Number(i, end, 0.5 * scale, scale=scale, words=True)  # ``полмиллиона``
            else:
                num = Number(i, end, 0.5, words=True, ending=f"{HALF}{rest}")
                found.append(num)                             # ``полчаса``, ``пол-литра``
                i += 1
                continue
        elif tok.is_cyrillic:
            num = words_at(toks, i, language)
            if num is None and language == "kk" and (
                    base := collective_base(tok.text, KK_NUMBERS)) is not None:
                num = Number(i, i + 1, float(KK_NUMBERS[base]), words=True, approx=False)
                num.ending = "collective"
        if num is None:
            i += 1
            continue
        num = _with_scales(toks, num, language, text)
        ending = _ending(toks, num.end, language, not num.decimals)
        if ending is not None:
            kind, part = ending
            num.ordinal = kind == "ordinal"
            hyphen = toks[num.end].text == "-"
            num.ending, num.end = part, num.end + (2 if hyphen else 1)
        found.append(num)
        i = num.end
    return found
