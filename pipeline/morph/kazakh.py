"""Kazakh nominal morphology, shared by the stages: one leaf, no stage's internals.

Kazakh is agglutinative: a noun carries plural, possessive and case suffixes, in that
order, after its stem (``кезең-і-нің``, ``пәтер-ден``, ``жас-ы-на``), and no registry ships
a Kazakh lemmatiser. Two readers over that template:

- :func:`stem_of` (the quantities stage: counted nouns, units, number words) strips the
  productive suffixes (plural, possessive, case, the locative adjectiviser ``-ғы`` and the
  similative ``-дай``), each in every harmony and assimilation variant, and accepts a
  reading only when what is left is a stem of hunspell-kk's dictionary
  (``cyrillic/stems_kk.txt.xz``, built by ``models/quantities/build_kk_stems.py``) or of the
  caller's vocabulary, so ``мемлекет`` stays whole; :func:`suffix_chain` reads an ending
  hyphenated to a number (``200-ге``), :func:`collective_base` a collective numeral.
- :func:`base_forms` (the entities stage: names from the gazetteer) keeps every reading of a
  word without its case ending and 3rd-person possessive, with no dictionary: a name may
  itself end in letters that look like an ending, and the gazetteer decides.
"""

from __future__ import annotations

import lzma
from dataclasses import dataclass
from functools import lru_cache

from ..resources import DataFileError, cached, data_path

STEMS_FILE = "cyrillic/stems_kk.txt.xz"

PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
POSSESSIVE = ("ым", "ім", "м", "ың", "ің", "ң", "ыңыз", "іңіз", "ңыз", "ңіз", "ы", "і",
              "сы", "сі", "ымыз", "іміз", "мыз", "міз")
CASE = ("ның", "нің", "дың", "дің", "тың", "тің",                      # genitive
        "ға", "ге", "қа", "ке", "на", "не", "а", "е",                  # dative
        "ны", "ні", "ды", "ді", "ты", "ті", "н",                       # accusative
        "да", "де", "та", "те", "нда", "нде",                          # locative
        "дан", "ден", "тан", "тен", "нан", "нен",                      # ablative
        "мен", "бен", "пен", "ымен", "імен")                           # instrumental
#: the locative adjectiviser (``қаңтар-да-ғы``) and the similative (``адым-дай``: about)
DERIVED = ("ғы", "гі", "қы", "кі", "дай", "дей", "тай", "тей")
SIMILATIVE = frozenset(("дай", "дей", "тай", "тей"))
ADJECTIVISER = frozenset(("ғы", "гі", "қы", "кі"))
#: the collective numeral (``үш-еу``, ``алт-ау``), which drops the stem's last vowel
COLLECTIVE = ("еу", "ау")
#: each suffix's slot: a word is stem + plural + possessive + case + derived, in that order
#: the adjectiviser ``-лық`` (``3 күн-дік`` "three-day", ``5 жыл-дық``), before the plural
QUALITY = ("лық", "лік", "дық", "дік", "тық", "тік")
SLOTS = {**{x: -1 for x in QUALITY}, **{x: 0 for x in PLURAL},
         **{x: 1 for x in POSSESSIVE}, **{x: 2 for x in CASE}, **{x: 3 for x in DERIVED}}
SUFFIXES = tuple(sorted(SLOTS, key=len, reverse=True))
#: the shortest stem a reading may leave (``ұл``, ``ай``, ``он``)
MIN_STEM = 2
VOWELS = frozenset("аәеиоөұүыіэюяёу")
VOICELESS = frozenset("кқпстфхцчшщ")
NASALS = frozenset("мнң")
BACK, FRONT = frozenset("аоұы"), frozenset("әеөүі")
#: the third-person possessive, after which case endings take an ``н`` (``жас-ы-на``)
THIRD = frozenset(("ы", "і", "сы", "сі"))
#: the first and second person possessives (rare in the texts read: a reading with one
#: costs more than an unstripped stem)
PERSONAL = frozenset(POSSESSIVE) - THIRD


