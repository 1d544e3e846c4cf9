"""Kazakh base forms: the productive case and possessive endings taken off a name.

No Kazakh NER model is on the registries, so Kazakh mentions come from the gazetteer; but
Kazakh is agglutinative and the last word of a name takes its endings ("Ресейдің",
"Қазақстанға", "Астанадағы", "Ынтымақтастық ұйымының"). :func:`base_forms` reads a word right
to left through the outer layers of the noun's template, ``stem + (plural) + possessive +
case``, each optional, each suffix in its allomorphs with the sound the stem must end in for
that allomorph (Kazakh grammar: the first consonant of a suffix assimilates to the stem's
last sound; the ``н``-forms follow the 3rd-person possessive). A name may itself end in
letters that look like an ending ("Қазақстан": ``-тан`` is also the ablative), so every
reading is kept, the word itself first, and the gazetteer decides which one is a name.

>>> [base_forms(w)[1] for w in ["Ресейдің", "Қазақстанға", "Астанада", "Астанадағы"]]
['ресей', 'қазақстан', 'астана', 'астана']
>>> "федерациясы" in base_forms("Федерациясының")
True
>>> base_forms("АҚШ-тың")
('ақш-тың', 'ақш')
"""

from __future__ import annotations

from functools import lru_cache

#: the sound classes a suffix's allomorph is chosen by (the stem's last letter)
VOWEL = set("аәеиоөұүыіэюяё")
NASAL = set("мнң")
#: voiced consonants after which ``д``- and ``ғ``-forms come (``у`` and ``й`` act as glides)
VOICED = set("лрйузж")
VOICELESS = set("кқпстшфхцчщбвгд")
#: the 3rd-person possessive a stem ends in before the ``н``-forms of the cases
POSSESSIVE_END = set("ыі")

_V, _N, _D, _K, _P = "vowel", "nasal", "voiced", "voiceless", "possessive"
_CLASSES = {_V: VOWEL, _N: NASAL, _D: VOICED, _K: VOICELESS}


def _suffixes(*groups: tuple[str, tuple[str, ...]]) -> list[tuple[str, frozenset[str]]]:
    return [(s, frozenset(after)) for forms, after in groups for s in forms.split()]


#: case endings (and locative + ``-ғы`` "the one in"), longest first when matched
CASE = _suffixes(
    ("ның нің", (_V, _N)), ("дың дің", (_D,)), ("тың тің", (_K,)),           # genitive
    ("ға ге", (_V, _D, _N)), ("қа ке", (_K,)), ("на не", (_P,)),              # dative
    ("ны ні", (_V,)), ("ды ді", (_D, _N)), ("ты ті", (_K,)), ("н", (_P,)),    # accusative
    ("да де", (_V, _D, _N)), ("та те", (_K,)), ("нда нде", (_P,)),            # locative
    ("дағы дегі", (_V, _D, _N)), ("тағы тегі", (_K,)), ("ндағы ндегі", (_P,)),
    ("дан ден", (_V, _D)), ("тан тен", (_K,)), ("нан нен", (_N, _P)),         # ablative
    ("мен", (_V, _N, "л", "р", "у", "й")), ("бен", ("з", "ж")), ("пен", (_K,)),  # with
)
#: 3rd-person possessive ("Федерациясы", "ұйымы"), and 1st/2nd person plural ones
POSSESSIVE = _suffixes(("сы сі", (_V,)), ("ы і", (_N, _D, _K)))
PLURAL = _suffixes(("лар лер", (_V, "р", "у", "й")), ("дар дер", (_N, "л", "з", "ж")),
                   ("тар тер", (_K,)))
#: shortest stem left after taking an ending off (so "Ана" keeps its letters)
MIN_STEM = 2


def _fits(rest: str, after: frozenset[str]) -> bool:
    last = rest[-1]
    if _P in after and last in POSSESSIVE_END:
        return True
    return any(last in _CLASSES[c] for c in after if c in _CLASSES) or last in after


def _readings(word: str, layer: list[tuple[str, frozenset[str]]],
              min_stem: int = MIN_STEM) -> list[str]:
    """Every ``word`` less one suffix of ``layer`` whose allomorph fits what is left."""
    found = []
    for suffix, after in layer:
        rest = word[:-len(suffix)]
        if word.endswith(suffix) and len(rest) >= min_stem and (not rest or _fits(rest, after)):
            found.append(rest)
    return found


def _is_ending(tail: str) -> bool:
    """Whether ``tail`` is a case ending, maybe after a possessive (``тың``, ``сының``)."""
    return "" in _readings(tail, CASE, 0) or any(
        "" in _readings(rest, POSSESSIVE, 0) for rest in _readings(tail, CASE, 0))


@lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """The readings of ``word`` (case-folded) without a case ending, then also without a
    3rd-person possessive: the word itself first, then the least taken off. Endings after a
    hyphen (``АҚШ-тың``, ``ШЫҰ-ға``) go with the hyphen.

    >>> base_forms("Қытайдың")
    ('қытайдың', 'қытай')
    >>> base_forms("Мәскеуге")
    ('мәскеуге', 'мәскеу')
    >>> base_forms("ұйымына")
    ('ұйымына', 'ұйымы', 'ұйым')
    >>> base_forms("Нұр-Сұлтан")
    ('нұр-сұлтан',)
    """
    word = word.casefold()
    head, dash, tail = word.rpartition("-")
    if dash and head and tail and _is_ending(tail):
        return (word, head)
    cased = _readings(word, CASE)
    owned = [r for rest in cased for r in _readings(rest, POSSESSIVE)]
    forms = dict.fromkeys([word, *sorted(cased, key=len, reverse=True),
                           *sorted(owned, key=len, reverse=True)])
    return tuple(forms)
