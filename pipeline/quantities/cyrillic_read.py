"""Read each Russian or Kazakh number in its context: scale, currency, percent, unit, counted
noun, hedge, range. The records have the English reader's fields (:class:`Quantity`).

The words after a number are looked up by their dictionary form (:mod:`.morph`), so
``рублей``, ``рубля`` and ``рубль`` are one currency, ``теңгеден`` and ``теңгені`` another,
and a count's ``unit`` is the lemma of the counted noun (``людей`` -> ``человек``,
``пәтерден`` -> ``пәтер``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Quantity
from ..numbers.cyrillic import (
    CURRENCY_ABBR,
    CURRENCY_LEMMAS,
    CURRENCY_SUBUNITS,
    DOLLAR_COUNTRY,
    PERCENT_LEMMAS,
    SCALED_CURRENCY_ABBR,
)
from .cyrillic import DASHES, DOTTED, HALF, Number, Tok, glued, scan, tokenize
from .cyrillic_hedges import KK_AFTER, hedge_after, hedge_before, inverted
from .cyrillic_units import (
    MEASURE_ABBR,
    POWER_WORDS,
    SYMBOLS,
    TIME_ABBR,
    TIME_LEMMAS,
    UNIT_ABBR,
    UNIT_LEMMAS,
)
from .identifiers import identifier_spans
from .kazakh import SIMILATIVE, THIRD, suffix_chain
from .morph import analyzer, reading
from .units import measured

#: identifiers that hold digits in any language: their numbers are no quantities
MASKED = frozenset(("url", "email", "phone", "clock", "iso_date", "orcid", "doi", "issn"))
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
    """No word right after token ``k - 1`` (``2,2 м:``, ``2,4 м``), so a one-letter
    abbreviation there is a unit and not a word's ending or an ordinal's (``2 м корпусе``)."""
    return k >= len(toks) or not toks[k].is_word or toks[k].text[:1].isupper()


def _physical(toks: list[Tok], k: int, language: str) -> Unit | None:
    """A unit pint knows at token ``k``, as abbreviation, symbol or name."""
    if k >= len(toks):
        return None
    power = 1
    start = k
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
    if name is not None and (len(abbr) > 1 or _boundary(toks, end)):
        if power > 1:
            name = f"{name} ** {power}"
        return Unit("physical", name, end)
    lemma = reading(toks[k].text, language).lemma
    if lemma in UNIT_LEMMAS:
        name = UNIT_LEMMAS[lemma]
        return Unit("physical", f"{name} ** {power}" if power > 1 else name, k + 1)
    del start
    return None


def _currency(toks: list[Tok], k: int, language: str) -> Unit | None:
    """A currency at token ``k``: sign, abbreviation (``руб.``, ``т. р.``) or name in any
    form (``рублей``, ``теңгеден``, ``АҚШ долларына``, ``долларов США``)."""
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
    """A kitchen measure written short (``ч.л.``, ``ст. л.``, ``1 ч. ложка``): a count."""
    if k >= len(toks) or not toks[k].is_word:
        return None
    abbr, end = _abbr(toks, k)
    if abbr in MEASURE_ABBR:
        return Unit("count", MEASURE_ABBR[abbr], end)
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
            k += 2                           # an abbreviated modifier: ``2 равн.части``
            seen += 1
            continue
        r = reading(tok.text, language)
        if language == "kk":
            if tok.low in KK_STOP or r.pos == "VERB" or r.lemma in MONTHS:
                return None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_cyrillic and not r.suffixes and nxt.low not in KK_STOP:
                head = reading(nxt.text, "kk")
                if len(head.suffixes) == 1 and head.suffixes[0] in THIRD and head.pos == "NOUN":
                    return Unit("count", head.lemma, k + 2)      # ``полиция қызметкері``
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
            end += 2                                             # ``90%-ына``
        return Unit("percent", "percent", end)
    if k < len(toks) and toks[k].is_cyrillic:
        for lemma in (reading(toks[k].text, language).lemma, toks[k].low):
            if lemma in PERCENT_LEMMAS:
                return Unit("percent", PERCENT_LEMMAS[lemma], k + 1)
    if year_like and k < len(toks) and toks[k].low in ("г", "гг", "ж") and (
            k + 1 >= len(toks) or toks[k + 1].text == "." or not toks[k + 1].is_word):
        end = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." else k + 1
        return Unit("year", None, end)                      # ``2019 г.``, ``1990 ж.``
    for find in (_measure, lambda t, j: _currency(t, j, language),
                 lambda t, j: _physical(t, j, language),
                 lambda t, j: _time(t, j, language, year_like)):
        found = find(toks, k)
        if found is not None:
            return found
    if year_like and (k >= len(toks) or not toks[k].is_word):
        return Unit("year", None, k)
    return _noun(toks, k, language)


def _rate(toks: list[Tok], k: int, language: str) -> tuple[str, int] | None:
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


def _span(text: str, toks: list[Tok], start: int, end: int) -> tuple[int, int, str]:
    s, e = toks[start].start, toks[end - 1].end
    return s, e, text[s:e]


def _ordinal_use(toks: list[Tok], num: Number, unit: Unit) -> bool:
    """A whole number not ending in 1 before a noun that can only be singular and not
    genitive reads as an ordinal (``в 5 классе``, ``24 параграф``): a cardinal takes the
    genitive (``5 классов``, ``2 класса``) or agrees in the plural (``3 пакетами``)."""
    if num.words or num.decimals or num.value != int(num.value) or unit.end < 1:
        return False
    v = int(abs(num.value))
    if v % 10 == 1 and v % 100 != 11:
        return False
    noun = toks[unit.end - 1]
    parses = [p for p in analyzer_parses(noun.text) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.number == "sing" and p.tag.case not in ("gent", "gen2")
                                for p in parses)


def _possessed(toks: list[Tok], k: int) -> bool:
    """The Kazakh word at token ``k`` ends in the third-person possessive only
    (``стратегиясы``): the number before it names the thing, it does not count it."""
    r = reading(toks[k].text, "kk")
    return (len(r.suffixes) == 1 and r.suffixes[0] in THIRD) or (
        not r.suffixes and toks[k].low.endswith(("сы", "сі")))


def _label_number(toks: list[Tok], num: Number, language: str) -> bool:
    """A number that names rather than counts: after a noun and before a word that is no
    unit (``статьёй 24 параграф``, ``ваз 2113``), or glued to Latin letters."""
    if language != "ru" or num.words or num.start == 0 or num.end >= len(toks):
        return False
    prev, nxt = toks[num.start - 1], toks[num.end]
    if not (prev.is_cyrillic and nxt.is_cyrillic) or prev.end == toks[num.start].start:
        return False
    return reading(prev.text, "ru").pos == "NOUN"


def read_paragraph(text: str, start: int, end: int, language: str) -> list[Quantity]:
    """The quantities of ``text[start:end]``, a paragraph in ``language`` (``ru``, ``kk``).

    >>> s = "Ее подписали более 1,5 млн человек, а цена выросла до 20 тыс. руб."
    >>> [(q.text, q.value, q.unit, q.approx) for q in read_paragraph(s, 0, len(s), "ru")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('1,5 млн человек', 1500000.0, 'человек', 'over'),
     ('20 тыс. руб.', 20000.0, 'RUB', None)]
    """
    toks = tokenize(text, start, end)
    masked = [(s + start, e + start) for s, e, kind in identifier_spans(text[start:end])
              if kind in MASKED]
    numbers = [n for n in scan(text, toks, language)
               if not any(s < toks[n.end - 1].end and toks[n.start].start < e
                          for s, e in masked)]
    out: list[tuple[Number, Quantity]] = []
    subunits: set[int] = set()
    for num in numbers:
        if num.ordinal:
            continue
        if num.words and num.value == 1 and num.scale == 1.0:
            continue                      # ``один``/``бір`` alone: a pronoun, an article
        if num.ending and num.ending.startswith(HALF):
            word = Tok(num.ending[len(HALF):], 0, 0)
            half = unit_after([word], Number(0, 0, 0.5, words=True), language)
            unit = Unit(half.kind, half.unit, num.end) if half is not None else None
        else:
            unit = None if num.ending == "collective" else unit_after(toks, num, language)
        if num.ending == DOTTED and (unit is None or unit.kind in ("count", "year", "date")):
            continue                                        # ``12.05``: a date, a time
        if unit is not None and unit.kind == "count" and language == "ru" and \
                _ordinal_use(toks, num, unit):
            continue                                        # ``в 5 классе``: the fifth
        hedge_inside = None
        if unit is None and language == "kk" and num.end < len(toks) and \
                toks[num.end].low in KK_AFTER and not _possessed(toks, num.end):
            shifted = Number(num.start, num.end + 1, num.value)
            unit = unit_after(toks, shifted, language)      # ``қырықтан астам рет``
            hedge_inside = KK_AFTER[toks[num.end].low] if unit is not None else None
        if unit is not None and unit.kind == "count" and language == "kk" and \
                1800 <= num.value <= 2100 and not num.words and num.decimals == 0 and \
                _possessed(toks, unit.end - 1):
            unit = Unit("year", None, num.end)             # ``2030 стратегиясы``
        inv = inverted(toks, num, language, unit)
        if unit is None and inv is None and _label_number(toks, num, language):
            continue
        kind, unit_name, last = "number", None, num.end
        value = num.value
        if unit is not None:
            kind, unit_name, last = unit.kind, unit.unit, unit.end
            value *= unit.factor
            if unit.kind == "money" and unit.factor < 1:
                subunits.add(len(out))
        if unit is not None and last + 1 < len(toks) and toks[last].text == "-" and \
                glued(toks, last) and glued(toks, last + 1) and toks[last + 1].is_cyrillic and \
                (language == "ru" or suffix_chain(toks[last + 1].low) is not None):
            last += 2                                       # ``2°С-тан``, ``%-ына``
        if kind in ("money", "percent", "duration", "count", "physical") and (
                rate := _rate(toks, last, language)) is not None:
            unit_name, last = f"{unit_name}/{rate[0]}", rate[1]
        q_start = num.start
        approx = hedge_before(toks, q_start, language, unit_name)
        if inv is not None:
            q_start, kind, unit_name, approx = inv.start, inv.kind, inv.unit, "about"
            if (rate := _rate(toks, last, language)) is not None:
                unit_name, last = f"{unit_name}/{rate[0]}", rate[1]
        after = hedge_after(toks, num, last, language)
        if after is not None:
            approx = after[0]
        if hedge_inside is not None:
            approx = hedge_inside
        if approx is None and (num.approx or (language == "kk" and unit is not None and any(
                x in SIMILATIVE for x in reading(toks[last - 1].text, "kk").suffixes))):
            approx = "about"                                # ``бес адымдай``
        s, e, surface = _span(text, toks, q_start, last)
        if num.high is not None and kind in ("count", "number", "money"):
            out.append((num, Quantity(s, e, surface, "range", None, num.low, num.high,
                                      unit=unit_name, scale=num.scale, approx=approx,
                                      reading="vague plural: the decade it names")))
            continue
        out.append((num, measured(Quantity(s, e, surface, kind, value, unit=unit_name,
                                           scale=num.scale, approx=approx,
                                           precision=num.precision))))
    from .cyrillic_ranges import join
    return join(text, toks, _with_subunits(text, out, subunits), language)


def _with_subunits(text: str, found: list[tuple[Number, Quantity]], subunits: set[int]
                   ) -> list[tuple[Number, Quantity]]:
    """``124 451 рубль 50 копеек``: a sub-unit right after its currency adds to it."""
    out: list[tuple[Number, Quantity]] = []
    for k, (num, q) in enumerate(found):
        if k in subunits and out and out[-1][1].kind == "money" and out[-1][1].unit == q.unit \
                and not text[out[-1][1].end:q.start].strip() and q.value is not None:
            prev = out[-1][1]
            prev.value = (prev.value or 0.0) + q.value
            prev.end, prev.text = q.end, text[prev.start:q.end]
            out[-1] = (out[-1][0], prev)
            continue
        out.append((num, q))
    return out


__all__ = ["read_paragraph", "unit_after", "Unit", "DASHES"]
