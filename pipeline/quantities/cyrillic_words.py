"""Russian and Kazakh number words: ``тысячами``, ``трех``, ``мыңнан``, ``үш жүз``.

Every word is read through its dictionary form (:mod:`.morph`: pymorphy3 for Russian, the
suffix stripper for Kazakh) and looked up in the vocabulary of
:mod:`pipeline.numbers.cyrillic`, so no inflected form is listed by hand.
"""

from __future__ import annotations

from functools import lru_cache

from ..numbers.cyrillic import KK_NUMBERS, KK_SCALES, RU_NUMBERS, RU_SCALES
from .cyrillic_tokens import KK_VAGUE, Number, Tok
from .morph import analyzer, reading


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
    if tok.low.endswith(KK_VAGUE):
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


def half_after(toks: list[Tok], k: int, language: str) -> int | None:
    """The end of ``с половиной`` / ``жарым`` at token ``k`` (a half added), else ``None``."""
    if language == "ru" and k + 1 < len(toks) and toks[k].low == "с" and \
            "половина" in reading(toks[k + 1].text, "ru").lemmas:
        return k + 2
    if language == "kk" and k < len(toks) and reading(toks[k].text, "kk").lemma == "жарым":
        return k + 1
    return None


def words_at(toks: list[Tok], i: int, language: str) -> Number | None:
    """The longest run of number words from token ``i`` that reads as one number."""
    total, group, last, k = 0.0, 0.0, None, i
    end, value, scale = i, None, 1.0
    while k < len(toks):
        found = number_word(toks[k], language)
        if found is None:
            half = half_after(toks, k, language)
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
        return toks[i].low.endswith(KK_VAGUE)
    if i > 0 and toks[i - 1].low in _GOVERN:
        return False
    table = {**RU_NUMBERS, **RU_SCALES}
    return any(p.normal_form in table and p.tag.number == "plur" and p.tag.case == "nomn"
               and p.tag.POS == "NOUN" and p.normal_form != toks[i].low
               for p in analyzer().parse(toks[i].low))
