"""Gazetteer entries by the lemmas of their aliases, so an inflected Russian or Kazakh mention
finds the entry of its base form, whatever script the entry's canonical name is in.

Russian keys are pymorphy3's lemmas (:func:`.russian.lemma_key`: "России", "Россией" ->
``россия``); a Kazakh alias is keyed by its case-folded words, and a Kazakh mention tries the
readings of its last word without its endings (:func:`~pipeline.morph.kazakh.base_forms`:
"Ресейдің" -> ``ресей``; only the last word of a Kazakh noun phrase inflects). Each alias of
every entry is keyed both ways, so the Russian "Россия", the Kazakh "Ресей" and the English
"Russia" all reach Q159. When two entries share a key, the curated (``override``) entry wins,
then the first by id: the index is the same in every process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..gazetteer import load_gazetteer
from ..morph.kazakh import base_forms
from .mention import WORD
from .russian import lemma_key

__all__ = ["lemma_index", "key_of", "text_keys"]


def key_of(text: str, lang: str) -> str:
    """The key of an alias ``text`` in the ``lang`` (``ru`` or ``kk``) index.

    >>> key_of("Российской Федерации", "ru")
    'российский федерация'
    >>> key_of("Ресей  Федерациясы", "kk")
    'ресей федерациясы'
    """
    if lang == "kk":
        return " ".join(w.casefold() for w in WORD.findall(text))
    return lemma_key(text)


def text_keys(text: str, lang: str) -> list[tuple[str, int]]:
    """The keys a mention ``text`` may have in the ``lang`` index, most likely first, each
    with the length of the text its base form keeps (the Kazakh endings cut off).

    >>> text_keys("Ресей Федерациясының", "kk")[:2]
    [('ресей федерациясының', 20), ('ресей федерациясы', 17)]
    """
    if lang != "kk":
        return [(lemma_key(text), len(text))]
    words = list(WORD.finditer(text))
    if not words:
        return []
    last = words[-1]
    lead = " ".join(w.group().casefold() for w in words[:-1])
    return [((f"{lead} {form}" if lead else form), last.start() + len(form))
            for form in base_forms(last.group())]


@lru_cache(maxsize=4)
def lemma_index(path: Path, lang: str) -> dict[str, dict]:
    """Entries of the gazetteer at ``path`` by the ``lang`` key of each alias (built once per
    process, on the first paragraph in ``lang``)."""
    entries = sorted(load_gazetteer(path).values(),
                     key=lambda e: (e.get("mode", "override") != "override", e["id"]))
    index: dict[str, dict] = {}
    for entry in entries:
        folded = {a.casefold() for a in entry["aliases"] if not a.isupper()}
        for alias in entry["aliases"]:
            if alias.isupper() and alias.casefold() in folded:
                continue  # the all-caps copy of a name has the same key
            index.setdefault(key_of(alias, lang), entry)
    index.pop("", None)
    return index
