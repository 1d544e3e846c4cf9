"""The words that name metrics, changes, shares and modality in Russian and Kazakh.

English claims are read through spaCy's dependency parse, and their metric words are
English lemmas (:mod:`.metrics`). No parser of Russian or Kazakh ships in a registry
package we can use at run time, so their sentences are read flat (:mod:`.flat`): each word
is reduced to a *key*, the English lemma :func:`.metrics.metric_for` already knows
(``товарооборота`` -> ``trade``), so a figure said in three languages gets one metric.

How a word is reduced, by language:

- Russian inflects by ending, and pymorphy3 (with its OpenCorpora dictionary, a PyPI
  package) gives each form's lemma: ``экспорта``, ``экспортом`` -> ``экспорт``.
- Kazakh is agglutinative: endings only ever follow the stem, so a word names a key when
  it *starts with* the key's stem (``айналымы``, ``экспорттың``, ``үлесі``).

The tables below are the vocabulary, one row per concept, not a list of forms.
"""

from __future__ import annotations

from functools import lru_cache

import regex

#: concept key -> Russian lemmas naming it
RUSSIAN: dict[str, tuple[str, ...]] = {
    "trade": ("товарооборот", "торговля", "товарообмен", "внешнеторговый"),
    "turnover": ("оборот",),
    "export": ("экспорт", "вывоз"),
    "import": ("импорт", "ввоз"),
    "investment": ("инвестиция", "инвестирование", "капиталовложение"),
    "gdp": ("ввп",),
    "budget": ("бюджет", "финансирование"),
    "growth": ("рост", "увеличение", "прирост", "снижение", "сокращение", "падение",
               "вырасти", "увеличиться", "снизиться", "сократиться", "возрасти", "упасть"),
    "share": ("доля",),
    "forecast": ("прогноз", "ожидаться", "прогнозироваться", "ожидать", "прогнозировать"),
    "plan": ("план", "планироваться", "планировать", "намереваться"),
    "target": ("цель", "довести"),
}

#: concept key -> Kazakh stems naming it (every inflected form starts with its stem)
KAZAKH: dict[str, tuple[str, ...]] = {
    "trade": ("сауда айналым", "тауар айналым", "сауда"),
    "turnover": ("айналым",),
    "export": ("экспорт",),
    "import": ("импорт",),
    "investment": ("инвестиция", "инвестици"),
    "gdp": ("жіө",),
    "budget": ("бюджет", "қаржыланд"),
    "growth": ("өсі", "өсу", "өст", "өск", "артт", "арту", "артқ", "төменде", "қысқар", "ұлғай"),
    "share": ("үлес",),
    "forecast": ("болжа", "күтіл"),
    "plan": ("жоспар",),
    "target": ("мақсат", "жеткізу"),
}

#: keys that set a claim's modality rather than its metric
MODALITY_KEYS = ("target", "forecast", "plan")

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}-]*")


@lru_cache(maxsize=1)
def _morph():
    """pymorphy3's analyser: loaded once per process, and only for Russian text."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def russian_lemma(word: str) -> str:
    """The dictionary form of a Russian word (its most likely parse).

    >>> russian_lemma("товарооборота"), russian_lemma("Экспортом")
    ('товарооборот', 'экспорт')
    """
    return _morph().parse(word.lower())[0].normal_form.replace("ё", "е")


_RUSSIAN_KEYS = {lemma: key for key, lemmas in RUSSIAN.items() for lemma in lemmas}


def word_keys(text: str, language: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of every word of ``text`` that names a concept above.

    >>> word_keys("Товарооборот вырос на 5%", "ru")
    [(0, 12, 'trade'), (13, 18, 'growth')]
    >>> word_keys("сауда айналымының үлесі", "kk")
    [(0, 17, 'trade'), (18, 23, 'share')]
    """
    if language == "ru":
        return [(m.start(), m.end(), key) for m in _WORD.finditer(text)
                if (key := _RUSSIAN_KEYS.get(russian_lemma(m.group()))) is not None]
    if language == "kk":
        return _kazakh_keys(text)
    return []


def _kazakh_keys(text: str) -> list[tuple[int, int, str]]:
    """Kazakh words by stem, two-word stems (``тауар айналымы``) first."""
    lower = text.lower()
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    words = list(_WORD.finditer(lower))
    for i, match in enumerate(words):
        if match.start() in taken:
            continue
        pair = f"{match.group()} {words[i + 1].group()}" if i + 1 < len(words) else ""
        for key, stems in KAZAKH.items():
            two = next((s for s in stems if " " in s and pair.startswith(s)), None)
            if two is not None:
                found.append((match.start(), words[i + 1].end(), key))
                taken.add(words[i + 1].start())
                break
            if any(" " not in s and match.group().startswith(s) for s in stems):
                found.append((match.start(), match.end(), key))
                break
    return found


def languages() -> tuple[str, ...]:
    """The languages read flat."""
    return ("ru", "kk")
