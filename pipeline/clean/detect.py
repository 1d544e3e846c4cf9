"""Which tokens and lines look like Cyrillic read by a Latin-only OCR engine.

Cheap tests, run on every line of every document: a look-alike glyph pair no clean text
has (``)K``, ``bI``, ``JI``), a digit inside letters, a capital inside a lowercase word,
and how many words are common English. Only the lines they pick are decoded.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from .glyphs import STRONG_MARKERS

_INNER_CAPS = regex.compile(r"[a-z][A-Z]")
_DIGIT_IN_WORD = regex.compile(r"\p{L}\d|\d\p{L}")
#: a number with a short lowercase unit or suffix: ``1nb``, ``2w``, ``30th``, ``10km``
_NUMBER_SUFFIX = regex.compile(r"\d+[a-z]{1,3}")
_CAPS_AND_DIGITS = regex.compile(r"[\p{Lu}\d-]+")
_LETTER = regex.compile(r"\p{L}")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
#: any strong marker of :data:`STRONG_MARKERS`, or a digit beside a letter: a line with
#: neither cannot be a candidate, whatever its words (the cheap test that lets an English
#: line through without looking at each word)
_MAY_BE_STRONG = regex.compile("|".join(regex.escape(m) for m in STRONG_MARKERS)
                               + r"|\p{L}\d|\d\p{L}")


def digit_marker(core: str) -> bool:
    """A digit standing for a letter (``Ka3akcTaH``), not a number with a unit.

    >>> digit_marker("Ka3akcTaH"), digit_marker("1nb"), digit_marker("COVID-19")
    (True, False, False)
    """
    return bool(_DIGIT_IN_WORD.search(core)) and not _CAPS_AND_DIGITS.fullmatch(core) \
        and not _NUMBER_SUFFIX.fullmatch(core)


@lru_cache(maxsize=65536)
def _english(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= 3.0


def english_token(token: str) -> bool:
    """A common English word in normal case (``the``, ``Trade``, ``GDP`` is not evidence).

    >>> english_token("cooperation,"), english_token("B"), english_token("kopJIa")
    (True, False, False)
    """
    core = token.strip(".,;:!?\"'«»()[]“”‘’")
    if len(core) < 2 or not core.isascii() or not core.isalpha():
        return False
    if not (core.islower() or core.istitle()):
        return False
    return _english(core)


def english_any_case(token: str) -> bool:
    """A common English word, in capitals too when it is long enough not to be an
    acronym (``ECONOMY``, ``POLICY``): a heading of an English reference list.

    >>> english_any_case("ECONOMY"), english_any_case("GDP"), english_any_case("KOPFAHBIC")
    (True, False, False)
    """
    if english_token(token):
        return True
    core = token.strip(".,;:!?\"'«»()[]“”‘’")
    return len(core) >= 4 and core.isascii() and core.isalpha() and core.isupper() \
        and _english(core)


def marker_count(token: str) -> int:
    """How many look-alike markers a token carries (0 for clean English or codes).

    >>> marker_count(")KOHE"), marker_count("MaHBI3/Ibl")     # seed 002
    (1, 3)
    >>> marker_count("Kazakhstan"), marker_count("COVID-19"), marker_count("GovTech")
    (0, 0, 1)
    """
    count = sum(m in token for m in STRONG_MARKERS)
    core = token.strip(".,;:!?\"'«»()[]")
    count += digit_marker(core)
    count += len(_INNER_CAPS.findall(core))
    return count


def _latin_words(tokens: list[str]) -> list[str]:
    """The tokens with letters, when at least half of their letters are Latin; else none."""
    words = [t for t in tokens if _LETTER.search(t)]
    joined = " ".join(words)       # one pass over the words, not two per word
    if len(_LATIN_LETTER.findall(joined)) < 0.5 * len(_LETTER.findall(joined)):
        return []
    return words


def may_be_candidate(text: str) -> bool:
    """Whether any token of ``text`` may be strong evidence (the first test of
    :func:`candidate_line`), asked of the whole text at once: no marker holds white
    space, so a marker lies inside one token exactly when it lies in the text.

    >>> may_be_candidate("Trade grew 5% in 2024."), may_be_candidate("a )KOHE b")
    (False, True)
    """
    return _MAY_BE_STRONG.search(text) is not None


def candidate_line(tokens: list[str]) -> bool:
    """A line mostly in Latin letters, a quarter of whose words carry look-alike
    markers, a strong one among them, and half of which at most are English.

    >>> candidate_line(")KOHE KOPFAHBIC 3JIEMEHTIH".split())    # seed 002
    True
    >>> candidate_line("Kazakhstan is a leader in GovTech".split())
    False
    """
    if not any(_MAY_BE_STRONG.search(t) for t in tokens):
        return False     # no word can be strong evidence: most lines of a clean text
    words = _latin_words(tokens)
    # camel case alone (``GovTech``, ``iPhone``) is weak evidence: it needs a strong
    # marker for company. Asked first, since an English line with a digit beside a
    # letter (``G20``, ``1st``) has none, and then no word needs counting.
    if not any(strong_marker(t) for t in words):
        return False
    counts = [marker_count(t) for t in words]
    marked = sum(c > 0 for c in counts)
    if sum(counts) < 2 or marked < 0.25 * len(words):
        return False
    english = sum(english_token(t) for t in words)
    return english < 0.5 * len(words)


def strong_marker(token: str) -> bool:
    """A glyph pair no clean text has (``)K``, ``bI``, ``JI``) or a digit inside letters."""
    core = token.strip(".,;:!?\"'«»()[]")
    return any(m in token for m in STRONG_MARKERS) or digit_marker(core)


def context_candidate(tokens: list[str]) -> bool:
    """A line beside a repaired one, in the same paragraph, that may be damaged too
    though it carries no glyph pair (``TycTapbl capajiaHaThiH Ooyajpl.``): mostly Latin
    letters and hardly any English words."""
    words = _latin_words(tokens)
    return bool(words) and sum(english_any_case(t) for t in words) < 0.25 * len(words)
