"""The number readers of ``pipeline.numbers``: no crash on any string; a number Python
formats reads back to itself (as a number and as a table cell); ``half_unit`` is half the
unit of the last digit written."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from pipeline.numbers import (
    currency_code,
    half_unit,
    is_year,
    read_cell,
    read_digits,
    scale_of,
)

from . import CHARS, TEXT, examples

#: strings made of what numbers are written with, and of the corpus alphabets
_NUMBERISH = st.text(st.sampled_from("0123456789,.-−–+%$€£()*†[] \t\u00a0USDbnmk"),
                     max_size=24)
ANY = st.one_of(TEXT, _NUMBERISH, st.text(CHARS, max_size=30))
FLOATS = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
INTS = st.integers(-10**15, 10**15)


@examples()
@given(ANY)
def test_readers_never_raise(text):
    value = read_digits(text)
    assert value is None or isinstance(value, float)
    assert half_unit(text) >= 0
    reading = read_cell(text)
    if reading is not None:
        assert isinstance(reading.value, float)
        assert isinstance(reading.plain, bool) and isinstance(reading.accounting, bool)
    assert isinstance(is_year(text), bool)
    assert scale_of(text) is None or scale_of(text) > 0
    assert currency_code(text) is None or len(currency_code(text)) == 3


@examples()
@given(FLOATS, st.integers(0, 6), st.booleans())
def test_a_formatted_float_reads_back(x, places, grouped):
    text = f"{x:,.{places}f}" if grouped else f"{x:.{places}f}"
    value = float(f"{x:.{places}f}")
    assert read_digits(text) == value
    assert read_digits(text.replace("-", "−")) == value      # the minus sign of print
    cell = read_cell(text)
    assert cell is not None and cell.value == value and cell.plain
    assert read_cell(text + "%").percent
    assert read_cell(f"({text.lstrip('-')})").value == -abs(value)


@examples()
@given(INTS, st.booleans())
def test_a_formatted_int_reads_back(n, grouped):
    text = f"{n:,}" if grouped else str(n)
    assert read_digits(text) == float(n)
    assert read_cell(text).value == float(n)
    assert read_cell(f"$({abs(n):,})").value == -float(abs(n))
    assert is_year(text) == (1900 <= n <= 2099 and not grouped)


@examples()
@given(FLOATS, st.integers(0, 6), st.sampled_from(["", "$", "USD ", "about "]),
       st.sampled_from(["", "%", " bn", " in 2023"]))
def test_half_unit_is_half_the_last_digits_unit(x, places, before, after):
    text = f"{before}{x:,.{places}f}{after}"
    unit = 10.0 ** -places
    assert math.isclose(half_unit(text), unit / 2, rel_tol=1e-12)
    # the next number written with as many digits is one unit away
    digits = f"{abs(x):.{places}f}"
    nxt = f"{abs(float(digits)) + unit:.{places}f}"
    assert math.isclose(read_digits(nxt) - read_digits(digits), unit, rel_tol=1e-6,
                        abs_tol=1e-9 * max(1.0, abs(x)))
