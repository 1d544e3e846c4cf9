"""Physical quantities read by pint: the unit as written, its dimension and the SI value."""

from __future__ import annotations

import pytest

from pipeline.quantities import QuantitySettings, find_quantities_in
from pipeline.quantities.units import dimension_of, to_si, unit_registry, unit_term


def _only(text: str):
    found = [q for q in find_quantities_in(text, QuantitySettings()) if q.kind != "year"]
    assert len(found) == 1, [(q.text, q.kind, q.unit) for q in found]
    return found[0]


# (sentence, quantity text, value, unit, dimension, si_value, si_unit); sentences written
# for these tests
PHYSICAL = [
    ("The new road will be 1,200 km long.", "1,200 km", 1200.0, "kilometer", "[length]",
     1200000.0, "meter"),
    ("A 340-metre bridge crosses the river.", "340-metre", 340.0, "meter", "[length]",
     340.0, "meter"),
    ("The lake covers about 18 km² of steppe.", "about 18 km²", 18.0, "kilometer ** 2",
     "[length] ** 2", 18000000.0, "meter ** 2"),
    ("The farm spans 2,500 hectares.", "2,500 hectares", 2500.0, "hectare",
     "[length] ** 2", 25000000.0, "meter ** 2"),
    ("Each tank holds 67 m3 of water.", "67 m3", 67.0, "meter ** 3", "[length] ** 3",
     67.0, "meter ** 3"),
    ("Each tank holds 40 m³ of fuel.", "40 m³", 40.0, "meter ** 3", "[length] ** 3",
     40.0, "meter ** 3"),
    ("Exports reached 3.2 bcm of gas last year.", "3.2 bcm", 3.2, "billion_cubic_meter",
     "[length] ** 3", 3200000000.0, "meter ** 3"),
    ("The field produced 450 mcm in March.", "450 mcm", 450.0, "million_cubic_meter",
     "[length] ** 3", 450000000.0, "meter ** 3"),
    ("The mill ships 2 mln t of flour.", "2 mln t", 2000000.0, "metric_ton", "[mass]",
     2000000000.0, "kilogram"),
    ("Coal output fell to 3 Mt.", "3 Mt", 3.0, "megametric_ton", "[mass]",
     3000000000.0, "kilogram"),
    ("Each parcel weighs 12.5 kg.", "12.5 kg", 12.5, "kilogram", "[mass]", 12.5, "kilogram"),
    ("The battery stores 40 kWh when full.", "40 kWh", 40.0, "kilowatt_hour",
     "[mass] * [length] ** 2 / [time] ** 2", 144000000.0,
     "kilogram * meter ** 2 / second ** 2"),
    ("Reserves equal 1,000 boe per well.", "1,000 boe", 1000.0, "barrel_of_oil_equivalent",
     "[mass] * [length] ** 2 / [time] ** 2", 6119324800000.0,
     "kilogram * meter ** 2 / second ** 2"),
    ("Demand was 12 Mtoe in that decade.", "12 Mtoe", 12.0, "megatonne_of_oil_equivalent",
     "[mass] * [length] ** 2 / [time] ** 2", 5.02416e+17,
     "kilogram * meter ** 2 / second ** 2"),
    ("The plant adds 1.5 GW to the grid.", "1.5 GW", 1.5, "gigawatt",
     "[mass] * [length] ** 2 / [time] ** 3", 1500000000.0,
     "kilogram * meter ** 2 / second ** 3"),
    ("Trains will run at 120 km/h on the line.", "120 km/h", 120.0, "kilometer / hour",
     "[length] / [time]", 33.3333333333, "meter / second"),
    ("The limit is 70 mph on that road.", "70 mph", 70.0, "mile_per_hour", "[length] / [time]",
     31.2928, "meter / second"),
    ("The town saw -35°C in January.", "-35°C", -35.0, "degree_Celsius", "[temperature]",
     238.15, "kelvin"),
    ("The town saw -35 °C in January.", "-35 °C", -35.0, "degree_Celsius", "[temperature]",
     238.15, "kelvin"),
    ("Water boils at 212 degrees Fahrenheit.", "212 degrees Fahrenheit", 212.0,
     "degree_Fahrenheit", "[temperature]", 373.15, "kelvin"),
    ("The archive needs 2 TB of disk.", "2 TB", 2.0, "terabyte", "[information]",
     16000000000000.0, "bit"),
    ("The link carries 10 Gbps across the border.", "10 Gbps", 10.0, "gigabaud",
     "[information] / [time]", 10000000000.0, "bit / second"),
    ("The plant treats 9 m³ per day.", "9 m³ per day", 9.0, "meter ** 3 / day",
     "[length] ** 3 / [time]", 0.000104166666667, "meter ** 3 / second"),
    ("The quarry sells 10 tonnes per year.", "10 tonnes per year", 10.0, "metric_ton / year",
     "[mass] / [time]", 0.00031688087814, "kilogram / second"),
    ("The mine exports 5 tonnes a year.", "5 tonnes a year", 5.0, "metric_ton / year",
     "[mass] / [time]", 0.00015844043907, "kilogram / second"),
    ("The port handled 600,000 TEU in total.", "600,000 TEU", 600000.0, "TEU",
     "[container]", 600000.0, "TEU"),
    ("The line is 1.2 thousand kilometres long.", "1.2 thousand kilometres", 1200.0,
     "kilometer", "[length]", 1200000.0, "meter"),
    ("The test took 90 ms to finish.", "90 ms", 90.0, "millisecond", "[time]", 0.09, "second"),
]


