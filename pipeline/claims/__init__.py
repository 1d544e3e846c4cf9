"""Claims: normalized claim records from sentences and tables, and the checks that
write ``findings.jsonl`` (within a document here; across documents in
:func:`cross_document_conflicts`, which the runner calls after the map)."""

from __future__ import annotations

from ..document import Document
from ..registry import Output, stage
from .arithmetic import table_arithmetic
from .conflicts import cross_document_conflicts, read_claims
from .consistency import text_vs_tables
from .sentences import sentence_claims
from .settings import ClaimSettings
from .tables import table_claims

__all__ = ["ClaimSettings", "find_claims", "cross_document_conflicts", "read_claims"]


@stage("claims", requires=("sentences", "entities", "quantities", "tables", "nlp_docs"),
       assigns=("claims", "findings"),
       outputs={"claims": Output("claims", boxed=("evidence",)),
                "findings": Output("findings", with_doc_id=False)})
def find_claims(doc: Document, settings: ClaimSettings) -> dict:
    """Claims from the document's sentences and table cells, checked against each other.

    A sentence a table contradicts is ``disputed`` and the cells it was checked
    against ``preferred``; claims are never dropped.
    """
    claims = sentence_claims(doc, settings) + table_claims(doc)
    findings = text_vs_tables(claims)
    for table in doc.tables:
        findings.extend(table_arithmetic(table, claims))
    by_id = {c.claim_id: c for c in claims}
    for finding in findings:
        if finding.kind == "text_contradicts_table":
            by_id[finding.claim_ids[0]].status = "disputed"
            for claim_id in finding.claim_ids[1:]:
                if by_id[claim_id].status == "normal":
                    by_id[claim_id].status = "preferred"
    claims.sort(key=lambda c: (c.evidence.get("start", -1), c.evidence.get("table_id", ""),
                               c.evidence.get("row", -1), c.evidence.get("col", -1),
                               c.evidence.get("value_start", -1), c.claim_id))
    findings.sort(key=lambda f: (f.kind, f.finding_id))
    return {"claims": claims, "findings": findings}
