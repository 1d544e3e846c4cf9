"""Each failure kind of issue 14 on a PDF the test makes (fpdf2): sideways pages both
ways, ruled tables with wrapped cells, glyphs drawn twice, a caption or sentence above
the table, a table over two pages, columns set close together, a table in one column of
a two-column page."""

from __future__ import annotations

import logging

import pytest

from pipeline import Config
from pipeline.document import Table
from pipeline.ingest import read_document
from pipeline.tables import TableSettings, find_tables
from pipeline.tables.pdf_words import pdf_pages

from .pdf_cases import (
    BODY,
    HEADER,
    LABELLED_BODY,
    RAIN_BODY,
    RAIN_HEADER,
    WIDE_BODY,
    WIDE_HEADER,
    side_by_side_pdf,
    table_pdf,
    tight_totals_pdf,
    totals_pdf,
    two_column_pdf,
    two_page_pdf,
    wrapped_pdf,
)

pytest.importorskip("fpdf", reason="fpdf2 is in the 'test' extra")


def _fpdf_page():
    import fpdf

    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    return pdf


def _tables(data: bytes, **settings) -> list[Table]:
    doc = read_document("case.pdf", data, "case", Config().ingest)
    doc.text, doc.pages = doc.raw_text, doc.raw_pages
    return find_tables(doc, TableSettings(**settings))["tables"]


def _grid(table: Table) -> list[list[str]]:
    return [list(r) for r in table.header_rows] + [[c.text for c in r] for r in table.rows]


def _one(data: bytes, **settings) -> Table:
    found = _tables(data, **settings)
    assert len(found) == 1, [_grid(t) for t in found]
    return found[0]


@pytest.mark.issue(14)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("angle,page_rotate,direction", [
    (90, 0, 90),      # drawn running up the page (turned anticlockwise)
    (-90, 0, 270),    # drawn running down the page (turned clockwise)
    (0, 90, 270),     # upright text on a page shown turned clockwise by /Rotate 90
    (0, 270, 90),     # ... and anticlockwise by /Rotate 270
], ids=["text-up", "text-down", "rotate-90", "rotate-270"])
def test_rotated_page_table_read_in_its_frame(angle, page_rotate, direction, ruled):
    table = _one(table_pdf(ruled=ruled, angle=angle, page_rotate=page_rotate))
    assert table.header_rows == [HEADER]
    assert [[c.text for c in r] for r in table.rows] == BODY
    assert table.rotation == direction
    assert [c.kind for c in table.columns] == ["text", "number", "number", "number"]


@pytest.mark.issue(14)
def test_rotated_page_reports_rotation_and_direction():
    (page,) = pdf_pages(table_pdf(page_rotate=90))
    assert (page.rotation, page.direction) == (90, 270)
    # shown landscape, text running down; its reading frame is the portrait page it was
    # drawn on
    assert (round(page.width), round(page.height)) == (595, 842)


@pytest.mark.issue(14)
def test_ruled_table_wrapped_cells_stay_one_cell():
    table = _one(wrapped_pdf())
    assert table.extractor == "tables.pdf.lattice"
    assert table.header_rows == [["Programme", "Budget", "Spent"]]
    assert [c.text for c in table.rows[0]] == ["Rural water supply and sanitation works",
                                                "4,500", "3,980"]
    assert [r[0].text for r in table.rows] == [
        "Rural water supply and sanitation works", "Roads",
        "Teacher training in the northern districts", "Clinics"]
    assert table.rows[2][1].value == 2100.0


@pytest.mark.issue(14)
def test_ruled_table_is_one_table_with_its_header_columns():
    table = _one(table_pdf(ruled=True))
    assert table.extractor == "tables.pdf.lattice"
    assert len(table.columns) == 4 and table.header_rows == [HEADER]


@pytest.mark.issue(14)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_doubled_glyphs_are_read_once(ruled):
    table = _one(table_pdf(ruled=ruled, twice=True))
    assert _grid(table) == [HEADER] + BODY
    (page,) = pdf_pages(table_pdf(ruled=ruled, twice=True))
    assert page.duplicates == sum(len("".join(r)) for r in [HEADER] + BODY)


@pytest.mark.issue(14)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("caption", [
    ["Table 4: Deliveries by region", "(in tonnes)"],
    ["Deliveries by region", "(in tonnes)"],
    ["The deliveries grew in every region but the west, where the depot closed."],
], ids=["numbered", "title-and-unit", "sentence"])
def test_caption_above_table_is_kept_out_of_header(caption, ruled):
    table = _one(table_pdf(ruled=ruled, caption=caption))
    assert table.caption == " ".join(caption)
    assert table.header_rows == [HEADER]
    assert [[c.text for c in r] for r in table.rows] == BODY


@pytest.mark.issue(14)
def test_negative_no_caption_when_nothing_above():
    assert _one(table_pdf(ruled=False)).caption is None


@pytest.mark.issue(14)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_table_across_two_pages_is_stitched(ruled, caplog):
    with caplog.at_level(logging.INFO, logger="pipeline.tables"):
        table = _one(two_page_pdf(ruled=ruled))
    assert table.header_rows == [["District", "Households", "Connected", "Share"]]
    assert [r[0].text for r in table.rows] == [f"District {k + 1}" for k in range(60)]
    assert table.row_pages == [1] * 36 + [2] * 24
    assert table.continued == [{"page": 2, "header_rows_dropped": table.header_rows}]
    assert "continued on page 2" in caplog.text
    assert table.caption == "Water connections by district"


