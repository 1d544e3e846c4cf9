"""Tables: reconstructed from text (and PDFs), with typed columns and cells."""

from __future__ import annotations

from ..document import Document
from ..registry import stage
from .settings import TableSettings
from .text_tables import find_text_tables

__all__ = ["TableSettings", "find_tables", "find_text_tables"]


@stage("tables", requires=("text",), assigns=("tables",))
def find_tables(doc: Document, settings: TableSettings) -> dict:
    """Tables found in the cleaned text, each with its page where the document has pages."""
    tables = find_text_tables(doc.text, doc.doc_id, settings)
    for table in tables:
        table.page = doc.page_at(table.start)
    return {"tables": tables}
