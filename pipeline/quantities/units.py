"""Physical units written after a number, read by pint: ``1,200 km``, ``120 km/h``, ``-35 °C``.

One :class:`pint.UnitRegistry` is built per process (:func:`unit_registry`), with the few
abbreviations of energy and trade text that pint lacks defined once, as pint definitions
(:data:`DEFINITIONS`). A token is taken for a unit only when it is written right after the
number and, by its shape, is a unit and not an English word used as a word:

- function words are never units (spaCy's English stop words: ``a``, ``in``, ``at``, ``are``);
- a token is either a unit *symbol* as pint writes it (``km``, ``kWh``, ``GW``, ``°C``) or a
  unit *name* spelled out (``kilometres``, ``tonnes``); a mix of the two is not a unit;
- only the everyday SI prefixes count (micro to exa: ``pm`` is a time of day, not a
  picometre), and names from pint's printers', textile, apothecaries' and US survey groups
  are not read (``points``, ``chains``, ``links``), nor the few pint names that are
  everyday count nouns (:data:`COUNT_NOUNS`);
- each unit of a compound must measure one of the families this stage reads (length, area,
  volume, mass, energy, power, speed, temperature, time, data, containers), or one of them
  per unit of time (``bpd``); a compound is such units joined by ``/``, ``per`` or, before a
  time unit, ``a``/``an`` (``tonnes a year``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pint
import regex
from pint.util import UnitsContainer
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..document import Quantity
from .counts import count_noun, singular
from .tokens import doc_text

#: what pint lacks and energy and trade text writes (pint definition syntax, read once)
DEFINITIONS = (
    "billion_cubic_meter = 1e9 * meter ** 3 = bcm",
    "million_cubic_meter = 1e6 * meter ** 3 = mcm",
    "trillion_cubic_meter = 1e12 * meter ** 3 = tcm",
    # 1 boe = 5.8 million Btu (the SPE/EIA convention)
    "barrel_of_oil_equivalent = 5.8e6 * british_thermal_unit = boe",
    "barrel_per_day = barrel / day = bpd",
    "million_tonnes_per_annum = 1e6 * metric_ton / year = Mtpa = mtpa",
    # containers are counted, not measured: a dimension of their own
    "TEU = [container] = _ = twenty_foot_equivalent_unit",
    "FEU = 2 * TEU = _ = forty_foot_equivalent_unit",
    "@alias year = annum",
)
#: pint groups whose names are trade jargon of other fields (``point``, ``chain``, ``denier``)
EXCLUDED_GROUPS = ("Printer", "Textile", "Apothecary", "USCSLengthSurvey", "USCSDryVolume")
#: pint units whose names or symbols general text mostly uses as other words: count nouns
#: (``three cups``, ``two hands``), abbreviations (``dr``, ``th``, ``pt``) and the odd units
#: of other trades (``shake``, ``quad``, ``lambda``); found by reading a list of frequent
#: English words through :func:`unit_term`
NOT_READ = frozenset({"hand", "bag", "cup", "grain", "shot", "slug", "stone", "quarter",
                      "fifth", "barn", "are", "point", "dram", "thou", "pint", "carat",
                      "slinch", "lambda", "galileo", "darcy", "stokes", "shake",
                      "quadrillion_Btu", "sverdrup", "fermi", "astronomical_unit", "gill",
                      "parsec", "volt_ampere", "foot_per_second", "dalton", "bohr",
                      "unified_atomic_mass_unit", "hartree", "micron"})
#: survey-group units kept: areas are written in acres
KEPT_SURVEY = frozenset({"acre"})
#: the SI prefixes each metric unit is written with in practice (pint would read ``hd`` as
#: a hecto-day, ``Pm`` as a petametre, ``mt`` as a milli-tonne); other units take none
_LARGE = frozenset({"kilo", "mega", "giga", "tera", "peta", "exa"})
_DATA = frozenset({"kilo", "mega", "giga", "tera", "peta", "kibi", "mebi", "gibi", "tebi",
                   "pebi"})
PREFIXABLE = {"meter": frozenset({"nano", "micro", "milli", "centi", "kilo"}),
              "gram": frozenset({"micro", "milli", "kilo"}),
              "liter": frozenset({"milli", "centi", "deci", "hecto", "kilo", "mega", "giga"}),
              "second": frozenset({"nano", "micro", "milli"}),
              "watt": frozenset({"milli"}) | _LARGE, "joule": _LARGE, "electron_volt": _LARGE,
              "watt_hour": _LARGE, "metric_ton": frozenset({"kilo", "mega", "giga"}),
              "tonne_of_oil_equivalent": frozenset({"kilo", "mega", "giga"}),
              "barrel_of_oil_equivalent": frozenset({"kilo", "mega"}),
              "calorie": frozenset({"kilo"}), "byte": _DATA, "bit": _DATA, "baud": _DATA}
#: abbreviations English gives a plural ``s`` (SI symbols have none: ``toes`` is no unit)
PLURAL_SYMBOLS = frozenset({"hrs", "mins", "secs", "yrs", "lbs", "gals", "kms"})
#: what each SI base unit measures, for the ``dimension`` text (pint counts bits as
#: dimensionless; data is named ``[information]`` here)
BASE_DIMENSIONS = {"meter": "[length]", "kilogram": "[mass]", "second": "[time]",
                   "kelvin": "[temperature]", "bit": "[information]", "TEU": "[container]"}
#: the families a single unit may measure, by a unit of each
FAMILIES = ("meter", "meter ** 2", "meter ** 3", "kilogram", "joule", "watt", "meter / second",
            "kelvin", "second", "bit", "TEU")
#: temperature words written after ``degrees`` or ``°``
DEGREES = {"c": "degree_Celsius", "celsius": "degree_Celsius", "centigrade": "degree_Celsius",
           "f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit"}
_EXPONENT = regex.compile(r"(?P<base>[^\W\d_]+)(?P<exp>[23])")
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


@lru_cache(maxsize=1)
def unit_registry() -> pint.UnitRegistry:
    """pint's default registry with :data:`DEFINITIONS` added, built once per process.

    >>> str(unit_registry().Quantity(3.2, "bcm").to_base_units())
    '3200000000.0 meter ** 3'
    """
    ureg: pint.UnitRegistry = pint.UnitRegistry()
    for line in DEFINITIONS:
        ureg.define(line)
    return ureg


@lru_cache(maxsize=1)
def _excluded() -> frozenset[str]:
    ureg = unit_registry()
    names = set(NOT_READ) | _constants()
    for group in EXCLUDED_GROUPS:
        names |= set(ureg.get_group(group).members) - KEPT_SURVEY
    return frozenset(names)


def _constants() -> set[str]:
    """The names of pint's physical constants (``c`` is the speed of light, not a unit)."""
    ureg = unit_registry()
    text = (resources.files("pint") / "constants_en.txt").read_text(encoding="utf-8")
    names = set()
    for line in text.splitlines():
        head = line.split("#")[0].split("=")[0].strip()
        if head and not head.startswith("@") and regex.fullmatch(r"\w+", head):
            try:
                names.add(ureg.get_name(head))
            except (pint.UndefinedUnitError, AttributeError):
                continue
    return names


