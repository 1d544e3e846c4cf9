"""Coreference-light: an acronym defined once ("Shanghai Cooperation Organization (SCO)")
gives later bare mentions of it the long form's canonical name and id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from ..document import Entity

_ACRONYM = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}&.\-]{1,11})\s*\)")


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is built from the initials of ``long`` (small words may be skipped).

    >>> is_acronym_of("SCO", "Shanghai Cooperation Organization")
    True
    >>> is_acronym_of("RATS", "Regional Anti-Terrorist Structure")
    True
    >>> is_acronym_of("UN", "Shanghai Cooperation Organization")
    False
    """
    letters = [c for c in short.upper() if c.isalpha()]
    words = [w for part in long.split() for w in part.split("-") if w]
    initials = "".join(w[0].upper() for w in words)
    big = "".join(w[0] for w in words if w[0].isupper())
    it = iter(initials)
    return bool(letters) and (all(c in it for c in letters) and letters[0] == initials[0]
                              or "".join(letters) == big)


def acronym_definitions(entities: list[Entity], text: str) -> dict[str, Entity]:
    """Acronym -> the long-form mention it is defined after, first definition wins."""
    found: dict[str, Entity] = {}
    for ent in entities:
        match = _ACRONYM.match(text, ent.end)
        if match and match[1] not in found and is_acronym_of(match[1], ent.text):
            found[match[1]] = ent
    return found


def link_acronyms(entities: list[Entity], text: str,
                  section_at: Callable[[int], str] = lambda pos: "body") -> list[Entity]:
    """Give each bare mention of a defined acronym its long form's id, adding missed ones.

    >>> t = "The Shanghai Cooperation Organization (SCO) met. SCO members agreed."
    >>> long = Entity(4, 37, "Shanghai Cooperation Organization", "ORG", "SCO-long", "ent-1")
    >>> [(e.text, e.entity_id) for e in link_acronyms([long], t)]
    [('Shanghai Cooperation Organization', 'ent-1'), ('SCO', 'ent-1'), ('SCO', 'ent-1')]
    >>> [e.text for e in link_acronyms([long], "The Shanghai Cooperation Organization met.")]
    ['Shanghai Cooperation Organization']
    """
    definitions = acronym_definitions(entities, text)
    if not definitions:
        return entities
    out = []
    for ent in entities:
        long = definitions.get(ent.text)
        if long is not None and long is not ent:
            ent = replace(ent, label=long.label, canonical=long.canonical,
                          entity_id=long.entity_id, source="acronym")
        out.append(ent)
    taken = [(e.start, e.end) for e in out]
    for short, long in definitions.items():
        for match in regex.finditer(rf"(?<![\p{{L}}\d]){regex.escape(short)}(?![\p{{L}}\d])", text):
            s, e = match.span()
            if s < long.start or any(a < e and s < b for a, b in taken):
                continue
            out.append(Entity(s, e, short, long.label, long.canonical, long.entity_id,
                              "acronym", section_at(s), long.lang))
            taken.append((s, e))
    return sorted(out, key=lambda x: (x.start, x.end))
