"""What a Russian or Kazakh number is a quantity of: the unit, currency, percent, time word
or counted noun written after it, read by dictionary form (:mod:`.morph`).

``рублей``, ``рубля`` and ``рубль`` are one currency, ``теңгеден`` and ``теңгені`` another; a
count's ``unit`` is the lemma of the counted noun (``людей`` -> ``человек``, ``пәтерден`` ->
``пәтер``); unit abbreviations and names map to pint's names (:mod:`.cyrillic_units`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph.kazakh import THIRD, suffix_chain
from ..numbers.cyrillic import (
    CURRENCY_ABBR,
    CURRENCY_LEMMAS,
    CURRENCY_SUBUNITS,
    DOLLAR_COUNTRY,
    PERCENT_LEMMAS,
    SCALED_CURRENCY_ABBR,
)
from .cyrillic import Number, Tok, glued
from .cyrillic_units import (
    MEASURE_ABBR,
    POWER_WORDS,
    SYMBOLS,
    TIME_ABBR,
    TIME_LEMMAS,
    UNIT_ABBR,
    UNIT_LEMMAS,
)
from .morph import analyzer, reading

#: the Kazakh hedge words (:mod:`.cyrillic_hedges`), which end a counted noun's search
KK_HEDGES = frozenset(("жуық", "жуығы", "тарта", "шамасында", "шамалы", "астам", "артық",
                       "аса", "асып", "асты", "асқан", "көп", "кем", "аз", "дейін", "шейін"))

#: Russian parts of speech a counted noun may be preceded by (``четыре крупнейших
#: специалиста``, ``50 ранее бесписьменных языков``)
RU_BEFORE_NOUN = frozenset(("ADJF", "PRTF", "ADVB", "ADJS"))
#: Kazakh closed-class words that end the search for a counted noun: conjunctions,
#: postpositions, particles, pronouns and the hedges
KK_STOP = frozenset("""
және мен бен пен немесе не да де та те ғана қана ма ме ба бе па пе шамамен жуық жуығы тарта
астам артық дейін кейін бұрын бері сайын бойы бойынша арқылы үшін туралы сияқты секілді
ретінде дегенмен бірақ әрі яғни осы сол бұл ол олар біз сіз мен сен кем аса асып шамасында
шамасы көп аз гөрі тағы тек әр барлық бүкіл ең өте""".split())
#: months: a number before one is a day of a date, not a count
MONTHS = frozenset("""январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
декабрь қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша
желтоқсан""".split())
#: a word for "year" after a four-digit number makes it a year (``2016 года``, ``1995 жылы``)
YEAR_WORDS = frozenset(("год", "жыл"))


@dataclass
class Unit:
    """What follows a number: the record's kind and unit, where it ends, a factor."""

    kind: str
    unit: str | None
    end: int
    factor: float = 1.0


def _abbr(toks: list[Tok], k: int) -> tuple[str, int]:
    """The abbreviation at token ``k``, lower-cased without its dots, and its end: ``руб.``,
    ``ч.л.``, ``кв.м.``, ``кВт·ч``, ``км²``, ``км/ч``."""
    parts, j = [toks[k].low], k + 1
    while j < len(toks) and glued(toks, j):
        t = toks[j].text
        if t in "²³" or (t == "·" and j + 1 < len(toks) and glued(toks, j + 1)):
            parts.append(t)
        elif t == "." and j + 1 < len(toks) and glued(toks, j + 1) and toks[j + 1].is_word \
                and len(toks[j + 1].text) <= 2:
            parts.append(".")
        elif toks[j].is_word and parts[-1] in ("·", "."):
            parts.append(toks[j].low)
        else:
            break
        j += 1
    abbr = "".join(parts)
    if j < len(toks) and toks[j].text == "." and glued(toks, j) and abbr not in SYMBOLS and \
            not any(ch in abbr for ch in "²³·/"):
        j += 1                          # ``руб.``, ``долл.``: not ``км.``, a sentence's end
    return abbr, j


def _boundary(toks: list[Tok], k: int) -> bool:
    """No word right after token ``k - 1`` (``1,5 м:``, ``1,8 м``), or a word in the
    genitive, what the unit measures (``500 г сыра``), so a one-letter abbreviation there is
    a unit and not a word's ending or an ordinal's (``4 м подъезде``)."""
    if k >= len(toks) or not toks[k].is_word or toks[k].text[:1].isupper():
        return True
    if not toks[k].is_cyrillic:
        return False
    r = reading(toks[k].text, "ru")
    return r.pos in _FUNCTION_WORDS or (r.pos in ("NOUN", "ADJF") and r.case == "gent")