@lru_cache(maxsize=1)
def _families() -> frozenset[UnitsContainer]:
    ureg = unit_registry()
    return frozenset(ureg.get_dimensionality(ureg.parse_units(u)) for u in FAMILIES
                     if u != "bit")


@lru_cache(maxsize=1)
def _flows() -> frozenset[UnitsContainer]:
    """What is written per unit of time as one unit: volume, mass, containers (``bpd``)."""
    ureg = unit_registry()
    return frozenset(ureg.get_dimensionality(ureg.parse_units(u))
                     for u in ("meter ** 3", "kilogram", "TEU"))


def _measures_a_family(unit: pint.Unit) -> bool:
    """A unit of one of :data:`FAMILIES`, or of one of them per unit of time (``bpd``)."""
    ureg = unit_registry()
    base = ureg.Quantity(1.0, unit).to_base_units().units
    if "bit" in base._units and set(base._units) <= {"bit", "second"}:
        return True                             # data, and data rates (pint: bit / second)
    dims = unit.dimensionality
    if not dims:
        return False                            # angles, counts, ratios
    per_time = dims * UnitsContainer({"[time]": 1})
    return dims in _families() or per_time in _flows()


def _written_as(text: str, prefix: str, name: str) -> bool:
    """``text`` is the unit's symbol (``kcal``, ``kbps``, ``hrs``) or its name spelled out
    (``kilometres``, ``tonnes``), not a mix that pint happens to split (``kmetres``).

    >>> _written_as("kbps", "kilo", "baud"), _written_as("kilometres", "kilo", "meter")
    (True, True)
    >>> _written_as("toes", "", "tonne_of_oil_equivalent")    # negative: no plural symbol
    False
    """
    ureg = unit_registry()
    symbol = ureg.get_symbol(prefix + name)
    if text == symbol or text in PLURAL_SYMBOLS and text[:-1] == symbol:
        return True
    if prefix and text.lower().startswith(prefix):
        rest, short = text[len(prefix):], False              # ``kilo`` + ``metres``
    elif prefix:
        written = symbol[:len(symbol) - len(ureg.get_symbol(name))]
        rest = text[len(written):]                            # ``k`` + ``bps``
        short = len(rest) <= 3
        if not text.startswith(written):
            return False
    else:
        rest, short = text, len(text) <= 4                    # ``tonnes``, ``bpd``
    if not rest or rest in (ureg.get_symbol(name) + "s",) and rest not in PLURAL_SYMBOLS:
        return False
    try:
        resolves = ureg.get_name(rest) == name
    except pint.UndefinedUnitError:
        return False
    if not resolves:
        return False
    return short or rest != ureg.get_symbol(name)