@pytest.mark.issue(14)
def test_negative_stitch_off_keeps_two_tables():
    found = _tables(two_page_pdf(ruled=True), stitch=False)
    assert [t.page for t in found] == [1, 2]
    assert found[1].header_rows == found[0].header_rows


@pytest.mark.issue(14)
def test_close_columns_read_as_separate_columns():
    header = ["Region", "C1", "C2", "C3"]
    table = _one(table_pdf(ruled=False, widths=[60, 30, 30, 30], header=header))
    assert table.header_rows == [header]
    assert [[c.text for c in r] for r in table.rows] == BODY


@pytest.mark.issue(14)
@pytest.mark.parametrize("offset", [0.0, 0.4], ids=["bold", "fake-bold"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_totals_row_stays_apart_from_the_next_row(ruled, offset):
    table = _one(totals_pdf(ruled=ruled, offset=offset))
    assert [[c.text for c in r] for r in table.rows][-2:] == [
        ["Total", "11,062.1", "100.0"], ["Memo: imports", "467.9", "4.2"]]
    assert table.row_kinds == ["data", "data", "total", "data"]
    assert table.rows[2][1].value == 11062.1


@pytest.mark.issue(14)
@pytest.mark.parametrize("bold", [True, False], ids=["bold", "regular"])
def test_decimal_parts_set_apart_stay_in_their_figures(bold):
    # the issue's "11,062 .6 467 .9": decimal parts drawn apart, the totals row close
    # above a row with an empty cell, and the two rows taken for one wrapped row
    table = _one(tight_totals_pdf(gap=2.0, bold=bold))
    assert [[c.text for c in r] for r in table.rows][3:] == [
        ["Total", "11,062.6", "100.0"], ["Memo: imports", "467.9", ""],
        ["Stocks", "1,210.0", "9.9"]]
    assert table.rows[3][1].value == 11062.6
    assert [c.kind for c in table.columns] == ["text", "number", "number"]


@pytest.mark.issue(14)
@pytest.mark.parametrize("bold,rule", [(True, False), (False, True)], ids=["bold", "rule"])
def test_totals_row_close_above_a_label_row_stays_apart(bold, rule):
    table = _one(tight_totals_pdf(bold=bold, rule=rule, next_row=("Memo items",)))
    assert [r[0].text for r in table.rows] == ["Grain", "Oil", "Pulses", "Total",
                                               "Memo items", "Stocks"]
    assert table.row_kinds[3] == "total"


@pytest.mark.issue(14)
def test_negative_wrapped_bold_label_around_its_figures_stays_one_row():
    # a centred row: its bold label wraps over two lines, its figures sit between them
    pdf = _fpdf_page()
    for top, label, value in ((200, "Cases", "217"), (214, "Defendants", ""), (221, "", "287"),
                              (228, "Sentenced", ""), (242, "Appeals", "45"),
                              (256, "Courts", "12")):
        pdf.set_font("Helvetica", "B" if label in ("Defendants", "Sentenced") else "", 10)
        pdf.text(83, top, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(277 - pdf.get_string_width(value), top, value)
    table = _one(bytes(pdf.output()))
    assert [[c.text for c in r] for r in table.rows] == [
        ["Cases", "217"], ["Defendants Sentenced", "287"], ["Appeals", "45"], ["Courts", "12"]]


@pytest.mark.issue(14)
def test_side_by_side_tables_with_rules_stay_apart():
    found = sorted(_tables(side_by_side_pdf()), key=lambda t: t.rows[0][0].text)
    assert [t.header_rows for t in found] == [[["Herd", "Head", "Milk"]],
                                              [["Crop", "Area", "Yield"]]]
    assert [r[0].text for r in found[1].rows] == ["Wheat", "Barley", "Oats"]
    assert [c.text for c in found[0].rows[1]] == ["Sheep", "18,400", "0.3"]


@pytest.mark.issue(14)
def test_unruled_table_in_one_column_of_a_two_column_page():
    table = _one(two_column_pdf("in-column"))
    assert table.header_rows == [RAIN_HEADER]
    assert [[c.text for c in r] for r in table.rows] == RAIN_BODY
    assert [c.kind for c in table.columns] == ["text", "number", "number"]


@pytest.mark.issue(14)
def test_negative_no_column_table_when_columns_are_off():
    assert _tables(two_column_pdf("in-column"), columns=False) == []


@pytest.mark.issue(14)
@pytest.mark.parametrize("layout,header,body", [
    ("wide", WIDE_HEADER, WIDE_BODY),
    ("wide-labels", ["Programme", "Budget", "Spent"], LABELLED_BODY),
], ids=["short-labels", "labels-like-text"])
def test_full_width_table_on_a_two_column_page_stays_one_table(layout, header, body):
    # its first column gap lies on the page's gutter: the gap runs through table rows
    # only, not through the prose above and below; labels as long as lines of text start
    # and end with the table, where a column's text runs on past it
    table = _one(two_column_pdf(layout))
    assert table.header_rows == [header]
    assert [[c.text for c in r] for r in table.rows] == body
