"""Tables in plain text: tab-separated blocks with a caption above and a source below."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Cell, Table, stable_id
from .cells import column_from_header, parse_cell, type_column
from .settings import TableSettings

_CAPTION = regex.compile(r"^\s*(?:#+\s*)?\**\s*(?:Table|TABLE|Tab\.)\s*\d+", regex.M)
_SOURCE = regex.compile(r"^\s*\**\s*(?:Source|Sources|Note|Notes|Footnote)\b", regex.I)
_TOTAL = regex.compile(r"^\s*(?:total|all|sum|overall)\b", regex.I)


@dataclass
class Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.rstrip("\t ").split("\t")]


def find_text_tables(text: str, doc_id: str, settings: TableSettings) -> list[Table]:
    """Tab-separated runs of lines, with caption and source note attached."""
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i].text.strip("\t ") and len(_cells(lines[i].text)) < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j].text:
            j += 1
        block = [ln for ln in lines[i:j] if len([c for c in _cells(ln.text) if c]) >= 2]
        if len(block) >= settings.min_rows:
            table = _build(text, lines, i, j, block, doc_id, settings)
            if table is not None:
                tables.append(table)
        i = max(j, i + 1)
    return tables


def _build(text: str, lines: list[Line], i: int, j: int, block: list[Line], doc_id: str,
           settings: TableSettings) -> Table | None:
    rows = [_cells(ln.text) for ln in block]
    width = max(len(r) for r in rows)
    if width < settings.min_cols:
        return None
    rows = [r + [""] * (width - len(r)) for r in rows]
    header_rows, body = [rows[0]], rows[1:]
    # a second header line (units under names) has an empty first cell and no numbers
    while body and not body[0][0] and all(parse_cell(c).kind in ("text", "missing")
                                          for c in body[0]):
        header_rows.append(body.pop(0))
    header = [" ".join(h[c] for h in header_rows if h[c]).strip() for c in range(width)]
    caption = None
    for k in range(i - 1, max(-1, i - 1 - settings.caption_lookback), -1):
        if _CAPTION.match(lines[k].text):
            caption = " ".join(ln.text.strip() for ln in lines[k:i] if ln.text.strip())
            caption = regex.sub(r"[*#]+", "", caption).strip()
            break
    source_note = None
    for k in range(j, min(len(lines), j + 3)):
        if _SOURCE.match(lines[k].text):
            source_note = lines[k].text.strip().strip("*").strip()
            break
        if lines[k].text.strip():
            break
    typed_rows = [[parse_cell(c) for c in r] for r in body]
    columns = [type_column(column_from_header(h), [r[c] for r in typed_rows])
               for c, h in enumerate(header)]
    row_kinds = ["total" if _TOTAL.match(r[0]) else "data" for r in body]
    start, end = block[0].start, block[-1].end
    table_id = stable_id("t", doc_id, start, end)
    return Table(table_id, caption, source_note, None, header_rows, columns,
                 [[Cell(c.text.strip(), c.value, c.kind, c.note) for c in r] for r in typed_rows],
                 start, end, row_kinds, "tables.text")
