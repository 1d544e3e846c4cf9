"""Claims: normalized claim records from sentences and tables, and the checks that
write ``findings.jsonl`` (within a document here; across documents in
:func:`cross_document_conflicts`, which the runner runs after the map through
:class:`CorpusClaims`, on disk)."""

from __future__ import annotations

from ..document import Document, plain
from ..registry import Output, stage
from .arithmetic import table_arithmetic
from .conflicts import cross_document_conflicts, read_claims
from .consistency import text_vs_tables
from .corpus import CorpusClaims
from .facts import group_facts, name_facts
from .flat import flat_claims
from .sentences import sentence_claims
from .settings import ClaimSettings
from .subjects import SentenceIndex
from .tables import table_claims

__all__ = ["ClaimSettings", "CorpusClaims", "find_claims", "cross_document_conflicts",
           "read_claims", "group_facts", "name_facts"]


@stage("claims", requires=("sentences", "entities", "quantities", "tables", "nlp_docs"),
       assigns=("claims", "findings", "facts"),
       outputs={"claims": Output("claims", boxed=("evidence",)),
                "findings": Output("findings", with_doc_id=False),
                "facts": Output("facts", sort_by=("fact_id",), with_doc_id=False)})
def find_claims(doc: Document, settings: ClaimSettings) -> dict:
    """Claims from the document's sentences and table cells, grouped into the facts they
    state and checked against each other.

    A sentence a table contradicts is ``disputed`` and the cells it was checked
    against ``preferred``; claims are never dropped. The facts are this document's; a run
    regroups them across documents (:func:`pipeline.api.extract_corpus`).
    """
    claims = sentence_claims(doc, settings) + flat_claims(doc, settings, SentenceIndex(doc))
    claims += table_claims(doc)
    facts, fact_of = group_facts({**plain(c), "doc_id": doc.doc_id} for c in claims)
    for claim in claims:
        claim.fact_id = fact_of[claim.claim_id]
    findings = text_vs_tables(claims)
    for table in doc.tables:
        findings.extend(table_arithmetic(table, claims))
    by_id = {c.claim_id: c for c in claims}
    for finding in findings:
        finding.fact_ids = sorted({fact_of[c] for c in finding.claim_ids})
        if finding.kind == "text_contradicts_table":
            for claim_id in finding.claim_ids:
                claim = by_id[claim_id]
                if claim.evidence.get("kind") == "sentence":
                    claim.status = "disputed"
                elif claim.status == "normal":
                    claim.status = "preferred"
    claims.sort(key=lambda c: (c.evidence.get("start", -1), c.evidence.get("table_id", ""),
                               c.evidence.get("row", -1), c.evidence.get("col", -1),
                               c.evidence.get("value_start", -1), c.claim_id))
    findings.sort(key=lambda f: (f.kind, f.finding_id))
    return {"claims": claims, "findings": findings, "facts": facts}
