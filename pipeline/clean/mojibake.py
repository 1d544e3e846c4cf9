"""Mojibake: text decoded with the wrong codec, repaired by undoing the codec round trip.

ftfy is the anchor for UTF-8 read as a Western codec, but it does not know Cyrillic codec
pairs (cp1251 read as koi8-r and back) and leaves some partial lines alone. So each run of
non-ASCII words is re-read through every plausible (wrong codec, true codec) pair, and the
reading whose words are known (Kazakh or Russian lexicon, English word list) and free of
mojibake symbols wins, if it clearly beats the text as it stands. ftfy then handles what
is left.
"""

from __future__ import annotations

import ftfy
import ftfy.badness
import regex
from wordfreq import zipf_frequency

from ..offsets import Edit
from ..resources import cached
from .diff import edits_from_fix
from .langmodel import lexicon

#: ftfy's defaults, but never straighten curly quotes: they are correct text
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False,
                                   normalization=None, explain=False)

#: (codec the text was wrongly read with, codec it was written in)
CODEC_PAIRS = tuple((wrong, true)
                    for true in ("utf-8", "cp1251", "koi8-r")
                    for wrong in ("cp1251", "latin-1", "cp1252", "koi8-r")
                    if wrong != true)

_LINE = regex.compile(r"[^\n]+")
#: a run of words holding non-ASCII characters, with ASCII words in between
_RUN = regex.compile(r"\S*[^\x00-\x7f]\S*"
                     r"(?:(?:[^\S\n]+[\x21-\x7e]{1,12}){0,6}[^\S\n]+\S*[^\x00-\x7f\s]\S*)*")
_WORD = regex.compile(r"\p{L}+")
#: cp1251 read as koi8-r (and back) swaps letter case: ``рПДБЕФУС``, ``яЛЮГНВМН``, or
#: capitals in the middle of a lowercase word; clean Cyrillic has neither
_INVERTED_CASE = regex.compile(r"(?<!\p{L})\p{Cyrillic}{0,2}\p{Ll}\p{Lu}{2,}"
                               r"|\p{Cyrillic}\p{Ll}\p{Lu}\p{Ll}"
                               r"|(?:\p{Lu}{3,}[^\p{L}]+){3}")
#: characters that are almost never meant in running text: box drawing, C1 controls,
#: Latin-1 letters that mojibake of Cyrillic produces in bulk
_ODD = regex.compile(r"[\u0080-\u009f\u2500-\u259f\u00a0-\u00aa\u00ac-\u00ba\u00bc-\u00ff"
                     r"\u2020\u2021\u2030\u0192\u02c6\u02dc\u0160-\u0161\u0178\u017d\u017e"
                     r"\u0152\u0153\u2122\ufffd\u0402-\u0405\u0407-\u040f\u0452-\u0455"
                     r"\u0457-\u045f]")

_LOWER_LATIN = regex.compile(r"[a-z]+")
_CYRILLIC_WORD = regex.compile(r"\p{Cyrillic}+")


@cached(maxsize=65536)
def _known(word: str) -> bool:
    low = word.lower()
    if _LOWER_LATIN.fullmatch(low):
        return zipf_frequency(low, "en") >= 2.0 or word.isupper()
    if not _CYRILLIC_WORD.fullmatch(low):
        return False
    return low in lexicon("ru") or low in lexicon("kk")


def text_score(text: str) -> float:
    """How much ``text`` reads as real words: letters in known words minus letters in
    unknown ones (one-letter words say nothing) minus symbols typical of mojibake.

    >>> text_score("Мариано закончил академию.") > text_score("Ìàðèàíî çàêîí÷èë àêàäåìèþ.")
    True
    """
    return word_score(text) - 2 * len(_ODD.findall(text))


def word_score(text: str) -> int:
    """Letters in known words minus letters in unknown ones (one-letter words say nothing)."""
    score = 0
    for word in _WORD.findall(text):
        if len(word) > 1:
            score += len(word) if _known(word) else -len(word)
    return score


#: a letter, a character that is neither a letter nor word-inner punctuation, a letter
_INSIDE = regex.compile(r"\p{L}[^\p{L}\s\-'’.,]\p{L}")


def _words_gained(original: str, reading: str) -> bool:
    """Whether the words a re-reading changes become known words.

    Dropping the odd characters alone is no evidence: "Québec" read as cp1251 loses its
    "é" but "Quйbec" is no word, so accented Latin names stay as they are.

    >>> _words_gained("Ìàðèàíî çàêîí÷èë", "Мариано закончил")
    True
    >>> _words_gained("Parti Québécois", "Parti Quйbйcois")
    False
    >>> _words_gained("List for Sandžak", "List for Sand·ak")  # a word cut in two
    False
    """
    if len(_INSIDE.findall(reading)) > len(_INSIDE.findall(original)):
        return False
    changed = [w for w in _WORD.findall(reading) if len(w) > 1 and w not in set(
        _WORD.findall(original))]
    if not changed:
        return False
    return sum(1 for w in changed if _known(w)) * 2 >= len(changed)


def _readings(run: str):
    for wrong, true in CODEC_PAIRS:
        try:
            yield run.encode(wrong).decode(true), f"{wrong}->{true}"
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue


def fix_codec_mojibake(text: str, margin: float = 3.0) -> list[Edit]:
    """Re-read runs of mojibake through the codec pair that yields known words.

    >>> from pipeline.offsets import apply_edits
    >>> fix = lambda s: apply_edits(s, fix_codec_mojibake(s)).text
    >>> fix("Source: Ìàðèàíî çàêîí÷èë Íàöèîíàëüíóþ àêàäåìèþ.")
    'Source: Мариано закончил Национальную академию.'
    >>> fix("рПДБЕФУС Ч УФЕЛМСООПК РПУХДЕ")          # cp1251 read as koi8-r
    'Подается в стеклянной посуде'
    >>> fix("Бір құрам 940 адамға арналған.")        # correct Kazakh stays
    'Бір құрам 940 адамға арналған.'
    >>> fix("\t\t\t• • •\t\t\t")                      # seed 000: bullets are not mojibake
    '\t\t\t• • •\t\t\t'
    """
    edits: list[Edit] = []
    for run in _RUN.finditer(text):
        original = run.group()
        if not _ODD.search(original) and not _INVERTED_CASE.search(original):
            continue
        base = text_score(original)
        best, best_score = None, base + margin
        for reading, _pair in _readings(original):
            score = text_score(reading)
            if score > best_score and word_score(reading) > 0 and _words_gained(
                    original, reading):
                best, best_score = reading, score
        if best is not None:
            edits.extend(edits_from_fix("mojibake", original, best, run.start(), 0.95))
    return edits


def fix_mojibake(text: str) -> list[Edit]:
    """Repair mojibake line by line with ftfy, keeping quotes and line breaks.

    >>> from pipeline.offsets import apply_edits
    >>> fix = lambda s: apply_edits(s, fix_mojibake(s)).text
    >>> fix("the countryâ€™s role")
    'the country’s role'
    >>> fix("Kazakhstan’s chairmanship")     # correct text stays as it is
    'Kazakhstan’s chairmanship'
    >>> fix("\t\t\t• • •\t\t\t")     # seed 000: ftfy alone turns the bullets into ∙
    '\t\t\t• • •\t\t\t'
    """
    edits: list[Edit] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if line.isascii() or not ftfy.badness.is_bad(line):
            continue
        fixed = ftfy.fix_text(line, FTFY_CONFIG)
        edits.extend(edits_from_fix("mojibake", line, fixed, match.start(), 0.9))
    return edits
