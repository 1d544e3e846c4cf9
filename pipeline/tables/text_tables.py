"""Tables in plain text: tab-separated blocks with a caption above and a source below."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Table
from .build import make_table
from .cells import parse_cell
from .settings import TableSettings

_CAPTION = regex.compile(r"^\s*(?:#+\s*)?\**\s*(?:Table|TABLE|Tab\.)\s*\d+", regex.M)
_SOURCE = regex.compile(r"^\s*\**\s*(?:Source|Sources|Note|Notes|Footnote)\b", regex.I)


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


_MARKUP = regex.compile(r"</?\w+[^>]*>|\*\*|__")


def _cells(line: str) -> list[str]:
    """A tab-separated line's cells, markup stripped.

    >>> _cells("<b>Environmental Protection</b>\\t2\\t445\\t")
    ['Environmental Protection', '2', '445']
    """
    return [_MARKUP.sub("", c).strip() for c in line.rstrip("\t ").split("\t")]


def _figures(row: list[str]) -> int:
    return sum(1 for c in row[1:] if parse_cell(c).kind in ("number", "percent", "year"))


def join_wrapped_rows(rows: list[list[str]]) -> tuple[list[list[str]], list[dict]]:
    """Rows whose cells wrap over several lines (seed 000 Table 2: ``Enhanced`` /
    ``Dialogue`` / ``Formats``): a line with two or more figures is a row's anchor; the
    line just above it and the lines after it up to the next anchor's top line join it.
    A second figure landing in one cell is kept out of the text and reported.

    >>> join_wrapped_rows([["Enhanced", "Expanded", "", ""], ["Dialogue", "engagement", "9.1",
    ...                    "45"], ["Formats", "mechanisms", "", ""]])[0]
    [['Enhanced Dialogue Formats', 'Expanded engagement mechanisms', '9.1', '45']]
    """
    anchors = [k for k, r in enumerate(rows) if _figures(r) >= 2]
    if len(anchors) < 1 or len(anchors) == len(rows):
        return rows, []
    owner: list[int] = []
    for k in range(len(rows)):
        nxt = next((a for a in anchors if a >= k), None)
        prev = next((a for a in reversed(anchors) if a <= k), None)
        if k in anchors:
            owner.append(k)
        elif nxt is not None and (nxt - k == 1 or prev is None):
            owner.append(nxt)
        else:
            # with no anchor at or before ``k`` the next one is the first
            owner.append(prev if prev is not None else anchors[0])
    out: dict[int, list[str]] = {}
    slid: list[dict] = []
    for k, row in enumerate(rows):
        target = out.setdefault(owner[k], [""] * len(row))
        for c, text in enumerate(row):
            if not text:
                continue
            if target[c] and parse_cell(text).kind != "text" and parse_cell(
                    target[c]).kind != "text":
                slid.append({"row": anchors.index(owner[k]), "col": c, "text": text})
                continue
            target[c] = f"{target[c]} {text}".strip()
    return [out[a] for a in sorted(out)], slid


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
    caption = None
    for k in range(i - 1, max(-1, i - 1 - settings.caption_lookback), -1):
        if _CAPTION.match(lines[k].text):
            caption = " ".join(ln.text.strip() for ln in lines[k:i]
                               if ln.text.strip() and "\t" not in ln.text)
            caption = regex.sub(r"[*#]+", "", caption).strip()
            break
    source_note = None
    for k in range(j, min(len(lines), j + 3)):
        if _SOURCE.match(lines[k].text):
            source_note = lines[k].text.strip().strip("*").strip()
            break
        if lines[k].text.strip():
            break
    body, slid = join_wrapped_rows(body)
    table = make_table(header_rows, body, doc_id=doc_id, caption=caption,
                       source_note=source_note, page=None, start=block[0].start,
                       end=block[-1].end, extractor="tables.text")
    for moved in slid:
        cell = table.rows[moved["row"]][moved["col"]]
        cell.note = f"also {moved['text']!r} on a wrapped line of this row"
    return table


_SPACED_ROW = regex.compile(r"^\s*(?P<label>\S.*?\S)\s+(?P<value>[-−–]?\d[\d,.]*%?|[-–—])\s*$")


def find_spaced_tables(text: str, doc_id: str, settings: TableSettings) -> list[Table]:
    """Two-column tables set with spaces under a caption (seed 002: ``Table 1`` on its own
    line, a title, ``Country Rank``, then ``Kazakhstan 28`` ..., blank lines between rows).

    >>> t = find_spaced_tables("Table 1\\nIndex\\nCountry Rank\\nKazakhstan 28\\n\\nChina 43\\n"
    ...                        "Footnote — by author\\n", "d", TableSettings())[0]
    >>> t.caption, t.header_rows, [[c.value for c in r] for r in t.rows], t.source_note
    ('Table 1 Index', [['Country', 'Rank']], [[None, 28.0], [None, 43.0]], 'Footnote — by author')
    """
    lines = _lines(text)
    tables = []
    for k, line in enumerate(lines):
        if not _CAPTION.match(line.text) or "\t" in line.text:
            continue
        first = next((m for m in range(k + 1, min(len(lines), k + 6))
                      if _SPACED_ROW.match(lines[m].text)), None)
        if first is None or first - k < 2 or any("\t" in ln.text for ln in lines[k:first]):
            continue
        head = lines[first - 1].text.split()
        if len(head) < 2:
            continue
        rows, last, m = [], first, first
        while m < len(lines) and (not lines[m].text.strip() or _SPACED_ROW.match(lines[m].text)):
            found = _SPACED_ROW.match(lines[m].text)
            if found:
                rows.append([found.group("label").strip(), found.group("value")])
                last = m
            m += 1
        if len(rows) + 1 < settings.min_rows:
            continue
        caption = " ".join(ln.text.strip() for ln in lines[k:first - 1] if ln.text.strip())
        note = next((ln.text.strip() for ln in lines[last + 1:last + 3]
                     if _SOURCE.match(ln.text)), None)
        header = [" ".join(head[:-1]), head[-1]]
        tables.append(make_table([header], rows, doc_id=doc_id, caption=caption,
                                 source_note=note, page=None, start=lines[first - 1].start,
                                 end=lines[last].end, extractor="tables.text"))
    return tables
