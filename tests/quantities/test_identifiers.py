"""Numbers that are labels, not amounts, stay out of quantities (quantities.identifiers)."""

from __future__ import annotations

import pytest

from pipeline.quantities import QuantitySettings, find_quantities_in


def values(text: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in find_quantities_in(text, QuantitySettings())]


@pytest.mark.parametrize("text", [
    "The application form is KZ-2024-0017.",
    "Send it to the office, postcode 010000, by hand.",
    "Her account number is 0042871.",
    "The F-16 and the MiG-29 flew over the parade.",
])
def test_codes_and_leading_zero_labels_are_no_quantities(text):
    assert values(text) == []


def test_a_leading_zero_label_after_a_number_is_still_a_label():
    """Only three digits after a number are its thousands group; ``0100`` is a label
    there as on its own, so a quantity's text reads back as the same quantity."""
    assert values("Desk 7 0100 is closed.") == [("7", 7.0)]
    assert values("0100") == []


@pytest.mark.parametrize("text, expected", [
    ("The fine was 0.5 percent of 80 000 tenge.", [("0.5 percent", 0.5),
                                                   ("80 000 tenge", 80000.0)]),
    ("The price was CHF 1'200'000 in the end.", [("CHF 1'200'000", 1.2e6)]),
    ("Rates rose by 0,75 percent.", [("0,75 percent", 0.75)]),
])
def test_leading_zeros_of_decimals_and_digit_groups_are_amounts(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Call 8 800 080 7777 to book a table.",
    "The front desk answers on 258-12-34 until noon.",
    "Their line is open 24/7 all year.",
])
def test_local_phone_numbers_and_idioms_are_no_quantities(text):
    assert values(text) == []