def _fits(before: str, suffix: str, prev: str | None) -> bool:
    """Whether ``suffix`` may follow ``before`` (the stem plus the suffixes already on it;
    ``prev`` the last of those): the assimilation and harmony rules of Kazakh.

    >>> _fits("кезең", "ге", None), _fits("кезең", "қа", None), _fits("жас", "на", "ы")
    (True, False, True)
    >>> _fits("қал", "а", None), _fits("доллар", "ге", None)       # negatives
    (False, False)
    """
    c = before[-1]
    vowel, voiceless, nasal = c in VOWELS, c in VOICELESS, c in NASALS
    voiced = not (vowel or voiceless)
    vowels = [ch for ch in before if ch in BACK or ch in FRONT]
    if vowels and suffix not in ("мен", "бен", "пен") and any(
            ch in (FRONT if vowels[-1] in BACK else BACK) for ch in suffix):
        return False                                  # vowel harmony (not the instrumental)
    head = suffix[0]
    after_third = prev in THIRD
    if suffix in PLURAL or suffix in QUALITY:
        return (head == "л" and (vowel or c in "рйу")) or (
            head == "д" and voiced and c not in "рйу") or (head == "т" and voiceless)
    if suffix in POSSESSIVE:
        return vowel if head in "мңс" else not vowel
    if suffix in ("а", "е"):                          # dative after м/ң possessives
        return prev in PERSONAL
    if head == "н":
        if suffix in ("ның", "нің"):
            return vowel or nasal
        if suffix in ("ны", "ні"):
            return vowel and not after_third
        if suffix in ("нан", "нен"):
            return nasal or after_third
        return after_third                            # на, не, нда, нде, н
    if after_third and suffix in ("ға", "ге", "да", "де", "ды", "ді", "дан", "ден"):
        return False
    if head in "қкт" or suffix.startswith("п"):
        return voiceless or c in "бвгд"              # loanwords devoice: ``миллиардтан``
    if head in "гғд":
        if suffix in ("дың", "дің"):
            return voiced and not nasal
        if suffix in ("дан", "ден"):
            return (vowel or voiced) and not nasal
        return vowel or voiced
    if head == "б":
        return nasal or c in "зж"
    return True                                       # мен


@dataclass(frozen=True)
class Stem:
    """A Kazakh word read as stem + suffixes."""

    stem: str
    suffixes: tuple[str, ...] = ()
    #: the stem's inflection class in hunspell-kk: ``n`` nominal, ``v`` verbal, ``-``
    #: uninflected, ``?`` not in the dictionary
    cls: str = "?"

    @property
    def approx(self) -> bool:
        """The similative ``-дай``/``-дей`` (``он қадамдай``: about ten steps)."""
        return any(s in SIMILATIVE for s in self.suffixes)

    @property
    def case(self) -> str | None:
        """The case suffix that ends the word, if any (``ден`` of ``пәтерден``)."""
        if self.suffixes and self.suffixes[-1] in CASE:
            return self.suffixes[-1]
        return None


@cached
def stems() -> dict[str, str]:
    """hunspell-kk's stems -> inflection class (``n``, ``v``, ``nv``, ``-``)."""
    path = data_path(STEMS_FILE)
    try:
        text = lzma.decompress(path.read_bytes()).decode("utf-8")
    except (lzma.LZMAError, UnicodeDecodeError) as err:
        raise DataFileError(path, f"not an xz-compressed UTF-8 list: {err}") from None
    found = {}
    for line in text.splitlines():
        word, tab, cls = line.partition("\t")
        if not tab:
            raise DataFileError(path, f"bad row {line[:40]!r} (want stem<TAB>class)")
        found[word] = cls
    return found


