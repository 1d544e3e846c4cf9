"""Mojibake: text decoded with the wrong codec, repaired with ftfy."""

from __future__ import annotations

import ftfy
import regex

from ..offsets import Edit
from .diff import edits_from_fix

#: ftfy's defaults, but never straighten curly quotes: they are correct text
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False,
                                   normalization=None, explain=False)

_LINE = regex.compile(r"[^\n]+")


def fix_mojibake(text: str) -> list[Edit]:
    """Repair mojibake line by line with ftfy, keeping quotes and line breaks.

    >>> from pipeline.offsets import apply_edits
    >>> fix = lambda s: apply_edits(s, fix_mojibake(s)).text
    >>> fix("the countryâ€™s role")
    'the country’s role'
    >>> fix("Kazakhstan’s chairmanship")     # correct text stays as it is
    'Kazakhstan’s chairmanship'
    """
    edits: list[Edit] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if line.isascii():
            continue
        fixed = ftfy.fix_text(line, FTFY_CONFIG)
        edits.extend(edits_from_fix("mojibake", line, fixed, match.start(), 0.9))
    return edits
