"""Column-header units for the tables stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.quantities import HeaderUnit, header_unit


@pytest.mark.parametrize("header,expected", [
    ("Trade Volume (USD billions)", HeaderUnit("USD", 1e9)),    # corpus 000
    ("(USD millions)", HeaderUnit("USD", 1e6)),                   # issue 5
    ("Share of Total Trade", None),                               # corpus 000, no unit
    ("Growth Rate (%)", HeaderUnit("percent", 1.0)),
    ("Volume, bn tenge", HeaderUnit("KZT", 1e9)),
    ("Export Potential (2025)", None),                            # negative: a year
    ("Competitiveness Index", None),                              # negative
])
def test_headers_header_unit(header, expected):
    assert header_unit(header) == expected


@given(st.text(max_size=40))
def test_headers_never_raise(text):
    result = header_unit(text)
    assert result is None or isinstance(result, HeaderUnit)
