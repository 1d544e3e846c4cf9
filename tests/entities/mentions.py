"""Test helper: entity mentions located by their surface text."""

from __future__ import annotations

from pipeline.entities.rules import Mention


def spans(text: str, *items: tuple[str, str]) -> list[Mention]:
    """Mentions for the given (surface text, label) pairs, found left to right."""
    out, pos = [], 0
    for surface, label in items:
        start = text.index(surface, pos)
        out.append(Mention(start, start + len(surface), label))
        pos = start + len(surface)
    return out
