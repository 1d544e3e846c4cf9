"""Facts: claims that state the same thing are one fact, and a repeated figure one finding."""

from __future__ import annotations

import random

import pytest

from pipeline.claims.facts import fact_key, group_facts
from pipeline.io.schemas import validator
from tests.conftest import read_jsonl, run_on_files

YEAR_2023 = {"start": "2023-01-01", "end": "2023-12-31", "granularity": "year", "text": "2023"}


def _claim(claim_id: str, value: float, half: float = 0.5, doc_id: str = "d1", **extra) -> dict:
    base = {"claim_id": claim_id, "doc_id": doc_id, "subject": "China", "subject_id": "Q148",
            "counterpart": "Kazakhstan", "counterpart_id": "Q232", "metric": "trade_growth",
            "unit": "percent", "value_kind": "change_pct", "modality": "actual",
            "period": YEAR_2023, "value": value, "lower": value - half, "upper": value + half}
    return {**base, **extra}


def test_facts_group_a_repeated_figure_across_documents():
    facts, fact_of = group_facts([_claim("a", 30.0), _claim("b", 30.0),
                                  _claim("c", 30.0, doc_id="d2")])
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.claim_ids, fact.doc_ids, fact.mentions, fact.display) == \
        (["a", "b", "c"], ["d1", "d2"], 3, "30%")
    assert set(fact_of.values()) == {fact.fact_id}


@pytest.mark.parametrize("other", [
    _claim("x", 9.0),                                                # beyond rounding
    _claim("x", 30.0, period={**YEAR_2023, "start": "2022-01-01", "end": "2022-12-31"}),
    _claim("x", 30.0, modality="target"),
    _claim("x", 30.0, counterpart=None, counterpart_id=None),
    _claim("x", 30.0, metric="export_growth"),
], ids=["value", "period", "modality", "counterpart", "metric"])
def test_facts_keep_different_statements_apart(other):
    facts, fact_of = group_facts([_claim("a", 30.0), other])
    assert len(facts) == 2 and fact_of["a"] != fact_of["x"]


def test_facts_join_values_within_written_precision():
    # "30%" stands for 29.5..30.5, so "30.2%" and "about 30%" state the same fact
    facts, _ = group_facts([_claim("a", 30.0), _claim("b", 30.2, half=0.05),
                            _claim("c", 30.0, half=1.5, approx="about")])
    assert [f.mentions for f in facts] == [3]


def test_facts_compare_physical_values_in_si():
    km = {"metric": "length", "unit": "kilometer", "si_unit": "meter", "value_kind": "level",
          "period": None}
    facts, _ = group_facts([_claim("a", 1200.0, **km),
                            _claim("b", 1_200_000.0, half=500.0, **{**km, "unit": "meter"})])
    assert len(facts) == 1 and facts[0].display == "1,200 km"


def test_facts_vague_claims_stay_in_their_document():
    vague = {"period": {**YEAR_2023, "inferred": True}}
    facts, _ = group_facts([_claim("a", 30.0, **vague), _claim("b", 30.0, **vague),
                            _claim("c", 30.0, doc_id="d2", **vague)])
    assert sorted(f.mentions for f in facts) == [1, 2]
    assert fact_key(_claim("a", 30.0, **vague)) != fact_key(_claim("c", 30.0, doc_id="d2",
                                                                   **vague))


def test_facts_ids_do_not_depend_on_claim_order():
    claims = [_claim(str(i), v, doc_id=f"d{i % 3}") for i, v in
              enumerate([30.0, 30.0, 9.0, 30.2, 12.0, 9.0, 30.0])]
    expected = group_facts(claims)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert group_facts(shuffled) == expected


DOC_A = """Kazakhstan and China: a note on trade

Abstract

Trade between China and Kazakhstan rose by 30% in 2023 compared to 2022, according to the \
customs data.

Results

Table 1: China trade (2021-2023)
Year\tChina Trade (USD billions)
2021\t26.1
2022\t28.9
2023\t31.5

The customs figures show that trade between China and Kazakhstan rose by 30% in 2023 \
compared to 2022. Our estimate repeats it: trade between China and Kazakhstan rose by 30% in \
2023 compared to 2022.
"""
DOC_B = """Notes on Central Asian trade

Trade between China and Kazakhstan rose by 30% in 2023 compared to 2022.
"""


@pytest.fixture(scope="module")
def facts_run(tmp_path_factory):
    return run_on_files(tmp_path_factory.mktemp("facts"), {"a.txt": DOC_A, "b.txt": DOC_B})


@pytest.mark.issue(17)
def test_facts_repeated_figure_is_one_finding(facts_run):
    _, out = facts_run
    findings = [f for f in read_jsonl(out / "findings.jsonl")
                if f["kind"] == "text_contradicts_table"]
    claims = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    assert len(findings) == 1
    finding = findings[0]
    sentences = [c for c in finding["claim_ids"] if claims[c]["evidence"]["kind"] == "sentence"]
    assert len(sentences) == 3 and "30% (3 mentions)" in finding["message"]
    assert finding["fact_ids"] == sorted({claims[c]["fact_id"] for c in finding["claim_ids"]})
    assert all(claims[c]["status"] == "disputed" for c in sentences)


@pytest.mark.issue(17)
def test_facts_file_names_every_mention_across_documents(facts_run):
    _, out = facts_run
    facts = read_jsonl(out / "facts.jsonl")
    claims = read_jsonl(out / "claims.jsonl")
    check = validator("facts")
    for fact in facts:
        assert not list(check.iter_errors(fact))
    assert [f["fact_id"] for f in facts] == sorted(f["fact_id"] for f in facts)
    growth = [f for f in facts if f["metric"] == "trade_growth"]
    assert [(f["display"], f["mentions"], f["doc_ids"]) for f in growth] == \
        [("30%", 4, ["a", "b"])]
    # each claim is a mention of exactly the fact that names it
    named = {c: f["fact_id"] for f in facts for c in f["claim_ids"]}
    assert {c["claim_id"]: c["fact_id"] for c in claims} == named


def test_facts_are_byte_identical_across_runs(tmp_path, facts_run):
    _, out = facts_run
    _, again = run_on_files(tmp_path, {"a.txt": DOC_A, "b.txt": DOC_B}, force=True)
    for name in ("facts", "claims", "findings"):
        assert (again / f"{name}.jsonl").read_bytes() == (out / f"{name}.jsonl").read_bytes()


@pytest.mark.issue(17)
def test_facts_corpus_repeated_growth_is_one_finding(corpus_run):
    """Seed 000 repeats "a 30% increase" of China's trade in three sentences."""
    _, out = corpus_run
    said = [f for f in read_jsonl(out / "findings.jsonl")
            if f["kind"] == "text_contradicts_table" and "China trade growth 2023" in f["message"]]
    assert len(said) == 1 and "(3 mentions)" in said[0]["message"]


@pytest.mark.issue(17)
def test_facts_listings_write_values_for_people(facts_run):
    from rich.console import Console

    from pipeline.views import show_claims, show_findings

    _, out = facts_run
    console = Console(width=80, record=True, color_system=None)
    show_claims(out, console=console)
    listing = console.export_text()
    assert "USD 31.5 bn" in listing and "30%" in listing and "e+" not in listing
    growth_rows = [line for line in listing.splitlines() if "30%" in line]
    assert len(growth_rows) == 4 and all(" 4 " in line for line in growth_rows)
    console = Console(width=80, record=True, color_system=None)
    show_findings(out, console=console)
    said = console.export_text().replace("\n", " ")
    assert said.count("Text says China trade growth 2023") == 1
