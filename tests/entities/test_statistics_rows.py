"""A row of a statistics table is not a sports standings row: the city that heads a row of
numbers stays a place. The removed CoNLL-2003 sports rules read "Almaty 12 15 18 20 22" as a
club's league record and made Almaty an ORG (issue 12). The whole pipeline runs, with the
real spaCy model."""

from __future__ import annotations

import pytest

from tests.conftest import read_jsonl, run_on_files

# written for this test, in the shape of a regional statistics table in a report
STATS = ("Table 2. Registered small businesses by city, thousands, 2019-2023\n"
         "Almaty 12 15 18 20 22\n"
         "Astana 9 11 14 16 19\n"
         "Shymkent 7 8 10 13 15\n")


@pytest.fixture(scope="module")
def stats_entities(tmp_path_factory):
    _result, out = run_on_files(tmp_path_factory.mktemp("stats"), {"stats.txt": STATS})
    return read_jsonl(out / "entities.jsonl")


@pytest.mark.slow
@pytest.mark.issue(12)
@pytest.mark.parametrize("city", ["Almaty", "Astana", "Shymkent"])
def test_city_heading_a_row_of_numbers_is_not_an_org(stats_entities, city):
    labels = {e["label"] for e in stats_entities if e["text"] == city}
    assert labels, f"{city} not found: {[(e['text'], e['label']) for e in stats_entities]}"
    assert "ORG" not in labels
