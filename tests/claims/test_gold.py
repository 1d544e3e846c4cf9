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
