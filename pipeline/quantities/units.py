"""Physical units written after a number, read by pint: ``1,200 km``, ``120 km/h``, ``-35 °C``.

The registry and the test of one written token live in :mod:`.unit_names` (one
:class:`pint.UnitRegistry` per process, the abbreviations pint lacks defined once); this
module reads the unit after a number from the tokens. A token is taken for a unit only when
it is written right after the number and, by its shape, is a unit and not an English word
used as a word:

- function words are never units (spaCy's English stop words: ``a``, ``in``, ``at``, ``are``);
- a token is either a unit *symbol* as pint writes it (``km``, ``kWh``, ``GW``, ``°C``) or a
  unit *name* spelled out (``kilometres``, ``tonnes``); a mix of the two is not a unit;
- only the SI prefixes a metric unit is written with count (``pm`` is a time of day, not a
  picometre), and names from pint's printers', textile, apothecaries' and US survey groups
  are not read (``points``, ``chains``, ``links``), nor the few pint names that are
  everyday count nouns or abbreviations (``NOT_READ``), nor pint's physical constants;
- a single letter before a counted noun is no unit (``8 B people``);
- each unit of a compound must measure one of the families this stage reads (length, area,
  volume, mass, energy, power, speed, temperature, time, data, containers), or one of them
  per unit of time (``bpd``); a compound is such units joined by ``/``, ``per`` or, before a
  time unit, ``a``/``an`` (``tonnes a year``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pint
import regex
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..document import Quantity
from .counts import count_noun, singular
from .tokens import TextMemo, doc_text
from .unit_names import (
    DEFINITIONS,
    dimension_of,
    dimension_text,
    excluded_names,
    measure_of,
    measures_a_family,
    to_si,
    unit_registry,
    unit_term,
)

#: temperature words written after ``degrees`` or ``°``
DEGREES = {"c": "degree_Celsius", "celsius": "degree_Celsius", "centigrade": "degree_Celsius",
           "f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit"}
_GLUED = regex.compile(r"(?P<num>[-−+]?\d[\d,]*(?:\.\d+)?)(?P<unit>[^\W\d_][^\W_]*)")
#: a cheap look at the text before the tokens: letters glued to digits, or a word with a full
#: stop right after a number
_MAYBE_GLUED = regex.compile(r"\d[^\W\d_][^\W_]|\d\s+[^\W\d_]+\.")
_POWER_WORDS = {"sq": 2, "square": 2, "cu": 3, "cubic": 3}


@dataclass(frozen=True)
class UnitReading:
    """A unit read after a number: pint's canonical name, what it measures, where it ends."""

    unit: str
    dimension: str
    #: ``physical``, ``duration`` (time alone) or ``count`` (containers)
    kind: str
    end: int


def _degrees(doc: Doc, k: int) -> tuple[str, int] | None:
    """``°C``, ``° C``, ``ºF``, ``degrees Celsius``, ``deg F`` at token ``k``."""
    low = doc[k].lower_.replace("º", "°")
    if low in ("°c", "°f", "℃", "℉"):
        return DEGREES["c" if low in ("°c", "℃") else "f"], k + 1
    if k + 1 < len(doc) and (low == "°" and not doc[k].whitespace_ or low in (
            "degree", "degrees", "deg")) and doc[k + 1].lower_ in DEGREES:
        if low == "°" or len(doc[k + 1].text) > 1 or doc[k + 1].is_upper:
            return DEGREES[doc[k + 1].lower_], k + 2
    return None


def _hyphenated_unit(doc: Doc, k: int) -> tuple[str, int] | None:
    """A unit name written with hyphens where pint writes underscores: ``megawatt-hours``,
    ``kilowatt-hour``, ``light-years`` (the last word may be plural)."""
    words, i = [doc[k].lower_], k
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and \
            not doc[i + 1].whitespace_ and doc[i + 2].is_alpha and len(words) < 4:
        words.append(doc[i + 2].lower_)
        i += 2
    while len(words) > 1:
        for name in dict.fromkeys(("_".join(words), "_".join([*words[:-1],
                                                             singular(words[-1])]))):
            if (unit := _named_unit(name)) is not None:
                return unit, k + 2 * len(words) - 1
        words.pop()
    return None


