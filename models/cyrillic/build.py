"""Rebuild the Cyrillic look-alike artifacts from registry packages only.

    python models/cyrillic/build.py            # writes pipeline/data/cyrillic/*.xz
    python models/cyrillic/build.py ru --proper-only   # only proper_ru.txt.xz

Sources (see README.md for licences): Debian ``hunspell-kk`` and ``hunspell-ru``
(``/usr/share/hunspell``), expanded from their suffix rules to word forms; Debian
``tesseract-ocr-kaz`` (the Kazakh word list inside ``kaz.traineddata``, read out with
``combine_tessdata`` and ``dawg2wordlist`` from Debian ``tesseract-ocr``); PyPI
``wordfreq`` (Russian frequencies); PyPI ``pymorphy3-dicts-ru`` (Russian forms, used to
confirm wordfreq entries are real words). Nothing comes from Universal Dependencies.

Outputs, one per language (``kk``, ``ru``):
- ``lexicon_<lang>.txt.xz``: ``form<TAB>weight`` lines, lowercase forms, weight a
  rounded Zipf-like score (higher = more common);
- ``proper_<lang>.txt.xz``: ``lowercase<TAB>Cased`` for forms the dictionary has only
  capitalised (names, places, acronyms), so a decoded name gets its capital back;
- ``chars_<lang>.txt.xz``: ``ngram<TAB>count`` lines of character n-grams (orders
  1..ORDER, with ``^``/``$`` word boundaries) counted over the weighted lexicon.
"""

from __future__ import annotations

import lzma
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
#: where the pipeline finds its data (shipped inside the package)
DATA = HERE.parents[1] / "pipeline" / "data" / "cyrillic"
HUNSPELL = Path("/usr/share/hunspell")
TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")
ORDER = 5
#: n-grams seen fewer times than this (weighted) are dropped to keep files small
MIN_COUNT = 3
CYR_WORD = re.compile(r"^[а-яёәіңғүұқөһ]+(?:-[а-яёәіңғүұқөһ]+)?$")


def read_affixes(path: Path) -> dict[str, list[tuple[str, str, re.Pattern]]]:
    """Suffix rules by flag: (strip, add, condition) — the only kind both .aff use."""
    rules: dict[str, list[tuple[str, str, re.Pattern]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add.split("/")[0]
            rules[flag].append((strip, add, re.compile(f"(?:{cond})$")))
    return rules


def expand_hunspell(lang: str) -> set[str]:
    """All lowercase word forms a hunspell dictionary accepts through its suffix rules."""
    return {f.lower() for f in expand_hunspell_cased(lang) if CYR_WORD.match(f.lower())}


def proper_forms(lang: str) -> dict[str, str]:
    """lowercase -> cased form, for forms the dictionary only has capitalised (names,
    places, acronyms such as ``ЮНЕСКО``); for Russian also the wordfreq words every
    pymorphy3 dictionary reading of which is a name (``германии``, ``иваненко``)."""
    cased = expand_hunspell_cased(lang)
    lower = {f for f in cased if f.islower()}
    proper = {f.lower(): f for f in cased
              if not f.islower() and f.lower() not in lower and CYR_WORD.match(f.lower())}
    if lang == "ru":
        for word in pymorphy_names(lower):
            proper.setdefault(word, word[0].upper() + word[1:])
    if lang == "kk":
        listed = tesseract_words(lang)
        lower |= {w for w in listed if w.islower()}
        # Tesseract lists words as seen: one never seen in lower case is a name
        # (``Ельциннің``) or an acronym (``ТМД``); the capitalised spelling wins
        for word in sorted(listed, key=lambda w: (not w.istitle(), w)):
            low = word.lower()
            if (low not in lower and len(low) > 2 and CYR_WORD.match(low)
                    and (word.istitle() or word.isupper())):
                proper.setdefault(low, word)
    return proper


#: pymorphy3 grammemes of proper names: places, first names, surnames, patronymics,
#: organisations, trademarks
PROPER_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


def pymorphy_names(common: set[str]) -> list[str]:
    """wordfreq Russian words (Zipf >= 1.5) pymorphy3 knows only as names, and hunspell
    does not list in lower case."""
    import pymorphy3
    from wordfreq import iter_wordlist, zipf_frequency

    morph = pymorphy3.MorphAnalyzer()
    names = []
    for word in iter_wordlist("ru", "large"):
        if not CYR_WORD.match(word) or "-" in word:
            continue
        if zipf_frequency(word, "ru", "large") < 1.5:
            break
        if word in common or not morph.word_is_known(word):
            continue
        parses = [p for p in morph.parse(word)
                  if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]
        if parses and all(PROPER_TAGS & p.tag.grammemes for p in parses):
            names.append(word)
    return names


@lru_cache(maxsize=4)
def expand_hunspell_cased(lang: str) -> frozenset[str]:
    """All word forms a hunspell dictionary accepts through its suffix rules (no compounds)."""
    name = {"kk": "kk_KZ", "ru": "ru_RU"}[lang]
    rules = read_affixes(HUNSPELL / f"{name}.aff")
    forms: set[str] = set()
    lines = (HUNSPELL / f"{name}.dic").read_text(encoding="utf-8-sig").splitlines()[1:]
    for line in lines:
        stem, _, flags = line.strip().partition("/")
        if not stem:
            continue
        forms.add(stem)
        for flag in flags:
            for strip, add, cond in rules.get(flag, ()):
                if cond.search(stem) and stem.endswith(strip):
                    forms.add(stem[: len(stem) - len(strip)] + add)
    return frozenset(forms)


def dictionary_entries(lang: str) -> set[str]:
    """The lowercase words listed in the .dic file itself (no suffix rules applied)."""
    name = {"kk": "kk_KZ", "ru": "ru_RU"}[lang]
    lines = (HUNSPELL / f"{name}.dic").read_text(encoding="utf-8-sig").splitlines()[1:]
    return {line.partition("/")[0].strip().lower() for line in lines}


#: what the Kazakh lexicon's weights say (no Kazakh frequency list is packaged): a form
#: both the dictionary and Tesseract's list of words seen on the web know is common; a
#: form one of them knows is less so; a form only the suffix rules generate is rare
KK_WEIGHTS = {"both": 30, "tesseract": 22, "entry": 20, "generated": 12}
#: Kazakh letters and the Russian letter a Russian keyboard types for each
KK_TO_RU = str.maketrans("әғқңөұүһі", "агкноуухи")


@lru_cache(maxsize=2)
def tesseract_words(lang: str) -> frozenset[str]:
    """The word list Tesseract's LSTM model for ``lang`` ships (its ``lstm-word-dawg``),
    cased as listed: about 440k Kazakh forms seen in web text, inflections included."""
    name = {"kk": "kaz", "ru": "rus"}[lang]
    with tempfile.TemporaryDirectory() as tmp:
        prefix = f"{tmp}/{name}."
        subprocess.run(["combine_tessdata", "-u", str(TESSDATA / f"{name}.traineddata"), prefix],
                       check=True, capture_output=True)
        out = f"{tmp}/words.txt"
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg",
                        out], check=True, capture_output=True)
        return frozenset(Path(out).read_text(encoding="utf-8").split())


