"""Which paragraphs the Russian and Kazakh readers take, by the language the clean stage
recorded; where it recorded none or another language (a line too short to tell), by script:
Cyrillic text with a letter only Kazakh has (``ә і ң ғ ү ұ қ ө һ``) is Kazakh, other Cyrillic
text Russian. English paragraphs are never taken, so their records stay as they were.
"""

from __future__ import annotations

import regex

from ..document import Document

READERS = ("ru", "kk")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_KAZAKH = regex.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")


def reader_language(language: str | None, text: str) -> str | None:
    """``ru``, ``kk`` or ``None`` (the English reader) for a paragraph.

    >>> reader_language("ru", "Цены"), reader_language(None, "30 тыс руб")
    ('ru', 'ru')
    >>> reader_language(None, "Аумағы 2,7 млн. км²"), reader_language("mk", "5 раз")
    ('kk', 'ru')
    >>> reader_language("en", "5 раз"), reader_language(None, "USD 5 bn")   # negatives
    (None, None)
    """
    if language in READERS:
        return language
    if language == "en":
        return None
    cyrillic = len(_CYRILLIC.findall(text))
    if not cyrillic or cyrillic <= len(_LATIN.findall(text)):
        return None
    return "kk" if _KAZAKH.search(text) else "ru"


def cyrillic_regions(doc: Document) -> list[tuple[int, int, str]]:
    """``(start, end, language)`` of each paragraph a Cyrillic reader takes, in order.

    >>> from ..document import Paragraph
    >>> d = Document.from_text("Prices rose 5%.\\n\\nЦены выросли на 8,5%.")
    >>> d.paragraphs = [Paragraph(0, 15, "en"), Paragraph(17, 38, "ru")]
    >>> cyrillic_regions(d)
    [(17, 38, 'ru')]
    """
    paragraphs = sorted(doc.paragraphs, key=lambda p: p.start)
    if not paragraphs:
        default = doc.languages[0] if doc.languages else None
        language = reader_language(default, doc.text) if _CYRILLIC.search(doc.text) else None
        return [(0, len(doc.text), language)] if language else []
    found = []
    for p in paragraphs:
        if p.language == "en" or not _CYRILLIC.search(doc.text, p.start, p.end):
            continue
        language = reader_language(p.language, doc.text[p.start:p.end])
        if language:
            found.append((p.start, p.end, language))
    return found
