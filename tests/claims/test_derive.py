"""Derivations over table cells (pipeline/claims/derive.py). Cell texts are written for these
tests in the shape of annual-report and results tables; none is copied from a benchmark."""

from __future__ import annotations

import pytest

from pipeline.claims import derive
from pipeline.claims.derive import parse_cell


@pytest.mark.parametrize("text,value", [
    ("$ 12,400", 12400.0), ("(250)", -250.0), ("$(1.5)", -1.5), ("-3,990", -3990.0),
    ("41.5%", 41.5), ("0.262", 0.262), (".700", 0.7), ("€ 3.2", 3.2),
    ("1,23", 1.23),     # issue 13: two digits after a comma can only be a decimal comma
    ("1 234,5", 1234.5),
])
def test_derive_parse_cell_reads_numbers(text, value):
    assert parse_cell(text).value == value


@pytest.mark.parametrize("text", ["—", "-", "", "n/a", "N/M", "10.9M", "2 - 6", "(250",
                                  "Total", "1,2,3", "12 15", "--5"])
def test_derive_parse_cell_refuses_non_numbers(text):
    assert parse_cell(text) is None


def test_derive_percent_change_interval_holds_rounding():
    d = derive.percent_change(parse_cell("10,000"), parse_cell("12,400"))
    assert round(d.value, 2) == 24.0
    assert derive.agrees(parse_cell("24%"), d)
    assert not derive.agrees(parse_cell("30%"), d)


def test_derive_no_growth_from_zero_or_share_of_nothing():
    assert derive.percent_change(parse_cell("0"), parse_cell("12")) is None
    assert derive.ratio(parse_cell("12"), parse_cell("0.0")) is None


def test_derive_percent_change_from_negative_base_keeps_sign_convention():
    d = derive.percent_change(parse_cell("(250)"), parse_cell("125"))
    assert round(d.value, 2) == -150.0


@pytest.mark.parametrize("texts,scale", [
    (["(in thousands)", "2021"], "thousand"),
    (["US$m", "2021"], "million"),
    (["", "Dollars in millions, except per share"], "million"),
    (["1,000 units sold"], None),
    (["in thousands", "in millions"], None),
])
def test_derive_detect_scale(texts, scale):
    assert derive.detect_scale(texts)[0] == scale
