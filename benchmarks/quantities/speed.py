#!/usr/bin/env python3
"""Time the quantities stage alone against quantulum3, side by side in one run.

Usage:
    python benchmarks/quantities/speed.py [BENCH_DIR] [--repeat 3]

Both extractors see the same case texts, after a warm-up (tokenizer, matcher and unit
tables loaded). Prints cases/s for each and the ratio (ours / quantulum3); each figure is
the best of ``--repeat`` passes, so a busy neighbour on the shared machine counts less.

Two more lines: the stage reading the parse stage's Docs (the default pipeline, where the
counted nouns come off the dependency parse; the Docs are made beforehand, as the parse
stage makes them once for every stage), and the parse stage plus the quantities stage, the
cost of the parse included.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from pipeline.document import Document, Paragraph
from pipeline.parse import ParseSettings, parse_document
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

    parse_settings = ParseSettings()

    def parsed(text: str) -> Document:
        doc = Document.from_text(text)
        doc.paragraphs = [Paragraph(0, len(text), "en")]
        doc.nlp_docs = parse_document(doc, parse_settings)["nlp_docs"]
        return doc

    def with_parse(text: str) -> None:
        find_quantities(parsed(text), settings)

    ours("warm up: USD 3 million")
    theirs("warm up 3 km")
    with_parse("warm up: 3 new jets")
    docs = {text: parsed(text) for text in texts}
    ours_rate = rate(ours, texts, args.repeat)
    reading_rate = rate(lambda text: find_quantities(docs[text], settings), texts, args.repeat)
    parse_rate = rate(with_parse, texts, 1)
    theirs_rate = rate(theirs, texts, args.repeat)
    print(f"{len(texts)} cases, best of {args.repeat}")
    print(f"quantities stage:                   {ours_rate:8.1f} cases/s")
    print(f"quantities stage, reading a parse:  {reading_rate:8.1f} cases/s")
    print(f"parse stage + quantities stage:     {parse_rate:8.1f} cases/s")
    print(f"quantulum3 0.10:                    {theirs_rate:8.1f} cases/s")
    print(f"ratio (ours / quantulum3): {ours_rate / theirs_rate:.2f}x; reading a parse "
          f"{reading_rate / theirs_rate:.2f}x; parse included {parse_rate / theirs_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
