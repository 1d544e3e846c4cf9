"""Document helpers: ``plain`` gives what ``dataclasses.asdict`` gives; ``section_at``
gives what a scan of the paragraphs in order gives."""

from __future__ import annotations

import dataclasses
from collections import namedtuple

from hypothesis import given
from hypothesis import strategies as st

from pipeline.document import Cell, Column, Document, Paragraph, Table, as_record, plain

Point = namedtuple("Point", "x y")


def _table() -> Table:
    return Table("t-1", "Trade, USD bn", None, 2, [["Year", "Trade"]],
                 [Column("Year", kind="year"), Column("Trade", "USD", 1e9, "money")],
                 [[Cell("2019", 2019.0, "year"), Cell("68.4", 68.4, "money")]], 10, 40,
                 row_kinds=["body"], continued=[{"page": 3, "rows": [1, 2]}])


def test_plain_is_asdict() -> None:
    table = _table()
    assert plain(table) == dataclasses.asdict(table)
    assert as_record(table, doc_id="d") == {"doc_id": "d", **dataclasses.asdict(table)}


def test_plain_copies_containers_and_keeps_their_types() -> None:
    value = {"a": [Point(1, 2), (3, [4])], "b": {"c": _table()}}
    made = plain(value)
    assert made == value | {"b": {"c": dataclasses.asdict(_table())}}
    assert type(made["a"][0]) is Point and type(made["a"][1]) is tuple
    assert made["a"] is not value["a"]


def _scan(doc: Document, pos: int) -> str:
    """The section as the linear scan before the bisect found it."""
    return next((p.section for p in doc.paragraphs if p.start <= pos < p.end), "body")


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from("abc")),
                max_size=8),
       st.integers(-2, 80))
def test_section_at_is_the_first_paragraph_holding_the_offset(spans, pos) -> None:
    doc = Document.from_text("x" * 80)
    doc.paragraphs = [Paragraph(s, s + n, section=name) for s, n, name in spans]
    assert doc.section_at(pos) == _scan(doc, pos)


def test_section_at_follows_new_paragraphs() -> None:
    doc = Document.from_text("Intro. Body.")
    doc.paragraphs = [Paragraph(0, 6, section="intro")]
    assert doc.section_at(2) == "intro"
    doc.paragraphs = [Paragraph(0, 6, section="abstract")]
    assert doc.section_at(2) == "abstract"
    doc.paragraphs.append(Paragraph(7, 12, section="results"))
    assert doc.section_at(8) == "results"


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 9), st.sampled_from("abc")),
                max_size=10),
       st.integers(-2, 150))
def test_section_at_on_paragraphs_in_order(gaps, pos) -> None:
    doc = Document.from_text("x" * 150)
    start, paras = 0, []
    for gap, length, name in gaps:  # in order, none overlapping: the bisect path
        paras.append(Paragraph(start + gap, start + gap + length, section=name))
        start += gap + length
    doc.paragraphs = paras
    assert doc.section_at(pos) == _scan(doc, pos)
