"""The seed corpus's text tables come out cell for cell (issue 6), from real snippets."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.tables import TableSettings, find_tables

from ..conftest import CORPUS


def _tables(stem: str):
    path = next(CORPUS.glob(f"{stem}_*.txt"))
    return find_tables(Document.from_text(path.read_text(encoding="utf-8")),
                       TableSettings())["tables"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("stem,index,caption,first_row,n_rows", [
    ("000", 0, "Table 1: SCO Summit", ["Security Cooperation", "6", "2024-2027", "890", "100%",
                                        "Very High", "9.2"], 7),
    ("000", 1, "Table 2: Kazakhstan's Institutional", [
        "Enhanced Dialogue Formats", "Expanded engagement mechanisms", "Fully Operational",
        "100%", "9.1", "45", "8.9"], 6),
    ("000", 2, "Table 3: Kazakhstan's Trade", ["2019", "68.4", "24.7", "21.8", "890", "345",
                                               "-"], 6),
    ("000", 3, "Table 4: Sectoral", ["Energy and Mining", "41.2", "43.3%", "8.7%", "23", "45.8",
                                     "8.9"], 7),
    ("000", 4, "Table 5: SCO Security", ["Counterterrorism", "8", "100%", "9.2", "456", "34%",
                                         "8.9"], 6),
    ("002", 0, "Table 1 2022 E-Government", ["Kazakhstan", "28"], 8),
])
def test_text_tables_seed_cells(stem, index, caption, first_row, n_rows):
    table = _tables(stem)[index]
    assert table.caption.startswith(caption)
    assert [c.text for c in table.rows[0]] == first_row
    assert len(table.rows) == n_rows


@pytest.mark.parametrize("index,row,expected", [
    (0, 3, "Environmental Protection"),        # markup stripped
    (1, 5, "Emergency Response System"),       # label wrapped over three lines
])
def test_text_tables_seed_000_cell_repairs(index, row, expected):
    assert _tables("000")[index].rows[row][0].text == expected


def test_text_tables_junk_lines_are_not_rows():
    table = _tables("000")[4]
    assert table.header_rows[0][0] == "Security Domain"
    assert "oo our" not in (_tables("000")[0].caption or "")


def test_text_tables_seed_table3_typed_columns():
    columns = _tables("000")[2].columns
    assert [(c.unit, c.scale) for c in columns[1:4]] == [("USD", 1e9)] * 3
    assert [(c.unit, c.scale) for c in columns[4:6]] == [("USD", 1e6)] * 2
    assert columns[6].unit == "percent"
    assert columns[0].kind == "year"


def test_text_tables_totals_row_marked():
    assert _tables("000")[0].row_kinds[-1] == "total"


@pytest.mark.parametrize("text", [
    "Plain prose with no table.\nAnother line.\n",
    "Table 1 is discussed below\nbut nothing follows.\n",
])
def test_text_tables_negatives(text):
    assert find_tables(Document.from_text(text), TableSettings())["tables"] == []
