"""Read each Russian or Kazakh number in its context: scale, currency, percent, unit, counted
noun, hedge, range. The records have the English reader's fields (:class:`Quantity`).

The steps: identifiers are masked (:mod:`.identifiers`), the paragraph is tokenized and its
numbers found (:mod:`.cyrillic`), what each number is a quantity of is read from the words
after it (:mod:`.cyrillic_after`), hedges from the words around it (:mod:`.cyrillic_hedges`),
and neighbours are joined into ranges (:mod:`.cyrillic_ranges`).
"""

from __future__ import annotations

import regex

from ..document import Quantity
from ..morph.kazakh import SIMILATIVE, THIRD, suffix_chain
from .cyrillic import DOTTED, HALF, Number, Tok, glued, scan, tokenize
from .cyrillic_after import Unit, analyzer_parses, rate_after, sign_before, unit_after
from .cyrillic_hedges import KK_AFTER, RU_AFTER, hedge_after, hedge_before, inverted
from .identifiers import identifier_spans
from .morph import reading
from .units import measured

#: identifiers that hold digits in any language: their numbers are no quantities
MASKED = frozenset(("url", "email", "phone", "clock", "iso_date", "orcid", "doi", "issn"))
#: a phone number as Russian and Kazakh write it: ``8 (727) 123-45-67``, ``+7 701 123 45 67``
PHONE = regex.compile(
    r"(?<!\d)(?:\+7|8)[\s-]?\(?\d{3,4}\)?[\s-]?\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)")


def _per(kind: str, unit: str | None, per: str) -> str:
    """A rate's unit: pint's ``kilometer / hour`` for a measure, ``RUB/day`` otherwise (as
    the English records write them)."""
    return f"{unit} / {per}" if kind == "physical" else f"{unit}/{per}"


def _span(text: str, toks: list[Tok], start: int, end: int) -> tuple[int, int, str]:
    s, e = toks[start].start, toks[end - 1].end
    return s, e, text[s:e]