def _multiword(doc: Doc, k: int) -> tuple[str, int] | None:
    """A unit name pint writes with underscores: ``nautical miles``, ``light years``,
    ``tonnes of oil equivalent``, ``barrels of oil equivalent`` (longest first), or with
    hyphens (``megawatt-hours``)."""
    if k + 1 >= len(doc) or not doc[k].is_alpha:
        return None
    if doc[k + 1].text == "-" and (hyphenated := _hyphenated_unit(doc, k)) is not None:
        return hyphenated
    if singular(doc[k].lower_) not in _first_words() and doc[k].lower_ not in _first_words():
        return None
    for size in (4, 3, 2):
        words = doc[k:k + size]
        if len(words) < size or not all(t.is_alpha for t in words) or \
                not all(t.whitespace_ for t in words[:-1]) or words[0].lower_ in STOP_WORDS:
            continue
        lows = [t.lower_ for t in words]
        for name in dict.fromkeys(("_".join(lows), "_".join([singular(lows[0]), *lows[1:]]))):
            if (unit := _named_unit(name)) is not None:
                return unit, k + size
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of pint's underscored unit names (``nautical``, ``tonne``, ``light``)."""
    return frozenset(name.split("_")[0].lower() for name in dir(unit_registry())
                     if "_" in name.strip("_"))


@lru_cache(maxsize=4096)
def _named_unit(name: str) -> str | None:
    """pint's unit of an underscored name, if it is one unit of a family read here."""
    try:
        unit = unit_registry().parse_units(name)
    except (pint.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError):
        return None
    if len(unit._units) == 1 and measures_a_family(unit) and \
            next(iter(unit._units)) not in excluded_names():
        return str(unit)
    return None


def _term(doc: Doc, k: int) -> tuple[str, int] | None:
    """One unit starting at token ``k``: a power word and a unit (``sq km``, ``cubic
    metres``), a temperature, a multi-word name, or one token."""
    if k >= len(doc):
        return None
    low = doc[k].lower_.rstrip(".")
    if low in _POWER_WORDS and (inner := _term(doc, k + 1)) is not None and \
            " " not in inner[0]:
        return f"{inner[0]} ** {_POWER_WORDS[low]}", inner[1]
    if (degrees := _degrees(doc, k)) is not None:
        return degrees
    if (multi := _multiword(doc, k)) is not None:
        return multi
    name = unit_term(doc[k].text)
    return (name, k + 1) if name is not None else None


def _separator(doc: Doc, k: int) -> tuple[int, bool] | None:
    """Where the unit after ``/``, ``per``, ``a`` or ``an`` starts, and whether only a unit
    of time may follow (``tonnes a year``)."""
    if k + 1 >= len(doc):
        return None
    low = doc[k].lower_
    if low in ("/", "per"):
        return k + 1, False
    if low in ("a", "an"):
        return k + 1, True
    return None


def read_unit(doc: Doc, j: int) -> UnitReading | None:
    """The unit written at token ``j``, right after a number, or ``None``.

    >>> from .tokens import tokenizer_nlp
    >>> doc = tokenizer_nlp()("120 km/h, 10 tonnes a year and 1.5 GW wind farm covers")
    >>> r = read_unit(doc, 1); r.unit, r.dimension, doc[r.end].text
    ('kilometer / hour', '[length] / [time]', ',')
    >>> read_unit(doc, 6).unit, read_unit(doc, 11).unit
    ('metric_ton / year', 'gigawatt')
    >>> read_unit(doc, 12) is None                 # negative: ``wind`` is no unit
    True
    >>> read_unit(tokenizer_nlp()("8 B people"), 1) is None    # negative: B is no byte here
    True
    """
    k = j
    if k + 1 < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ and \
            k > 0 and not doc[k - 1].whitespace_:
        k += 1                                               # ``a 10-km road``
    first = _term(doc, k)
    if first is None or first[1] == k + 1 and len(doc[k].text) == 1 and \
            count_noun(doc, k + 1, 2.0) is not None:
        return None                          # ``8 B people``: a letter before a counted noun
    parts, end = [first[0]], first[1]
    while (sep := _separator(doc, end)) is not None:
        nxt = _term(doc, sep[0])
        if nxt is None or " / " in nxt[0] or (sep[1] and dimension_text(nxt[0]) != "[time]"):
            break
        parts.append(nxt[0])
        end = nxt[1]
        break                                                # one ``per`` in a compound
    unit = parts[0] if len(parts) == 1 else f"({parts[0]}) / ({parts[1]})"
    canonical = str(unit_registry().parse_units(unit))
    dimension = dimension_text(canonical)
    if dimension == "dimensionless":               # ``5 h a day``: the rate is not a unit
        canonical, end, dimension = parts[0], first[1], dimension_text(parts[0])
    kind = {"[time]": "duration", "[container]": "count"}.get(dimension, "physical")
    return UnitReading(canonical, dimension, kind, end)


