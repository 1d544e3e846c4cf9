"""Claim precision and recall of a run over ``corpus/`` against ``tests/gold/claims.jsonl``.

    python benchmarks/claims/gold.py [--out OUT_DIR] [--show]

Runs ``extract corpus/ -o OUT_DIR`` the way a user would (the cache makes a re-run cheap),
then scores the sentence claims; ``--show`` lists misses and spurious claims.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.claims.evaluate import score_claims  # noqa: E402


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/claims-gold-run"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "pipeline.cli", str(ROOT / "corpus"), "-o",
                    str(args.out), "-q", *(["--force"] if args.force else [])], check=False)
    texts = {d["doc_id"]: d["text"] for d in _jsonl(args.out / "documents.jsonl")}
    gold = _jsonl(ROOT / "tests/gold/claims.jsonl")
    score = score_claims(_jsonl(args.out / "claims.jsonl"), texts, gold)
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  "
          f"({score.matched} right of {score.predicted} predicted; {score.expected} expected; "
          f"{score.value_matched} with the right value and place)")
    if args.show:
        for m in score.missed:
            print("missed  ", m["doc_id"][:3], m["context"], m["metric"], m.get("got", ""))
        for c in score.spurious:
            print("spurious", c["doc_id"][:3], c.get("subject"), c["metric"], c["value"],
                  c["evidence"]["quote"]["exact"])


if __name__ == "__main__":
    main()
