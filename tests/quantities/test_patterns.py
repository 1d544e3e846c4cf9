"""Quantities read in context: real snippets from corpus/, negatives, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quantities import QuantitySettings, find_quantities_in
from pipeline.quantities.identifiers import identifier_spans

CASES = [
    # (source, text, expected [(surface, kind, value or (low, high), unit, approx)])
    ("004", "contributing over $23 trillion to global GDP",
     [("over $23 trillion", "money", 23e12, "USD", "over")]),
    ("004", "representing over 40% of the world’s population",
     [("over 40%", "percent", 40.0, "percent", "over")]),
    ("004", "25 strategic documents were signed",
     [("25 strategic documents", "count", 25.0, "document", None)]),
    ("004", "expanded the SCO membership to ten countries",
     [("ten countries", "count", 10.0, "country", None)]),
    ("004", "the SCO organized some 150 events, including digital forums",
     [("some 150 events", "count", 150.0, "event", "about")]),
    ("004", "hosted the 24th summit of the Council",
     [("24th", "ordinal", 24.0, "ordinal", None)]),
    ("004", "handed over to China for the period 2024-2025.",
     [("2024-2025", "period", (2024.0, 2025.0), None, None)]),
    ("003", "The SCO represents more than 3 billion people, with the organization covering "
            "more than 60 percent of Eurasia.",
     [("more than 3 billion people", "count", 3e9, "people", "over"),
      ("more than 60 percent", "percent", 60.0, "percent", "over")]),
    ("000", "trade turnover reached USD 139.8 billion in 2023",
     [("USD 139.8 billion", "money", 139.8e9, "USD", None), ("2023", "year", 2023.0, None, None)]),
    ("000", "representing approximately 42% of global population",
     [("approximately 42%", "percent", 42.0, "percent", "about")]),
    ("000", "the 24th SCO summit in Astana on July 3-4, 2024",
     [("24th", "ordinal", 24.0, "ordinal", None), ("July 3-4, 2024", "date", None, None, None)]),
    ("issue", "80-100% of $5-10 million",
     [("80-100%", "range", (80.0, 100.0), "percent", None),
      ("$5-10 million", "range", (5e6, 1e7), "USD", None)]),
    ("issue", "from 68.4 to 95.2 percent",
     [("from 68.4 to 95.2 percent", "range", (68.4, 95.2), "percent", None)]),
    ("issue", "a decline of -10.5% and 5 percentage points",
     [("-10.5%", "percent", -10.5, "percent", None),
      ("5 percentage points", "percent", 5.0, "percentage_point", None)]),
    ("002", "Kazakhstan contributes more than\n15% of regional trade",       # hard-wrapped PDF line
     [("more than\n15%", "percent", 15.0, "percent", "over")]),
    ("pdf", "USD  31.5  billion and half a  dozen",                        # whitespace runs
     [("USD  31.5  billion", "money", 31.5e9, "USD", None),
      ("half a  dozen", "number", 6.0, None, None)]),
    ("issue", "KZT 5,625.3 bn and 3 billion tenge", [
        ("KZT 5,625.3 bn", "money", 5625.3e9, "KZT", None),
        ("3 billion tenge", "money", 3e9, "KZT", None)]),
    ("own", "rising from 1000 to 2000 workers next year",      # 2000 is no year here
     [("from 1000 to 2000 workers", "range", (1000.0, 2000.0), "worker", None)]),
    ("spec", "The crate holds at most 60 and at least 15 pears.",
     [("at most 60 and at least 15 pears", "range", (15.0, 60.0), "pear", None)]),
    ("spec", "50 dollar 50 dollar",                             # two amounts, not 50.50
     [("50 dollar", "money", 50.0, "USD", None), ("50 dollar", "money", 50.0, "USD", None)]),
    ("spec", "2 dollars 50 cents", [("2 dollars 50 cents", "money", 2.5, "USD", None)]),
    ("own", "she scored 51.2% inside and 28.4% from three-point range",   # the compound's noun
     [("51.2%", "percent", 51.2, "percent", None), ("28.4%", "percent", 28.4, "percent", None),
      ("three-point", "count", 3.0, "point", None)]),
    ("own", "among the 12 most popular museums in the region",
     [("12 most popular museums", "count", 12.0, "museum", None)]),
    ("spec", "giving away 3 USD50 cards",                       # the code opens the next amount
     [("3", "number", 3.0, None, None), ("USD50", "money", 50.0, "USD", None)]),
]

NEGATIVES = [
    ("000", "ECONOMIC ANNALS-XXI ISSN 1728-6239 (Online) ISSN 1728-6220 (Print)"),
    ("000", "ORCID ID: https://orcid.org/0009-0007-8234-4438"),
    ("000", "13 Dostyk Ave., Almaty, 050010, Republic of Kazakhstan"),
    ("000", "doi: https://doi.org/10.21003/ea.V213-01"),
    ("002", "commercial connections [4, p. 25]."),
    ("000", "as argued by Poujol (2025). The SCO"),
    ("news", "the S&P 500 and the iPhone 11"),
    ("000", "Astana Times. (2024, February 27). Close-Up Look at Kazakhstan"),   # reference
]


def _expected_matches(q, want):
    surface, kind, value, unit, approx = want
    if isinstance(value, tuple):
        got_value = (q.low, q.high)
        value_ok = got_value == pytest.approx(value)
    else:
        value_ok = value is None and q.value is None or q.value == pytest.approx(value)
    return q.text == surface and q.kind == kind and value_ok and q.unit == unit and \
        q.approx == approx


@pytest.mark.parametrize("source,text,expected", CASES, ids=[c[1][:30] for c in CASES])
def test_patterns_read_corpus_snippets(source, text, expected):
    found = list(find_quantities_in(text, QuantitySettings()))
    assert len(found) == len(expected), [(q.text, q.kind) for q in found]
    for q, want in zip(found, expected):
        assert _expected_matches(q, want), (q, want)


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[n[1][:30] for n in NEGATIVES])
def test_patterns_identifiers_stay_out(source, text):
    found = [q for q in find_quantities_in(text, QuantitySettings()) if q.kind != "year"]
    assert found == []


def test_patterns_identifier_spans_front_matter():
    text = "ISSN 1728-6239 (Online) https://doi.org/10.21003/ea 13 Dostyk Ave., Almaty, 050010,"
    assert [k for _, _, k in identifier_spans(text)] == ["issn", "url", "street", "postal"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$€abcmnkto~")) , max_size=40)
       | st.text(max_size=40))
def test_patterns_offsets_point_into_text(text):
    for q in find_quantities_in(text, QuantitySettings()):
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, surface", [
    ("Trade grew between 2019 and 2023 by a third.", "between 2019 and 2023"),
    ("It ran from the 1990s? No: from  2001 to 2004.", "from  2001 to 2004"),
    ("Sales were 2019 and 2023 figures.", None),          # negative: no between/from
])
def test_between_leads_a_period(text: str, surface: str | None) -> None:
    periods = [q.text for q in find_quantities_in(text, QuantitySettings()) if q.kind == "period"]
    assert periods == ([surface] if surface else [])


@given(st.lists(st.sampled_from([
    "ISSN ", "1728-6239", "(", ")", "Smith, ", "2024", "[4, p. 25]", "p. ", "12", ", ",
    "050010", "\n", "  1. ", "doi:10.1234/ab", "www.x.org ", "+7 (727) 123-45-67",
    "13 Dostyk Ave.", "ZIP ", "12345", "2 pm", "10:30", "ISO 9001", "2024-01-02", "Vol. 3",
    "3(2)", ", 45-67", ".", "(2nd ed.)", " ", "Astana ", "–"]), max_size=14).map("".join))
@settings(max_examples=300, deadline=None)
def test_identifier_spans_are_the_alternation_s_matches(text: str) -> None:
    """One search per alternative finds what the 20-way alternation finds."""
    from pipeline.quantities.identifiers import IDENTIFIER
    expected = [(m.start(), m.end(), m.lastgroup) for m in IDENTIFIER.finditer(text)]
    assert identifier_spans(text) == expected
