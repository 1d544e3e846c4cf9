"""Which written words are units, and what they measure: pint's registry, read with care.

One :class:`pint.UnitRegistry` is built per process (:func:`unit_registry`), with the few
abbreviations of energy and trade text that pint lacks defined once, as pint definitions
(:data:`DEFINITIONS`). :func:`unit_term` says whether one written token is a unit: a pint
symbol as pint writes it (``km``, ``kWh``) or a name spelled out (``kilometres``), never a stop
word, with only the SI prefixes a metric unit is written with, and measuring one of the
families this stage reads. :func:`dimension_of`, :func:`to_si` and :func:`measure_of` say what
a unit measures and what a value is in SI base units.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pint
import regex
from pint.util import UnitsContainer
from spacy.lang.en.stop_words import STOP_WORDS

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
              "calorie": frozenset({"kilo"}), "byte": _DATA, "bit": _DATA, "baud": _DATA,
              "hertz": frozenset({"kilo", "mega", "giga", "tera"})}
#: abbreviations English gives a plural ``s`` (SI symbols have none: ``toes`` is no unit)
PLURAL_SYMBOLS = frozenset({"hrs", "mins", "secs", "yrs", "lbs", "gals", "kms"})
#: what each SI base unit measures, for the ``dimension`` text (pint counts bits as
#: dimensionless; data is named ``[information]`` here)
BASE_DIMENSIONS = {"meter": "[length]", "kilogram": "[mass]", "second": "[time]",
                   "kelvin": "[temperature]", "bit": "[information]", "TEU": "[container]"}
#: the families a single unit may measure, by a unit of each
FAMILIES = ("meter", "meter ** 2", "meter ** 3", "kilogram", "joule", "watt", "meter / second",
            "kelvin", "second", "bit", "TEU", "hertz")
_EXPONENT = regex.compile(r"(?P<base>[^\W\d_]+)(?P<exp>[23])")
_LETTERS = regex.compile(r"[^\W\d_][^\W\d_]*")
_NAME = regex.compile(r"\w+")


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
def excluded_names() -> frozenset[str]:
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
        if head and not head.startswith("@") and _NAME.fullmatch(head):
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


def measures_a_family(unit: pint.Unit) -> bool:
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
    if not rest or rest == ureg.get_symbol(name) + "s" and rest not in PLURAL_SYMBOLS and \
            ureg.get_symbol(name) != name:
        return False                      # ``toes``: a symbol takes no plural (``tons`` may)
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
            " " not in base and dimension_text(base) == "[length]":      # ``m3``, not ``h2``
        return f"{base} ** {power['exp']}"
    if text.lower() in STOP_WORDS or not _LETTERS.fullmatch(text):
        return None
    ureg = unit_registry()
    candidates = ureg.parse_unit_name(text)
    if not candidates:
        return None
    prefix, name, _ = candidates[0]
    if prefix and prefix not in PREFIXABLE.get(name, ()) or name in excluded_names() or \
            not _written_as(text, prefix, name):
        return None
    unit = ureg.parse_units(text)
    return str(unit) if measures_a_family(unit) else None


@lru_cache(maxsize=1024)
def dimension_text(unit: str) -> str:
    """What ``unit`` measures, as pint writes dimensions (``[length] / [time]``); data is
    ``[information]``.

    >>> dimension_text("kilowatt_hour"), dimension_text("terabyte")
    ('[mass] * [length] ** 2 / [time] ** 2', '[information]')
    >>> dimension_text("degree_Celsius")
    '[temperature]'
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
            "kilogram / second": "mass_flow", "TEU": "containers", "hertz": "frequency",
            "TEU / second": "container_flow"}


@lru_cache(maxsize=1)
def _measures() -> dict[str, str]:
    return {dimension_text(unit): name for unit, name in MEASURES.items()}


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
    return dimension_text(unit)


def to_si(value: float, unit: str) -> tuple[float, str]:
    """``value unit`` in SI base units (pint's ``to_base_units``), rounded to 12 digits.

    >>> to_si(1200.0, "kilometer"), to_si(-35.0, "degree_Celsius")
    ((1200000.0, 'meter'), (238.15, 'kelvin'))
    """
    ureg = unit_registry()
    base = ureg.Quantity(value, ureg.parse_units(unit)).to_base_units()
    return float(f"{base.magnitude:.12g}"), str(base.units)


__all__ = ["DEFINITIONS", "dimension_of", "dimension_text", "excluded_names",
           "measure_of", "measures_a_family", "to_si", "unit_registry", "unit_term"]
