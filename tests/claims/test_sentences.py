"""Sentence claims on real sentences of the corpus, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import read_jsonl, run_on_files

pytestmark = pytest.mark.slow

FILES = {
    # seed 000, abstract
    "china.txt": "China became Kazakhstan's largest trading partner with bilateral trade hitting "
                 "USD 31.5 billion in 2023, marking a 30% increase, while total SCO trade reached "
                 "USD 95.2 billion in 2024, representing 39% cumulative growth over six years.\n",
    # seed 000, section 4
    "target.txt": "The government's strategy to boost non-oil exports to USD 41 billion by 2025, "
                  "with a target share of 45.7% of total exports, shows promising progress "
                  "through enhanced cooperation with SCO partners in Kazakhstan.\n",
    # seed 002
    "quarter.txt": "Shanghai Cooperation Organization is an intergovernmental international "
                   "organization established in 2001. Today it is known as one of the largest "
                   "multilateral organizations that includes 9 Member States, 3 Observer States "
                   "and 14 Dialogue Partners, and account for a quarter of global GDP and more "
                   "than 15% of world trade [1].\n",
    # seed 000, conclusion
    "respectively.txt": "Trade with India and Iran showed remarkable growth rates of 62% and 113% "
                        "respectively over the analysis period.\n",
    # seed 000, references: no claims from a reference title
    "refs.txt": "The SCO grew.\n\nReferences\n\nAstana Times. (2024). Kazakhstan's non-oil exports "
                "reach USD 35.1 billion as nation diversifies. Retrieved from https://astanatimes"
                ".com/2024/03/exports\n",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    _, out = run_on_files(tmp_path_factory.mktemp("sentences"), FILES)
    by_doc: dict[str, list[dict]] = {}
    for c in read_jsonl(out / "claims.jsonl"):
        by_doc.setdefault(c["doc_id"], []).append(c)
    return by_doc


def _pick(claims, doc, value):
    return next(c for c in claims[doc] if c["value"] == pytest.approx(value))


def test_two_claims_from_one_clause_share_subject_and_period(claims):
    level = _pick(claims, "china", 31.5e9)
    growth = _pick(claims, "china", 30.0)
    assert (level["subject_id"], level["metric"], level["unit"]) == ("Q148", "trade_volume", "USD")
    assert level["counterpart_id"] == "Q232"
    assert (growth["subject_id"], growth["metric"], growth["value_kind"]) == (
        "Q148", "trade_growth", "change_pct")
    assert level["period"]["start"] == growth["period"]["start"] == "2023-01-01"
    assert growth["base_period"]["start"] == "2022-01-01" and growth["base_period"]["inferred"]
    assert (level["lower"], level["upper"]) == pytest.approx((31.45e9, 31.55e9))


def test_cumulative_growth_over_years(claims):
    total = _pick(claims, "china", 95.2e9)
    cumulative = _pick(claims, "china", 39.0)
    assert total["subject_id"] == cumulative["subject_id"] == "Q485207"
    assert cumulative["qualifier"] == "cumulative"
    assert cumulative["period"]["start"] == "2019-01-01"
    assert cumulative["base_period"]["start"] == "2019-01-01"


def test_targets_are_not_actuals(claims):
    target = _pick(claims, "target", 41e9)
    assert (target["modality"], target["metric"], target["period"]["end"]) == (
        "target", "exports", "2025-12-31")
    assert _pick(claims, "target", 45.7)["modality"] == "target"


def test_pronoun_subject_and_fraction_share(claims):
    quarter = _pick(claims, "quarter", 25.0)
    assert (quarter["subject_id"], quarter["metric"]) == ("Q485207", "gdp_share")
    members = _pick(claims, "quarter", 9.0)
    assert (members["subject_id"], members["metric"]) == ("Q485207", "count_state")


def test_respectively_pairs_values_with_names(claims):
    assert _pick(claims, "respectively", 62.0)["subject_id"] == "Q668"
    assert _pick(claims, "respectively", 113.0)["subject_id"] == "Q794"


def test_no_claims_from_references(claims):
    assert not [c for c in claims.get("refs", []) if c["value"] == pytest.approx(35.1e9)]


def test_evidence_quotes_the_value(claims):
    for doc_claims in claims.values():
        for c in doc_claims:
            ev = c["evidence"]
            if ev["kind"] == "sentence":
                assert ev["text"][ev["value_start"] - ev["start"]:ev["value_end"] - ev["start"]] \
                    == ev["quote"]["exact"]
