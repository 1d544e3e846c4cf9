"""Number locales in running text (issue 13): decimal commas, space-grouped thousands, the
paragraph's language. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import Config
from pipeline.quantities import QuantitySettings, find_quantities_in
from tests.conftest import read_jsonl, run_on_files


def quantities(text: str, language: str | None = None):
    found = list(find_quantities_in(text, QuantitySettings(), lambda _pos: language))
    for q in found:
        assert text[q.start:q.end] == q.text
    return found


def only(text: str, language: str | None = None):
    [q] = quantities(text, language)
    return q


@pytest.mark.parametrize("text,language,number,kind,value,precision", [
    ("Annual inflation was 8,5% in March.", "en", "8,5", "percent", 8.5, 0.05),
    ("The policy rate stays at 14,75 % for now.", "en", "14,75", "percent", 14.75, 0.005),
    ("Инфляция за год составила 8,5%.", "ru", "8,5", "percent", 8.5, 0.05),
    ("Жылдық инфляция 8,5% болды.", "kk", "8,5", "percent", 8.5, 0.05),
    ("The fund raised USD 1,5 billion last year.", "en", "1,5", "money", 1.5e9, 0.05e9),
    ("Officials counted 80 000 spectators.", "en", "80 000", None, 80000.0, 0.5),
    ("Officials counted 80\u202f000 spectators.", "en", "80\u202f000", None, 80000.0, 0.5),
    ("Officials counted 80\u2009000 spectators.", "en", "80\u2009000", None, 80000.0, 0.5),
    ("Officials counted 80\u00a0000 spectators.", "en", "80\u00a0000", None, 80000.0, 0.5),
    ("Стадион принял 80\u00a0000 зрителей.", "ru", "80\u00a0000", None, 80000.0, 0.5),
    ("The road is 1 200 km long.", "en", "1 200", None, 1200.0, 0.5),
    ("The grant was 3 450 000 tenge.", "en", "3 450 000", "money", 3450000.0, 0.5),
    ("Жобаға 3 450 000 теңге бөлінді.", "kk", "3 450 000", None, 3450000.0, 0.5),
    ("Выручка составила 1 234,56 рубля.", "ru", "1 234,56", None, 1234.56, 0.005),
    ("The price was CHF 1'200'000 in the end.", "en", "1'200'000", "money", 1.2e6, 0.5),
])
def test_number_locales_forms_in_sentences(text, language, number, kind, value, precision):
    q = only(text, language)
    assert q.value == pytest.approx(value)
    assert q.precision == pytest.approx(precision)
    # the span covers the whole written number, not its first group
    assert number in q.text and q.start <= text.index(number)
    assert q.end >= text.index(number) + len(number)
    if kind:
        assert q.kind == kind


@pytest.mark.parametrize("language", ["en", None, "ru", "kk"])
def test_number_locales_comma_thousands_are_never_a_decimal(language):
    # issue 13: the English guard; a Russian paragraph writes ``1,200`` this way too
    assert only("A fee of 1,200 was charged.", language).value == 1200.0


@pytest.mark.parametrize("language,value", [("ru", 20000.0), ("kk", 20000.0), ("en", 20.0)])
def test_number_locales_point_groups_follow_the_paragraph(language, value):
    assert only("Итого 20.000 за месяц.", language).value == value


@pytest.mark.parametrize("text,values", [
    ("Row: 12 15 18 20 22", [12.0, 15.0, 18.0, 20.0, 22.0]),      # a table row
    ("Row: 12 150 180 22", [12.0, 150.0, 180.0, 22.0]),           # three-digit items too
    ("Row: 120 150 180 22 x", [120.0, 150.0, 180.0, 22.0]),
])
def test_number_locales_rows_of_small_numbers_stay_apart(text, values):
    assert [q.value for q in quantities(text)] == values


def test_number_locales_year_before_a_grouped_number_stays_apart():
    found = quantities("In 2023 80 000 people visited.")
    assert [(q.text, q.value) for q in found] == [("2023", 2023.0),
                                                  ("80 000 people", 80000.0)]


def test_number_locales_day_before_a_year_stays_apart():
    assert 12023.0 not in [q.value for q in quantities("It opened on May 1 2023 in Astana.")]


def test_number_locales_two_spaces_part_columns():
    # PDF text parts columns with runs of spaces: ``80  000`` is two cells
    assert 80000.0 not in [q.value for q in quantities("Total 80  000")]


@given(st.text(alphabet="0123456789 ,.'\u00a0\u202f\u2009%-kmабв", max_size=30),
       st.sampled_from(["en", "ru", "kk", None]))
def test_number_locales_spans_match_the_text(text, language):
    quantities(text, language)          # asserts text[start:end] == q.text for each


def test_number_locales_paragraph_language_from_the_clean_stage(tmp_path):
    doc = ("The plant shipped 20.000 tonnes of grain in the first quarter of the year.\n\n"
           "В первом квартале завод отгрузил 20.000 тонн зерна, рост на 8,5%.\n")
    config = Config().with_overrides({"stages": ["clean", "quantities"]})
    _, out = run_on_files(tmp_path, {"grain.txt": doc}, config)
    values = [r["value"] for r in read_jsonl(out / "quantities.jsonl")
              if r["kind"] not in ("year", "ordinal")]
    assert 20.0 in values and 20000.0 in values and 8.5 in values