@lru_cache(maxsize=4096)
def unit_term(text: str) -> str | None:
    """pint's canonical name of one written unit, or ``None`` when ``text`` is not one.

    >>> [unit_term(t) for t in ("km", "kilometres", "GW", "m3", "km²", "bcm", "tonnes")]
    ['kilometer', 'kilometer', 'gigawatt', 'meter ** 3', 'kilometer ** 2', \
'billion_cubic_meter', 'metric_ton']
    >>> [unit_term(t) for t in ("in", "a", "at", "covers", "pm", "points", "bar", "degrees")]
    [None, None, None, None, None, None, None, None]
    """
    if "/" in text:
        parts = [unit_term(p) for p in text.split("/")]
        if len(parts) != 2 or None in parts:
            return None
        return f"{parts[0]} / {parts[1]}"
    power = _EXPONENT.fullmatch(text.replace("²", "2").replace("³", "3"))
    if power and len(text) <= 4 and (base := unit_term(power["base"])) is not None and \
            " " not in base and _dimension(base) == "[length]":      # ``m3``, not ``h2``
        return f"{base} ** {power['exp']}"
    if text.lower() in STOP_WORDS or not regex.fullmatch(r"[^\W\d_][^\W\d_]*", text):
        return None
    ureg = unit_registry()
    candidates = ureg.parse_unit_name(text)
    if not candidates:
        return None
    prefix, name, _ = candidates[0]
    if prefix and prefix not in PREFIXABLE.get(name, ()) or name in _excluded() or \
            not _written_as(text, prefix, name):
        return None
    unit = ureg.parse_units(text)
    return str(unit) if _measures_a_family(unit) else None


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


