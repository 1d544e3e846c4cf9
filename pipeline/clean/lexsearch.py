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

from .costs import EDIT_COST, LETTER_BONUS, LEXICON_BONUS, LEXICON_WEIGHT
from .glyphs import ALPHABET, readings_at
from .langmodel import char_model, lexicon

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

    def push(layer: dict, key: tuple[str, int], score: float) -> None:
        if layer.get(key, float("-inf")) < score:
            layer[key] = score

    for i in range(len(glyphs) + 1):
        layer = layers[i]
        inserted: dict[tuple[str, int], float] = {}
        for (word, edits), score in layer.items():
            # a letter lost inside the word; one lost at its end is a guess at an ending
            if edits < MAX_EDITS and 0 < i < len(glyphs):
                for c in words.next_letters(word):
                    if c in alphabet:
                        push(inserted, (word + c, edits + 1),
                             score - INSERT_COST + model.logp("^" + word, c))
        for key, score in inserted.items():
            push(layer, key, score)
        if len(layer) > BEAM:
            layers[i] = layer = dict(sorted(layer.items(), key=lambda kv: -kv[1])[:BEAM])
        if i == len(glyphs):
            break
        options = readings_at(glyphs, i, lang, learned)
        ch = glyphs[i]
        for (word, edits), score in layer.items():
            following = words.next_letters(word)
            for n, letter, cost in options:
                if letter in following:
                    push(layers[i + n], (word + letter, edits),
                         score - cost + model.logp("^" + word, letter) + LETTER_BONUS)
            push(layers[i + 1], (word, edits), score - noise_cost)
            if edits < MAX_EDITS and ch.isalnum():
                for c in words.next_letters(word):
                    if c in alphabet:
                        push(layers[i + 1], (word + c, edits + 1),
                             score - SUBSTITUTE_COST + model.logp("^" + word, c))
    best: tuple[str, float] | None = None
    for (word, _), score in layers[-1].items():
        weight = words.get(word)
        if weight is None:
            continue
        total = score + model.logp("^" + word, "$") + LEXICON_BONUS + LEXICON_WEIGHT * weight
        if best is None or total > best[1]:
            best = (word, total)
    return best
