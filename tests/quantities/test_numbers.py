"""Number reading: digits, words, fractions; the parser never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.quantities.numbers import read_number, scan_numbers
from pipeline.quantities.tokens import tokenizer_nlp


@pytest.mark.parametrize("text,value", [
    ("5,625", 5625.0),                       # corpus 000, table cell
    ("139.8", 139.8),                        # corpus 000, "USD 139.8 billion"
    ("twenty-five", 25.0),
    ("one hundred and six", 106.0),
    ("twenty and three fifths", 20.6),
    ("a quarter million", 250000.0),
    ("five and a half million", 5500000.0),
    ("nine point nought four", 9.04),
    ("3/4", 0.75),
    ("-10.5", -10.5),
    # a plural ordinal divides the whole number before it (Recognizers-Text NumberModel)
    ("two million four thousand one hundred seven fifths", 2004107 / 5),
    ("a hundred thousand trillionths", 1e-7),
    ("one hundred and thirty-two fifths", 132 / 5),
    ("two hundred and fifty-four hundredths", 200.54),   # a proper fraction after "and"
    ("a twenty-first", 1 / 21),
    ("three twenty-firsts", 3 / 21),
    ("one one hundred fifth", 1 / 105),
    ("one hundred fifth", 105.0),                         # negative: the 105th, no fraction
    ("hundred thousand", 1e5),
])
def test_numbers_read_number_values(text, value):
    assert read_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "Astana", "SCO", "point", "and", "1,2,3,4x"])
def test_numbers_read_number_negatives(text):
    assert read_number(text) is None


@pytest.mark.parametrize("text,spans", [
    ("expanded the SCO membership to ten countries", ["ten"]),
    ("more than 3 billion people", ["3 billion"]),
    ("USD 31.5bn in 2023", ["31.5bn", "2023"]),
    ("an apple and a pear", []),                         # negative: articles are not numbers
    ("the billion-dollar question", []),                 # negative: a lone scale word
    ("two thirds of a million", ["two thirds of a million"]),
    ("we paid 3 hundred and 21 tenge for it", ["3 hundred and 21"]),
    ("the fund holds 5 million and a quarter", ["5 million and a quarter"]),
    ("3 hundred and 2 hundred", ["3 hundred", "2 hundred"]),   # negative: two numbers
    ("a twenty-first-century plan", ["twenty-first"]),        # negative: an ordinal
])
def test_numbers_scan_numbers_groups_tokens(text, spans):
    doc = tokenizer_nlp()(text)
    assert [doc[n.start:n.end].text for n in scan_numbers(doc)] == spans


@given(st.text(max_size=60))
def test_numbers_read_number_never_raises(text):
    value = read_number(text)
    assert value is None or isinstance(value, float)
