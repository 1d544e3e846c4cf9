"""SciTab and TabFact (small test): check numeric statements against their tables, deciding
only when the table settles it.

    python benchmarks/claims/tablecheck.py [BENCH_DIR] [--data scitab|tabfact|both]
                                           [--split all|even|odd] [--show wrong|decided]

Writes ``{"id", "label"}`` predictions (label null when the checker abstains) to a temporary
directory, runs the folder's ``score_claims.py`` and prints coverage and selective accuracy per
statement shape next to the majority-class baseline. ``--split even|odd`` keeps the records at
even or odd positions of the file, for tuning on one half and reporting the other.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # solvers/, beside this driver

from solvers.grid import read_grid  # noqa: E402
from solvers.statement import check_statement  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "claims"
DATASETS = {  # file, statement key, labels for (True, False), majority label
    "scitab": ("scitab.jsonl", "claim", ("supports", "refutes"), "supports"),
    "tabfact": ("tabfact_small_test.jsonl", "statement", ("entailed", "refuted"), "refuted"),
}


def _rows(table: dict) -> list[list[str]]:
    return [list(table["columns"])] + [list(r) for r in table["rows"]]


def run(bench: Path, name: str, split: str, show: str | None) -> dict:
    """Check every statement of one dataset, score, and return counts per shape."""
    file, key, (yes, no), majority = DATASETS[name]
    records = [json.loads(line) for line in (bench / file).open(encoding="utf-8")]
    records = [r for i, r in enumerate(records)
               if split == "all" or (i % 2 == 0) == (split == "even")]
    stats = collections.defaultdict(collections.Counter)
    preds = []
    for rec in records:
        verdict = check_statement(rec[key], read_grid(_rows(rec["table"]), header_rows=1))
        label = None if verdict.label is None else (yes if verdict.label else no)
        preds.append({"id": rec["id"], "label": label})
        shape = verdict.shape if label else "abstain"
        for k in ("all", shape):
            stats[k]["n"] += k == "all"
            if label:
                stats[k]["decided"] += 1
                stats[k]["right"] += label == rec["label"]
        stats["all"]["majority_right"] += rec["label"] == majority
        if label and (show == "decided" or (show == "wrong" and label != rec["label"])):
            print(rec["label"], "| got", label, "|", rec[key], "|", verdict.reason)
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "preds.jsonl"
        gold_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        print(f"score_claims.py on {file} ({split} split):")
        subprocess.run([sys.executable, str(bench / "score_claims.py"), str(gold_path),
                        str(pred_path)], check=True)
    return stats


def report(name: str, stats: dict) -> None:
    """Print coverage and selective accuracy per statement shape."""
    n = stats["all"]["n"]
    print(f"{name}: {n} statements; majority class accuracy "
          f"{stats['all']['majority_right'] / n:.3f}")
    print(f"{'shape':12} {'decided':>7} {'coverage':>8} {'sel.acc':>8}")
    for shape in ["all"] + sorted(k for k in stats if k not in ("all", "abstain")):
        s = stats[shape]
        acc = f"{s['right'] / s['decided']:.3f}" if s["decided"] else "-"
        print(f"{shape:12} {s['decided']:7d} {s['decided'] / n:8.3f} {acc:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--data", choices=("scitab", "tabfact", "both"), default="both")
    parser.add_argument("--split", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--show", choices=("wrong", "decided"))
    args = parser.parse_args()
    for name in ("scitab", "tabfact") if args.data == "both" else (args.data,):
        report(name, run(args.bench, name, args.split, args.show))


if __name__ == "__main__":
    main()
