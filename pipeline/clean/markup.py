"""Stray markup left by converters: HTML tags and entities inside plain text."""

from __future__ import annotations

import html

import regex

from ..offsets import Edit

_TAG = regex.compile(
    r"</?(?:b|i|u|em|strong|span|font|sup|sub|br|p|div|a|small|big|mark|s|strike|tt|code)"
    r"(?:\s+[^<>]{0,200})?\s*/?>",
    regex.I,
)
_ENTITY = regex.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def strip_markup(text: str) -> list[Edit]:
    """Remove inline HTML tags and decode HTML entities; ``<br>`` becomes a space.

    >>> from pipeline.offsets import apply_edits
    >>> apply_edits(s := "<b>Environmental Protection</b>\\t2", strip_markup(s)).text
    'Environmental Protection\\t2'
    >>> apply_edits(s := "Q&amp;A on x < 5 and y > 2", strip_markup(s)).text
    'Q&A on x < 5 and y > 2'
    """
    edits = []
    for match in _TAG.finditer(text):
        after = " " if match.group().lower().startswith("<br") else ""
        edits.append(Edit("markup", match.start(), match.end(), after))
    for match in _ENTITY.finditer(text):
        decoded = html.unescape(match.group())
        if decoded != match.group():
            edits.append(Edit("html_entity", match.start(), match.end(), decoded))
    return sorted(edits, key=lambda e: e.start)
