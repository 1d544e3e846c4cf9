"""Language of each paragraph, with py3langid (its model ships in the package)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

_LETTERS = regex.compile(r"\p{L}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: Kazakh letters absent from Russian: their presence settles kk against ru
_KAZAKH = regex.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, min_letters: int = 20) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little to tell.

    >>> detect_language("Kazakhstan chaired the Shanghai Cooperation Organization in 2024.")
    'en'
    >>> detect_language("Қазақстан Шанхай ынтымақтастық ұйымына төрағалық етті.")
    'kk'
    >>> detect_language("Thus, the chairmanship of Kazakhstan became one of the opportunities"
    ...                 " to develop regional dialogue.\\n Қорғаныс және әскери")   # seed 002
    'en'
    """
    letters = len(_LETTERS.findall(text))
    if letters < min_letters:
        return None
    cyrillic = len(_CYRILLIC.findall(text))
    # Kazakh letters settle kk against ru, but only where Cyrillic is the main script
    # (a paragraph of English ending in a Kazakh line is English)
    if cyrillic >= 0.5 * letters and len(_KAZAKH.findall(text)) >= max(2, letters // 100):
        return "kk"
    lang, _prob = _identifier().classify(text)
    return lang


_LATIN = regex.compile(r"[A-Za-z]")


def _script(line: str) -> str | None:
    cyrillic, latin = len(_CYRILLIC.findall(line)), len(_LATIN.findall(line))
    if cyrillic + latin < 10:
        return None
    return "Cyrl" if cyrillic > latin else "Latn"


def script_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where a line in one script follows a line in another: a
    paragraph whose English ends at a line break where Kazakh begins is two paragraphs
    (seed 002, where no blank line parts them).

    >>> text = "It grew in the region as a whole.\\n Әрине, қорғаныс және әскери"
    >>> [text[a:b] for a, b in script_runs(text, 0, len(text))]
    ['It grew in the region as a whole.', 'Әрине, қорғаныс және әскери']
    """
    runs, run_start, current = [], start, None
    pos = start
    for line in text[start:end].split("\n"):
        script = _script(line)
        if script and current and script != current and pos > run_start:
            runs.append((run_start, pos - 1))
            run_start = pos
        current = script or current
        pos += len(line) + 1
    runs.append((run_start, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
            for a, b in runs if text[a:b].strip()]


def document_languages(paragraph_langs: list[tuple[str | None, int]]) -> list[str]:
    """Languages holding at least 2% of the text, most first (ties by code)."""
    sizes: Counter[str] = Counter()
    for lang, size in paragraph_langs:
        if lang:
            sizes[lang] += size
    total = sum(sizes.values()) or 1
    return [lang for lang, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
            if size / total >= 0.02]
