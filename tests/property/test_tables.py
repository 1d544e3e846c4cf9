"""The text table finders on random multi-line text: no crash, every table's span inside
the text, and every cell's words found in that span (markup aside, cell by cell)."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from pipeline.tables.settings import TableSettings
from pipeline.tables.text_tables import find_spaced_tables, find_text_tables

from . import CHARS, TEXT, examples

SETTINGS = TableSettings()
#: what ``_cells`` strips from a cell
_MARKUP = regex.compile(r"</?\w+[^>]*>|\*\*|__")

_CELL = st.one_of(
    st.sampled_from(["Year", "Country", "Rank", "Trade", "Total", "Share (%)", "(USD billions)",
                     "Kazakhstan", "China", "Enhanced", "Dialogue", "Formats", "—", "-", "n/a",
                     "", " ", "<b>Total</b>", "**Exports**", "Қазақстан", "Ресей", "2019",
                     "2023", "12.5%", "$(9,819)", "2,340*", "−4.2", "1,234.5", "45", "9.1"]),
    st.integers(-10**6, 10**6).map(str), st.text(CHARS, max_size=6))
_ROW = st.lists(_CELL, min_size=1, max_size=5).map("\t".join).map(
    lambda r: r + "\t" if r.endswith("5") else r)
_LINE = st.one_of(_ROW, _ROW, _ROW, st.sampled_from([
    "Table 1", "Table 2: SCO trade (In millions)", "TABLE 3", "**Table 4** Trade", "# Table 5",
    "Source: author", "Note: estimates", "Footnote — by author", "", " ", "Country Rank",
    "Kazakhstan 28", "China 43", "Russia –", "Index", "Tab. 6 Budget"]), TEXT)
LINES = st.lists(_LINE, max_size=14).map("\n".join)


def _check(text: str, tables) -> None:
    for t in tables:
        assert 0 <= t.start <= t.end <= len(text), (t.start, t.end)
        # the span as written, and its cells with their markup stripped, as the
        # tab-separated finder reads them (the spaced one keeps markup)
        raw = text[t.start:t.end]
        span = raw + "\n" + "\n".join(_MARKUP.sub("", cell) for line in raw.split("\n")
                                       for cell in line.split("\t"))
        for row in t.header_rows + [[c.text for c in r] for r in t.rows]:
            for cell in row:
                for word in cell.split():
                    assert word in span, (word, span)
        assert all(len(r) == len(t.columns) for r in t.rows)


@examples(suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_text_tables_lie_in_the_text(text):
    tables = find_text_tables(text, "d", SETTINGS)
    _check(text, tables)
    starts = [t.start for t in tables]
    assert starts == sorted(starts)


@examples(suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_spaced_tables_lie_in_the_text(text):
    _check(text, find_spaced_tables(text, "d", SETTINGS))