#: parts of speech after a one-letter unit that leave it a unit (``5642 м над уровнем``)
_FUNCTION_WORDS = frozenset(("PREP", "CONJ", "PRCL", "VERB", "INFN", "ADVB", "GRND", "PRTS"))


def _physical(toks: list[Tok], k: int, language: str, whole: bool = True) -> Unit | None:
    """A unit pint knows at token ``k``, as abbreviation, symbol or name; after a number
    that is not ``whole`` a one-letter abbreviation is always one (``2,4 м длиной``)."""
    if k >= len(toks):
        return None
    power = 1
    first = toks[k]
    if first.is_word and (reading(first.text, language).lemma in POWER_WORDS or
                          first.low in POWER_WORDS):
        power = POWER_WORDS.get(first.low) or POWER_WORDS[reading(first.text, language).lemma]
        k += 2 if k + 1 < len(toks) and toks[k + 1].text == "." else 1
        if k >= len(toks):
            return None
    if toks[k].text == "°" and k + 1 < len(toks) and glued(toks, k + 1) and \
            toks[k + 1].low in ("с", "c"):
        return Unit("physical", "degree_Celsius", k + 2)
    if toks[k].text in ("℃",):
        return Unit("physical", "degree_Celsius", k + 1)
    if not toks[k].is_word:
        return None
    abbr, end = _abbr(toks, k)
    name = UNIT_ABBR.get(abbr)
    if name is None and abbr.endswith(("²", "³")):
        base = UNIT_ABBR.get(abbr[:-1])
        name = f"{base} ** {'2' if abbr[-1] == '²' else '3'}" if base else None
    if name is not None and (len(abbr) > 1 or not whole or _boundary(toks, end)):
        if power > 1:
            name = f"{name} ** {power}"
        return Unit("physical", name, end)
    lemma = reading(toks[k].text, language).lemma
    if lemma in UNIT_LEMMAS:
        name = UNIT_LEMMAS[lemma]
        return Unit("physical", f"{name} ** {power}" if power > 1 else name, k + 1)
    return None


def _currency(toks: list[Tok], k: int, language: str) -> Unit | None:
    """A currency at token ``k``: sign, abbreviation (``руб.``, ``т. р.``) or name in any
    form (``рублей``, ``теңгеден``, ``АҚШ долларымен``, ``долларов США``)."""
    if k >= len(toks):
        return None
    tok = toks[k]
    if k + 2 < len(toks) and tok.is_word:
        pair_end = k + 2 if toks[k + 1].text == "." else k + 1
        if pair_end < len(toks) and (tok.low, toks[pair_end].low) in SCALED_CURRENCY_ABBR:
            code, factor = SCALED_CURRENCY_ABBR[(tok.low, toks[pair_end].low)]
            end = pair_end + 1
            if end < len(toks) and toks[end].text == "." and glued(toks, end):
                end += 1
            return Unit("money", code, end, factor)
    if tok.low in DOLLAR_COUNTRY and k + 1 < len(toks):
        after = _currency(toks, k + 1, language)
        return after if after is not None and after.unit == "USD" else None
    if tok.low in CURRENCY_ABBR and (tok.is_word or not tok.text.isalnum()):
        end = k + 1
        if tok.is_word and end < len(toks) and toks[end].text == "." and glued(toks, end):
            end += 1
        if tok.low == "р" and not (end > k + 1 or _boundary(toks, end)):
            return None
        return Unit("money", CURRENCY_ABBR[tok.low], end)
    if not tok.is_cyrillic:
        return None
    r = reading(tok.text, language)
    for lemma in (tok.low, *r.lemmas[:2]):
        if lemma in CURRENCY_LEMMAS:
            end = k + 1
            if end < len(toks) and toks[end].low in DOLLAR_COUNTRY:
                end += 1
            return Unit("money", CURRENCY_LEMMAS[lemma], end,
                        CURRENCY_SUBUNITS.get(lemma, 1.0))
    return None


