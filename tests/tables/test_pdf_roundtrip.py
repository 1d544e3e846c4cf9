"""Each seed text table, rendered as a PDF (ruled and unruled), comes back cell for cell
through the tables stage (issue 6, "Done when")."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Document, Table
from pipeline.ingest import read_document
from pipeline.tables import TableSettings, find_tables
from pipeline.tables.build import logical_header

from ..conftest import CORPUS

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is in the 'test' extra")

#: (seed stem, index of the table among the seed's text tables)
SEED_TABLES = [("000", 0), ("000", 1), ("000", 2), ("000", 3), ("000", 4), ("002", 0)]


def _seed_table(stem: str, index: int) -> Table:
    path = next(CORPUS.glob(f"{stem}_*.txt"))
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    return find_tables(doc, TableSettings())["tables"][index]


def _latin1(text: str) -> str:
    """The PDF core fonts are latin-1: dashes and quotes outside it in captions and notes
    (not cells) are set as their ASCII forms."""
    return text.translate(str.maketrans("—–‘’“”", "--''\"\"")).encode(
        "latin-1", "replace").decode("latin-1")


def render_pdf(table: Table, *, ruled: bool) -> bytes:
    """The table on a landscape page as a report would set it: caption above, header rows
    in bold, long labels wrapped inside their cells, the source note below."""
    pdf = fpdf.FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, _latin1(table.caption or ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=9)
    header = [list(r) for r in table.header_rows]
    body = [[c.text for c in row] for row in table.rows]
    width = 40 * len(header[0]) if len(header[0]) <= 3 else None
    with pdf.table(width=width, borders_layout="ALL" if ruled else "NONE",
                   num_heading_rows=len(header), line_height=4.5, padding=1.5,
                   text_align="LEFT", first_row_as_headings=True) as grid:
        for row in header + body:
            cells = grid.row()
            for text in row:
                cells.cell(text)
    if table.source_note:
        pdf.ln(3)
        pdf.multi_cell(0, 6, _latin1(table.source_note), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _pdf_tables(data: bytes) -> list[Table]:
    from pipeline import Config

    doc = read_document("seed.pdf", data, "seed", Config().ingest)
    doc.text, doc.pages = doc.raw_text, doc.raw_pages
    return find_tables(doc, TableSettings())["tables"]


def _names(table: Table) -> list[str]:
    width = len(table.header_rows[0]) if table.header_rows else 0
    return [" ".join(n.split()) for n in logical_header(table.header_rows, width)]


@pytest.mark.issue(6)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("stem,index", SEED_TABLES, ids=[f"{s}-t{i + 1}" for s, i in SEED_TABLES])
def test_pdf_roundtrip_seed_table_cells(stem, index, ruled):
    seed = _seed_table(stem, index)
    found = _pdf_tables(render_pdf(seed, ruled=ruled))
    assert len(found) == 1
    table = found[0]
    assert [[c.text for c in row] for row in table.rows] == [[c.text for c in row]
                                                            for row in seed.rows]
    assert _names(table) == _names(seed)
    assert table.page == 1


def test_pdf_roundtrip_renderer_keeps_text(tmp_path: Path):
    """The rendered page holds every seed cell (so a failure above is the finder's)."""
    seed = _seed_table("000", 2)
    data = render_pdf(seed, ruled=False)
    from pipeline import Config

    text = read_document("seed.pdf", data, "seed", Config().ingest).raw_text
    assert all(c.text in text for row in seed.rows for c in row)
