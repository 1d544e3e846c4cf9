"""Table cells of a PDF, header and body, carry the box of their text (the output layer finds
each cell in the table's extent of the text, in reading order)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from pipeline.config import Config
from pipeline.io.schemas import validator
from tests.conftest import read_jsonl, run_on_files
from tests.ingest.test_pdf_boxes import _check_box
from tests.tables.test_pdf_roundtrip import SEED_TABLES, _seed_table, render_pdf

STAGES = {"stages": ["clean", "structure", "tables"]}


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("stem,index", SEED_TABLES[:3], ids=[f"{s}-t{i + 1}"
                                                          for s, i in SEED_TABLES[:3]])
def test_table_cells_carry_the_box_of_their_text(tmp_path, stem, index, ruled):
    data = render_pdf(_seed_table(stem, index), ruled=ruled)
    _, out = run_on_files(tmp_path, {"t.pdf": data}, Config().with_overrides(STAGES))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = {p.page_number: list(p.chars) for p in pdf.pages}
    tables = [t for t in read_jsonl(out / "tables.jsonl")
              if t["extractor"].startswith("tables.pdf")]
    assert tables
    for table in tables:
        validator("tables").validate(table)
        cells = [cell for row in table["rows"] for cell in row if cell["text"].strip()]
        boxed = [cell for cell in cells if cell["bbox"] is not None]
        assert len(boxed) >= 0.9 * len(cells), "most cells are found in the text"
        for cell in boxed:
            _check_box(chars, cell["text"], table["page"], cell["bbox"], f"cell {cell['text']!r}")
        x0, top, x1, bottom = table["bbox"]
        assert all(x0 <= c["bbox"][0] and c["bbox"][2] <= x1 and top <= c["bbox"][1]
                   and c["bbox"][3] <= bottom for c in boxed)
        heads = table["header_bboxes"]
        assert [len(line) for line in heads] == [len(line) for line in table["header_rows"]]
        named = [(text, box) for line, boxes in zip(table["header_rows"], heads)
                 for text, box in zip(line, boxes) if text.strip()]
        assert named and all(box is not None for _, box in named)
        assert all(box is None for line, boxes in zip(table["header_rows"], heads)
                   for text, box in zip(line, boxes) if not text.strip())
        for text, box in named:
            _check_box(chars, text, table["page"], box, f"header cell {text!r}")
            assert x0 <= box[0] and box[2] <= x1 and top <= box[1] and box[3] <= bottom
            # the header sits above the body
            assert box[3] <= min(c["bbox"][1] for c in boxed) + 0.5


def test_table_cells_of_text_documents_have_no_box(tmp_path):
    text = ("Table 1: Exports\n\nYear    Grain    Oil\n2021    10.5     3.2\n"
            "2022    11.0     3.9\n2023    12.4     4.1\n")
    _, out = run_on_files(tmp_path, {"t.txt": text}, Config().with_overrides(STAGES))
    tables = read_jsonl(out / "tables.jsonl")
    assert tables
    for table in tables:
        assert "bbox" not in table and "header_bboxes" not in table
        assert all("bbox" not in cell for row in table["rows"] for cell in row)
