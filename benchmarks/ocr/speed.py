#!/usr/bin/env python3
"""Pages per second of PDF ingest: OCR'd scans, and text-layer pages with their boxes.

usage: python benchmarks/ocr/speed.py [--pages N] [--bench BENCH_DIR] [--dpi DPI]

1. OCR: ``N`` scanned pages made as the tests make them (seed 001 English and seed 002
   Kazakh text, rendered with DejaVu at 300 dpi and made scan-like) are ingested, that is
   rendered by pdfplumber and read by Tesseract; prints pages/s and the mean CER.
2. Text layer: every PDF of ``BENCH_DIR/pdfs`` (the shared tables benchmark) is read with
   plain ``page.extract_text()`` and with the ingest's ``read_pdf`` (deduplicated glyphs,
   a box per character), in alternation; prints pages/s of each and their ratio.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.ingest import IngestSettings  # noqa: E402
from pipeline.ingest.pdf import read_pdf  # noqa: E402
from tests.ingest.test_ocr import _english, _kazakh, cer  # noqa: E402
from tests.scans import make_scanned_pdf  # noqa: E402

DEFAULT = ROOT.parents[0] / "shared" / "benchmarks" / "tables"


def plain_text(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=6)
    ap.add_argument("--bench", type=Path, default=DEFAULT)
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args()
    settings = IngestSettings(ocr_dpi=args.dpi)
    truths = [(_english() if i % 2 == 0 else _kazakh()) for i in range(args.pages)]
    data = make_scanned_pdf(truths)
    started = time.perf_counter()
    read = read_pdf(data, "scan.pdf", settings)
    seconds = time.perf_counter() - started
    rates = [cer(t, read.text[p.start:p.end]) for t, p in zip(truths, read.pages)]
    ocr = sum(p.ocr for p in read.pages)
    print(f"ocr pages {ocr} seconds {seconds:.2f} pages_per_s {ocr / seconds:.3f} "
          f"mean_cer {sum(rates) / len(rates):.4f} dpi {args.dpi}")
    pdfs = sorted((args.bench / "pdfs").glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs under {args.bench / 'pdfs'}: text-layer part skipped")
        return
    ours = theirs = 0.0
    pages = 0
    for path in pdfs:
        blob = path.read_bytes()
        started = time.perf_counter()
        pages += plain_text(blob)
        theirs += time.perf_counter() - started
        started = time.perf_counter()
        read_pdf(blob, path.name, settings)
        ours += time.perf_counter() - started
    print(f"text pages {pages}")
    print(f"pdfplumber_extract_text seconds {theirs:.2f} pages_per_s {pages / theirs:.2f}")
    print(f"ingest_read_pdf seconds {ours:.2f} pages_per_s {pages / ours:.2f}")
    print(f"ratio {theirs / ours:.2f}")


if __name__ == "__main__":
    main()
