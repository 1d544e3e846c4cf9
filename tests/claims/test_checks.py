"""Checks: table arithmetic, text against table, conflicts across documents."""

from __future__ import annotations

import pytest

from pipeline.claims.arithmetic import table_arithmetic
from pipeline.claims.conflicts import cross_document_conflicts
from pipeline.claims.consistency import text_vs_tables
from pipeline.claims.periods import year_period
from pipeline.claims.tables import table_claims
from pipeline.document import Claim, Document, Entity
from pipeline.tables import TableSettings
from pipeline.tables.text_tables import find_text_tables

# seed 000, Table 3 as it is written in the corpus
TABLE_3 = """Table 3: Kazakhstan-SCO Trade Volume (2019-2024)
Year\tTotal SCO Trade\tChina Trade\tRussia Trade\tIndia Trade\tIran Trade\tAnnual Growth
\t(USD billions)\t(USD billions)\t(USD billions)\t(USD millions)\t(USD millions)\tRate
2019\t68.4\t24.7\t21.8\t890\t345\t-
2020\t61.2\t22.3\t19.6\t756\t298\t-10.5%
2021\t72.8\t26.1\t23.4\t934\t412\t18.9%
2022\t81.3\t28.9\t27.0\t1,156\t523\t11.7%
2023\t89.7\t31.5\t26.0\t1,287\t678\t10.3%
2024\t95.2\t33.0\t28.1\t1,445\t734\t6.1%
"""
# seed 000, Table 1 (totals row: sums and averages)
TABLE_1 = """Table 1: SCO Summit Achievements Under Kazakhstan's Chairmanship (July 2024)
Achievement Category\tNumber of Documents\tImplementation Timeline\t\
Budget Allocation (USD millions)\tMember Consensus\tPriority Level\tGlobal Impact Score
Security Cooperation\t6\t2024-2027\t890\t100%\tVery High\t9.2
Economic Integration\t7\t2024-2030\t2,340\t100%\tVery High\t9.5
Energy Cooperation\t3\t2024-2028\t1,560\t100%\tHigh\t8.8
Environmental Protection\t2\t2024-2026\t445\t95%\tMedium\t7.6
Cultural Exchange\t4\t2024-2025\t167\t100%\tMedium\t7.3
Digital Cooperation\t3\t2024-2026\t223\t90%\tHigh\t8.1
Total\t25\tVarious\t5,625\t97.5%\t-\t8.4
"""
# seed 000, Table 4 (shares of total trade)
TABLE_4 = """Table 4: Sectoral Trade Distribution
Economic Sector\tTrade Volume (USD billions)\tShare of Total Trade\tGrowth Rate (2023-2024)
Energy and Mining\t41.2\t43.3%\t8.7%
Agriculture and Food\t12.4\t13.0%\t15.6%
Manufacturing\t15.7\t16.5%\t12.3%
Transportation and Logistics\t9.8\t10.3%\t18.4%
Information Technology\t3.4\t3.6%\t24.7%
Financial Services\t2.9\t3.0%\t11.2%
Other Services\t9.8\t10.3%\t9.8%
"""


def _doc(text: str) -> Document:
    doc = Document.from_text(text, doc_id="000")
    doc.tables = find_text_tables(text, "000", TableSettings())
    for name, qid in (("China", "Q148"), ("SCO", "Q485207"), ("Kazakhstan", "Q232")):
        pos = text.find(name)
        if pos >= 0:
            doc.entities.append(Entity(pos, pos + len(name), name, "GPE", name, qid))
    return doc


@pytest.mark.parametrize("table", [TABLE_3, TABLE_1, TABLE_4], ids=["table3", "table1", "table4"])
def test_table_arithmetic_consistent_tables_raise_nothing(table):
    doc = _doc(table)
    claims = table_claims(doc)
    assert claims
    assert [f.message for t in doc.tables for f in table_arithmetic(t, claims)] == []


@pytest.mark.parametrize(
    "table, before, after, kind",
    [
        (TABLE_1, "Total\t25\t", "Total\t27\t", "arithmetic_total"),
        (TABLE_4, "\t43.3%\t", "\t53.3%\t", "arithmetic_shares"),
        (TABLE_3, "\t10.3%", "\t30.0%", "arithmetic_growth"),
    ],
)
def test_table_arithmetic_finds_a_changed_cell(table, before, after, kind):
    doc = _doc(table.replace(before, after))
    claims = table_claims(doc)
    findings = [f for t in doc.tables for f in table_arithmetic(t, claims)]
    assert [f.kind for f in findings] == [kind]
    assert findings[0].claim_ids and findings[0].derivation


