"""Which paragraphs the Russian and Kazakh readers take, by the language the clean stage
recorded; where it recorded none or another language (a line too short to tell), by script:
Cyrillic text with a letter only Kazakh has (``ә і ң ғ ү ұ қ ө һ``) is Kazakh, other Cyrillic
text Russian. English paragraphs are never taken, so their records stay as they were.

A paragraph that mixes the two languages (a Russian quote in Kazakh news, a Kazakh sentence
in a Russian post) is read sentence by sentence (:func:`by_sentence`): a sentence of a
Russian paragraph with Kazakh letters in many of its words is Kazakh, and a sentence of a
Kazakh paragraph with none whose words pymorphy3's dictionary knows is Russian.
"""

from __future__ import annotations

import regex

from ..document import Document
from .morph import analyzer

READERS = ("ru", "kk")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_KAZAKH = regex.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")
#: a sentence ends at ``.!?…`` before a capital, a digit or a quote, or at a line break
_SENTENCE_END = regex.compile(r"(?<=[.!?…])[ \t]+(?=[«\"„(\p{Lu}\d])|\n+")
_WORD = regex.compile(r"\p{Cyrillic}{2,}")
#: the share of a sentence's words that must look like the other language to switch
SWITCH_SHARE = 0.5
#: sentences with fewer Cyrillic words keep the paragraph's language (too short to tell)
MIN_WORDS = 3


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


def sentence_language(sentence: str, language: str) -> str:
    """The reader for one sentence of a paragraph in ``language`` (``ru`` or ``kk``).

    >>> sentence_language("Министр заявил, что цены выросли на 5%.", "kk")
    'ru'
    >>> sentence_language("Биыл бидай 12 пайызға қымбаттады.", "ru")
    'kk'
    >>> sentence_language("Жиын Нұр-Сұлтан қаласында өтті.", "kk")         # negatives
    'kk'
    >>> sentence_language("Встреча прошла в Нұр-Сұлтане в среду вечером.", "ru")
    'ru'
    """
    words = _WORD.findall(sentence)
    if len(words) < MIN_WORDS:
        return language
    kazakh = sum(bool(_KAZAKH.search(w)) for w in words)
    if language == "ru":
        return "kk" if kazakh >= SWITCH_SHARE * len(words) else "ru"
    if kazakh:
        return "kk"
    known = sum(analyzer().word_is_known(w.lower()) for w in words)
    return "ru" if known > SWITCH_SHARE * len(words) else "kk"


def by_sentence(text: str, start: int, end: int, language: str) -> list[tuple[int, int, str]]:
    """``text[start:end]`` cut where the reader changes from one sentence to the next;
    a paragraph in one language stays one region.

    >>> t = "Бағасы 500 теңге. Это стоит около 500 рублей за штуку."
    >>> by_sentence(t, 0, len(t), "kk")
    [(0, 17, 'kk'), (18, 54, 'ru')]
    >>> by_sentence("Цены выросли на 5%. И всё.", 0, 26, "ru")
    [(0, 26, 'ru')]
    """
    cuts = [m.span() for m in _SENTENCE_END.finditer(text, start, end)]
    bounds = [(a, b) for a, b in zip([start] + [e for _, e in cuts],
                                     [s for s, _ in cuts] + [end], strict=True) if a < b]
    found: list[tuple[int, int, str]] = []
    for a, b in bounds:
        reader = sentence_language(text[a:b], language)
        if found and found[-1][2] == reader:
            found[-1] = (found[-1][0], b, reader)
        else:
            found.append((a, b, reader))
    if len(found) == 1:
        return [(start, end, found[0][2])]
    return found


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
        return by_sentence(doc.text, 0, len(doc.text), language) if language else []
    found = []
    for p in paragraphs:
        if p.language == "en" or not _CYRILLIC.search(doc.text, p.start, p.end):
            continue
        language = reader_language(p.language, doc.text[p.start:p.end])
        if language:
            found.extend(by_sentence(doc.text, p.start, p.end, language))
    return found
