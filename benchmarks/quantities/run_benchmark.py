#!/usr/bin/env python3
"""Score the quantities stage on the shared benchmark, run the way a user would.

Each case becomes a ``.txt`` file in a temporary folder; ``extract`` runs on that folder
with the ``clean``, ``parse`` and ``quantities`` stages; ``quantities.jsonl`` is converted to the
scorer's prediction format (one line per case id, the case id being the file's doc_id) and
handed to the benchmark's own ``score.py``.

Usage:
    python benchmarks/quantities/run_benchmark.py [BENCH_DIR] [--out preds.jsonl] [--dataset NAME]
                                                  [--split all|dev|heldout] [--stages JSON]

``--split``: a held-back part, stratified by source: within each dataset a stable 30% of the
cases by a hash of the case id (``heldout``), the rest is ``dev``. Develop on ``dev`` only,
look only at its failures, and report both: a gap means a rule is fitted.

BENCH_DIR defaults to ``../shared/benchmarks/quantities`` (relative to the repository root).
Benchmark data is read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "quantities"
#: our kinds for dates and periods, in the scorer's vocabulary (it files both under "date")
KIND_FOR_SCORER = {"period": "daterange", "date": "date", "year": "year"}


HELDOUT_SHARE = 0.3


def in_split(case: dict, split: str) -> bool:
    """Whether ``case`` belongs to ``split`` (all, dev, heldout): a stable hash of its id,
    so each dataset (source) gives the same share to the held-back part."""
    if split == "all":
        return True
    digest = hashlib.sha256(f"{case['dataset']}/{case['id']}".encode()).digest()
    heldout = int.from_bytes(digest[:4], "big") / 2**32 < HELDOUT_SHARE
    return heldout == (split == "heldout")


def write_cases(cases: list[dict], folder: Path) -> None:
    """One file per case, named by its id, so the doc_id is the case id."""
    for case in cases:
        (folder / f"{case['id']}.txt").write_text(case["text"], encoding="utf-8")


def to_prediction(record: dict) -> dict:
    """A quantities.jsonl record in score.py's prediction format."""
    unit = record.get("unit")
    if unit == "percentage_point":
        unit = "percentage point"
    return {"text": record["text"], "start": record["start"], "end": record["end"],
            "value": record.get("value"), "low": record.get("low"), "high": record.get("high"),
            "unit": unit, "approx": record.get("approx"),
            "kind": KIND_FOR_SCORER.get(record["kind"], record["kind"])}


#: the default pipeline's order: the parse stage's trees give the counted nouns
DEFAULT_STAGES = '["clean","parse","quantities"]'


def run_extract(folder: Path, out: Path, stages: str = DEFAULT_STAGES) -> None:
    cmd = ["extract", str(folder), "-o", str(out), "--workers", "1",
           "--set", f"stages={stages}"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def report_failures(out: Path) -> None:
    """Say on stderr which case files did not come through ``ok`` (they score as misses)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    inputs = manifest.get("inputs") or manifest.get("files") or []
    bad = [i for i in inputs if i.get("status") not in ("ok", "unchanged")]
    for item in bad:
        print(f"{item.get('path')}: {item.get('status')} {item.get('error') or ''}",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", default=str(DEFAULT_BENCH))
    ap.add_argument("--out", default=None, help="keep the predictions here")
    ap.add_argument("--dataset", default=None, help="score only this dataset")
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    ap.add_argument("--stages", default=DEFAULT_STAGES, help="the stage list, as JSON")
    args = ap.parse_args(argv)
    bench = Path(args.bench)
    cases = [json.loads(line) for line in (bench / "cases.jsonl").open(encoding="utf-8")
             if line.strip()]
    cases = [c for c in cases if in_split(c, args.split)]
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "cases", Path(tmp) / "out"
        folder.mkdir()
        write_cases(cases, folder)
        split_cases = Path(tmp) / "cases.jsonl"
        split_cases.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
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
                fh.write(json.dumps({"id": case_id, "quantities": quantities}) + "\n")
        score_args = [sys.executable, str(bench / "score.py"), str(preds),
                      "--cases", str(split_cases)]
        if args.dataset:
            score_args += ["--dataset", args.dataset]
        return subprocess.run(score_args, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
