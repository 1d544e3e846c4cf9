"""Which reader finds the mentions of a paragraph, by its language and script.

- English and other Latin-script text: the spaCy model of the ``parse`` stage and the rules
  of :mod:`.rules` (as before this module existed);
- Russian (a Cyrillic paragraph not recorded as Kazakh): natasha's NER (:mod:`.russian`),
  plus the gazetteer's mentions where natasha found nothing;
- Kazakh: the gazetteer over base forms (:mod:`.kazakh`), since no Kazakh NER model exists,
  and people by the shape of their names (:func:`kazakh_persons`).

py3langid takes short Russian sentences for Ukrainian, Bulgarian or Macedonian, and leaves
paragraphs under 20 letters without a language; the pipeline's Cyrillic text is Kazakh or
Russian, so a Cyrillic paragraph not recorded as Kazakh is read as Russian unless it has
Kazakh letters.
"""

from __future__ import annotations

import regex

from ..morph.kazakh import base_forms
from .crosslink import text_keys
from .mention import WORD, Mention

__all__ = ["reader_of", "gazetteer_mentions", "kazakh_lemma", "kazakh_persons", "MAX_WORDS"]

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
    if not _CYRILLIC.search(text):
        return "model"  # the common case, decided without counting letters
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


def kazakh_lemma(surface: str, index: dict[str, dict], label: str = "") -> str:
    """The mention without the endings of its last word, as far as the reading that matched
    an alias of ``index`` (the possessive of a compound name stays), or for a person the
    reading that ends as a surname does; in its own letter case.

    >>> kazakh_lemma("Шанхай ынтымақтастық ұйымының", {"шанхай ынтымақтастық ұйымы": {}})
    'Шанхай ынтымақтастық ұйымы'
    >>> kazakh_lemma("АҚШ-тың", {"ақш": {}})
    'АҚШ'
    >>> kazakh_lemma("Борис Ельциннің", {}, "PERSON")
    'Борис Ельцин'
    """
    keys = text_keys(surface, "kk")
    kept = next((n for k, n in keys if k in index), None)
    if kept is None and label == "PERSON":
        kept = next((n for k, n in keys if SURNAME.search(k)), None)
    return surface[:kept or len(surface)]


#: the endings of Kazakh and Russian surnames and of Kazakh patronymic surnames, as their base
#: forms end (Тоқаев, Назарбаева, Ельцин, Сәтбаев, Жансүгіров, Достоевский, Әлиұлы, Бекқызы)
SURNAME = regex.compile(r"(?:[оеё]в|[оеё]ва|ин|ина|ски[йх]|цки[йх]|ская|цкая|ұлы|улы|"
                        r"қызы|кызы)$")
_INITIAL = regex.compile(r"^\p{Lu}\.$")
_SENTENCE_END = set(".!?…\n")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t«\"(—-")
    return not before or before[-1] in _SENTENCE_END


def kazakh_persons(text: str) -> list[Mention]:
    """People named by a given name (or an initial) and a surname: two or three capitalised
    words, the last one's base form with a surname ending. Kazakh capitalises proper names
    only, so the first word must not open a sentence (where "Президент" is capitalised too),
    unless it is an initial.

    >>> t = "1994 жылы президент Борис Ельциннің жарлығы, ал Қ. Тоқаевқа хат келді."
    >>> [t[m.start:m.end] for m in kazakh_persons(t)]
    ['Борис Ельциннің', 'Қ. Тоқаевқа']
    >>> t = "Президент Ельцин келді."                # negative: a title opening the sentence
    >>> kazakh_persons(t)
    []
    """
    tokens = list(regex.finditer(r"\p{Lu}\.|" + WORD.pattern, text))
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        initial = bool(_INITIAL.match(first.group()))
        if not first.group()[:1].isupper() or first.group().isupper() and not initial or (
                _sentence_initial(text, first.start()) and not initial):
            i += 1
            continue
        hit = None
        for n in (3, 2):
            run = tokens[i:i + n]
            if len(run) < n or any(not w.group()[:1].isupper() or w.group().isupper()
                                   and not _INITIAL.match(w.group()) for w in run):
                continue
            if any(text[a.end():b.start()] not in (" ", "") for a, b in zip(run, run[1:])):
                continue
            last = run[-1].group()
            if _INITIAL.match(last) or not any(SURNAME.search(f) for f in base_forms(last)):
                continue
            hit = Mention(first.start(), run[-1].end(), "PERSON")
            i += n
            break
        if hit is None:
            i += 1
        else:
            found.append(hit)
    return found
