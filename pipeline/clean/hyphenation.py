"""Words split across lines by a hyphen, joined back with the help of a lexicon."""

from __future__ import annotations

from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from ..offsets import Edit

#: the word after the break is looked ahead at, not consumed: it may itself end in a
#: hyphen at the next line end (``Ka-`` / ``zakh-`` / ``stan``)
_SPLIT = regex.compile(r"(\p{L}+)-[ \t]*\n[ \t]*(?=(\p{L}+))")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: letters only Kazakh has: a word with one is read with the Kazakh model
_KAZAKH_LETTER = regex.compile(r"[әіңғүұқөһ]")


def keep_hyphen(left: str, right: str) -> bool:
    """Whether ``left-`` + ``right`` at a line break is a real compound.

    >>> keep_hyphen("e", "commerce"), keep_hyphen("Kazakhstan", "China")
    (True, True)
    >>> keep_hyphen("land", "scapes")
    False
    """
    if len(left) == 1 or right[:1].isupper() or left.isupper():
        return True
    if _CYRILLIC.search(left + right):
        return _keep_cyrillic_hyphen(left.lower(), right.lower())
    # wordfreq splits hyphenated forms into their parts, so only the joined
    # word and the two halves can be looked up
    if _zipf((left + right).lower()) >= 3.0:
        return False
    return _zipf(left.lower()) >= 3.0 and _zipf(right.lower()) >= 3.0


def _keep_cyrillic_hyphen(left: str, right: str) -> bool:
    """Kazakh and Russian: join when the joined word is a known form, keep the hyphen
    when only the two halves are (``жеміс-жидек``, ``Ростов-на-Дону``). When the lexicon
    knows neither (a name, a word still damaged by OCR), the character model decides:
    two words, or one word broken in the middle.

    >>> _keep_cyrillic_hyphen("мемле", "кет"), _keep_cyrillic_hyphen("жеміс", "жидек")
    (False, True)
    >>> _keep_cyrillic_hyphen("моральдық", "пісихологиялық")   # OCR lost a letter
    True
    """
    from .langmodel import char_model, lexicon

    def known(word: str) -> bool:
        return word in lexicon("kk") or word in lexicon("ru")

    if known(left + right):
        return False
    if known(left) and known(right):
        return True
    lang = "kk" if _KAZAKH_LETTER.search(left + right) else "ru"
    model = char_model(lang)
    return model.word_logp(left) + model.word_logp(right) > model.word_logp(left + right)


def join_line_end_hyphens(text: str) -> list[Edit]:
    """Join a word split across lines; keep the hyphen of a real compound.

    Lines holding tabs are table rows and are left alone, a tab beside the break included.

    >>> from pipeline.offsets import apply_edits
    >>> fix = lambda s: apply_edits(s, join_line_end_hyphens(s)).text
    >>> fix("develop-\\nment of the region")
    'development of the region'
    >>> fix("promoting e-\\ncommerce")
    'promoting e-commerce'
    >>> fix("the Conference on Interaction and Confidence-\\nBuilding Measures")
    'the Conference on Interaction and Confidence-Building Measures'
    >>> fix("the Ka-\\nzakh-\\nstan economy")      # a word over three lines
    'the Kazakhstan economy'
    """
    edits = []
    for match in _SPLIT.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if "\t" in text[line_start:line_end if line_end >= 0 else len(text)]:
            continue
        left, right = match.group(1), match.group(2)
        after = "-" if keep_hyphen(left, right) else ""
        edits.append(Edit("dehyphenate", match.end(1), match.start(2), after, 0.9))
    return edits
