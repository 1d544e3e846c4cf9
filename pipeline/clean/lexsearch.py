"""Read a damaged word as the lexicon form its glyphs come closest to.

The free beam search of :mod:`.decode` reads each glyph as the letter its shape
suggests; on a noisy scan that reading is often no word at all, though a known form lies
a lost letter and a misread glyph away along another path of the lattice (``MOJIIEPi``:
free reading мөлері, the form мөлшері). This search walks the same lattice but keeps only
readings that are prefixes of a lexicon form, and lets the scan have lost a letter
(insert) or misread a glyph as a letter no table entry gives (substitute), each at a cost
and at most :data:`MAX_EDITS` times a word. Its score is on the scale of
:func:`.decode.decode_token`'s, so the two readings can be compared.
"""

from __future__ import annotations

from typing import TypeVar

from .costs import EDIT_COST, LETTER_BONUS, LEXICON_BONUS, LEXICON_WEIGHT
from .glyphs import ALPHABET, readings_at
from .langmodel import CharModel, Lexicon, char_model, lexicon

#: the cost of a letter the scan lost, and of a glyph misread as a letter no table entry
#: gives
INSERT_COST = EDIT_COST["insert"]
SUBSTITUTE_COST = EDIT_COST["replace"]
#: at most this many edits a word: more would find a known form near any string
MAX_EDITS = 2
#: words shorter than this have too many known neighbours to guess
MIN_LEN = 4
BEAM = 32


def lexicon_reading(glyphs: str, lang: str, noise_cost: float,
                    learned: bool = False) -> tuple[str, float] | None:
    """The best known form ``glyphs`` can be read as, with its score, or None.

    >>> from pipeline.clean.costs import NOISE_COST
    >>> read = lambda g: lexicon_reading(g, "kk", NOISE_COST)[0]
    >>> read("MOJIIEPi")          # seed 002: JII is лш, not лі
    'мөлшері'
    >>> read("YIKeH")             # л lost after ү
    'үлкен'
    """
    if sum(c.isalpha() for c in glyphs) < MIN_LEN:
        return None
    words = lexicon(lang)
    model = char_model(lang)
    alphabet = ALPHABET[lang]
    # layers[i]: (word so far, edits used) -> score, for readings of glyphs[:i]
    layers: list[dict[tuple[str, int], float]] = [{} for _ in range(len(glyphs) + 1)]
    layers[0][("", 0)] = 0.0
    letters_after = _Continuations(words, model, alphabet)
    unseen = float("-inf")
    for i in range(len(glyphs) + 1):
        layer = layers[i]
        inserted: dict[tuple[str, int], float] = {}
        for (word, edits), score in layer.items():
            # a letter lost inside the word; one lost at its end is a guess at an ending
            if edits < MAX_EDITS and 0 < i < len(glyphs):
                for c, logp in letters_after(word):
                    key, s = (word + c, edits + 1), score - INSERT_COST + logp
                    if inserted.get(key, unseen) < s:
                        inserted[key] = s
        for key, score in inserted.items():
            if layer.get(key, unseen) < score:
                layer[key] = score
        if len(layer) > BEAM:
            layers[i] = layer = best_first(layer, BEAM)
        if i == len(glyphs):
            break
        options = readings_at(glyphs, i, lang, learned)
        ch = glyphs[i]
        edit_here = ch.isalnum()
        ahead = layers[i + 1]
        for (word, edits), score in layer.items():
            following = words.next_letters(word)
            history = "^" + word
            for n, letter, cost in options:
                if letter in following:
                    key, s = (word + letter, edits), \
                        score - cost + model.logp(history, letter) + LETTER_BONUS
                    target = layers[i + n]
                    if target.get(key, unseen) < s:
                        target[key] = s
            key, s = (word, edits), score - noise_cost
            if ahead.get(key, unseen) < s:
                ahead[key] = s
            if edits < MAX_EDITS and edit_here:
                for c, logp in letters_after(word):
                    key, s = (word + c, edits + 1), score - SUBSTITUTE_COST + logp
                    if ahead.get(key, unseen) < s:
                        ahead[key] = s
    best: tuple[str, float] | None = None
    for (word, _), score in layers[-1].items():
        weight = words.get(word)
        if weight is None:
            continue
        total = score + model.logp("^" + word, "$") + LEXICON_BONUS + LEXICON_WEIGHT * weight
        if best is None or total > best[1]:
            best = (word, total)
    return best


K = TypeVar("K")


def best_first(scores: dict[K, float], n: int) -> dict[K, float]:
    """The ``n`` best-scoring entries of ``scores``, best first and ties in the order
    they were found: the beam of both searches. The dict's own ``__getitem__`` is the
    sort key and the sort is stable in reverse, so no Python function runs per entry.

    >>> best_first({"a": 1.0, "b": 3.0, "c": 1.0, "d": 0.5}, 3)
    {'b': 3.0, 'a': 1.0, 'c': 1.0}
    """
    return {key: scores[key] for key in sorted(scores, key=scores.__getitem__, reverse=True)[:n]}


class _Continuations:
    """The letters of the alphabet that continue a prefix in some lexicon form, each with
    its character-model log probability after the prefix, worked out once per prefix for
    one search: the insert and the substitute steps ask the same prefix again at every
    position, and each asks it of every letter.
    """

    def __init__(self, words: Lexicon, model: CharModel, alphabet: str) -> None:
        self.words, self.model, self.alphabet = words, model, alphabet
        self.found: dict[str, list[tuple[str, float]]] = {}

    def __call__(self, prefix: str) -> list[tuple[str, float]]:
        hit = self.found.get(prefix)
        if hit is None:
            history = "^" + prefix
            hit = [(c, self.model.logp(history, c))
                   for c in self.words.next_letters(prefix) if c in self.alphabet]
            self.found[prefix] = hit
        return hit
