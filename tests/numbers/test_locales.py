"""Number locales (pipeline/numbers/locales.py): decimal marks and thousands groups.

The strings are written for these tests; the round trips format numbers with babel's own CLDR
patterns and read them back.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from pipeline.numbers import half_unit, read_cell, read_local, separators


@pytest.mark.parametrize("language,decimal,group", [
    ("en", ".", ","), ("ru", ",", "\u00a0"), ("kk", ",", "\u00a0"), ("de", ",", "."),
    ("fr", ",", "\u202f"), (None, ".", ","), ("zz", ".", ",")])
def test_locales_separators_come_from_cldr(language, decimal, group):
    assert separators(language) == (decimal, group)


@pytest.mark.parametrize("text,language,value,precision", [
    ("8,5", "en", 8.5, 0.05),                   # a decimal comma even in English
    ("14,75", "en", 14.75, 0.005),
    ("2,0625", "en", 2.0625, 0.00005),          # four digits after a comma: no grouping
    ("8,5", "ru", 8.5, 0.05),
    ("80 000", "en", 80000.0, 0.5),
    ("80\u00a0000", "ru", 80000.0, 0.5),        # no-break space
    ("80\u202f000", "fr", 80000.0, 0.5),        # narrow no-break space
    ("80\u2009000", None, 80000.0, 0.5),        # thin space
    ("3 450 000", "kk", 3450000.0, 0.5),
    ("1 234,56", "ru", 1234.56, 0.005),
    ("1'200'000", "de_CH", 1200000.0, 0.5),
    ("1’200’000", None, 1200000.0, 0.5),
    ("1.234.567,8", "de", 1234567.8, 0.05),
    ("1,234,567.8", "en", 1234567.8, 0.05),
    ("-0,25", "kk", -0.25, 0.005),
])
def test_locales_read_local_forms(text, language, value, precision):
    reading = read_local(text, language)
    assert reading.value == pytest.approx(value)
    assert reading.precision == pytest.approx(precision)


@pytest.mark.parametrize("language", ["en", None, "ru", "kk"])
def test_locales_comma_and_three_digits_groups_thousands(language):
    # issue 13: ``1,200`` is never 1.2 without a scale word, whatever the language
    assert read_local("1,200", language).value == 1200.0


@pytest.mark.parametrize("language,scaled,value", [
    ("ru", True, 1.648),        # ``1,648 млн``: the language's decimal comma before a scale
    ("kk", True, 1.648),
    ("ru", False, 1648.0),
    ("en", True, 1648.0),       # English ``1,648 million`` is 1,648 millions
])
def test_locales_scale_word_decides_a_comma_before_three_digits(language, scaled, value):
    assert read_local("1,648", language, scaled=scaled).value == pytest.approx(value)


@pytest.mark.parametrize("language,value", [("ru", 20000.0), ("de", 20000.0), ("en", 20.0)])
def test_locales_point_before_three_digits_follows_the_language(language, value):
    assert read_local("20.000", language).value == value


@pytest.mark.parametrize("text", [
    "12 15",            # two numbers of a row: the second group is not three digits
    "1 2023",           # a day and a year
    "1234 567",         # a first group of four digits
    "1,2,3", "1.2.3", "192.168.1.2", "2.000.000",   # lists, versions, addresses in English
    "1,234 567", "1.111,11.5", "", "abc", "12a",
])
def test_locales_read_local_refuses_other_shapes(text):
    assert read_local(text, "en") is None


@given(st.integers(min_value=-10**12, max_value=10**12),
       st.sampled_from(["en", "ru", "kk", "de", "fr", "es", "de_CH"]))
def test_locales_whole_numbers_round_trip_through_cldr(number, language):
    assert read_local(format_decimal(number, locale=language), language).value == number


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=2),
       st.sampled_from(["en", "ru", "kk", "de", "fr"]))
def test_locales_decimals_round_trip_through_cldr(whole, places, language):
    number = Decimal(f"{whole}.{'7' * places}")
    written = format_decimal(number, locale=language, decimal_quantization=False)
    reading = read_local(written, language)
    assert reading.value == pytest.approx(float(number))
    assert reading.decimals == places


@given(st.text(alphabet="0123456789 ,.'\u00a0\u202f-−abc", max_size=20),
       st.sampled_from(["en", "ru", None]), st.booleans())
def test_locales_read_local_never_raises(text, language, scaled):
    reading = read_local(text, language, scaled)
    assert reading is None or reading.precision > 0


@pytest.mark.parametrize("text,value", [
    ("1 234,5", 1234.5), ("−12,5%", -12.5), ("80\u00a0000", 80000.0), ("2,340", 2340.0)])
def test_locales_table_cells_read_by_shape(text, value):
    assert read_cell(text).value == value


def test_locales_table_cell_in_russian_reads_point_groups():
    assert read_cell("20.000", "ru").value == 20000.0
    assert read_cell("20.000").value == 20.0


@pytest.mark.parametrize("text,precision", [
    ("8,5%", 0.05), ("1 234,56", 0.005), ("2,340", 0.5), ("31.5", 0.05)])
def test_locales_half_unit_follows_the_decimal_mark(text, precision):
    assert half_unit(text) == pytest.approx(precision)
