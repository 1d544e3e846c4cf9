"""Numbers in Russian and Kazakh paragraphs: tokens, numbers in digits and in words.

A reader of its own, beside the English one (:mod:`.numbers`), for paragraphs tagged ``ru`` or
``kk``: the words around a number inflect, so every word is read through its dictionary form
(:mod:`.morph`: pymorphy3 for Russian, the suffix stripper for Kazakh) and looked up in the
vocabulary of :mod:`pipeline.numbers.cyrillic`. Digits are read as the language writes them
(:func:`pipeline.numbers.read_local`: ``8,5``, ``80 000``, ``20.000``).

:func:`scan` finds the numbers; :mod:`.cyrillic_read` reads what each one counts or measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..morph.kazakh import collective_base, suffix_chain
from ..numbers import read_local
from ..numbers.cyrillic import KK_NUMBERS, KK_SCALES, RU_NUMBERS, RU_SCALES, SCALE_ABBR_CYR
from ..numbers.locales import SPACES
from .morph import analyzer, reading

_TOKEN = regex.compile(r"\d+|[^\W\d_]+|\S")
#: dashes between the two ends of a range (``7-8``, ``12,5 — 14,5``, ``3--4``)
DASHES = frozenset("-–—−")
#: Russian endings hyphenated to a cardinal (``5-ти``, ``3-х``) and to an ordinal (``2-й``)
RU_CARDINAL_ENDINGS = frozenset(("ти", "х", "ми", "мя", "ю", "и", "м", "ех", "ух", "ью"))
RU_ORDINAL_ENDINGS = frozenset(("й", "я", "е", "го", "му", "ый", "ий", "ой", "ая", "ое", "ые",
                                "ья", "ье", "ью", "ым", "ых", "ом"))
KK_ORDINAL_ENDINGS = frozenset(("ші", "шы", "ншы", "нші", "ыншы", "інші"))
#: the Kazakh suffix of a vague plural numeral (``ондаған`` tens of, ``мыңдаған``)
_KK_VAGUE = ("даған", "деген", "таған", "теген")
#: marks after a digit that make it a list item or a key, not a number (``1⃣``)
_KEYCAP = frozenset("\u20e3\ufe0f")


@dataclass
class Tok:
    """A token of a paragraph: its text and its offsets in the document's text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_cyrillic(self) -> bool:
        return bool(regex.match(r"\p{Cyrillic}", self.text))


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Digit runs, letter runs and single other characters of ``text[start:end]``.

    >>> [t.text for t in tokenize("от 1,5 млн.руб/кв.м", 0, 19)]
    ['от', '1', ',', '5', 'млн', '.', 'руб', '/', 'кв', '.', 'м']
    """
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@dataclass
class Number:
    """A number over tokens ``start:end`` (scale words included)."""

    start: int
    end: int
    value: float
    scale: float = 1.0
    precision: float | None = None
    words: bool = False
    ordinal: bool = False
    decimals: int = 0
    #: a vague plural (``десятки тысяч``): the decade it names
    low: float | None = None
    high: float | None = None
    #: the Kazakh case suffix or Russian ending hyphenated to it (``200-ге`` -> ``ге``)
    ending: str | None = None
    #: the similative ``-дай`` or a collective numeral was read (about / a bare number)
    approx: bool = False


def glued(toks: list[Tok], i: int) -> bool:
    """Token ``i`` starts where token ``i - 1`` ends."""
    return 0 < i < len(toks) and toks[i - 1].end == toks[i].start


def number_word(tok: Tok, language: str) -> tuple[float, bool] | None:
    """``(value, is_scale)`` of a number word in any inflected form, or ``None``.

    >>> number_word(Tok("тысячами", 0, 8), "ru"), number_word(Tok("мыңнан", 0, 6), "kk")
    ((1000.0, True), (1000.0, True))
    >>> number_word(Tok("трех", 0, 4), "ru"), number_word(Tok("қырықтан", 0, 8), "kk")
    ((3.0, False), (40.0, False))
    >>> number_word(Tok("стол", 0, 4), "ru") is None                  # negative
    True
    """
    if not tok.is_cyrillic:
        return None
    if language == "ru":
        return _russian_number_word(tok.low)
    numbers, scales = KK_NUMBERS, KK_SCALES
    if tok.low.endswith(_KK_VAGUE):
        base = tok.low[:-5]                                   # ``мыңдаған``: thousands of
        if base in scales or base in numbers:
            return float(scales.get(base) or numbers[base]), base in scales
    for lemma in reading(tok.text, language).lemmas[:4]:
        if lemma in scales:
            return float(scales[lemma]), True
        if lemma in numbers:
            return float(numbers[lemma]), False
    return None


#: pymorphy3's parts of speech of a number word: a numeral, a noun (``тысяча``, ``десяток``,
#: ``сотня``) or, for ``один``, an adjective
_NUMBER_POS = frozenset(("NUMR", "NOUN", "ADJF"))


@lru_cache(maxsize=65536)
def _russian_number_word(word: str) -> tuple[float, bool] | None:
    """A Russian number word by the parse that makes it one, so a word that is a number
    only as the dictionary form of another part of speech (``три`` of ``тереть``) is not
    read through that form. Scales must be nouns.

    >>> _russian_number_word("тремя"), _russian_number_word("тысячу")
    ((3.0, False), (1000.0, True))
    >>> _russian_number_word("семья") is None                         # negative
    True
    """
    for p in analyzer().parse(word)[:8]:
        lemma = p.normal_form.replace("ё", "е")
        if lemma in RU_SCALES and p.tag.POS == "NOUN":
            return float(RU_SCALES[lemma]), True
        if lemma in RU_NUMBERS and p.tag.POS in _NUMBER_POS:
            return float(RU_NUMBERS[lemma]), False
    return None


def _place(value: float) -> float:
    """The place of a whole number's last non-zero digit: 20 -> 10, 300 -> 100, 25 -> 1."""
    v, place = int(value), 1
    while v and v % 10 == 0:
        v //= 10
        place *= 10
    return float(place)