def _splits(word: str, limit: int = 4) -> list[tuple[str, tuple[str, ...]]]:
    """Every split of ``word`` into a stem and suffixes in slot order (not yet checked)."""
    found: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    for suffix in SUFFIXES:
        if SLOTS[suffix] < limit and word.endswith(suffix) and \
                len(word) - len(suffix) >= MIN_STEM:
            for stem, rest in _splits(word[:-len(suffix)], SLOTS[suffix]):
                found.append((stem, (*rest, suffix)))
    return found


#: a stem's last voiceless consonant voices before a vowel (``жуық`` + ``ы`` = ``жуығы``,
#: ``бөлік`` + ``і`` = ``бөлігі``, ``кітап`` + ``ы`` = ``кітабы``)
VOICED = {"ғ": "қ", "г": "к", "б": "п"}


def _readings(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every split of ``word`` into a stem and suffixes the grammar allows."""
    found = []
    splits = _splits(word)
    for stem, suffixes in list(splits):
        if suffixes and stem[-1] in VOICED and suffixes[0][0] in VOWELS:
            splits.append((stem[:-1] + VOICED[stem[-1]], suffixes))
    for stem, suffixes in splits:
        before, prev, ok = stem, None, True
        for suffix in suffixes:
            if not _fits(before, suffix, prev):
                ok = False
                break
            before, prev = before + suffix, suffix
        if ok:
            found.append((stem, suffixes))
    return found


def _cost(stem: str, suffixes: tuple[str, ...]) -> tuple[int, int]:
    """Shorter stems first (hunspell-kk lists some inflected forms as stems), but a first or
    second person possessive costs three letters (``адам`` is not ``ада-м``), the
    adjectiviser ``-ғы`` two (``жуығы`` is ``жуық-ы``, not ``жуы-ғы``)."""
    return len(stem) + 3 * sum(s in PERSONAL for s in suffixes) + 2 * sum(
        s in ADJECTIVISER or s in QUALITY for s in suffixes), len(suffixes)


@lru_cache(maxsize=65536)
def stem_of(word: str, vocabulary: frozenset[str] = frozenset()) -> Stem:
    """The reading of ``word`` whose stem hunspell-kk or ``vocabulary`` (the caller's own
    words, true stems, such as the quantities stage's numbers and units, some of which
    hunspell-kk lacks: ``миллиард``) lists, the shortest; the word itself (class ``?``)
    when none is.

    >>> v = frozenset(("отыз", "теңге", "екі", "жас"))
    >>> stem_of("кезеңге"), stem_of("пәтерден").stem, stem_of("жасына", v).stem
    (Stem(stem='кезең', suffixes=('ге',), cls='n'), 'пәтер', 'жас')
    >>> stem_of("депутаттан").stem, stem_of("қызметкері").stem, stem_of("адам").stem
    ('депутат', 'қызметкер', 'адам')
    >>> stem_of("қадамдай").approx, stem_of("отыздан", v).stem, stem_of("теңгеден", v).stem
    (True, 'отыз', 'теңге')
    >>> stem_of("мемлекет").stem, stem_of("қала").stem, stem_of("екі", v).stem  # negatives
    ('мемлекет', 'қала', 'екі')
    >>> stem_of("xyz")
    Stem(stem='xyz', suffixes=(), cls='?')
    """
    low = word.lower()
    table, extra = stems(), vocabulary
    readings = _readings(low)
    ours = [(stem, suffixes) for stem, suffixes in readings
            if stem in extra and not PERSONAL & set(suffixes)]       # not ``он-ың`` (his)
    if ours:                     # the vocabulary's stems are true stems: ``екі``, not ``ек-і``
        stem, suffixes = max(ours, key=lambda r: len(r[0]))
        return Stem(stem, suffixes, "n")
    best: Stem | None = None
    for stem, suffixes in readings:
        cls = "n" if stem in extra else table.get(stem)
        if cls is None:
            continue
        if best is None or _cost(stem, suffixes) < _cost(best.stem, best.suffixes):
            best = Stem(stem, suffixes, cls)
    if best is None:                 # a word hunspell-kk lacks: the grammar's reading alone
        guesses = [(stem, suffixes) for stem, suffixes in readings
                   if suffixes and len(stem) >= 3]
        if guesses:
            stem, suffixes = min(guesses, key=lambda r: _cost(*r))
            return Stem(stem, suffixes, "?")
    return best or Stem(low)


def collective_base(word: str, known: frozenset[str] | set[str] | dict) -> str | None:
    """The numeral of a collective form: ``үшеуі`` -> ``үш``, ``алтауы`` -> ``алты``.

    >>> collective_base("үшеуі", {"үш", "алты", "екі"}), collective_base("екеуміз", {"екі"})
    ('үш', 'екі')
    >>> collective_base("кеуі", {"үш"}) is None                      # negative
    True
    """
    low = word.lower()
    for stem, _ in _splits(low):
        for suffix in COLLECTIVE:
            if stem.endswith(suffix):
                base = stem[:-len(suffix)]
                for candidate in (base, base + "і", base + "ы"):
                    if candidate in known:
                        return candidate
    return None


@lru_cache(maxsize=4096)
def suffix_chain(part: str) -> tuple[str, ...] | None:
    """``part`` read as suffixes only, in slot order, or ``None``: the ending hyphenated to a
    number (``35-те``, ``10-20%-ына``), which is grammar, not a word.

    >>> suffix_chain("ына"), suffix_chain("тен"), suffix_chain("ге")
    (('ы', 'на'), ('тен',), ('ге',))
    >>> suffix_chain("кезеңі") is None                   # negative: a word (``1-кезеңі``)
    True
    """
    def chains(rest: str, limit: int) -> tuple[str, ...] | None:
        if not rest:
            return ()
        for suffix in SUFFIXES:
            if SLOTS[suffix] < limit and rest.endswith(suffix):
                found = chains(rest[:-len(suffix)], SLOTS[suffix])
                if found is not None:
                    return (*found, suffix)
        return None
    return chains(part.lower(), 4)


# --- names: the outer layers of the template, dictionary-free -------------------------
#
# Kazakh base forms: the productive case and possessive endings taken off a name.
#
# No Kazakh NER model is on the registries, so Kazakh mentions come from the gazetteer; but
# Kazakh is agglutinative and the last word of a name takes its endings ("Ресейдің",
# "Қазақстанға", "Астанадағы", "Ынтымақтастық ұйымының"). :func:`base_forms` reads a word right
# to left through the outer layers of the noun's template, ``stem + (plural) + possessive +
# case``, each optional, each suffix in its allomorphs with the sound the stem must end in for
# that allomorph (Kazakh grammar: the first consonant of a suffix assimilates to the stem's
# last sound; the ``н``-forms follow the 3rd-person possessive). A name may itself end in
# letters that look like an ending ("Қазақстан": ``-тан`` is also the ablative), so every
# reading is kept, the word itself first, and the gazetteer decides which one is a name.

#: the sound classes a suffix's allomorph is chosen by (the stem's last letter)
NAME_VOWEL = set("аәеиоөұүыіэюяё")
NAME_NASAL = set("мнң")
#: voiced consonants after which ``д``- and ``ғ``-forms come (``у`` and ``й`` act as glides)
NAME_VOICED = set("лрйузж")
NAME_VOICELESS = set("кқпстшфхцчщбвгд")
#: the 3rd-person possessive a stem ends in before the ``н``-forms of the cases
NAME_POSSESSIVE_END = set("ыі")

_V, _N, _D, _K, _P = "vowel", "nasal", "voiced", "voiceless", "possessive"
_NAME_CLASSES = {_V: NAME_VOWEL, _N: NAME_NASAL, _D: NAME_VOICED, _K: NAME_VOICELESS}


def _name_suffixes(*groups: tuple[str, tuple[str, ...]]) -> list[tuple[str, frozenset[str]]]:
    return [(s, frozenset(after)) for forms, after in groups for s in forms.split()]


#: case endings (and locative + ``-ғы`` "the one in"), longest first when matched
NAME_CASE = _name_suffixes(
    ("ның нің", (_V, _N)), ("дың дің", (_D,)), ("тың тің", (_K,)),           # genitive
    ("ға ге", (_V, _D, _N)), ("қа ке", (_K,)), ("на не", (_P,)),              # dative
    ("ны ні", (_V,)), ("ды ді", (_D, _N)), ("ты ті", (_K,)), ("н", (_P,)),    # accusative
    ("да де", (_V, _D, _N)), ("та те", (_K,)), ("нда нде", (_P,)),            # locative
    ("дағы дегі", (_V, _D, _N)), ("тағы тегі", (_K,)), ("ндағы ндегі", (_P,)),
    ("дан ден", (_V, _D)), ("тан тен", (_K,)), ("нан нен", (_N, _P)),         # ablative
    ("мен", (_V, _N, "л", "р", "у", "й")), ("бен", ("з", "ж")), ("пен", (_K,)),  # with
)
#: 3rd-person possessive ("Федерациясы", "ұйымы"), and 1st/2nd person plural ones
NAME_POSSESSIVE = _name_suffixes(("сы сі", (_V,)), ("ы і", (_N, _D, _K)))
NAME_PLURAL = _name_suffixes(("лар лер", (_V, "р", "у", "й")), ("дар дер", (_N, "л", "з", "ж")),
                   ("тар тер", (_K,)))
#: shortest stem left after taking an ending off (so "Ана" keeps its letters)
NAME_MIN_STEM = 2


def _name_fits(rest: str, after: frozenset[str]) -> bool:
    last = rest[-1]
    if _P in after and last in NAME_POSSESSIVE_END:
        return True
    return any(last in _NAME_CLASSES[c] for c in after if c in _NAME_CLASSES) or last in after


def _name_readings(word: str, layer: list[tuple[str, frozenset[str]]],
              min_stem: int = NAME_MIN_STEM) -> list[str]:
    """Every ``word`` less one suffix of ``layer`` whose allomorph fits what is left."""
    found = []
    for suffix, after in layer:
        rest = word[:-len(suffix)]
        if word.endswith(suffix) and len(rest) >= min_stem and (
                not rest or _name_fits(rest, after)):
            found.append(rest)
    return found


def _is_name_ending(tail: str) -> bool:
    """Whether ``tail`` is a case ending, maybe after a possessive (``тың``, ``сының``)."""
    return "" in _name_readings(tail, NAME_CASE, 0) or any(
        "" in _name_readings(rest, NAME_POSSESSIVE, 0)
        for rest in _name_readings(tail, NAME_CASE, 0))


@lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """The readings of ``word`` (case-folded) without a case ending, then also without a
    3rd-person possessive: the word itself first, then the least taken off. Endings after a
    hyphen (``АҚШ-тың``, ``ШЫҰ-ға``) go with the hyphen.

    >>> [base_forms(w)[1] for w in ["Ресейдің", "Қазақстанға", "Астанада", "Астанадағы"]]
    ['ресей', 'қазақстан', 'астана', 'астана']
    >>> "федерациясы" in base_forms("Федерациясының")
    True
    >>> base_forms("АҚШ-тың")
    ('ақш-тың', 'ақш')
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
    if dash and head and tail and _is_name_ending(tail):
        return (word, head)
    cased = _name_readings(word, NAME_CASE)
    owned = [r for rest in cased for r in _name_readings(rest, NAME_POSSESSIVE)]
    forms = dict.fromkeys([word, *sorted(cased, key=len, reverse=True),
                           *sorted(owned, key=len, reverse=True)])
    return tuple(forms)
