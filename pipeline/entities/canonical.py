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
