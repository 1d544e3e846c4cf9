"""Where records are on the page: the ``page`` and ``bbox`` the output layer adds to the
records of a PDF, so that no stage needs to know about geometry.

Every box comes from :meth:`Document.boxes`: a clean span mapped through the offset map to
the raw characters, whose pdfplumber chars (or Tesseract words) give the box.
"""

from __future__ import annotations

from typing import Any

import regex

from ..document import Document, Table


def span_place(doc: Document, start: int, end: int) -> dict[str, Any]:
    """Where a span is drawn: ``page`` (of its start), ``bbox`` (``[x0, top, x1, bottom]`` of
    its characters on that page, PDF points; None for text without pages) and, for a span
    over more than one page, ``boxes`` (``[{page, bbox}]``, one per page)."""
    page = doc.page_at(start)
    boxes = doc.boxes(start, end)
    if page is None and boxes:  # a span starting in the break between two pages
        page = boxes[0][0]
    place: dict[str, Any] = {"page": page,
                             "bbox": next((box for number, box in boxes if number == page), None)}
    if len(boxes) > 1:
        place["boxes"] = [{"page": number, "bbox": box} for number, box in boxes]
    return place


def boxed(doc: Document, span: dict) -> dict:
    """A nested span (a claim's evidence) with its ``page`` and ``bbox``, and ``X_bbox`` for
    each ``X_start``/``X_end`` pair in it (the value inside the sentence)."""
    out = dict(span)
    if isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        out.update(span_place(doc, span["start"], span["end"]))
    for key, value in span.items():
        stem = key[:-len("_start")]
        if key.endswith("_start") and isinstance(value, int) \
                and isinstance(span.get(f"{stem}_end"), int):
            place = span_place(doc, value, span[f"{stem}_end"])
            out[f"{stem}_bbox"] = place["bbox"]
    return out


def page_errors(doc: Document) -> list[dict[str, Any]]:
    """One ``errors.jsonl`` line per page that was left out (a scan without Tesseract)."""
    return [{"path": doc.path, "stage": "ingest", "error": "PageSkipped", "page": p.number,
             "message": f"page {p.number}: {p.skipped}"} for p in doc.pages if p.skipped]


def boxed_table(doc: Document, table: Table, record: dict) -> dict:
    """A PDF table's record with a ``bbox`` for the table and for each cell found: each
    body cell's ``bbox``, and ``header_bboxes`` for the header cells (one box or null per
    text of ``header_rows``, same shape).

    A cell knows its text, not its offsets, so its words are matched to the words of the
    table's extent of the text: header lines first, then body rows, each cell word taking
    the first word of the same text not taken yet (a cell wrapped over two lines has its
    last words on the next line, after the rest of its row). The cell's box is the union of
    its words' boxes; an empty cell, or one with a word not found (text a repair changed),
    has a null box. Tables of text without pages are left as they are.
    """
    if doc.raw_boxes is None or table.page is None or table.end <= table.start:
        return record
    words = [(m.group(), m.start(), m.end())
             for m in regex.finditer(r"\S+", doc.text, pos=table.start, endpos=table.end)]
    taken = [False] * len(words)
    found: list[list[float]] = []

    def place(cell_text: str) -> list[float] | None:
        picked = []
        for word in cell_text.split():
            at = next((i for i, (w, _, _) in enumerate(words) if not taken[i] and w == word),
                      None)
            if at is None:
                return None
            picked.append(at)
        boxes = [b for i in picked for page, b in doc.boxes(words[i][1], words[i][2])
                 if page == table.page]
        if not picked or not boxes:
            return None
        for i in picked:
            taken[i] = True
        box = _union(boxes)
        found.append(box)
        return box

    header = [[place(cell_text) for cell_text in line] for line in table.header_rows]
    rows = [[{**cell, "bbox": place(cell["text"])} for cell in row] for row in record["rows"]]
    return {**record, "rows": rows, "header_bboxes": header,
            "bbox": _union(found) if found else None}


def _union(boxes: list[list[float]]) -> list[float]:
    """The smallest box holding all of ``boxes``.

    >>> _union([[1, 2, 3, 4], [0, 3, 2, 5]])
    [0, 2, 3, 5]
    """
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)]