def _ordinal_use(toks: list[Tok], num: Number, unit: Unit) -> bool:
    """A whole number not ending in 1 before a noun that can only be singular and not
    genitive reads as an ordinal (``в 5 классе``, ``7 пункт``): a cardinal takes the
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


def _adjective_compound(toks: list[Tok], num: Number, language: str) -> bool:
    """A Russian adjective made from a number: ``2-х комнатная``, ``5-ти этажный``."""
    if language != "ru" or not num.ending or num.end >= len(toks) or \
            not toks[num.end].is_cyrillic:
        return False
    return reading(toks[num.end].text, "ru").pos in ("ADJF", "ADJS")


#: the parts of the day: a number before one is a time (``в 10 утра``)
_DAY_PARTS = frozenset(("утро", "вечер", "ночь"))


def _time_of_day(toks: list[Tok], num: Number, unit: Unit | None, language: str) -> bool:
    return language == "ru" and unit is not None and unit.kind == "count" and \
        unit.unit in _DAY_PARTS


def _street_number(toks: list[Tok], num: Number) -> bool:
    """A Russian name in the genitive right before a number with nothing after it: a house
    number (``ул. Абая 15``, ``проспекте Мира 5``)."""
    if num.words or num.start == 0 or num.decimals:
        return False
    prev = toks[num.start - 1]
    if not prev.is_cyrillic or not prev.text[:1].isupper() or num.start < 2 or \
            toks[num.start - 2].text in "!?" or (toks[num.start - 2].text == "." and not (
                num.start >= 3 and toks[num.start - 3].text.islower() and
                len(toks[num.start - 3].text) <= 4)):
        return False
    return any({"Name", "Surn", "Geox", "Orgn"} & set(p.tag.grammemes) and p.tag.case == "gent"
               for p in analyzer_parses(prev.text))


def _possessed(toks: list[Tok], k: int) -> bool:
    """The Kazakh word at token ``k`` ends in the third-person possessive only
    (``стратегиясы``): the number before it names the thing, it does not count it."""
    r = reading(toks[k].text, "kk")
    return (len(r.suffixes) == 1 and r.suffixes[0] in THIRD) or (
        not r.suffixes and toks[k].low.endswith(("сы", "сі")))


#: abbreviations before a number that hedge it rather than name it (``ок. 50``)
_HEDGE_ABBR = frozenset(("ок", "св", "прим", "приб", "мин", "макс", "до", "от"))


def _label_number(toks: list[Tok], num: Number, language: str) -> bool:
    """A number that names rather than counts: after a noun and before a word that is no
    unit (``пунктом 7 статья``, ``лада 2107``), or glued to Latin letters."""
    if num.start >= 2 and toks[num.start - 1].text == "." and toks[num.start - 2].is_cyrillic \
            and len(toks[num.start - 2].text) <= 3 and toks[num.start - 2].text.islower() and \
            toks[num.start - 2].low not in _HEDGE_ABBR and glued(toks, num.start - 1):
        return True                                    # ``д. 15``, ``кв. 3``, ``п. 2``
    if language == "kk" and num.start > 0 and toks[num.start - 1].low == "сағат" and \
            num.ending is not None:
        return True                                    # ``сағат 9-да``: a time of day
    if language != "ru" or num.words or num.decimals or num.start == 0 or \
            num.end >= len(toks):
        return False
    prev, nxt = toks[num.start - 1], toks[num.end]
    if not (prev.is_cyrillic and nxt.is_cyrillic) or prev.end == toks[num.start].start:
        return False
    return reading(prev.text, "ru").pos == "NOUN" and \
        reading(nxt.text, "ru").pos in ("NOUN", "ADJF", "NUMR")


def read_paragraph(text: str, start: int, end: int, language: str) -> list[Quantity]:
    """The quantities of ``text[start:end]``, a paragraph in ``language`` (``ru``, ``kk``).

    >>> s = "Петицию поддержали более 2,5 млн человек, а цена выросла до 30 тыс. руб."
    >>> [(q.text, q.value, q.unit, q.approx) for q in read_paragraph(s, 0, len(s), "ru")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2,5 млн человек', 2500000.0, 'человек', 'over'),
     ('30 тыс. руб.', 30000.0, 'RUB', None)]
    """
    toks = tokenize(text, start, end)
    masked = [(s + start, e + start) for s, e, kind in identifier_spans(text[start:end])
              if kind in MASKED]
    masked += [m.span() for m in PHONE.finditer(text, start, end)]
    numbers = [n for n in scan(text, toks, language)
               if not any(s < toks[n.end - 1].end and toks[n.start].start < e
                          for s, e in masked)]
    out: list[tuple[Number, Quantity]] = []
    subunits: set[int] = set()
    for num in numbers:
        if num.ordinal:
            continue
        if num.ending and num.ending.startswith(HALF):
            word = Tok(num.ending[len(HALF):], 0, 0)
            half = unit_after([word], Number(0, 0, 0.5, words=True), language)
            unit = Unit(half.kind, half.unit, num.end) if half is not None else None
        else:
            unit = None if num.ending == "collective" else unit_after(toks, num, language)
        if num.words and num.value == 1 and num.scale == 1.0 and (
                unit is None or unit.kind not in ("physical", "money", "percent")):
            continue              # ``один``/``бір``: a pronoun, an article; not ``бір литр``
        if num.ending == DOTTED and (unit is None or unit.kind in ("count", "year", "date")):
            continue                                        # ``12.05``: a date, a time
        if _adjective_compound(toks, num, language) or _time_of_day(toks, num, unit, language):
            continue
        if unit is not None and unit.kind == "count" and language == "ru" and \
                _ordinal_use(toks, num, unit):
            continue                                        # ``в 5 классе``: the fifth
        hedge_inside = None
        if unit is None and language == "kk" and num.end < len(toks) and \
                toks[num.end].low in KK_AFTER and not _possessed(toks, num.end):
            shifted = Number(num.start, num.end + 1, num.value)
            unit = unit_after(toks, shifted, language)      # ``отыздан астам рет``
            hedge_inside = KK_AFTER[toks[num.end].low] if unit is not None else None
        if unit is not None and unit.kind == "count" and language == "kk" and \
                1800 <= num.value <= 2100 and not num.words and num.decimals == 0 and \
                _possessed(toks, unit.end - 1):
            unit = Unit("year", None, num.end)             # ``2050 стратегиясы``
        if unit is None and language == "ru" and num.end + 2 < len(toks) and \
                (pair := (toks[num.end].low, toks[num.end + 1].low)) in RU_AFTER:
            shifted = Number(num.start, num.end + 2, num.value, decimals=num.decimals)
            unit = unit_after(toks, shifted, language)      # ``три с лишним часа``
            hedge_inside = RU_AFTER[pair] if unit is not None else None
        sign = sign_before(toks, num) if unit is None else None
        if sign is not None:
            unit = Unit("money", sign, num.end)             # ``$200``
        inv = inverted(toks, num, language, unit)
        if unit is None and inv is None and (_label_number(toks, num, language) or (
                language == "ru" and _street_number(toks, num))):
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
            last += 2                                       # ``5°С-тан``, ``%-ына``
        if kind in ("money", "percent", "duration", "count", "physical") and (
                rate := rate_after(toks, last, language)) is not None:
            unit_name, last = _per(kind, unit_name, rate[0]), rate[1]
        q_start = num.start - (sign is not None)
        approx = hedge_before(toks, q_start, language, unit_name)
        if inv is not None:
            q_start, kind, unit_name, approx = inv.start, inv.kind, inv.unit, "about"
            if (rate := rate_after(toks, last, language)) is not None:
                unit_name, last = _per(kind, unit_name, rate[0]), rate[1]
        after = hedge_after(toks, num, last, language)
        if after is not None:
            approx = after[0]
        if hedge_inside is not None:
            approx = hedge_inside
        if approx is None and (num.approx or (language == "kk" and unit is not None and any(
                x in SIMILATIVE for x in reading(toks[last - 1].text, "kk").suffixes))):
            approx = "about"                                # ``он қадамдай``
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
    """``3 250 рублей 75 копеек``: a sub-unit right after its currency adds to it."""
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


__all__ = ["read_paragraph"]
