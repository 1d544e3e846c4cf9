"""Read all-caps paragraphs (headlines, datelines) through a title-cased copy."""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


def truecase(text: str) -> str | None:
    """A same-length copy of an all-caps paragraph in title case, else ``None``.

    The model reads capitals as a cue; in a headline or dateline every word has them, so it
    tags almost nothing. Function words go lower case, other words get an initial capital.

    >>> truecase("KAZAKHSTAN TAKES OVER THE SCO CHAIR IN ASTANA .")
    'Kazakhstan Takes over the Sco Chair in Astana .'
    >>> truecase("ASTANA 2024-07-04")
    'Astana 2024-07-04'
    >>> truecase("The SCO met in ASTANA.") is None      # mixed case: left alone
    True
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return None

    def word(match: regex.Match) -> str:
        low = match.group().lower()
        if low in STOP_WORDS:
            return low
        return match.group()[0] + low[1:]

    out = _WORD.sub(word, text)
    return out if len(out) == len(text) else None
