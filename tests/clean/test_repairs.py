"""Each repair on real snippets of the seed corpus (tests/cases/clean.jsonl), negatives
included; one line per new case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import CleanSettings, clean_text
from pipeline.clean.repairs import REPAIRS, bind_repairs
from pipeline.offsets import apply_edits

CASES = Path(__file__).resolve().parents[1] / "cases" / "clean.jsonl"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def repair(name: str, text: str):
    """The edits of the repair ``name`` with the default settings bound."""
    ((_, bound),) = bind_repairs([name], CleanSettings())
    return bound(text)


def load_cases(expect: str | None = None) -> list[dict]:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return [c for c in cases if expect is None or c["expect"] == expect]


@pytest.mark.parametrize("case", load_cases("equal"), ids=lambda c: c["id"])
def test_repair_gives_expected_text(case):
    text = case["text"]
    edits = repair(case["repair"], text)
    assert apply_edits(text, edits).text == case["expected"]


@pytest.mark.parametrize("case", load_cases("contains"), ids=lambda c: c["id"])
def test_repair_output_contains(case):
    text = case["text"]
    edits = repair(case["repair"], text)
    assert case["expected"] in apply_edits(text, edits).text


@pytest.mark.issue(4)
def test_unwrap_keeps_table_rows_of_seed_002():
    raw = (CORPUS / "002_2d0bb8e4adc2bd80.txt").read_text(encoding="utf-8")
    text = clean_text(raw).text
    for row in ("\nKazakhstan 28\n", "\nUzbekistan 69\n", "\nCountry Rank\n"):
        assert row in text
    assert "[4, p. 25]" in text and "ranking 28th in the UN" in text


@pytest.mark.issue(4)
def test_tab_lines_of_seed_000_untouched():
    raw = (CORPUS / "000_56ef3faa7d8af6f0.txt").read_text(encoding="utf-8")
    text = clean_text(raw).text
    tab_lines = [line for line in raw.splitlines() if "\t" in line and "militarino" not in line]
    kept = set(text.splitlines())
    # stray <b> tags are the only change allowed inside table rows
    assert all(line.replace("<b>", "").replace("</b>", "") in kept for line in tab_lines)


@pytest.mark.issue(4)
def test_seed_001_menu_and_repeat_removed():
    raw = (CORPUS / "001_2f1515beea5c2232.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    assert "\nTurkmen\n" not in result.text
    assert result.text.count("Utkir Alimov, UzA") == 1
    assert {"navigation", "repeated_block"} <= {r.kind for r in result.repairs}


def test_every_repair_is_registered_and_in_default_order():
    assert set(CleanSettings().repairs) <= set(REPAIRS)