@pytest.mark.parametrize("text, surface, value, unit, dimension, si_value, si_unit", PHYSICAL,
                         ids=[row[1] for row in PHYSICAL])
def test_units_reads_each_physical_quantity(text, surface, value, unit, dimension, si_value,
                                            si_unit):
    q = _only(text)
    assert (q.text, q.value, q.unit, q.dimension, q.si_unit) == (
        surface, pytest.approx(value), unit, dimension, si_unit)
    assert q.si_value == pytest.approx(si_value, rel=1e-9)
    assert q.kind in ("physical", "count", "duration")


@pytest.mark.parametrize("text, surface, unit", [
    ("the 120km/h limit", "120km/h", "kilometer / hour"),
    ("a 67m3 tank", "67m3", "meter ** 3"),
    ("a 1.5GW plant", "1.5GW", "gigawatt"),
    ("a 25km stretch", "25km", "kilometer"),
])
def test_units_reads_a_unit_glued_to_its_number(text, surface, unit):
    q = _only(text)
    assert (q.text, q.kind, q.unit) == (surface, "physical", unit)


def test_units_the_kind_says_physical():
    assert _only("The line is 80 km long.").kind == "physical"
    assert _only("It holds 600 TEU.").kind == "count"            # containers are counted
    assert _only("It lasted 5 h.").kind == "duration"


def test_units_durations_keep_their_unit_and_gain_seconds():
    q = _only("The talks lasted 3 days in all.")
    assert (q.kind, q.unit, q.dimension, q.si_value, q.si_unit) == (
        "duration", "day", "[time]", 259200.0, "second")


def test_units_money_percent_and_counts_have_no_dimension():
    found = find_quantities_in("It paid $14 million for 12 trucks, 5% more.", QuantitySettings())
    assert [(q.kind, q.dimension, q.si_value, q.si_unit) for q in found] == [
        ("money", None, None, None), ("count", None, None, None),
        ("percent", None, None, None)]


def test_units_a_range_of_a_physical_unit_has_its_dimension():
    q = _only("The wall is between 10 and 20 km long.")
    assert (q.kind, q.low, q.high, q.unit, q.dimension, q.si_unit, q.si_value) == (
        "range", 10.0, 20.0, "kilometer", "[length]", "meter", None)


# negatives: a word after a number that pint could read, read as a word
@pytest.mark.parametrize("text, kind, unit", [
    ("The 1.5 GW wind farm covers 30 fields.", "physical", "gigawatt"),
    ("It scored 3 points in 5 games.", "count", "point"),
    ("She bought 5 cups and 2 bags.", "count", "cup"),
    ("They joined 10 chains of shops.", "count", "chain"),
    ("About 8 B people live there.", "count", "people"),
])
def test_units_english_words_are_not_units(text, kind, unit):
    first = find_quantities_in(text, QuantitySettings())
    first = next(iter(first))
    assert (first.kind, first.unit) == (kind, unit)


@pytest.mark.parametrize("word", ["in", "a", "at", "are", "am", "pm", "covers", "toes", "pin",
                                  "degrees", "bar", "points", "hands", "hd", "Pm", "h2"])
def test_units_words_pint_could_split_are_not_unit_terms(word):
    assert unit_term(word) is None


def test_units_in_after_a_number_is_a_preposition():
    found = find_quantities_in("It rose 12 in March and 4 at noon.", QuantitySettings())
    assert [(q.text, q.unit) for q in found] == [("12", None), ("4", None)]


def test_units_wind_farm_covers_is_no_count():
    found = find_quantities_in("The 1.5 GW wind farm covers 67 km2 of land.", QuantitySettings())
    assert [(q.text, q.kind, q.unit) for q in found] == [
        ("1.5 GW", "physical", "gigawatt"), ("67 km2", "physical", "kilometer ** 2")]


def test_units_a_unit_is_not_borrowed_from_a_neighbour():
    found = find_quantities_in("Trucks drove 120 km/h past 400 feet of fence and 30 more.",
                               QuantitySettings())
    assert [(q.text, q.unit) for q in found] == [
        ("120 km/h", "kilometer / hour"), ("400 feet", "foot"), ("30", None)]


def test_units_registry_is_built_once():
    assert unit_registry() is unit_registry()


def test_units_helpers_read_units_pint_knows_only():
    assert dimension_of("kilometer") == "[length]"
    assert dimension_of("people") is None
    assert to_si(1.0, "bcm") == (1000000000.0, "meter ** 3")


@pytest.mark.parametrize("text, surface, unit", [
    ("The park makes 350 megawatt-hours a day.", "350 megawatt-hours a day",
     "megawatt_hour / day"),
    ("The heater used 12 kilowatt-hours overnight.", "12 kilowatt-hours", "kilowatt_hour"),
    ("The rotor turns at 1,500 rpm.", "1,500 rpm", "revolutions_per_minute"),
    ("The grid runs at 50 Hz.", "50 Hz", "hertz"),
    ("The barge carried 400 tons of ore.", "400 tons", "ton"),
])
def test_hyphenated_names_frequencies_and_plural_names(text, surface, unit):
    found = [(q.text, q.unit) for q in find_quantities_in(text, QuantitySettings())]
    assert found == [(surface, unit)]
