"""TAT-QA dev, arithmetic questions: answer from the table when the question parses, else abstain.

    python benchmarks/claims/tatqa.py [BENCH_DIR] [--split all|even|odd] [--show wrong|abstain]

Reads ``tatqa_dev.jsonl`` from BENCH_DIR (default ``../shared/benchmarks/claims`` beside the
repository), writes predictions to a temporary directory, runs the folder's
``score_claims.py`` on them and prints coverage (answered / arithmetic questions) and selective
accuracy (exact match among answered), overall and per operation. ``--split even|odd`` keeps
the contexts at even or odd positions of the file, so rules can be tuned on one half and
reported on the other. The gold answers are read only for scoring.
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
from solvers.question import answer_question, parse_question  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "claims"


def _same(pred: float, gold) -> bool:
    try:
        return round(float(pred), 2) == round(float(str(gold).replace(",", "")), 2)
    except ValueError:
        return False


def keep(index: int, split: str) -> bool:
    """Whether the context at ``index`` of the file belongs to ``split``."""
    return split == "all" or (index % 2 == 0) == (split == "even")


def run(bench: Path, split: str, show: str | None) -> dict:
    """Predict, score, and return the per-operation counts."""
    records = [json.loads(line) for line in (bench / "tatqa_dev.jsonl").open(encoding="utf-8")]
    preds, stats = [], collections.defaultdict(collections.Counter)
    gold_subset = []
    for i, rec in enumerate(records):
        if not keep(i, split):
            continue
        gold_subset.append(rec)
        grid = read_grid(rec["table"]["rows"])
        context = [p["text"] for p in rec["paragraphs"]]
        for q in rec["questions"]:
            if q["answer_type"] != "arithmetic":
                continue
            query = parse_question(q["question"])
            op = query.op if query else "unparsed"
            stats["all"]["n"] += 1
            stats[op]["n"] += 1
            answer = answer_question(q["question"], grid, context)
            if answer is None:
                if show == "abstain" and query is not None:
                    print("ABSTAIN", op, q["question"], "|", q["derivation"])
                continue
            value = round(answer.value, 2)
            preds.append({"id": q["uid"], "answer": value, "scale": answer.scale})
            ok = _same(value, q["answer"]) and answer.scale == q["scale"]
            for key in ("all", op):
                stats[key]["answered"] += 1
                stats[key]["right"] += ok
            if show == "wrong" and not ok:
                print("WRONG", op, q["question"], "|", q["derivation"], q["answer"], q["scale"],
                      "| got", value, answer.scale, answer.derived.formula)
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "preds.jsonl"
        gold_path.write_text("".join(json.dumps(r) + "\n" for r in gold_subset), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        print(f"score_claims.py ({split} split, {len(preds)} predictions):")
        subprocess.run([sys.executable, str(bench / "score_claims.py"), str(gold_path),
                        str(pred_path)], check=True)
    return stats


def report(stats: dict) -> None:
    """Print coverage and selective accuracy per operation."""
    print(f"{'operation':16} {'n':>5} {'answered':>8} {'coverage':>8} {'sel.acc':>8}")
    for op in ["all"] + sorted(k for k in stats if k != "all"):
        s = stats[op]
        cov = s["answered"] / s["n"] if s["n"] else 0.0
        acc = f"{s['right'] / s['answered']:.3f}" if s["answered"] else "-"
        print(f"{op:16} {s['n']:5d} {s['answered']:8d} {cov:8.3f} {acc:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--split", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--show", choices=("wrong", "abstain"))
    args = parser.parse_args()
    report(run(args.bench, args.split, args.show))


if __name__ == "__main__":
    main()
