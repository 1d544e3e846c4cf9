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


def document_languages(paragraph_langs: list[tuple[str | None, int]]) -> list[str]:
    """Languages holding at least 2% of the text, most first (ties by code)."""
    sizes: Counter[str] = Counter()
    for lang, size in paragraph_langs:
        if lang:
            sizes[lang] += size
    total = sum(sizes.values()) or 1
    return [lang for lang, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
            if size / total >= 0.02]
