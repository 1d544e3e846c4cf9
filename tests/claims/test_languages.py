"""A figure said in English, Russian and Kazakh is one fact; a different one is a conflict.

Each corpus here is three documents of sentences written for these tests, run through the
whole pipeline (clean, parse, entities, quantities, claims and the cross-document checks).
"""

from __future__ import annotations

import pytest

from tests.conftest import read_jsonl, run_on_files

pytestmark = pytest.mark.slow

ENGLISH = ("Kazakhstan and China\n\nIn 2023, trade between Kazakhstan and China reached "
           "USD 41 billion, the ministry said.\n")
RUSSIAN = ("Казахстан и Китай\n\nТоварооборот между Казахстаном и Китаем в 2023 году "
           "составил {} млрд долларов США, сообщило министерство.\n")
KAZAKH = ("Қазақстан және Қытай\n\n2023 жылы Қазақстан мен Қытай арасындағы сауда айналымы "
          "{} млрд АҚШ долларын құрады.\n")


def _run(tmp_path, russian: str, kazakh: str):
    files = {"en.txt": ENGLISH, "ru.txt": RUSSIAN.format(russian),
             "kk.txt": KAZAKH.format(kazakh)}
    _, out = run_on_files(tmp_path, files)
    claims = [c for c in read_jsonl(out / "claims.jsonl") if c["metric"] == "trade_volume"]
    return claims, read_jsonl(out / "facts.jsonl"), read_jsonl(out / "findings.jsonl")


def test_the_same_trade_figure_in_three_languages_is_one_fact(tmp_path):
    claims, facts, findings = _run(tmp_path, "41", "41")
    assert sorted(c["doc_id"] for c in claims) == ["en", "kk", "ru"]
    for claim in claims:
        assert (claim["subject_id"], claim["counterpart_id"]) == ("Q232", "Q148")
        assert (claim["value"], claim["unit"], claim["period"]["start"]) == (
            41e9, "USD", "2023-01-01")
    assert len({c["fact_id"] for c in claims}) == 1
    [fact] = [f for f in facts if f["fact_id"] == claims[0]["fact_id"]]
    assert fact["doc_ids"] == ["en", "kk", "ru"] and fact["mentions"] == 3
    assert not [f for f in findings if f["kind"] == "conflict_across_documents"]


def test_a_different_figure_in_russian_is_a_conflict(tmp_path):
    claims, _, findings = _run(tmp_path, "38", "41")
    conflicts = [f for f in findings if f["kind"] == "conflict_across_documents"]
    assert len(conflicts) == 1
    by_doc = {c["doc_id"]: c for c in claims}
    assert by_doc["ru"]["claim_id"] in conflicts[0]["claim_ids"]
    assert by_doc["ru"]["value"] == 38e9
    assert by_doc["en"]["fact_id"] == by_doc["kk"]["fact_id"] != by_doc["ru"]["fact_id"]
