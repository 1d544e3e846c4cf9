"""How well the clean stage reads the real OCR'd Kazakh passage at the end of seed 002.

    python benchmarks/cyrillic/seed.py [--show]

The shared benchmark's look-alike cases were damaged by one OCR engine on clean prints;
seed 002's passage is a noisier scan (``б`` read as ``0``, ``ә`` as ``O``, letters lost).
``tests/gold/seed002_kazakh.txt`` is a hand transcription of what the passage says (see
``tests/gold/README.md``). This prints the character error rate (whitespace collapsed) and
the share of gold words read exactly, before and after ``clean_text``, and the suspects
left. ``--show`` prints the words still read wrong beside the gold.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.clean import clean_text  # noqa: E402

SEED = ROOT / "corpus" / "002_2d0bb8e4adc2bd80.txt"
GOLD = ROOT / "tests" / "gold" / "seed002_kazakh.txt"
#: the first words of the OCR'd passage in the raw file
START = "OpHHE,"


def passage() -> str:
    raw = SEED.read_text(encoding="utf-8")
    return raw[raw.index(START):]


def words(text: str) -> list[str]:
    return text.split()


def cer(hyp: str, ref: str) -> float:
    """Levenshtein distance over characters (whitespace collapsed) / reference length."""
    hyp, ref = " ".join(hyp.split()), " ".join(ref.split())
    prev = list(range(len(ref) + 1))
    for i, h in enumerate(hyp, 1):
        cur = [i]
        for j, r in enumerate(ref, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (h != r)))
        prev = cur
    return prev[-1] / max(len(ref), 1)


def word_accuracy(hyp: str, ref: str) -> tuple[float, list[tuple[str, str]]]:
    """Share of reference words the hypothesis has exactly (aligned by difflib), and the
    (read, gold) pairs that differ."""
    h, r = words(hyp), words(ref)
    matcher = difflib.SequenceMatcher(a=h, b=r, autojunk=False)
    right = sum(block.size for block in matcher.get_matching_blocks())
    wrong = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            wrong.append((" ".join(h[i1:i2]), " ".join(r[j1:j2])))
    return right / max(len(r), 1), wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    raw = passage()
    gold = GOLD.read_text(encoding="utf-8")
    result = clean_text(raw)
    for name, text in (("raw", raw), ("clean", result.text)):
        acc, _ = word_accuracy(text, gold)
        print(f"{name:6} CER {cer(text, gold):.4f}  words right {acc:.3f}")
    print(f"suspects left: {len(result.suspects)}")
    if args.show:
        for read, want in word_accuracy(result.text, gold)[1]:
            print(f"  {read!r:40} gold {want!r}")


if __name__ == "__main__":
    main()
