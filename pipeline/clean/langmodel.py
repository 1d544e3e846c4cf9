"""Kazakh and Russian lexicons and character n-gram models, loaded once per process.

Built by ``models/cyrillic/build.py`` from hunspell dictionaries, wordfreq and pymorphy3
(see ``models/cyrillic/README.md``). Scores are natural logs; the n-gram model uses
stupid backoff (Brants et al. 2007), which needs only counts and is fast to query.
"""

from __future__ import annotations

import lzma
import math
from bisect import bisect_left
from functools import lru_cache

from ..resources import DataFileError, cached, data_path

ORDER = 5
_BACKOFF = math.log(0.4)
_UNSEEN = math.log(1e-7)


def _counts(name: str) -> dict[str, int]:
    """``key<TAB>count`` rows of an xz-compressed data file, as a dict.

    Read in bulk (one split, one ``map(int)``): a row at a time, with a tuple per row,
    took twice as long for the 360,000 rows of a character model, every worker start.
    """
    lines = _lines(name)
    parts = "\t".join(lines).split("\t")
    try:
        if len(parts) != 2 * len(lines):
            raise ValueError
        return dict(zip(parts[0::2], map(int, parts[1::2])))
    except ValueError:
        bad = next(line for line in lines if not _is_row(line))
        raise DataFileError(data_path(name), f"bad row {bad[:40]!r}") from None


def _is_row(line: str) -> bool:
    """Whether ``line`` is ``key<TAB>integer``.

    >>> _is_row("ab\\t12"), _is_row("ab 12"), _is_row("a\\tb\\t1")
    (True, False, False)
    """
    key, tab, value = line.partition("\t")
    return bool(tab) and "\t" not in value and value.strip().lstrip("-").isdigit()


class CharModel:
    """P(next letter | up to ORDER-1 previous letters) of one language's word forms.

    ``^`` starts a word and ``$`` ends it.
    """

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.total = sum(v for k, v in counts.items() if len(k) == 1)
        # keyed by the last ORDER-1 letters of the history and the letter: the decoder
        # asks the same few thousand questions over and over
        self._cached = lru_cache(maxsize=2_000_000)(self._logp)

    def logp(self, history: str, char: str) -> float:
        """Log probability of ``char`` after ``history`` (its last ORDER-1 letters count)."""
        return self._cached(history[-(ORDER - 1):], char)

    def _logp(self, history: str, char: str) -> float:
        penalty = 0.0
        for i in range(len(history) + 1):
            h = history[i:]
            joint = self.counts.get(h + char)
            if joint:
                # every prefix of a counted gram is counted itself
                base = self.counts[h] if h else self.total
                return penalty + math.log(joint / base)
            penalty += _BACKOFF
        return penalty + _UNSEEN

    def word_logp(self, word: str) -> float:
        """Log probability of ``word`` as a whole word, from ``^`` to ``$``."""
        return sum(self.logp("^" + word[:i], word[i]) for i in range(len(word))) \
            + self.logp("^" + word, "$")


@cached
def char_model(lang: str) -> CharModel:
    return CharModel(_counts(f"cyrillic/chars_{lang}.txt.xz"))


class Lexicon:
    """A sorted list of ``form<TAB>weight`` lines searched by bisection.

    Building a dict of a million forms takes seconds; splitting the file into a list
    takes a fraction of that, and a lookup is a few string comparisons.
    """

    def __init__(self, lines: list[str], common: dict[str, int] | None = None) -> None:
        self.lines = lines
        self._next: dict[str, str] = {}
        #: hand-listed weights of the commonest forms, where no frequency list exists
        self.common = common or {}

    def get(self, word: str, default: int | None = None) -> int | None:
        hit = self.common.get(word)
        if hit is not None:
            return hit
        key = word + "\t"
        i = bisect_left(self.lines, key)
        if i < len(self.lines) and self.lines[i].startswith(key):
            return int(self.lines[i][len(key):])
        return default

    def next_letters(self, prefix: str) -> str:
        """The letters that follow ``prefix`` in some form, one bisection per letter
        found (the lines are sorted, so each letter's forms are one block).

        >>> Lexicon(["ал\t1", "алма\t2", "ат\t3"]).next_letters("а")
        'лт'
        """
        hit = self._next.get(prefix)
        if hit is not None:
            return hit
        lines, n = self.lines, len(prefix)
        i = bisect_left(lines, prefix)
        letters = []
        while i < len(lines) and lines[i].startswith(prefix):
            c = lines[i][n]
            if c != "\t":
                letters.append(c)
            i = bisect_left(lines, prefix + chr(ord(c) + 1), i)
        found = "".join(letters)
        if len(self._next) < 500_000:
            self._next[prefix] = found
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self.lines)


@cached
def lexicon(lang: str) -> Lexicon:
    """Lowercase word form -> weight (about 10 x Zipf frequency); ``common_<lang>.txt``,
    where present, overrides the weights of the commonest forms."""
    common = {}
    if lang in COMMON_LANGS:
        name = f"cyrillic/common_{lang}.txt"
        for line in data_path(name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                form, _, weight = line.partition("\t")
                try:
                    common[form] = int(weight)
                except ValueError:
                    raise DataFileError(data_path(name), f"bad row {line[:40]!r}") from None
    return Lexicon(_lines(f"cyrillic/lexicon_{lang}.txt.xz"), common)


@cached
def proper_forms(lang: str) -> dict[str, str]:
    """Lowercase -> cased form of names and acronyms the dictionary only has capitalised.

    Kazakh also takes the Russian names it does not know as words: hunspell-kk is all
    lower case, and place and personal names are mostly spelt alike (Бразилия, Иваненко).
    """
    names = dict(line.partition("\t")[::2] for line in _lines(f"cyrillic/proper_{lang}.txt.xz"))
    if lang == "kk":
        words = lexicon(lang)
        for lower, cased in proper_forms("ru").items():
            if lower not in names and lower not in words:
                names[lower] = cased
    return names


def _lines(name: str) -> list[str]:
    """The lines of an xz-compressed UTF-8 data file; a damaged file names itself."""
    path = data_path(name)
    try:
        with lzma.open(path, "rb") as handle:
            lines = handle.read().decode("utf-8").split("\n")
    except (lzma.LZMAError, EOFError, UnicodeDecodeError) as err:
        raise DataFileError(path, f"cannot be read as xz-compressed UTF-8 text ({err})") \
            from None
    return lines[:-1] if lines and not lines[-1] else lines


#: the languages with a hand-weighted list of common forms (``common_<lang>.txt``)
COMMON_LANGS = ("kk",)

#: every data file this module may load, for the stage's ``data_files`` declaration
DATA_FILES = tuple(f"cyrillic/{kind}_{lang}.txt.xz" for kind in ("chars", "lexicon", "proper")
                   for lang in ("kk", "ru")) + tuple(f"cyrillic/common_{lang}.txt"
                                                    for lang in COMMON_LANGS)
