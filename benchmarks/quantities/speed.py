#!/usr/bin/env python3
"""Time the quantities stage alone against quantulum3, side by side in one run.

Usage:
    python benchmarks/quantities/speed.py [BENCH_DIR] [--repeat 3]

Both extractors see the same case texts, after a warm-up (tokenizer, matcher and unit
tables loaded). Prints cases/s for each and the ratio (ours / quantulum3); each figure is
the best of ``--repeat`` passes, so a busy neighbour on the shared machine counts less.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from pipeline.document import Document
from pipeline.quantities import QuantitySettings, find_quantities

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "quantities"


def rate(func, texts: list[str], repeat: int) -> float:
    """Best cases/s of ``func`` over ``texts`` in ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", default=str(DEFAULT_BENCH))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    texts = [json.loads(line)["text"] for line in
             (Path(args.bench) / "cases.jsonl").open(encoding="utf-8") if line.strip()]
    settings = QuantitySettings()

    def ours(text: str) -> None:
        find_quantities(Document.from_text(text), settings)

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    def theirs(text: str) -> None:
        try:
            parser.parse(text)
        except Exception:  # quantulum3 raises on a few inputs; its baseline script counts them
            pass

    ours("warm up: USD 3 million")
    theirs("warm up 3 km")
    ours_rate = rate(ours, texts, args.repeat)
    theirs_rate = rate(theirs, texts, args.repeat)
    print(f"{len(texts)} cases, best of {args.repeat}")
    print(f"quantities stage: {ours_rate:8.1f} cases/s")
    print(f"quantulum3 0.10:  {theirs_rate:8.1f} cases/s")
    print(f"ratio (ours / quantulum3): {ours_rate / theirs_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
