"""Claims: normalized claim records, and the checks that write ``findings.jsonl``."""

from __future__ import annotations

from ..document import Document
from ..registry import stage
from .build import sentence_claims, table_claims
from .checks import cross_document_conflicts, read_claims
from .settings import ClaimSettings

__all__ = ["ClaimSettings", "find_claims", "cross_document_conflicts", "read_claims"]


@stage("claims", requires=("sentences", "entities", "quantities", "tables"), assigns=("claims",))
def find_claims(doc: Document, settings: ClaimSettings) -> dict:
    """Claims from the document's sentences and table cells."""
    claims = sentence_claims(doc, settings) + table_claims(doc, settings)
    claims.sort(key=lambda c: (c.evidence.get("start", -1), c.evidence.get("table_id", ""),
                               c.evidence.get("row", -1), c.evidence.get("col", -1),
                               c.evidence.get("value_start", -1), c.claim_id))
    return {"claims": claims}
