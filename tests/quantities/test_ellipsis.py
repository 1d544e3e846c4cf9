"""Units carried to numbers that leave them unwritten."""

from __future__ import annotations

import pytest

from pipeline.quantities import QuantitySettings, find_quantities_in


@pytest.mark.parametrize("text,expected", [
    ("More than 6 million homes nationwide including 1.5 million in the Los Angeles region",
     [("More than 6 million homes", "home"), ("1.5 million", "home")]),
    ("VR headset sales rose to 3.9 million headsets up from 2.4 million in 2017",
     [("3.9 million headsets", "headset"), ("2.4 million", "headset"), ("2017", None)]),
    # negatives: another sentence; sizes far apart; percent does not lend its unit
    ("It sold 400 cars. Then 300 went.", [("400 cars", "car"), ("300", None)]),
    ("dax fell 0.4 per cent to 13176", [("0.4 per cent", "percent"), ("13176", None)]),
])
def test_ellipsis_carries_units(text, expected):
    got = [(q.text, q.unit) for q in find_quantities_in(text, QuantitySettings())]
    assert got == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize("text,expected", [
    # a fraction before "of <noun phrase>" is a share of it, not a count of the neighbour's noun
    ("The SCO has 10 partners and a quarter of global GDP.",
     [("10 partners", "count", "partner"), ("a quarter", "fraction", None)]),
    ("Half the condos, which range from $800,000 to $1.3 million, have sold",   # NewsQuant
     [("Half", "fraction", None), ("from $800,000 to $1.3 million", "range", "USD")]),
    ("two thirds of the population and 3/4 of voters",
     [("two thirds", "fraction", None), ("3/4", "fraction", None)]),
    # negatives: a period's half is no share; a count keeps its noun
    ("in the second half of 2024", [("second", "ordinal", "ordinal"), ("2024", "year", None)]),
    ("half a dozen eggs", [("half a dozen eggs", "count", "egg")]),
])
def test_ellipsis_fraction_of_noun_phrase_is_a_share(text, expected):
    got = [(q.text, q.kind, q.unit) for q in find_quantities_in(text, QuantitySettings())]
    assert got == expected
