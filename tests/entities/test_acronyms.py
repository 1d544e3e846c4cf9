"""Coreference-light: acronyms defined once link later bare mentions (corpus 001/003)."""

from __future__ import annotations

import pytest

from pipeline.document import Entity
from pipeline.entities.acronyms import is_acronym_of, link_acronyms


@pytest.mark.parametrize("short,long,expected", [
    ("SCO", "Shanghai Cooperation Organization", True),
    ("CSTO", "Collective Security Treaty Organization", True),
    ("RATS", "Regional Anti-Terrorist Structure", True),
    ("NATO", "Collective Security Treaty Organization", False),
])
def test_is_acronym_of(short, long, expected):
    assert is_acronym_of(short, long) is expected


def test_link_acronyms_gives_bare_mentions_the_long_form_id():
    text = ("The Shanghai Cooperation Organization (SCO) has emerged as a relevant regional "
            "organization. This year, Kazakhstan presides over the SCO.")           # 001
    long = Entity(4, 37, "Shanghai Cooperation Organization", "ORG",
                  "Shanghai Cooperation Organisation", "Q485207", "gazetteer")
    bare_at = text.rindex("SCO")
    bare = Entity(bare_at, bare_at + 3, "SCO", "ORG", "SCO", "ent-x", "model")
    linked = link_acronyms([long, bare], text)
    assert {e.entity_id for e in linked} == {"Q485207"}
    assert [text[e.start:e.end] for e in linked] == [e.text for e in linked]


def test_link_acronyms_without_definition_changes_nothing():
    text = "This year, Kazakhstan presides over the SCO."
    bare = Entity(40, 43, "SCO", "ORG", "SCO", "ent-x", "model")
    assert link_acronyms([bare], text) == [bare]
