"""Learn which Latin glyphs a Latin-only OCR engine reads for each Cyrillic letter.

    python models/cyrillic/confusions.py PAIRS.jsonl [PAIRS.jsonl ...]

Reads pairs made by ``ocr_pairs.py`` (Cyrillic words printed and read back by Tesseract's
English model), aligns each word's letters to the OCR's glyphs by hard EM (each letter
emits zero to three glyphs; the alignment starts from the hand-written table of
``pipeline/clean/glyphs.py``), and writes ``confusions.tsv``: ``glyph<TAB>letter<TAB>
class<TAB>count``, the readings seen at least :data:`MIN_COUNT` times that the hand table
lacks, with the cost class ``c``/``a``/``r`` that P(glyph | letter) earns. The decoder adds
them to the hand table.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.clean.glyphs import glyph_table  # noqa: E402

MAX_GLYPH = 3
ITERATIONS = 4
MIN_COUNT = 4
#: P(glyph | letter) thresholds of the cost classes
CLASSES = (("c", 0.25), ("a", 0.06), ("r", 0.015))
#: P(glyph | letter) of a reading neither the hand table nor the data has shown yet
UNSEEN = 1e-6


def hand_table() -> dict[str, dict[str, float]]:
    """letter -> glyph -> prior weight, from the hand table."""
    weights = {0.0: 1.0, 1.5: 0.3, 3.0: 0.1}      # by cost: common, alternative, rare
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for glyph, letters in glyph_table().items():
        for letter, cost in letters:
            table[letter][glyph] = weights[cost]
    return table


def align(word: str, glyphs: str, logp) -> list[tuple[str, str]] | None:
    """The best split of ``glyphs`` into one piece (0-3 glyphs) per letter of ``word``."""
    n, m = len(word), len(glyphs)
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        for j in range(m + 1):
            for k in range(0, min(MAX_GLYPH, j) + 1):
                prev = best[i - 1][j - k]
                if prev == -math.inf:
                    continue
                score = prev + logp(word[i - 1], glyphs[j - k:j])
                if score > best[i][j]:
                    best[i][j], back[i][j] = score, k
    if best[n][m] == -math.inf:
        return None
    pieces, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        pieces.append((word[i - 1], glyphs[j - k:j]))
        j -= k
    return pieces[::-1]


def _logp(probs: dict[str, dict[str, float]], letter: str, piece: str) -> float:
    p = probs.get(letter, {}).get(piece)
    if p is None:
        # a piece never seen: likelier when short; losing the letter is rare
        p = UNSEEN * (10 if len(piece) == 1 else 1) * (0.1 if not piece else 1)
    return math.log(p)


def learn(pairs: list[tuple[str, str]]) -> dict[str, Counter]:
    """letter -> Counter of the glyph pieces it was aligned to."""
    prior = hand_table()
    probs: dict[str, dict[str, float]] = {}
    for letter, glyphs in prior.items():
        total = sum(glyphs.values())
        probs[letter] = {g: w / total for g, w in glyphs.items()}
    counts: dict[str, Counter] = {}
    for _ in range(ITERATIONS):
        counts = defaultdict(Counter)
        for word, glyphs in pairs:
            pieces = align(word, glyphs, lambda letter, piece, p=probs: _logp(p, letter, piece))
            for letter, piece in pieces or ():
                counts[letter][piece] += 1
        probs = {}
        for letter, seen in counts.items():
            total = sum(seen.values()) + sum(prior.get(letter, {}).values())
            probs[letter] = {g: (c + prior.get(letter, {}).get(g, 0)) / total
                             for g, c in seen.items()}
            for g, w in prior.get(letter, {}).items():
                probs[letter].setdefault(g, w / total)
    return counts


def word_pairs(paths: list[Path]) -> list[tuple[str, str]]:
    pairs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for truth, ocr in zip(row["truth"].split(), row["ocr"].split()):
                pairs.append((truth.lower(), ocr))
    return pairs


def new_readings(counts: dict[str, Counter]) -> list[tuple[str, str, str, int]]:
    """(glyph, letter, class, count) for the readings the hand table lacks."""
    known = {(g, letter) for letter, glyphs in hand_table().items() for g in glyphs}
    rows = []
    for letter, seen in counts.items():
        total = sum(seen.values())
        for glyph, count in seen.items():
            if not glyph or glyph.isspace() or count < MIN_COUNT or (glyph, letter) in known:
                continue
            if glyph.lower() == letter:      # the letter itself (Cyrillic passed through)
                continue
            share = count / total
            cls = next((c for c, floor in CLASSES if share >= floor), None)
            if cls:
                rows.append((glyph, letter, cls, count))
    return sorted(rows)


def main(paths: list[Path]) -> None:
    counts = learn(word_pairs(paths))
    rows = new_readings(counts)
    target = ROOT / "pipeline" / "data" / "cyrillic" / "confusions.tsv"
    with open(target, "w", encoding="utf-8") as out:
        out.write("# glyph\tletter\tclass\tcount  (made by confusions.py; see README.md)\n")
        for row in rows:
            out.write("\t".join(map(str, row)) + "\n")
    print(len(rows), "new readings ->", target)


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
