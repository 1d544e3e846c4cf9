#!/usr/bin/env python3
"""Score the quantities stage on the Russian and Kazakh benchmark, run the way a user would.

The same driver as :mod:`run_benchmark` (one ``.txt`` file per case, ``extract`` with the
``clean`` and ``quantities`` stages, the English set's ``score.py``), on
``../shared/benchmarks/quantities-ru-kk/dev.jsonl``.

Usage:
    python benchmarks/quantities/run_ru_kk.py [BENCH_DIR] [--split all|dev|heldout]
                                              [--out preds.jsonl] [--dataset NAME]

``--split``: our own held-back part of ``dev.jsonl``, the same rule as the English driver:
within each dataset (source: ud-ru-taiga, ud-kk-ktb, natasha-money) a stable 30% of the
cases by a hash of dataset and case id is ``heldout``, the rest ``dev``. Develop on ``dev``,
never read ``heldout``'s failures, report both.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from run_benchmark import (
    DEFAULT_STAGES,
    in_split,
    report_failures,
    run_extract,
    to_prediction,
    write_cases,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "quantities-ru-kk"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", default=str(DEFAULT_BENCH))
    ap.add_argument("--out", default=None, help="keep the predictions here")
    ap.add_argument("--dataset", default=None, help="score only this dataset")
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    ap.add_argument("--stages", default=DEFAULT_STAGES, help="the stage list, as JSON")
    ap.add_argument("--json", default=None, help="write score.py's summary JSON here")
    args = ap.parse_args(argv)
    bench = Path(args.bench)
    scorer = bench.parent / "quantities" / "score.py"
    cases = [json.loads(line) for line in (bench / "dev.jsonl").open(encoding="utf-8")
             if line.strip()]
    cases = [c for c in cases if in_split(c, args.split)]
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "cases", Path(tmp) / "out"
        folder.mkdir()
        write_cases(cases, folder)
        split_cases = Path(tmp) / "cases.jsonl"
        split_cases.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases),
                               encoding="utf-8")
        run_extract(folder, out, args.stages)
        report_failures(out)
        found: dict[str, list[dict]] = {c["id"]: [] for c in cases}
        for line in (out / "quantities.jsonl").open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                found.setdefault(rec["doc_id"], []).append(to_prediction(rec))
        preds = Path(args.out) if args.out else Path(tmp) / "preds.jsonl"
        with preds.open("w", encoding="utf-8") as fh:
            for case_id, quantities in found.items():
                fh.write(json.dumps({"id": case_id, "quantities": quantities},
                                    ensure_ascii=False) + "\n")
        score_args = [sys.executable, str(scorer), str(preds), "--cases", str(split_cases)]
        if args.dataset:
            score_args += ["--dataset", args.dataset]
        if args.json:
            score_args += ["--json", args.json]
        return subprocess.run(score_args, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
