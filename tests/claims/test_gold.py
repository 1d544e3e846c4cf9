"""Claim precision and recall on the hand-made gold set of the sample corpus."""

from __future__ import annotations

import orjson
import pytest

from pipeline.claims.evaluate import score_claims
from tests.conftest import ROOT, read_jsonl

pytestmark = pytest.mark.slow

GOLD = [orjson.loads(line) for line in (ROOT / "tests/gold/claims.jsonl").read_bytes().splitlines()]


def test_gold_claims_precision_and_recall(corpus_run):
    _, out = corpus_run
    texts = {d["doc_id"]: d["text"] for d in read_jsonl(out / "documents.jsonl")}
    score = score_claims(read_jsonl(out / "claims.jsonl"), texts, GOLD)
    missing = [g["context"] for g in GOLD if texts[g["doc_id"]].find(g["context"]) < 0]
    assert not missing, f"gold phrases not in the cleaned text: {missing}"
    report = (f"P={score.precision:.3f} R={score.recall:.3f} "
              f"({score.matched}/{score.predicted} predicted, {score.expected} expected)")
    assert score.recall >= 0.9, report
    assert score.precision >= 0.85, report


def test_corpus_findings_are_the_real_disagreements(corpus_run):
    _, out = corpus_run
    findings = read_jsonl(out / "findings.jsonl")
    kinds = {f["kind"] for f in findings}
    # seed 000 says China's trade grew 30% in 2023; its own Table 3 gives 28.9 -> 31.5
    text_table = [f for f in findings if f["kind"] == "text_contradicts_table"]
    assert text_table and all(f["derivation"] == "(31.5-28.9)/28.9*100" for f in text_table)
    assert all(f["severity"] == "gross" for f in text_table)
    # seed 000 gives the SCO 36% of world GDP, seed 002 "a quarter of global GDP"
    conflicts = [f for f in findings if f["kind"] == "conflict_across_documents"]
    assert any("gdp share" in f["message"] for f in conflicts)
    # the tables of the corpus add up: no arithmetic finding
    assert not {k for k in kinds if k.startswith("arithmetic")}
    claims = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    for f in findings:
        assert all(cid in claims for cid in f["claim_ids"])
    disputed = {claims[f["claim_ids"][0]]["status"] for f in text_table}
    assert disputed == {"disputed"}