def _time(toks: list[Tok], k: int, language: str, year_like: bool) -> Unit | None:
    if k >= len(toks) or not toks[k].is_word:
        return None
    abbr, end = _abbr(toks, k)
    if abbr in TIME_ABBR and (len(abbr) > 1 or _boundary(toks, end) or end > k + 1):
        unit = TIME_ABBR[abbr]
        return Unit("year" if year_like and unit == "year" else "duration", unit, end)
    r = reading(toks[k].text, language)
    for lemma in r.lemmas[:2]:
        if lemma in TIME_LEMMAS:
            if year_like and lemma in YEAR_WORDS and not (r.plural and language == "ru"):
                return Unit("year", None, k + 1)
            return Unit("duration", TIME_LEMMAS[lemma], k + 1)
        if lemma in MONTHS:
            return Unit("date", None, k + 1)
    return None


def _measure(toks: list[Tok], k: int) -> Unit | None:
    """A kitchen measure written short (``ч.л.``, ``ст. л.``, ``2 ч. ложки``): a count."""
    if k >= len(toks) or not toks[k].is_word:
        return None
    abbr, end = _abbr(toks, k)
    if abbr in MEASURE_ABBR:
        return Unit("count", MEASURE_ABBR[abbr], end)
    if k + 2 < len(toks) and toks[k + 1].text == "." and glued(toks, k + 1) and \
            toks[k + 2].is_word and len(toks[k + 2].text) <= 2:
        spaced, end = _abbr(toks, k + 2)                  # ``ст. л.``: the dots spaced out
        if f"{abbr}.{spaced}" in MEASURE_ABBR:
            if end < len(toks) and toks[end].text == "." and glued(toks, end):
                end += 1
            return Unit("count", MEASURE_ABBR[f"{abbr}.{spaced}"], end)
    if k + 2 < len(toks) and toks[k + 1].text == ".":
        two = f"{toks[k].low}. {toks[k + 2].low}"
        for key, noun in MEASURE_ABBR.items():
            if key.startswith(two[:len(key.split()[0]) + 1]) and reading(
                    toks[k + 2].text, "ru").lemma == noun.split()[-1]:
                return Unit("count", noun, k + 3)
    return None


def _noun(toks: list[Tok], k: int, language: str) -> Unit | None:
    """The counted noun after a number: its lemma is the unit."""
    seen = 0
    while k < len(toks) and seen < 4:
        tok = toks[k]
        if tok.text == "." and glued(toks, k) and k + 1 < len(toks) and glued(toks, k + 1):
            k += 1
            continue
        if not tok.is_cyrillic or len(tok.text) < 2 or (
                tok.text[:1].isupper() and k > 0 and toks[k - 1].text not in ".!?"):
            return None                      # a name (``21 Анна``), a letter, not Cyrillic
        if k + 2 < len(toks) and toks[k + 1].text == "." and glued(toks, k + 1) and \
                glued(toks, k + 2) and toks[k + 2].is_cyrillic:
            k += 2                           # an abbreviated modifier: ``3 мелк.кусочка``
            seen += 1
            continue
        r = reading(tok.text, language)
        if language == "kk":
            if tok.low in KK_STOP or tok.low in KK_HEDGES or r.pos == "VERB" or \
                    r.lemma in MONTHS:
                return None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_cyrillic and not r.suffixes and nxt.low not in KK_STOP:
                head = reading(nxt.text, "kk")
                if len(head.suffixes) == 1 and head.suffixes[0] in THIRD and head.pos == "NOUN":
                    return Unit("count", head.lemma, k + 2)      # ``банк қызметкері``
            return Unit("count", r.lemma, k + 1)
        if r.pos == "NOUN":
            if r.lemma in MONTHS:
                return Unit("date", None, k + 1)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if "ADJF" in r.all_pos and nxt is not None and nxt.is_cyrillic and \
                    reading(nxt.text, "ru").pos == "NOUN":
                adj = next(p for p in analyzer_parses(tok.text) if p.tag.POS == "ADJF")
                head = reading(nxt.text, "ru")       # ``столовая ложка``: an adjective
                return Unit("count", f"{_yo(adj.normal_form)} {head.lemma}"
                            if _agrees(adj, nxt.text) else head.lemma, k + 2)
            return Unit("count", r.lemma, k + 1)
        if r.pos not in RU_BEFORE_NOUN:
            return None
        k += 1
        seen += 1
    return None


def analyzer_parses(word: str) -> list:
    """pymorphy3's parses of a Russian word."""
    return analyzer().parse(word.lower())


def _yo(word: str) -> str:
    return word.replace("ё", "е")


