"""Approximation and bound words around Russian and Kazakh numbers -> the records' ``approx``.

Russian writes them before the number (``около``, ``более``, ``не менее``, ``до``); Kazakh
mostly after the noun or the number, which carries a case ending they govern
(``отыздан астам`` "more than thirty", ``теңгеге жуық`` "nearly ... dollars",
``пайызға дейін`` "up to ... percent"). A ``до``/``дейін`` that names where a verb of change
arrives (``разогреть до 200``, ``... дейін өсіп кеткен``) is a target, not a bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..numbers.cyrillic import CURRENCY_LEMMAS, PERCENT_LEMMAS
from .cyrillic import Number, Tok
from .cyrillic_units import TIME_LEMMAS, UNIT_LEMMAS
from .morph import analyzer, reading

RU_BEFORE = {
    ("около",): "about", ("порядка",): "about", ("примерно",): "about",
    ("приблизительно",): "about", ("почти",): "about",
    ("более",): "over", ("больше",): "over", ("свыше",): "over", ("старше",): "over",
    ("менее",): "under", ("меньше",): "under", ("младше",): "under", ("моложе",): "under",
    ("не", "более"): "at_most", ("не", "больше"): "at_most", ("не", "свыше"): "at_most",
    ("не", "менее"): "at_least", ("не", "меньше"): "at_least", ("не", "ниже"): "at_least",
    ("до",): "at_most", ("от",): "at_least", ("максимум",): "at_most",
    ("минимум",): "at_least", ("ровно",): "exactly", ("почти", "что"): "about",
    ("ок", "."): "about", ("св", "."): "over", ("не", "старше"): "at_most",
    ("не", "моложе"): "at_least",
}
KK_BEFORE = {("шамамен",): "about", ("шамасы",): "about", ("кем", "дегенде"): "at_least",
             ("ең", "кемі"): "at_least", ("ең", "көбі"): "at_most"}
#: Kazakh words after an amount in the case they govern
KK_AFTER = {"жуық": "about", "жуығы": "about", "тарта": "about", "шамасында": "about",
            "шамалы": "about", "астам": "over", "артық": "over", "аса": "over",
            "асып": "over", "асты": "over", "асқан": "over", "көп": "over",
            "кем": "under", "аз": "under", "дейін": "at_most", "шейін": "at_most"}
RU_AFTER = {("с", "лишним"): "over", ("с", "небольшим"): "over", ("и", "более"): "at_least",
            ("или", "более"): "at_least", ("и", "больше"): "at_least",
            ("и", "выше"): "at_least", ("и", "менее"): "at_most", ("или", "менее"): "at_most"}
#: prepositions between a Russian hedge and its number (``почти на 20%``)
_PREPOSITIONS = frozenset(("на", "в", "во", "за", "к", "с", "со"))
#: Russian parts of speech of a verb of change before ``до`` (a target, not a bound)
_VERBAL = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND"))


def hedge_before(toks: list[Tok], start: int, language: str, unit: str | None) -> str | None:
    """The approximation written right before token ``start``, if any.

    >>> from .cyrillic import tokenize
    >>> t = tokenize("скидки до 40% и не менее 7 дней, разогретую до 200", 0, 51)
    >>> hedge_before(t, 2, "ru", "percent"), hedge_before(t, 7, "ru", "day")
    ('at_most', 'at_least')
    >>> hedge_before(t, 12, "ru", None) is None          # negative: a target after a verb
    True
    """
    table = KK_BEFORE if language == "kk" else RU_BEFORE
    if language == "ru":
        k = start
        if k > 0 and toks[k - 1].low in _PREPOSITIONS and k > 1 and (
                toks[k - 2].low == "чем" or (toks[k - 2].low,) in table):
            k -= 1                                    # ``почти на 20%``, ``более чем в 2 раза``
        if k > 0 and toks[k - 1].low == "чем":
            k -= 1                                    # ``более чем 500``
        if k != start:
            return hedge_before(toks, k, language, unit)
    for size in (2, 1):
        if start - size < 0:
            continue
        words = tuple(t.low for t in toks[start - size:start])
        if words in table:
            label = table[words]
            if words == ("до",):
                if _change_before(toks, start - 1):
                    return None
                return "under" if unit == "year" else label
            return label
    return None


def _change_before(toks: list[Tok], k: int) -> bool:
    """A verb of change or ``с`` + a number in the clause before the ``до`` at token ``k``
    (``выросла в 2 раза — до``, ``разогреть до``, ``с 5% до``): ``до`` names where the value
    arrives, not a bound."""
    for j in range(k - 1, max(-1, k - 10), -1):
        tok = toks[j]
        if tok.text in ".!?;:":
            return False
        if tok.low in ("с", "со") and j + 1 < k and toks[j + 1].text[:1].isdigit():
            return True
        if tok.is_cyrillic and reading(tok.text, "ru").pos in _VERBAL:
            return True
        if tok.is_cyrillic and reading(tok.text, "ru").pos == "NOUN" and j == k - 1:
            return False                              # ``скидки до 30%``: a bound
    return False


#: stems of the Kazakh verbs of change: rise, grow, fall, shrink, reach (``өсті``,
#: ``арта түскен``, ``төмендеді``, ``жетті``); after ``дейін`` they make it a target
KK_CHANGE = ("өс", "арт", "төменде", "азай", "көбей", "қысқар", "ұлғай", "кеми", "кеміт",
             "түс", "көтеріл", "жет", "төмен", "ұлға", "өсір", "арттыр", "азайт", "жеткіз")


def verb_follows(toks: list[Tok], k: int) -> bool:
    """A Kazakh verb of change in the two words from token ``k`` (``дейін өсіп кеткен``)."""
    for tok in toks[k:k + 2]:
        if not tok.is_cyrillic:
            return False
        stem = next((v for v in KK_CHANGE if tok.low.startswith(v)), None)
        if stem is not None and len(tok.low) > len(stem) + 1:   # not ``жеті`` (seven)
            return True
    return False


def hedge_after(toks: list[Tok], num: Number, last: int, language: str
                ) -> tuple[str, int, bool] | None:
    """``(approx, end, inside)`` of a hedge written after the amount ending at ``last``;
    ``inside`` is False: the hedge stays outside the span (``доллардан астам``)."""
    if language == "ru":
        if last + 1 < len(toks):
            pair = (toks[last].low, toks[last + 1].low)
            if pair in RU_AFTER:
                return RU_AFTER[pair], last, False
        return None
    if last < len(toks) and toks[last].low in KK_AFTER:
        label = KK_AFTER[toks[last].low]
        if label == "at_most" and verb_follows(toks, last + 1):
            return None
        return label, last, False
    return None


@dataclass
class Inverted:
    """Russian inverted order, an approximation: ``минут 20``, ``раза три`` (noun first)."""

    start: int
    kind: str
    unit: str


def inverted(toks: list[Tok], num: Number, language: str, unit: object) -> Inverted | None:
    """The time word or ``раз`` right before a number that has no unit of its own."""
    if language != "ru" or unit is not None or num.start == 0:
        return None
    at = num.start - 1
    if toks[at].low in _PREPOSITIONS and at > 0:
        at -= 1                                       # ``процентов на 20``, ``часа в 3``
    prev = toks[at]
    if not prev.is_cyrillic or prev.end == toks[num.start].start:
        return None
    r = reading(prev.text, "ru")
    genitive = [p for p in analyzer().parse(prev.low) if p.tag.POS == "NOUN" and
                p.tag.case == "gent"]
    if r.pos != "NOUN" or not genitive:
        return None
    for lemma in r.lemmas[:2]:
        if lemma in TIME_LEMMAS:
            return Inverted(at, "duration", TIME_LEMMAS[lemma])
        if lemma == "раз":
            return Inverted(at, "count", "раз")
        if lemma in UNIT_LEMMAS:                              # ``километров десять``
            return Inverted(at, "physical", UNIT_LEMMAS[lemma])
    plural = [p for p in genitive if p.tag.number == "plur"]
    if plural and (num.end >= len(toks) or not toks[num.end].is_word):
        lemma = plural[0].normal_form.replace("ё", "е")
        if lemma in PERCENT_LEMMAS:
            return Inverted(at, "percent", PERCENT_LEMMAS[lemma])
        if lemma in CURRENCY_LEMMAS:                          # ``рублей 500``
            return Inverted(at, "money", CURRENCY_LEMMAS[lemma])
        return Inverted(at, "count", lemma)       # ``человек сорок``
    return None
