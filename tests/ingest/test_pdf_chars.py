"""``layout_chars`` gives what pdfplumber's ``page.chars`` gives, for the keys it keeps."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from pipeline.ingest.pdf_chars import KEYS, layout_chars
from tests.pdfs import make_pdf
from tests.tables.pdf_cases import table_pdf, two_page_pdf


def _offset_media_box(data: bytes) -> bytes:
    """The same PDF with its media box moved off the origin (pdfplumber then shifts x)."""
    moved = re.sub(rb"/MediaBox\s*\[\s*0 0 ", b"/MediaBox [10 20 ", data)
    assert moved != data
    return moved


@pytest.mark.parametrize("data", [
    table_pdf(), table_pdf(angle=90), table_pdf(page_rotate=90), two_page_pdf(ruled=True),
    make_pdf([["Exports rose 4.8% in 2023.", "Imports fell."], ["Second page."]]),
    _offset_media_box(make_pdf([["Trade grew by 12 percent."]])),
], ids=["table", "turned", "rotated-page", "two-pages", "text", "offset-media-box"])
def test_layout_chars_match_pdfplumber(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            ours = layout_chars(page)
            theirs = [{k: c[k] for k in KEYS} for c in page.chars]
            assert ours and ours == theirs


def test_normalised_text_falls_back_to_pdfplumber() -> None:
    data = make_pdf([["Café finance"]])
    with pdfplumber.open(io.BytesIO(data), unicode_norm="NFKC") as pdf:
        page = pdf.pages[0]
        assert layout_chars(page) == [{k: c[k] for k in KEYS} for c in page.chars]