def _agrees(adj: object, noun: str) -> bool:
    """An adjective and the noun after it in one gender: the adjective's nominative
    singular then names the kind (``столовая ложка``)."""
    gender = getattr(getattr(adj, "tag", None), "gender", None)
    return any(p.tag.gender == gender for p in analyzer_parses(noun) if p.tag.POS == "NOUN")


def unit_after(toks: list[Tok], num: Number, language: str) -> Unit | None:
    """What the number ending at ``num.end`` is a quantity of, if anything is written."""
    k = num.end
    year_like = (not num.words and num.scale == 1.0 and num.decimals == 0
                 and 1000 <= num.value <= 2100 and num.value == int(num.value))
    if k < len(toks) and toks[k].text == "%":
        end = k + 1
        if end + 1 < len(toks) and toks[end].text == "-" and glued(toks, end) and \
                toks[end + 1].is_cyrillic and glued(toks, end + 1):
            end += 2                                             # ``60%-ына``
        return Unit("percent", "percent", end)
    if k < len(toks) and toks[k].is_cyrillic:
        for lemma in (reading(toks[k].text, language).lemma, toks[k].low):
            if lemma in PERCENT_LEMMAS:
                return Unit("percent", PERCENT_LEMMAS[lemma], k + 1)
    if year_like and k < len(toks) and toks[k].low in ("г", "гг", "ж") and (
            k + 1 >= len(toks) or toks[k + 1].text == "." or not toks[k + 1].is_word):
        end = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." else k + 1
        return Unit("year", None, end)                      # ``2019 г.``, ``1990 ж.``
    if language == "ru" and num.ending == "х" and num.value % 10 == 0 and k < len(toks) and \
            "год" in reading(toks[k].text, "ru").lemmas[:1] and reading(toks[k].text, "ru").plural:
        return Unit("date", None, k + 1)                    # ``90-х годах``: a decade
    for find in (_measure, lambda t, j: _currency(t, j, language),
                 lambda t, j: _physical(t, j, language, not num.decimals),
                 lambda t, j: _time(t, j, language, year_like)):
        found = find(toks, k)
        if found is not None:
            return found
    if year_like and (k >= len(toks) or not toks[k].is_word):
        return Unit("year", None, k)
    if language == "kk" and num.ending and suffix_chain(num.ending) is not None:
        return None              # ``9-да жиналыс``: a numeral with a case counts no noun after
    return _head_unit(toks, k, _noun(toks, k, language), language)


def _head_unit(toks: list[Tok], k: int, noun: Unit | None, language: str) -> Unit | None:
    """A counted noun found past its modifiers may itself be a time word, a currency or a
    unit (``3-5 рабочих дней``, ``10 старых рублей``, ``5 жұмыс күні``): read the head
    again as one, keeping the span to the head."""
    if noun is None or noun.kind != "count" or noun.end - 1 <= k:
        return noun
    head = noun.end - 1
    for find in (lambda t, j: _currency(t, j, language),
                 lambda t, j: _physical(t, j, language),
                 lambda t, j: _time(t, j, language, False)):
        found = find(toks, head)
        if found is not None and found.end == noun.end and found.kind != "date":
            return Unit(found.kind, found.unit, noun.end, found.factor)
    return noun



def sign_before(toks: list[Tok], num: Number) -> str | None:
    """The currency sign written before a number (``$200``, ``€ 15``), as English writes it:
    only a symbol, never a word, so ``руб 200`` stays unread.

    >>> from .cyrillic import tokenize
    >>> t = tokenize("за $200 и 5 шт", 0, 14)
    >>> sign_before(t, Number(2, 3, 200.0)), sign_before(t, Number(4, 5, 5.0))
    ('USD', None)
    """
    if num.start == 0 or num.words:
        return None
    sign = toks[num.start - 1]
    if sign.text.isalnum() or sign.low not in CURRENCY_ABBR:
        return None
    return CURRENCY_ABBR[sign.low]


def rate_after(toks: list[Tok], k: int, language: str) -> tuple[str, int] | None:
    """A per-unit after a quantity: ``/сутки``, ``/кв.м.``, ``км / сағат``, ``в неделю``."""
    if k + 1 < len(toks) and toks[k].text == "/":
        per = _physical(toks, k + 1, language) or _time(toks, k + 1, language, False)
        if per is not None and per.unit:
            return per.unit, per.end
    if language == "ru" and k + 1 < len(toks) and toks[k].low == "в":
        per = _time(toks, k + 1, language, False)
        if per is not None and per.kind == "duration" and per.unit:
            return per.unit, per.end
    return None