def test_table_claims_type_seed_table_3():
    claims = table_claims(_doc(TABLE_3))
    china_2023 = next(c for c in claims
                      if c.subject == "China" and c.period["start"] == "2023-01-01")
    assert (china_2023.value, china_2023.unit, china_2023.metric) == (31.5e9, "USD", "trade_volume")
    assert (china_2023.lower, china_2023.upper) == pytest.approx((31.45e9, 31.55e9))
    india = next(c for c in claims if c.evidence["col_header"] == "India Trade")
    assert india.scale == 1e6


def _sentence_claim(value, metric, year, subject_id="Q148", kind="change_pct", half=0.5,
                    base=None):
    return Claim(claim_id=f"s-{value}", subject="China", subject_id=subject_id, metric=metric,
                 value=value, unit="percent" if kind == "change_pct" else "USD",
                 period=year_period(year), qualifier=None,
                 evidence={"kind": "sentence", "start": 0, "end": 10, "text": "x"},
                 extractor="t", confidence=0.9, lower=value - half, upper=value + half,
                 value_kind=kind, base_period=base or year_period(year - 1))


def test_text_vs_table_growth_the_table_implies():
    cells = table_claims(_doc(TABLE_3))
    wrong = _sentence_claim(30.0, "trade_growth", 2023)  # seed 000: "marking a 30% increase"
    right = _sentence_claim(9.0, "trade_growth", 2023)
    findings = text_vs_tables(cells + [wrong, right])
    assert [f.claim_ids[0] for f in findings] == ["s-30.0"]
    assert findings[0].derivation == "(31.5-28.9)/28.9*100"
    assert findings[0].severity == "gross"
    assert findings[0].tolerance[0] < 9.0 < findings[0].tolerance[1]


def test_text_vs_table_levels():
    cells = table_claims(_doc(TABLE_3))
    same = _sentence_claim(31.5e9, "trade_volume", 2023, kind="level", half=0.05e9)
    other = _sentence_claim(33.0e9, "trade_volume", 2019, kind="level", half=0.05e9)
    findings = text_vs_tables(cells + [same, other])
    assert [f.found for f in findings] == [33.0e9]


def _claim(cid, doc, metric, value, lower, upper, unit="percent", period=None, **extra):
    return {"claim_id": cid, "doc_id": doc, "subject": "SCO", "subject_id": "Q485207",
            "metric": metric, "period": period, "unit": unit, "value": value, "lower": lower,
            "upper": upper, "modality": "actual", **extra}


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # "more than 60 percent of Eurasia" (003) and "80% of the Eurasian landmass" (000)
        (_claim("a", "003", "territory_share", 60, 60, None, qualifier="of eurasia",
                value_kind="share"),
         _claim("b", "000", "territory_share", 80, 79.5, 80.5, qualifier="of eurasia",
                value_kind="share"), False),
        # "a quarter of global GDP" (002) and "36% of world GDP" (000)
        (_claim("a", "002", "gdp_share", 25, 24.5, 25.5, qualifier="of world gdp",
                value_kind="share"),
         _claim("b", "000", "gdp_share", 36, 35.5, 36.5, qualifier="of world gdp",
                value_kind="share"), True),
        # "25 documents were signed" (004) and "60 new strategic documents" developed (004/003)
        (_claim("a", "003", "count_document", 25, 24.5, 25.5, unit="document",
                value_kind="count", predicate="sign"),
         _claim("b", "004", "count_document", 60, 59.5, 60.5, unit="document",
                value_kind="count", predicate="develop"), False),
        # shares of different wholes never conflict
        (_claim("a", "000", "territory_share", 24, 23.5, 24.5, qualifier="of world territory",
                value_kind="share"),
         _claim("b", "003", "territory_share", 60, 60, None, qualifier="of eurasia",
                value_kind="share"), False),
    ],
    ids=["over-60-vs-80", "quarter-vs-36", "signed-vs-developed", "different-wholes"],
)
def test_cross_document_conflicts(a, b, conflict):
    findings, status = cross_document_conflicts([a, b])
    assert bool(findings) is conflict
    if conflict:
        assert set(status.values()) == {"disputed"}
        assert "cannot all hold" in findings[0].message


def test_conflicts_rank_the_majority_preferred():
    claims = [_claim(c, d, "gdp_share", v, v - 0.5, v + 0.5, qualifier="of world gdp",
                     value_kind="share") for c, d, v in
              (("a", "d1", 36), ("b", "d2", 36), ("c", "d3", 25))]
    _, status = cross_document_conflicts(claims)
    assert status == {"a": "preferred", "b": "preferred", "c": "disputed"}