def measured(q: Quantity) -> Quantity:
    """``q`` with ``dimension``, ``si_value`` and ``si_unit`` filled in when its unit is one
    pint knows: physical quantities, durations (``year``, ``day``), containers, and ranges
    of them (a range gets no ``si_value``). Money, percentages, counted nouns and bare
    numbers are returned as they are.

    >>> q = measured(Quantity(0, 6, "-35 °C", "physical", -35.0, unit="degree_Celsius"))
    >>> q.dimension, q.si_value, q.si_unit
    ('[temperature]', 238.15, 'kelvin')
    >>> measured(Quantity(0, 7, "3 years", "duration", 3.0, unit="year")).si_value
    94672800.0
    >>> measured(Quantity(0, 3, "$14", "money", 14.0, unit="USD")).dimension is None
    True
    """
    if q.kind not in ("physical", "duration", "count", "range") or not q.unit:
        return q
    dimension = dimension_of(q.unit)
    if dimension is None or (q.kind == "duration" and dimension != "[time]") or (
            q.kind == "count" and dimension != "[container]"):
        return q
    if q.kind == "range" and dimension == "dimensionless":
        return q
    q.dimension = dimension
    if q.value is not None:
        q.si_value, q.si_unit = to_si(q.value, q.unit)
    else:
        q.si_unit = to_si(1.0, q.unit)[1]
    return q


def _split_of(text: str) -> tuple[str, str] | None:
    """The two tokens :func:`split_glued_units` makes of a token written ``text``: the
    number and its glued unit (``67m3``), or a unit abbreviation and its full stop
    (``Mt.``, split only after a number); ``None`` for any other token."""
    match = _GLUED.fullmatch(text)
    if match and len(match["unit"]) >= 2 and unit_term(match["unit"]) is not None:
        return match["num"], match["unit"]
    if len(text) > 1 and text.endswith(".") and unit_term(text[:-1]) is not None:
        return text[:-1], "."
    return None


#: :func:`_split_of` of each token of a Doc: a token's text decides it, so each is read once
_splits = TextMemo(_split_of)


def split_glued_units(doc: Doc) -> Doc:
    """Split a unit glued to its number into its own token (``67m3``, ``1.5GW``,
    ``120km``), in place; spaCy's tokenizer splits only the units it lists.

    >>> from .tokens import tokenizer_nlp
    >>> [t.text for t in split_glued_units(tokenizer_nlp()("a 67m3 tank, 1.5GW, the 1990s"))]
    ['a', '67', 'm3', 'tank', ',', '1.5', 'GW', ',', 'the', '1990s']
    >>> [t.text for t in split_glued_units(tokenizer_nlp()("fell to 3 Mt. Then"))]
    ['fell', 'to', '3', 'Mt', '.', 'Then']
    """
    if not _MAYBE_GLUED.search(doc_text(doc)):
        return doc
    found = []
    for i, parts in enumerate(_splits(doc)):
        if parts is None or parts[1] == "." and not (i and doc[i - 1].text[-1:].isdigit()):
            continue                      # ``Mt.`` is an abbreviation only after a number
        found.append((doc[i], *parts))
    if found:
        with doc.retokenize() as retokenizer:
            for tok, first, second in found:
                retokenizer.split(tok, [first, second], heads=[(tok, 1), tok.head])
    return doc


__all__ = ["DEFINITIONS", "UnitReading", "dimension_of", "measure_of", "measured", "read_unit",
           "split_glued_units", "to_si", "unit_registry", "unit_term"]
