"""Decode a run of Latin look-alike glyphs back to Kazakh or Russian Cyrillic.

A beam search over the glyph lattice (:mod:`.glyphs`): at each input position keep the
best few partial readings, extend each by every glyph that matches there, score each new
letter with the language's character model, and at each word end add a lexicon bonus. It
is a Viterbi pass with a bounded beam, so a word costs a few hundred model look-ups, never
an enumeration of all readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..resources import cached
from .costs import (
    EDIT_COST,
    KEEP_COST,
    LETTER_BONUS,
    LEXICON_BONUS,
    LEXICON_WEIGHT,
    NOISE_COST,
    NOISY_SCAN_COST,
)
from .glyphs import ALPHABET, glyph_table, readings_at
from .langmodel import Lexicon, char_model, lexicon
from .lexsearch import best_first, lexicon_reading

__all__ = ["NOISE_COST", "NOISY_SCAN_COST", "LETTER_BONUS", "LEXICON_BONUS", "LEXICON_WEIGHT",
           "Reading", "decode_token", "near_word"]

BEAM = 24


@dataclass(frozen=True)
class Reading:
    """One decoding of a token: the text, its score, and the share of its words found in
    the lexicon (the evidence that the decoding is right)."""

    text: str
    score: float
    known: int
    words: int
    #: words that are no known form as read but near one (and replaced by it)
    near: int = 0


def _finish_word(word: str, lang: str) -> tuple[float, bool]:
    if not word:
        return 0.0, False
    model = char_model(lang)
    score = model.logp("^" + word, "$")
    weight = lexicon(lang).get(word)
    if weight is not None:
        return score + LEXICON_BONUS + LEXICON_WEIGHT * weight, True
    return score, False


def _keep_cost(token: str, i: int, learned: bool = False) -> float:
    """Keeping a digit or punctuation as it is costs nothing, unless it can start a
    glyph (``)`` of ``)K``, ``3`` for з) and is not part of a number."""
    ch = token[i]
    if ch == "-":
        return 0.0
    if _inside_word(token, i) or _stray_mark(token, i):
        return 2 * KEEP_COST
    if ch.isdigit() and (token[i - 1:i].isdigit() or token[i + 1:i + 2].isdigit()):
        return 0.0
    if ch in _glyph_starts(learned):
        # a glyph start followed by a letter is a letter: ``)K`` is ж, ``6p`` is бр
        return 2 * KEEP_COST if token[i + 1:i + 2].isalpha() else 2.5
    return 0.0


def _inside_word(token: str, i: int) -> bool:
    """Between a letter and a letter or a glyph that starts a letter (``TiJl,/lepiH``),
    unless it is the dot of an abbreviation of single letters (``x.T.0.``, ж.т.б.).

    >>> _inside_word("TiJl,/lepiH", 4), _inside_word("x.T.0.", 1)
    (True, False)
    """
    after = token[i + 1:i + 2]
    if token[i] == "." and (i == 1 or token[i - 2:i - 1] == "."):
        return False
    return token[i - 1:i].isalpha() and (after.isalpha() or after in _MARK_STARTS)


#: non-letters that start a look-alike glyph (``/I`` for д, ``)K`` for ж)
_MARK_STARTS = frozenset("/)}>|®<")


def _stray_mark(token: str, i: int) -> bool:
    """A dot, comma or apostrophe glued to the start of a word (``.B``, ``«.Mdckey``):
    scan noise, since no word of running text starts that way.

    >>> _stray_mark("«.Mdckey»", 1), _stray_mark("T.b.", 1)
    (True, False)
    """
    after = token[i + 1:i + 2]
    glyph = (after in _MARK_STARTS or after.isdigit()) and token[i + 2:i + 3].isalpha()
    return (token[i] in ".,'`’" and (after.isalpha() or glyph)
            and (i == 0 or token[i - 1] in "«\"“„(["))


@cached
def _glyph_starts(learned: bool = False) -> frozenset[str]:
    return frozenset(g[0] for g in glyph_table(learned))


@cached(maxsize=65536)       # a scan repeats its words: және is )KOHE every time
def decode_token(token: str, lang: str, beam: int = BEAM,
                 noise_cost: float = NOISE_COST, noisy_scan: bool = False) -> Reading:
    """The best lowercase Cyrillic reading of one whitespace-free ``token``.

    Characters no glyph covers (digits, punctuation) are kept as they are and end the
    current word. A word read as no known form is replaced by a known form one edit
    away. A ``noisy_scan`` is read with the glyph readings learned from Tesseract as well,
    and such a word may also become the known form closest to its glyphs
    (:mod:`.lexsearch`), whichever scores better.

    >>> decode_token("MaHBI3/Ibl", "kk").text        # seed 002
    'маңызды'
    >>> decode_token("6i3J1iH", "kk").text
    'біздің'
    >>> decode_token("Ha/l", "ru").text
    'над'
    >>> decode_token("2014", "kk").text      # numbers stay numbers
    '2014'
    """
    model = char_model(lang)
    # the readings of token[:i] that end at input position i, by their text so far:
    # scores[i] holds their scores (sorted for the beam as they are), states[i] their
    # (current_word, known, words); a text enters both at once, so both keep one order
    scores: list[dict[str, float]] = [{} for _ in range(len(token) + 1)]
    states: list[dict[str, tuple[str, int, int]]] = [{} for _ in range(len(token) + 1)]
    scores[0][""], states[0][""] = 0.0, ("", 0, 0)
    for i in range(len(token)):
        here = scores[i]
        if not here:
            continue
        if len(here) > beam:
            here = best_first(here, beam)
        state = states[i]
        options = readings_at(token, i, lang, noisy_scan)
        ch = token[i]
        if ch.isalpha():
            if not "\u0400" <= ch <= "\u04ff":
                # OCR noise: a stray glyph read where there was none
                options.append((1, "", noise_cost))
        elif (_inside_word(token, i) and ch != "-") or _stray_mark(token, i):
            options.append((1, "", noise_cost / 2))
        keep = not ch.isalpha()
        keep_cost = _keep_cost(token, i, noisy_scan) if keep else 2 * KEEP_COST
        # a digit or mark kept between letters (``ci3o``) does not end a real word: the
        # piece before it earns no lexicon bonus, or splitting a word in two known
        # halves would pay for keeping the glyph
        splits_word = keep and ch != "-" and _inside_word(token, i)
        for text, score in here.items():
            word, known, words = state[text]
            history = "^" + word
            for n, letter, cost in options:
                s = score - cost + (model.logp(history, letter) + LETTER_BONUS
                                    if letter else 0.0)
                key = text + letter
                target = scores[i + n]
                old = target.get(key)
                if old is None or old < s:
                    target[key] = s
                    states[i + n][key] = (word + letter, known, words)
            if keep or not options:
                bonus, hit = ((model.logp(history, "$"), False) if splits_word
                              else _finish_word(word, lang))
                s = score + bonus - keep_cost
                key = text + ch
                target = scores[i + 1]
                old = target.get(key)
                if old is None or old < s:
                    target[key] = s
                    states[i + 1][key] = ("", known + hit, words + bool(word))
    best: Reading | None = None
    final = states[len(token)]
    for text, score in scores[len(token)].items():
        word, known, words = final[text]
        bonus, hit = _finish_word(word, lang)
        reading = Reading(text, score + bonus, known + hit, words + bool(word))
        if best is None or reading.score > best.score:
            best = reading
    if best is None:
        return Reading(token, 0.0, 0, 0)
    if best.known == best.words:
        return best
    if noisy_scan:
        # the search also walks the one-edit neighbours of the lattice's paths
        found = _lexicon_word(token, best, lang, noise_cost)
        if found is not None:
            return found
    return _near_words(best, lang)


#: punctuation around a word, outside its glyphs
_EDGES = re.compile(r"^([«\"“„(\['`’]*)(.*?)([.,;:!?»\"”)\]'’]*)$")


def _lexicon_word(token: str, best: Reading, lang: str, noise_cost: float) -> Reading | None:
    """The token read as the known form closest to its glyphs (:mod:`.lexsearch`), when
    it is one word (its glyphs may hold digits: ``ci3o``) the free reading did not find
    and the form scores better. It counts
    as a near word, not a known one: a guess is no evidence of the language."""
    edges = _EDGES.match(token)
    if edges is None:  # only a line break inside the token stops the match: not one word
        return None
    before, core, after = edges.groups()
    if not core or not all(c.isalnum() or c in _MARK_STARTS for c in core):
        return None
    hit = lexicon_reading(core, lang, noise_cost, learned=True)
    if hit is None or hit[1] <= best.score:
        return None
    return Reading(before + hit[0] + after, hit[1], 0, 1, 1)


#: words shorter than this have too many neighbours one edit away to guess
MIN_EDIT_LEN = 4
#: the edits tried per language. Deleting a letter of an unknown Kazakh word more often
#: turns a real unlisted inflection into a listed one (астанасын -> астанасы) than it
#: repairs noise; a lost letter (көрсеткш -> көрсеткіш) or a misread one is worth trying
#: since the lexicon holds Tesseract's Kazakh word list.
EDIT_KINDS = {"ru": frozenset(EDIT_COST), "kk": frozenset({"insert", "replace"})}
_CYR_RUN = re.compile(r"[а-яёәіңғүұқөһ]+")


def near_word(word: str, lang: str) -> tuple[str, float] | None:
    """The lexicon word one edit from ``word`` that scores best, with its gain over
    ``word`` (nats), when ``word`` is not itself known and such a word scores better.

    About 1.5% of characters in a scan are noise: a glyph lost, a stray one read as a
    letter. A decoding that is no word but one edit from a known word is most likely
    that word.

    >>> near_word("чеовек", "ru")[0]       # a lost л
    'человек'
    >>> near_word("ыграл", "ru")[0]
    'сыграл'
    >>> near_word("человек", "ru") is None   # a word of its own
    True
    """
    if len(word) < MIN_EDIT_LEN or word in lexicon(lang):
        return None
    model = char_model(lang)
    words = lexicon(lang)
    base = model.word_logp(word)
    best: tuple[str, float] | None = None
    seen: set[str] = set()
    kinds = EDIT_KINDS[lang]
    for kind, cand in _edits(word, ALPHABET[lang], _Starts(words)):
        if kind not in kinds or cand in seen:
            continue
        seen.add(cand)
        weight = words.get(cand)
        if weight is None:
            continue
        gain = (model.word_logp(cand) + LEXICON_BONUS + LEXICON_WEIGHT * weight
                - EDIT_COST[kind] - base)
        if gain > 0 and (best is None or gain > best[1]):
            best = (cand, gain)
    return best


def _edits(word: str, alphabet: str, starts: Callable[[str], str] | None = None
           ) -> Iterator[tuple[str, str]]:
    """Every word one edit from ``word``: the inserts, then for each position the delete
    and the replacements. With ``starts`` (the letters that continue a prefix in some
    known form), an insert or a replacement whose letter continues no known form's
    prefix is left out: it can be no known form, and the order of the rest is kept.

    >>> [w for _, w in _edits("ab", "ab")]
    ['aab', 'bab', 'aab', 'abb', 'aba', 'abb', 'b', 'bb', 'a', 'aa']
    >>> [w for _, w in _edits("ab", "ab", lambda prefix: "b")]
    ['bab', 'abb', 'abb', 'b', 'bb', 'a']
    """
    def letters(prefix: str) -> str:
        if starts is None:
            return alphabet
        allowed = starts(prefix)
        return "".join(c for c in alphabet if c in allowed)

    for i in range(len(word) + 1):
        for c in letters(word[:i]):
            yield "insert", word[:i] + c + word[i:]
    for i in range(len(word)):
        yield "delete", word[:i] + word[i + 1:]
        for c in letters(word[:i]):
            if c != word[i]:
                yield "replace", word[:i] + c + word[i + 1:]


class _Starts:
    """The letters that follow a prefix in some form of a lexicon: in its sorted lines
    (:meth:`Lexicon.next_letters`) or in its hand-weighted common forms, which
    :meth:`Lexicon.get` also answers from."""

    def __init__(self, words: Lexicon) -> None:
        self.words = words
        self.common = _common_prefixes(words)

    def __call__(self, prefix: str) -> str:
        return self.words.next_letters(prefix) + self.common.get(prefix, "")


@cached(maxsize=4)
def _common_prefixes(words: Lexicon) -> dict[str, str]:
    """Prefix -> the letters that follow it in some common form of ``words``."""
    after: dict[str, set[str]] = {}
    for form in words.common:
        for i in range(len(form)):
            after.setdefault(form[:i], set()).add(form[i])
    return {prefix: "".join(sorted(letters)) for prefix, letters in after.items()}


def _near_words(reading: Reading, lang: str) -> Reading:
    """``reading`` with each unknown word replaced by a known word one edit away, where
    one scores better. The count of known words stays: a guess is no evidence that the
    token is Kazakh or Russian at all (``Benteler``)."""
    gained, found = 0.0, 0

    def fix(m: re.Match) -> str:
        nonlocal gained, found
        hit = near_word(m.group(), lang)
        if hit is None:
            return m.group()
        gained += hit[1]
        found += 1
        return hit[0]

    text = _CYR_RUN.sub(fix, reading.text)
    if not found:
        return reading
    return Reading(text, reading.score + gained, reading.known, reading.words, found)
