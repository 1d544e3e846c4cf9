"""The tables stage reads the page layouts ingest kept exactly as it reads the PDF anew."""

from __future__ import annotations

import pytest

from pipeline.ingest.pdf import KEEP_LAYOUT_PAGES, read_pdf
from pipeline.tables.pdf_words import pdf_pages

from .pdf_cases import table_pdf, two_page_pdf, wrapped_pdf

pytest.importorskip("fpdf", reason="fpdf2 is in the 'test' extra")


@pytest.mark.parametrize("data", [
    table_pdf(), table_pdf(angle=90), table_pdf(page_rotate=90), table_pdf(twice=True),
    two_page_pdf(ruled=True), wrapped_pdf(),
], ids=["ruled", "turned", "rotated-page", "drawn-twice", "two-pages", "wrapped"])
def test_kept_layouts_give_the_same_page_objects(data: bytes) -> None:
    layouts = read_pdf(data, "t.pdf").layouts
    assert layouts is not None and KEEP_LAYOUT_PAGES >= len(layouts) > 0
    assert list(pdf_pages(data, layouts)) == list(pdf_pages(data))


def test_a_long_pdf_keeps_no_layouts() -> None:
    from tests.pdfs import make_pdf

    data = make_pdf([[f"Page {n}."] for n in range(KEEP_LAYOUT_PAGES + 1)])
    read = read_pdf(data, "long.pdf")
    assert read.layouts is None and len(read.pages) == KEEP_LAYOUT_PAGES + 1