def _multiword(doc: Doc, k: int) -> tuple[str, int] | None:
    """A unit name pint writes with underscores: ``nautical miles``, ``light years``,
    ``tonnes of oil equivalent``, ``barrels of oil equivalent`` (longest first)."""
    if k + 1 >= len(doc) or not doc[k].is_alpha or \
            singular(doc[k].lower_) not in _first_words() and doc[k].lower_ not in _first_words():
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
    if len(unit._units) == 1 and _measures_a_family(unit) and \
            next(iter(unit._units)) not in _excluded():
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
        if nxt is None or " / " in nxt[0] or (sep[1] and _dimension(nxt[0]) != "[time]"):
            break
        parts.append(nxt[0])
        end = nxt[1]
        break                                                # one ``per`` in a compound
    unit = parts[0] if len(parts) == 1 else f"({parts[0]}) / ({parts[1]})"
    canonical = str(unit_registry().parse_units(unit))
    dimension = _dimension(canonical)
    if dimension == "dimensionless":               # ``5 h a day``: the rate is not a unit
        canonical, end, dimension = parts[0], first[1], _dimension(parts[0])
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
    for tok in doc:
        match = _GLUED.fullmatch(tok.text)
        if match and len(match["unit"]) >= 2 and unit_term(match["unit"]) is not None:
            found.append((tok, match["num"], match["unit"]))
        elif len(tok.text) > 1 and tok.text.endswith(".") and tok.i and \
                doc[tok.i - 1].text[-1:].isdigit() and unit_term(tok.text[:-1]) is not None:
            found.append((tok, tok.text[:-1], "."))          # ``3 Mt.``: an abbreviation
    if found:
        with doc.retokenize() as retokenizer:
            for tok, first, second in found:
                retokenizer.split(tok, [first, second], heads=[(tok, 1), tok.head])
    return doc


@lru_cache(maxsize=1024)
def _dimension(unit: str) -> str:
    """What ``unit`` measures, as pint writes dimensions (``[length] / [time]``); data is
    ``[information]``.

    >>> _dimension("kilowatt_hour"), _dimension("terabyte"), _dimension("degree_Celsius")
    ('[mass] * [length] ** 2 / [time] ** 2', '[information]', '[temperature]')
    """
    ureg = unit_registry()
    base = ureg.Quantity(1.0, ureg.parse_units(unit)).to_base_units().units
    dims = UnitsContainer({BASE_DIMENSIONS.get(name, f"[{name}]"): exp
                           for name, exp in base._units.items()})
    return str(dims) if dims else "dimensionless"


#: what a claim of each dimension measures, by a unit of it (the claim's metric)
MEASURES = {"meter": "length", "meter ** 2": "area", "meter ** 3": "volume", "kilogram": "mass",
            "joule": "energy", "watt": "power", "meter / second": "speed",
            "kelvin": "temperature", "second": "duration", "bit": "data",
            "bit / second": "data_rate", "meter ** 3 / second": "volume_flow",
            "kilogram / second": "mass_flow", "TEU": "containers",
            "TEU / second": "container_flow"}


@lru_cache(maxsize=1)
def _measures() -> dict[str, str]:
    return {_dimension(unit): name for unit, name in MEASURES.items()}


def measure_of(dimension: str | None) -> str:
    """The name of what a dimension measures, for a claim's metric; ``measure`` for others.

    >>> measure_of("[length]"), measure_of("[length] ** 3 / [time]"), measure_of(None)
    ('length', 'volume_flow', 'measure')
    """
    return _measures().get(dimension or "", "measure")


@lru_cache(maxsize=4096)
def dimension_of(unit: str | None) -> str | None:
    """The dimension of a unit pint knows, or ``None`` (currencies, nouns, ``percent``).

    >>> dimension_of("kilometer / hour"), dimension_of("year"), dimension_of("USD")
    ('[length] / [time]', '[time]', None)
    """
    if not unit:
        return None
    try:
        unit_registry().parse_units(unit)
    except (pint.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError,
            AttributeError, TypeError):
        return None
    return _dimension(unit)


def to_si(value: float, unit: str) -> tuple[float, str]:
    """``value unit`` in SI base units (pint's ``to_base_units``), rounded to 12 digits.

    >>> to_si(1200.0, "kilometer"), to_si(-35.0, "degree_Celsius")
    ((1200000.0, 'meter'), (238.15, 'kelvin'))
    """
    ureg = unit_registry()
    base = ureg.Quantity(value, ureg.parse_units(unit)).to_base_units()
    return float(f"{base.magnitude:.12g}"), str(base.units)


__all__ = ["DEFINITIONS", "UnitReading", "dimension_of", "measure_of", "measured", "read_unit",
           "split_glued_units", "to_si", "unit_registry", "unit_term"]
