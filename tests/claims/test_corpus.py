"""The corpus-wide checks on disk give what the in-memory checks give, and hold one group."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.claims.conflicts import cross_document_conflicts
from pipeline.claims.corpus import CorpusClaims
from pipeline.claims.facts import group_facts
from pipeline.document import as_record

PERIODS = [{"start": "2023-01-01", "end": "2023-12-31", "text": "2023"},
           {"start": "2024-01-01", "end": "2024-12-31", "text": "2024"},
           {"start": "2024-01-01", "end": "2024-12-31", "text": "2024", "inferred": True},
           None]


@st.composite
def claims(draw) -> list[dict]:
    """Claims over a few documents, subjects (some Cyrillic, some missing), metrics,
    periods and values close enough to overlap or not."""
    found = []
    for i in range(draw(st.integers(0, 40))):
        value = draw(st.sampled_from([30.0, 30.2, 9.0, 25.0, None]))
        half = draw(st.sampled_from([0.5, 0.05]))
        found.append({
            "claim_id": f"c{i:03d}", "doc_id": draw(st.sampled_from(["d1", "d2", "d3"])),
            "subject": draw(st.sampled_from(["China", "Қазақстан", "Россия"])),
            "subject_id": draw(st.sampled_from(["Q148", "local:қазақстан", "", None])),
            "counterpart_id": draw(st.sampled_from([None, "Q232"])),
            "metric": draw(st.sampled_from(["trade_growth", "gdp_share"])),
            "period": draw(st.sampled_from(PERIODS)), "unit": "percent",
            "value_kind": "change_pct", "modality": draw(st.sampled_from(["actual", "target"])),
            "value": value, "lower": None if value is None else value - half,
            "upper": None if value is None else value + half})
    return found


@settings(max_examples=60, deadline=None)
@given(claims())
def test_on_disk_checks_equal_the_in_memory_ones(tmp_path_factory, found):
    folder = tmp_path_factory.mktemp("store")
    findings, status = cross_document_conflicts(found)
    facts, fact_of = group_facts(found)
    with CorpusClaims(folder) as store:
        store.add(found)
        assert store.conflicts() == (findings, status)
        assert list(store.facts()) == [as_record(f) for f in facts]
        assert dict(store) == fact_of
        assert all(store.get(c["claim_id"]) == fact_of[c["claim_id"]] for c in found)
    assert list(folder.iterdir()) == []  # the file is gone when the store closes


def test_a_store_holds_its_claims_in_its_file_not_in_memory(tmp_path):
    """Two documents disagreeing on one figure, among many claims that agree."""
    many = [{"claim_id": f"c{i:05d}", "doc_id": f"d{i % 50}", "subject": "China",
             "subject_id": "Q148", "metric": "trade_growth", "unit": "percent",
             "period": {"start": f"{1900 + i % 120}-01-01", "end": f"{1900 + i % 120}-12-31"},
             "value": 30.0 + (i % 120), "lower": 29.5 + (i % 120), "upper": 30.5 + (i % 120)}
            for i in range(6000)]
    many.append({**many[0], "claim_id": "odd", "doc_id": "d-other", "value": 9.0,
                 "lower": 8.5, "upper": 9.5})
    with CorpusClaims(tmp_path) as store:
        store.add(iter(many))
        del many
        findings, status = store.conflicts()
        facts = list(store.facts())
        assert store.path.stat().st_size > 500_000  # the claims are in the file
        assert [f.kind for f in findings] == ["conflict_across_documents"]
        assert status["odd"] == "disputed"
        assert len(facts) == 121 and len(store) == 6001
