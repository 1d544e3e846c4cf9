"""The candidate mention the rules pass around, and two helpers for doctests."""

from __future__ import annotations

from dataclasses import dataclass

import regex

#: a word of a name: letters, with inner hyphens or apostrophes (``Нұр-Сұлтан``, ``АҚШ-тың``)
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*|\d+")


@dataclass(frozen=True)
class Mention:
    """A candidate entity in paragraph-local offsets; ``ent_id`` is a gazetteer id or ``""``."""

    start: int
    end: int
    label: str
    ent_id: str = ""

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def mentions_of(text: str, spans: list[tuple[int, int, str]]) -> list[Mention]:
    """Mentions from ``(start, end, label)`` triples (a helper for doctests)."""
    return [Mention(s, e, label) for s, e, label in spans]


def show(mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """``(text, label)`` pairs, for doctests."""
    return [(m.text(text), m.label) for m in mentions]