def _half_after(toks: list[Tok], k: int, language: str) -> int | None:
    """The end of ``с половиной`` / ``жарым`` at token ``k`` (a half added), else ``None``."""
    if language == "ru" and k + 1 < len(toks) and toks[k].low == "с" and \
            "половина" in reading(toks[k + 1].text, "ru").lemmas:
        return k + 2
    if language == "kk" and k < len(toks) and reading(toks[k].text, "kk").lemma == "жарым":
        return k + 1
    return None


def _words_at(toks: list[Tok], i: int, language: str) -> Number | None:
    """The longest run of number words from token ``i`` that reads as one number."""
    total, group, last, k = 0.0, 0.0, None, i
    end, value, scale = i, None, 1.0
    while k < len(toks):
        found = number_word(toks[k], language)
        if found is None:
            half = _half_after(toks, k, language)
            if half is not None and group and last is not None and last < 1e3:
                group += 0.5
                k = end = half
                value = total + group
                continue
            break
        v, is_scale = found
        if is_scale:
            if last is not None and last >= 1e3 and v >= last:
                break
            if not group and total and scale < v:
                total, scale = total * v, scale * v           # ``десятки тысяч``
            else:
                total += (group or 1.0) * v
                scale = v
            group, last = 0.0, v
        else:
            if language == "kk" and v == 100 and 0 < group < 10 and last is not None \
                    and last < 10:
                group, last, k = group * v, v, k + 1          # ``үш жүз``: a multiplier
                end, value = k, total + group
                continue
            if group and (v >= _place(group) or v >= 1e3):
                break
            if not group and total and scale < 1e3:
                break                                         # ``десятка два``: inverted
            if not group and total and last is not None and v >= last:
                break
            group += v
            last = v
        k += 1
        end, value = k, total + group
    if value is None:
        return None
    num = Number(i, end, value, scale=scale, words=True)
    if _vague(toks, i, language):
        num.low, num.high = value, value * 10             # ``десятки тысяч``: 1e4..1e5
    return num


#: words before a number word that govern its genitive singular (``около тысячи``)
_GOVERN = frozenset(("около", "более", "менее", "свыше", "до", "от", "порядка", "больше",
                     "меньше", "с", "из", "для", "без", "после", "вместо", "со", "почти"))


def _vague(toks: list[Tok], i: int, language: str) -> bool:
    """A number word in the nominative plural with no number before it names a decade:
    ``десятки``, ``сотни``, ``тысячи людей``; Kazakh ``ондаған``, ``мыңдаған``."""
    if language == "kk":
        return toks[i].low.endswith(_KK_VAGUE)
    if i > 0 and toks[i - 1].low in _GOVERN:
        return False
    table = {**RU_NUMBERS, **RU_SCALES}
    return any(p.normal_form in table and p.tag.number == "plur" and p.tag.case == "nomn"
               and p.tag.POS == "NOUN" and p.normal_form != toks[i].low
               for p in analyzer().parse(toks[i].low))


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
    if i + 1 < len(toks) and toks[i + 1].text[:1] in _KEYCAP and glued(toks, i + 1):
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
            regex.fullmatch(r"([01]?\d|2[0-4])[.,][0-5]\d", digits):
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
    if i > 0 and toks[i - 1].text == "−" and glued(toks, i):
        value, first = -value, i - 1                          # U+2212; ``-`` is a list dash
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
        if not num.words and (half := _half_after(toks, num.end, language)) is not None:
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
            num = _words_at(toks, i, language)
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
