"""Tables: reconstructed from PDF pages and from text, with typed columns and cells."""

from __future__ import annotations

from ..document import Document
from ..registry import Output, stage
from .pdf_tables import find_pdf_tables
from .settings import TableSettings
from .text_tables import find_spaced_tables, find_text_tables

__all__ = ["TableSettings", "find_pdf_tables", "find_tables", "find_text_tables"]


@stage("tables", requires=("text",), assigns=("tables",),
       outputs={"tables": Output("tables", ("start", "table_id"))})
def find_tables(doc: Document, settings: TableSettings) -> dict:
    """Tables of a PDF's pages (pdfplumber), or of the cleaned text for other formats.

    >>> doc = Document.from_text("Year\\tTrade\\n2019\\t68.4\\n2020\\t61.2\\n")
    >>> [[c.value for c in row] for row in find_tables(doc, TableSettings())["tables"][0].rows]
    [[2019.0, 68.4], [2020.0, 61.2]]
    """
    if doc.format == "pdf" and doc.source_bytes and settings.pdf:
        return {"tables": find_pdf_tables(doc, settings)}
    tables = find_text_tables(doc.text, doc.doc_id, settings)
    tables += find_spaced_tables(doc.text, doc.doc_id, settings)
    tables.sort(key=lambda t: t.start)
    for table in tables:
        table.page = doc.page_at(table.start)
    return {"tables": tables}
