"""Canonical names and stable ids for entity mentions."""

from __future__ import annotations

import regex

from ..document import stable_id

_LEADING = regex.compile(r"^(?:the|The|THE)\s+")
_TRAILING = regex.compile(r"(?:['’]s|['’])$")

#: model labels folded into one id space, so "Kazakhstan" as GPE or LOC is one entity
LABEL_GROUP = {"GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "PERSON": "person",
               "NORP": "group"}


def normalise_name(text: str) -> str:
    """The mention without a leading article, a possessive or extra spaces.

    >>> normalise_name("the  Shanghai Cooperation Organization's")
    'Shanghai Cooperation Organization'
    """
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    return _TRAILING.sub("", text).strip()


def derived_id(label: str, name: str) -> str:
    """An id for an entity the gazetteer does not know, stable across documents.

    >>> a = derived_id("ORG", "Bureau of National Statistics")
    >>> a == derived_id("ORG", "bureau of national  statistics")
    True
    """
    key = " ".join(name.casefold().split())
    return stable_id("ent", LABEL_GROUP.get(label, label.lower()), key)


def alias_index(gazetteer: dict[str, dict]) -> dict[str, dict]:
    """Gazetteer entries by each of their aliases (exact text)."""
    return {alias: entry for entry in gazetteer.values() for alias in entry["aliases"]}


#: model labels a country name may wrongly get; the gazetteer's label replaces them
_COUNTRY_FIXABLE = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"}


def resolve(text: str, label: str, ent_id: str, gazetteer: dict[str, dict],
            aliases: dict[str, dict]) -> tuple[str, str, str, str]:
    """``(label, canonical, entity_id, source)`` of one mention.

    A ruler id wins; else an exact alias of a known entry in the same label group links the
    mention (a country the model called a person is relabelled); else the id is derived.

    >>> gaz = {"Q232": {"id": "Q232", "canonical": "Kazakhstan", "label": "GPE",
    ...                 "aliases": ["Kazakhstan", "RK"], "kind": "country"}}
    >>> resolve("Kazakhstan", "PERSON", "", gaz, alias_index(gaz))[:3]
    ('GPE', 'Kazakhstan', 'Q232')
    >>> resolve("Bureau of National Statistics", "ORG", "", gaz, alias_index(gaz))[3]
    'model'
    """
    entry = gazetteer.get(ent_id) if ent_id else None
    if entry is None:
        hit = aliases.get(text) or aliases.get(normalise_name(text))
        if hit is not None:
            same_group = LABEL_GROUP.get(hit["label"]) == LABEL_GROUP.get(label)
            if same_group or (hit.get("kind") == "country" and label in _COUNTRY_FIXABLE):
                entry = hit
    if entry is not None:
        return entry["label"], entry["canonical"], entry["id"], "gazetteer"
    name = normalise_name(text) or text
    return label, name, derived_id(label, name), "model"
