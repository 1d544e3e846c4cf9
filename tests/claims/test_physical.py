"""Physical claims compare by their SI value: the same length in other units is no conflict."""

from __future__ import annotations

import pytest

from pipeline.claims.conflicts import cross_document_conflicts
from pipeline.quantities.units import to_si
from tests.conftest import read_jsonl, run_on_files

# sentences written for this test: the same railway in three units, and a canal given two
# different lengths
FILES = {
    "km.txt": "In 2023 Kazakhstan completed a railway line of 1,200 km across the steppe.\n",
    "thousand.txt": "In 2023 Kazakhstan completed a railway line of 1.2 thousand kilometres "
                    "across the steppe.\n",
    "metres.txt": "In 2023 Kazakhstan completed a railway line of 1,200,000 metres across the "
                  "steppe.\n",
    "canal_a.txt": "In 2022 China finished a canal of 300 km along the coast.\n",
    "canal_b.txt": "In 2022 China finished a canal of 450 km along the coast.\n",
}


@pytest.mark.slow
def test_physical_claims_conflict_only_when_the_si_values_differ(tmp_path):
    _, out = run_on_files(tmp_path, FILES)
    claims = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    lengths = {c["doc_id"]: c for c in claims.values() if c["metric"] == "length"}
    assert {d: (c["si_value"], c["si_unit"]) for d, c in lengths.items()} == {
        "km": (1200000.0, "meter"), "thousand": (1200000.0, "meter"),
        "metres": (1200000.0, "meter"), "canal_a": (300000.0, "meter"),
        "canal_b": (450000.0, "meter")}
    assert lengths["metres"]["unit"] == "meter" and lengths["km"]["unit"] == "kilometer"
    conflicts = [f for f in read_jsonl(out / "findings.jsonl")
                 if f["kind"] == "conflict_across_documents"]
    involved = {claims[i]["doc_id"] for f in conflicts for i in f["claim_ids"]}
    assert involved == {"canal_a", "canal_b"}


def _claim(claim_id: str, doc_id: str, value: float, unit: str, half: float) -> dict:
    si_value, si_unit = to_si(value, unit)
    return {"claim_id": claim_id, "doc_id": doc_id, "subject_id": "Q232", "subject": "X",
            "metric": "length", "period": {"start": "2023-01-01", "end": "2023-12-31"},
            "unit": unit, "value": value, "lower": value - half, "upper": value + half,
            "si_value": si_value, "si_unit": si_unit}


def test_physical_claims_in_other_units_are_one_value():
    same = [_claim("a", "d1", 1200.0, "kilometer", 0.5),
            _claim("b", "d2", 1.2, "megameter", 0.05)]
    assert cross_document_conflicts(same)[0] == []


def test_physical_claims_of_different_lengths_conflict():
    other = [_claim("a", "d1", 1200.0, "kilometer", 0.5),
             _claim("b", "d2", 1500000.0, "meter", 0.5)]
    findings, status = cross_document_conflicts(other)
    assert [f.kind for f in findings] == ["conflict_across_documents"]
    assert findings[0].expected in (1200000.0, 1500000.0) and status == {
        "a": "disputed", "b": "disputed"}


def test_physical_claims_of_different_dimensions_never_meet():
    length = _claim("a", "d1", 1200.0, "kilometer", 0.5)
    mass = {**_claim("b", "d2", 5.0, "metric_ton", 0.5), "metric": "length"}
    assert cross_document_conflicts([length, mass])[0] == []
