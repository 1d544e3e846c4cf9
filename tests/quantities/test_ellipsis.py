"""Units carried to numbers that leave them unwritten."""

from __future__ import annotations

import pytest

from pipeline.quantities import QuantitySettings, find_quantities_in


@pytest.mark.parametrize("text,expected", [
    ("More than 4 million flats across the country including 1.2 million in the Almaty area",
     [("More than 4 million flats", "flat"), ("1.2 million", "flat")]),
    ("Tractor sales rose to 2.7 million tractors up from 1.8 million in 2019",
     [("2.7 million tractors", "tractor"), ("1.8 million", "tractor"), ("2019", None)]),
    # negatives: another sentence; sizes far apart; percent does not lend its unit
    ("It sold 400 cars. Then 300 went.", [("400 cars", "car"), ("300", None)]),
    ("the index fell 0.7 per cent to 24610", [("0.7 per cent", "percent"), ("24610", None)]),
])
def test_ellipsis_carries_units(text, expected):
    got = [(q.text, q.unit) for q in find_quantities_in(text, QuantitySettings())]
    assert got == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize("text,expected", [
    # a fraction before "of <noun phrase>" is a share of it, not a count of the neighbour's noun
    ("The SCO has 10 partners and a quarter of global GDP.",
     [("10 partners", "count", "partner"), ("a quarter", "fraction", None)]),
    ("Half the villas, priced from $600,000 to $2.1 million, are rented",
     [("Half", "fraction", None), ("from $600,000 to $2.1 million", "range", "USD")]),
    ("two thirds of the population and 3/4 of voters",
     [("two thirds", "fraction", None), ("3/4", "fraction", None)]),
    # negatives: a period's half is no share; a count keeps its noun
    ("in the second half of 2024", [("second", "ordinal", "ordinal"), ("2024", "year", None)]),
    ("half a dozen eggs", [("half a dozen eggs", "count", "egg")]),
])
def test_ellipsis_fraction_of_noun_phrase_is_a_share(text, expected):
    got = [(q.text, q.kind, q.unit) for q in find_quantities_in(text, QuantitySettings())]
    assert got == expected
