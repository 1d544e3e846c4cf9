"""Repeated paragraphs and whole repeated articles, removed after their first copy."""

from __future__ import annotations

import regex

from ..offsets import Edit

_BLOCK = regex.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line separated blocks.

    >>> paragraphs("a b\\nc\\n\\n d\\n")
    [(0, 5), (8, 9)]
    """
    return [(m.start(), m.start() + len(m.group().rstrip())) for m in _BLOCK.finditer(text)]


def _key(block: str) -> str:
    return " ".join(block.split()).casefold()


def drop_repeated_blocks(text: str, min_repeat_chars: int = 60) -> list[Edit]:
    """Delete later copies of paragraphs that already appeared.

    Long paragraphs (``min_repeat_chars`` or more) are removed wherever they repeat;
    short ones (headings, bylines) only inside a run of removed paragraphs, so a
    whole repeated article goes while a repeated short phrase elsewhere stays.

    >>> from pipeline.offsets import apply_edits
    >>> doc = "Intro.\\n\\n" + "A long paragraph that is repeated word for word." * 2 + "\\n\\nEnd."
    >>> twice = doc + "\\n\\n" + doc
    >>> apply_edits(twice, drop_repeated_blocks(twice, 40)).text == doc + "\\n\\nIntro."
    True
    """
    spans = paragraphs(text)
    keys = [_key(text[s:e]) for s, e in spans]
    first_seen: dict[str, int] = {}
    repeat = [False] * len(spans)
    for i, key in enumerate(keys):
        if key in first_seen:
            repeat[i] = True
        else:
            first_seen[key] = i
    drop = [r and len(k) >= min_repeat_chars for r, k in zip(repeat, keys)]
    changed = True
    while changed:
        changed = False
        for i, (r, d) in enumerate(zip(repeat, drop)):
            if r and not d:
                before = i == 0 or drop[i - 1]
                after = i == len(spans) - 1 or drop[i + 1]
                if before and after and (i > 0 and drop[i - 1] or i < len(spans) - 1
                                         and drop[i + 1]):
                    drop[i] = changed = True
    edits = []
    i = 0
    while i < len(spans):
        if not drop[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(spans) and drop[j + 1]:
            j += 1
        if j + 1 < len(spans):
            edits.append(Edit("repeated_block", spans[i][0], spans[j + 1][0], ""))
        else:
            edits.append(Edit("repeated_block", spans[i - 1][1] if i else 0, spans[j][1], ""))
        i = j + 1
    return edits
