"""Turn a whole-string fix into small edits, so the log shows only what changed."""

from __future__ import annotations

from difflib import SequenceMatcher

from ..offsets import Edit


def edits_from_fix(kind: str, before: str, after: str, offset: int = 0,
                   confidence: float = 1.0) -> list[Edit]:
    """Minimal edits turning ``before`` into ``after``, shifted by ``offset``.

    Nearby changes (within 3 characters) are merged into one edit, so a fixed
    word is one repair rather than one per letter.

    >>> [(e.start, e.end, e.after) for e in edits_from_fix("x", "naÃ¯ve cafÃ©", "naïve café")]
    [(2, 4, 'ï'), (10, 12, 'é')]
    """
    if before == after:
        return []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= 3:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    return [Edit(kind, offset + i1, offset + i2, after[j1:j2], confidence)
            for i1, i2, j1, j2 in spans]
