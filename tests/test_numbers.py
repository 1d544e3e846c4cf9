"""The shared number vocabulary: digits, precision, scales, currencies, years, table cells."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.numbers import currency_code, half_unit, is_year, read_cell, read_digits, scale_of


@pytest.mark.parametrize("text,precision", [
    ("31.5", 0.05),                          # corpus 000, "USD 31.5 billion"
    ("2,340", 0.5),
    ("-139.8", 0.05),
    ("+.5", 0.05),
    ("$1,452.4", 0.05),
    ("ten", 0.0),                            # words are exact
])
def test_numbers_half_unit_of_last_digit(text, precision):
    assert half_unit(text) == pytest.approx(precision)


@pytest.mark.parametrize("text,value", [
    ("5,625", 5625.0), ("12,34,567", 1234567.0), ("−10.5", -10.5), ("1,2,3", None), ("", None)])
def test_numbers_read_digits(text, value):
    assert read_digits(text) == value


@pytest.mark.parametrize("word,scale", [
    ("billions", 1e9), ("Mln", 1e6), ("bn", 1e9), ("thousand", 1e3), ("lakh", 1e5),
    ("tenge", None)])
def test_numbers_scale_of(word, scale):
    assert scale_of(word) == scale


@pytest.mark.parametrize("surface,code", [("US$", "USD"), ("₸", "KZT"), ("mln", None)])
def test_numbers_currency_code(surface, code):
    assert currency_code(surface) == code


@pytest.mark.parametrize("text,year", [("2023", True), (" 1996 ", True), ("1750", False),
                                       ("20231", False)])
def test_numbers_is_year(text, year):
    assert is_year(text) is year


@pytest.mark.parametrize("text,value,plain,accounting", [
    ("2,340", 2340.0, True, True),
    ("-10.5%", -10.5, True, True),
    ("12.5*", 12.5, True, False),            # a footnote mark: a table column, not a ledger
    ("$(9,819)", -9819.0, False, True),      # accounting parentheses
    ("(5", -5.0, False, False),              # unbalanced
    ("- -5", -5.0, False, False),            # two signs
])
def test_numbers_read_cell_forms(text, value, plain, accounting):
    reading = read_cell(text)
    assert (reading.value, reading.plain, reading.accounting) == (value, plain, accounting)


@pytest.mark.parametrize("text", ["—", "n/a", "2019 restated", "10.9M", "1,2,3", ""])
def test_numbers_read_cell_negatives(text):
    assert read_cell(text) is None


@given(st.text(max_size=30))
def test_numbers_readers_never_raise(text):
    read_cell(text)
    read_digits(text)
    assert half_unit(text) >= 0
