"""Tables continued on the next page stitched into one.

A table that ends low on a page and a table that starts high on the next page, with the
same number of columns, no caption of its own (or the same caption label, ``Table 3
(continued)``), and either no header or the first one's header repeated, are one table:
the second's body is appended, its repeated header rows dropped, and each stitch is
logged, in the record (``continued``: the page and the header rows dropped) and on the
``pipeline.tables`` logger.
"""

from __future__ import annotations

import logging

import regex

from ..document import Table
from .build import make_table

log = logging.getLogger("pipeline.tables")

_LABEL = regex.compile(r"^\s*(?:Table|TABLE|Tab\.)\s*([\dIVXA-Z]+(?:[.-]\d+)?)")
#: a table ending below this share of its page's height may go on, one starting above
#: ``1 - BOTTOM`` may be a continuation
BOTTOM = 0.5


def _norm(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(c.split()).casefold() for c in r] for r in rows]


def _label(caption: str | None) -> str | None:
    """``Table 3 (continued)`` -> ``3``.

    >>> _label("Table 3 (continued)"), _label("Population by age"), _label(None)
    ('3', None, None)
    """
    match = _LABEL.match(caption or "")
    return match.group(1) if match else None


def continues(first: Table, second: Table) -> bool:
    """Whether ``second`` (first table of its page) goes on with ``first`` (last table of
    the page before)."""
    if first.page is None or second.page != first.page + 1:
        return False
    if len(first.columns) != len(second.columns) or not first.rows or not second.rows:
        return False
    if second.caption and (_label(second.caption) is None
                           or _label(second.caption) != _label(first.caption)):
        return False
    if second.header_rows and _norm(second.header_rows) != _norm(first.header_rows):
        return False
    kinds = [(a.kind, b.kind) for a, b in zip(first.columns, second.columns)]
    same = sum(1 for a, b in kinds if a == b or "missing" in (a, b))
    return same >= 0.6 * len(kinds)


def stitch(first: Table, second: Table, doc_id: str) -> Table:
    """``first`` with ``second``'s body appended and ``second``'s header dropped."""
    body = [[c.text for c in r] for r in first.rows + second.rows]
    table = make_table(first.header_rows, body, doc_id=doc_id, caption=first.caption,
                       source_note=second.source_note or first.source_note, page=first.page,
                       start=first.start, end=max(first.end, second.end),
                       extractor=first.extractor)
    table.rotation = first.rotation
    table.row_pages = first.row_pages + second.row_pages
    table.continued = first.continued + [{"page": second.page,
                                          "header_rows_dropped": second.header_rows}]
    log.info("table %s continued on page %s (%d rows; %d repeated header rows dropped)",
             first.table_id, second.page, len(second.rows), len(second.header_rows))
    return table


def stitch_tables(tables: list[Table], positions: list[tuple[float, float, int]],
                  doc_id: str) -> list[Table]:
    """Tables in page order with continued ones stitched; ``positions`` gives each
    table's top and bottom as shares of its page's height, and its page number."""
    out: list[Table] = []
    bottom = 0.0
    for k, (table, (top, end, page)) in enumerate(zip(tables, positions)):
        first_on_page = k > 0 and positions[k - 1][2] != page
        if first_on_page and bottom >= BOTTOM and top <= 1 - BOTTOM and continues(
                out[-1], table):
            out[-1] = stitch(out[-1], table, doc_id)
        else:
            out.append(table)
        bottom = end
    return out