def tesseract_forms(lang: str) -> set[str]:
    """Tesseract's lowercase Cyrillic forms, less the ones typed on a Russian keyboard:
    a form with no Kazakh letter whose Kazakh-lettered twin is also listed
    (``табигаттын`` beside ``табиғаттың``) is a misspelling, not a word."""
    forms = {w.lower() for w in tesseract_words(lang) if CYR_WORD.match(w.lower())}
    twins = {f.translate(KK_TO_RU) for f in forms if f.translate(KK_TO_RU) != f}
    return {f for f in forms if f.translate(KK_TO_RU) != f or f not in twins}


def weighted_forms(lang: str) -> dict[str, int]:
    """form -> weight (about 10 x Zipf frequency for Russian; :data:`KK_WEIGHTS` for
    Kazakh, 15 for Russian dictionary forms with no count)."""
    forms = expand_hunspell(lang)
    if lang == "kk":
        entries = dictionary_entries(lang)
        seen = tesseract_forms(lang)
        weights = {f: KK_WEIGHTS["generated"] for f in forms}
        for f in entries & forms:
            weights[f] = KK_WEIGHTS["entry"]
        for f in seen:
            # a one- or two-letter form only Tesseract lists is more often a fragment
            # or a Roman numeral (``ві``) than a word
            if f in forms or len(f) > 2:
                weights[f] = KK_WEIGHTS["both" if f in forms else "tesseract"]
        return weights
    weights = {f: 15 for f in forms}
    import pymorphy3
    from wordfreq import iter_wordlist, zipf_frequency

    morph = pymorphy3.MorphAnalyzer()
    for word in iter_wordlist("ru", "large"):
        if not CYR_WORD.match(word):
            continue
        zipf = zipf_frequency(word, "ru", "large")
        if zipf < 1.5:
            break
        if word in weights or morph.word_is_known(word):
            weights[word] = max(weights.get(word, 0), round(zipf * 10))
    return weights


def char_ngrams(weights: dict[str, int]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for form, weight in weights.items():
        w = max(1, weight - 10)
        padded = f"^{form}$"
        for n in range(1, ORDER + 1):
            for i in range(len(padded) - n + 1):
                counts[padded[i : i + n]] += w
    return counts


def write_xz(path: Path, rows: list[str]) -> None:
    with lzma.open(path, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as out:
        out.write("\n".join(rows) + "\n")


def write_proper(lang: str) -> None:
    proper = proper_forms(lang)
    write_xz(DATA / f"proper_{lang}.txt.xz", [f"{k}\t{v}" for k, v in sorted(proper.items())])
    print(lang, len(proper), "proper forms")


def main(langs: list[str], proper_only: bool = False) -> None:
    for lang in langs:
        write_proper(lang)
        if proper_only:
            continue
        weights = weighted_forms(lang)
        write_xz(DATA / f"lexicon_{lang}.txt.xz",
                 [f"{f}\t{w}" for f, w in sorted(weights.items())])
        counts = char_ngrams(weights)
        write_xz(DATA / f"chars_{lang}.txt.xz",
                 [f"{g}\t{c}" for g, c in sorted(counts.items()) if c >= MIN_COUNT or len(g) == 1])
        print(lang, len(weights), "forms,", len(counts), "n-grams")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--proper-only"]
    main(args or ["kk", "ru"], proper_only="--proper-only" in sys.argv)
