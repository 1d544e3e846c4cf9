"""Score the look-alike repair on Cyrillic read back by a real Latin-only OCR engine.

    python benchmarks/cyrillic/tesseract.py [--limit N] [FILE.jsonl ...]

The shared benchmark's damage is a hand-made model of seed 002's; these lines are the
real thing: Kazakh and Russian lexicon forms printed with DejaVu fonts and read by
Tesseract's English model (``models/cyrillic/ocr_pairs.py``, seed 99, so none of them
was seen when ``confusions.tsv`` was learned from seed 1's pages). By default it reads
``tests/cases/tesseract_kk.jsonl`` and ``tesseract_ru.jsonl``; each file is one document
(its lines separated by blank lines) run through ``clean_text``, and the character error
rate (case folded: Tesseract's capitals say little) and share of words right are printed
beside the raw OCR's, with the repair's speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from seed import cer, word_accuracy  # noqa: E402

from pipeline.clean import clean_text  # noqa: E402

DEFAULT = [ROOT / "tests" / "cases" / f"tesseract_{lang}.jsonl" for lang in ("kk", "ru")]


def load(path: Path, limit: int | None = None) -> tuple[str, str]:
    """The OCR'd lines as one document, and the printed truth."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit] if limit else rows
    return ("\n\n".join(r["ocr"] for r in rows), "\n\n".join(r["truth"] for r in rows))


def score(ocr: str, truth: str) -> tuple[float, float]:
    return cer(ocr.lower(), truth.lower()), word_accuracy(ocr.lower(), truth.lower())[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, help="only the first N lines of each file")
    args = parser.parse_args()
    clean_text("Ka3akcTaH )KQHe")       # load the models once, as a long run would
    for path in args.files:
        ocr, truth = load(path, args.limit)
        start = time.perf_counter()
        repaired = clean_text(ocr).text
        took = time.perf_counter() - start
        raw_cer, raw_words = score(ocr, truth)
        new_cer, new_words = score(repaired, truth)
        print(f"{path.name}: CER {raw_cer:.4f} -> {new_cer:.4f}, words right "
              f"{raw_words:.3f} -> {new_words:.3f} ({len(ocr):,} chars, "
              f"{len(ocr) / took:,.0f} chars/s)")


if __name__ == "__main__":
    main()
