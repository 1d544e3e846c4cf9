"""A laid-out grid (header lines and body rows of raw texts) turned into a typed Table."""

from __future__ import annotations

import regex

from ..document import Cell, Table, stable_id
from .cells import column_from_header, parse_cell, type_column

_TOTAL = regex.compile(r"^\s*(?:grand\s+)?(?:total|all|sum|overall)\b", regex.I)


def logical_header(header_rows: list[list[str]], width: int) -> list[str]:
    """One name per column: the header lines' texts stacked, a spanning label carried
    over the columns it spans.

    >>> logical_header([["Year", "Total SCO Trade"], ["", "(USD billions)"]], 2)
    ['Year', 'Total SCO Trade (USD billions)']
    >>> logical_header([["", "Total", "", "Public"], ["Year", "PK-12", "PK-8", "PK-12"]], 4)
    ['Year', 'Total PK-12', 'Total PK-8', 'Public PK-12']
    """
    names = []
    for col in range(width):
        parts = []
        for k, row in enumerate(header_rows):
            text = row[col] if col < len(row) else ""
            if not text and k + 1 < len(header_rows) and col > 0:
                # a spanning label above: carry it over while the row above stays empty
                back = col
                while back > 0 and not (row[back] if back < len(row) else ""):
                    back -= 1
                text = row[back] if back > 0 and back < len(row) else ""
            if text:
                parts.append(text)
        names.append(" ".join(parts).strip())
    return names


def make_table(header_rows: list[list[str]], body: list[list[str]], *, doc_id: str,
               caption: str | None, source_note: str | None, page: int | None,
               start: int, end: int, extractor: str) -> Table:
    """Type the columns and cells of a laid-out table; mark totals rows."""
    width = max([len(r) for r in header_rows + body] or [0])
    header_rows = [r + [""] * (width - len(r)) for r in header_rows]
    body = [r + [""] * (width - len(r)) for r in body]
    typed = [[parse_cell(c) for c in row] for row in body]
    columns = [type_column(column_from_header(name, caption), [r[c] for r in typed])
               for c, name in enumerate(logical_header(header_rows, width))]
    row_kinds = ["total" if row and _TOTAL.match(row[0]) else "data" for row in body]
    table_id = stable_id("t", doc_id, page, start, end, header_rows, body)
    cells = [[Cell(c.text.strip(), c.value, c.kind, c.note) for c in r] for r in typed]
    return Table(table_id, caption, source_note, page, header_rows, columns, cells, start, end,
                 row_kinds, extractor, row_pages=[page] * len(cells) if page else [])
