#!/usr/bin/env python3
"""Pages per second: the tables stage next to pdfplumber's ``extract_tables()``, same pages.

usage: python benchmarks/tables/speed.py [BENCH_DIR] [--repeat N]

For each PDF of ``BENCH_DIR/pdfs`` the document is ingested once (not timed); then, in
alternation so that machine load touches both alike, the tables stage runs on the document
and pdfplumber's default ``extract_tables()`` runs on every page of the same bytes. Prints
pages, seconds and pages/s for each, and their ratio.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import pdfplumber

from pipeline import Config
from pipeline.ingest import read_document
from pipeline.tables import find_tables

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "tables"


def plumber_tables(data: bytes) -> int:
    """pdfplumber's own table extraction on every page; returns the page count."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_tables()
        return len(pdf.pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    config = Config()
    ours = theirs = 0.0
    pages = 0
    for path in sorted((args.bench / "pdfs").glob("*.pdf")):
        data = path.read_bytes()
        doc = read_document(path.name, data, path.stem, config.ingest)
        for _ in range(args.repeat):
            started = time.perf_counter()
            find_tables(doc, config.tables)
            ours += time.perf_counter() - started
            started = time.perf_counter()
            pages += plumber_tables(data)
            theirs += time.perf_counter() - started
    print(f"pages {pages}")
    print(f"tables_stage seconds {ours:.2f} pages_per_s {pages / ours:.2f}")
    print(f"pdfplumber_extract_tables seconds {theirs:.2f} pages_per_s {pages / theirs:.2f}")
    print(f"ratio {theirs / ours:.2f}")


if __name__ == "__main__":
    main()
