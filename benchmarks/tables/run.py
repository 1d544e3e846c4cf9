#!/usr/bin/env python3
"""Score the tables stage on the PDF tables benchmark, run the way a user would.

usage: python benchmarks/tables/run.py [BENCH_DIR] [--split dev|heldout|all] [--out OUT]

Runs ``extract`` on the PDFs of the chosen part of ``BENCH_DIR/pdfs`` (see ``split.py``;
default ``dev``) with ``--workers 1 --set 'stages=["clean","tables"]'``,
writes each table of ``tables.jsonl`` as ``<stem>.p<page>.t<idx>.csv`` (header lines as
laid out, then the body rows), and runs the benchmark's ``score.py`` on them. Prints the
scorer's summary lines and the extract time. Benchmark data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import orjson
from split import split

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "tables"


def tables_to_csvs(out_dir: Path, pred_dir: Path) -> int:
    """One CSV per table and page, named as the scorer expects; returns the count."""
    docs = {}
    for line in (out_dir / "documents.jsonl").read_bytes().splitlines():
        rec = orjson.loads(line)
        docs[rec["doc_id"]] = Path(rec["path"]).stem
    counts: dict[tuple[str, int], int] = defaultdict(int)
    n = 0
    for line in (out_dir / "tables.jsonl").read_bytes().splitlines():
        rec = orjson.loads(line)
        stem = docs[rec["doc_id"]]
        for page, grid in page_grids(rec):
            idx = counts[stem, page]
            counts[stem, page] += 1
            with (pred_dir / f"{stem}.p{page}.t{idx}.csv").open("w", newline="",
                                                                encoding="utf-8") as fh:
                csv.writer(fh).writerows(grid)
            n += 1
    return n


def page_grids(rec: dict) -> list[tuple[int, list[list[str]]]]:
    """A table's grid per page, as the truth has one file per page: a table stitched
    over pages (``row_pages``, ``continued``) is cut back, each later page with the
    header rows it repeated."""
    first = rec["page"] or 1
    pages = rec.get("row_pages") or [first] * len(rec["rows"])
    repeated = {c["page"]: c["header_rows_dropped"] for c in rec.get("continued") or []}
    out: dict[int, list[list[str]]] = {first: [list(r) for r in rec["header_rows"]]}
    for page, row in zip(pages, rec["rows"]):
        if page not in out:
            out[page] = [list(r) for r in repeated.get(page, [])]
        out[page].append([c["text"] for c in row])
    return sorted(out.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--out", type=Path, default=None, help="extract's output folder")
    ap.add_argument("--all", action="store_true", help="print the per-document lines too")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tables-bench-"))
    out = args.out or work / "out"
    pred, pdfs, truth = work / "pred", work / "pdfs", work / "truth"
    for folder in (pred, pdfs, truth):
        folder.mkdir()
    stems = set(split(args.bench, args.split))
    for path in sorted((args.bench / "pdfs").glob("*.pdf")):
        if path.stem in stems:
            (pdfs / path.name).symlink_to(path.resolve())
    for path in sorted((args.bench / "truth").glob("*.csv")):
        if path.name.rsplit(".p", 1)[0] in stems:
            (truth / path.name).symlink_to(path.resolve())
    started = time.perf_counter()
    subprocess.run(["extract", str(pdfs), "-o", str(out), "--workers", "1",
                    "--set", 'stages=["clean","tables"]'], check=True,
                   stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    n = tables_to_csvs(out, pred)
    print(f"split {args.split} documents {len(stems)}")
    scorer = args.bench / "score.py"
    scorer = scorer if scorer.exists() else DEFAULT / "score.py"
    score = subprocess.run([sys.executable, str(scorer), str(truth),
                            str(pred)], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    for line in score:
        if args.all or not line.startswith("doc "):
            print(line)
    cells = args.bench / "score_cells.py"
    if cells.exists():
        lines = subprocess.run([sys.executable, str(cells), str(truth), str(pred), "--loose"],
                               check=True, capture_output=True, text=True).stdout.splitlines()
        for line in lines:
            if args.all or not line.startswith(("table ", "doc ")):
                print("cells", line)
    print(f"tables_out {n} extract_seconds {seconds:.1f} predictions {pred}")


if __name__ == "__main__":
    main()
