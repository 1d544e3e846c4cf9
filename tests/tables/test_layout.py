"""Segments and grids from word boxes, as pdfplumber's extract_words gives them."""

from __future__ import annotations

import pytest

from pipeline.tables.grid import build_grid
from pipeline.tables.layout import page_lines


def _words(rows: list[list[tuple[str, float]]]) -> list[dict]:
    return [{"text": t, "x0": x, "x1": x + 6 * len(t), "top": 12 * k, "bottom": 12 * k + 9}
            for k, row in enumerate(rows) for t, x in row]


@pytest.mark.parametrize("rows,body", [
    # us-017-like: a year stub and figures
    ([[("Year", 40), ("Total", 120), ("Public", 200)],
      [("1996", 40), ("51,544", 120), ("45,611", 200)],
      [("1997", 40), ("52,071", 120), ("46,127", 200)]],
     [["1996", "51,544", "45,611"], ["1997", "52,071", "46,127"]]),
])
def test_layout_grid_from_aligned_words(rows, body):
    grid = build_grid(page_lines(_words(rows), 0.75, 4.0))
    assert grid.body == body
    assert grid.header == [["Year", "Total", "Public"]]


def test_layout_prose_line_is_one_segment():
    words = _words([[("A", 70), ("facility", 80), ("has", 132), ("to", 156)]])
    assert len(page_lines(words, 0.75, 4.0)[0].segments) == 1


def test_layout_ruled_rows_join_wrapped_cells():
    # eu-009a-like: evenly spaced lines of wrapped text; only the rulings tell the rows
    rows = [[("Category", 40), ("Description", 120), ("Code", 300)],
            [("1", 40), ("Involvement at", 120), ("1a", 300)],
            [("the beginning", 120)],
            [("2", 40), ("Involvement during", 120), ("2a", 300)],
            [("the study", 120)]]
    rules = [(10.5, 30, 400), (34.5, 30, 400), (58.5, 30, 400)]
    grid = build_grid(page_lines(_words(rows), 0.75, 4.0), rules)
    assert grid.body == [["1", "Involvement at the beginning", "1a"],
                         ["2", "Involvement during the study", "2a"]]
    unruled = build_grid(page_lines(_words(rows), 0.75, 4.0))
    assert len(unruled.body) >= 2
