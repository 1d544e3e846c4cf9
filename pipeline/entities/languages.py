"""Which reader finds the mentions of a paragraph, by its language and script.

- English and other Latin-script text: the spaCy model of the ``parse`` stage and the rules
  of :mod:`.rules` (as before this module existed);
- Russian (a Cyrillic paragraph not recorded as Kazakh): natasha's NER (:mod:`.russian`),
  plus the gazetteer's mentions where natasha found nothing;
- Kazakh: the gazetteer over stems (:mod:`.kazakh`), since no Kazakh NER model exists.

py3langid takes short Russian sentences for Ukrainian, Bulgarian or Macedonian, and leaves
paragraphs under 20 letters without a language; the pipeline's Cyrillic text is Kazakh or
Russian, so a Cyrillic paragraph not recorded as Kazakh is read as Russian unless it has
Kazakh letters.
"""

from __future__ import annotations

import regex

from .crosslink import text_keys
from .mention import WORD, Mention

__all__ = ["reader_of", "gazetteer_mentions", "kazakh_lemma", "MAX_WORDS"]

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LETTER = regex.compile(r"\p{L}")
#: letters of Kazakh absent from Russian
_KAZAKH = regex.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: the longest alias, in words, the lemma matcher tries
MAX_WORDS = 5


def reader_of(text: str, language: str | None) -> str:
    """``"model"``, ``"ru"`` or ``"kk"``: who reads the paragraph ``text`` whose recorded
    language is ``language``.

    >>> reader_of("Kazakhstan chaired the SCO in 2024.", "en")
    'model'
    >>> reader_of("Москва и Астана подписали соглашение.", "bg")
    'ru'
    >>> reader_of("Қазақстан мен Ресей", None)
    'kk'
    """
    letters = len(_LETTER.findall(text))
    if not letters or len(_CYRILLIC.findall(text)) < 0.5 * letters:
        return "model"
    if language == "kk":
        return "kk"
    if language is None and len(_KAZAKH.findall(text)) >= 2:
        return "kk"
    return "ru"


def _named(word: str) -> bool:
    """A word that may start a name: capitalised, or an acronym."""
    return word[:1].isupper()


def gazetteer_mentions(text: str, index: dict[str, dict], lang: str) -> list[Mention]:
    """Runs of up to :data:`MAX_WORDS` words, the first capitalised, parted by single spaces
    only, whose ``lang`` key is an alias key of ``index``; the longest run wins, left to right.

    >>> gaz = {"қытай": {"id": "Q148", "label": "GPE"}, "ресей": {"id": "Q159", "label": "GPE"}}
    >>> t = "Ресейдің және Қытайдың сауда айналымы"
    >>> [(t[m.start:m.end], m.ent_id) for m in gazetteer_mentions(t, gaz, "kk")]
    [('Ресейдің', 'Q159'), ('Қытайдың', 'Q148')]
    """
    words = list(WORD.finditer(text))
    found: list[Mention] = []
    i = 0
    while i < len(words):
        hit = None
        if _named(words[i].group()):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                run = words[i:i + n]
                if any(text[a.end():b.start()] != " " for a, b in zip(run, run[1:])):
                    continue
                keys = text_keys(text[run[0].start():run[-1].end()], lang)
                entry = next((index[k] for k, _ in keys if k in index), None)
                if entry is not None:
                    hit = (n, Mention(run[0].start(), run[-1].end(), entry["label"],
                                      entry["id"]))
                    break
        if hit is None:
            i += 1
            continue
        found.append(hit[1])
        i += hit[0]
    return found


def kazakh_lemma(surface: str, index: dict[str, dict]) -> str:
    """The mention without the endings of its last word, as far as the reading that matched
    an alias of ``index`` (the possessive of a compound name stays), in its own letter case.

    >>> kazakh_lemma("Шанхай ынтымақтастық ұйымының", {"шанхай ынтымақтастық ұйымы": {}})
    'Шанхай ынтымақтастық ұйымы'
    >>> kazakh_lemma("АҚШ-тың", {"ақш": {}})
    'АҚШ'
    """
    keys = text_keys(surface, "kk")
    kept = next((n for k, n in keys if k in index), len(surface))
    return surface[:kept]
