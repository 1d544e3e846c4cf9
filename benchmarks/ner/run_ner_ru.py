"""Score the ``entities`` stage on the Russian NER benchmark (factRuEval-2016, PER/LOC/ORG),
run the way a user would, beside natasha alone on the same cases.

Each sentence becomes one file; ``extract FOLDER --set 'stages=["clean","parse","entities"]'``
runs on it, and ``entities.jsonl`` is scored with the shared ``score_ner.py``
(``../shared/benchmarks/ner/``). ``--natasha`` also scores natasha's ``NewsNERTagger`` on the
same cases with the benchmark's own ``predict_natasha.py``, so the two figures come from one run.

    python benchmarks/ner/run_ner_ru.py --split dev        # develop on this part
    python benchmarks/ner/run_ner_ru.py --split heldout    # report only, never read its errors

The split is by document (a news article's sentences stay together, so a name seen in dev is
not seen again in held-out), at random with a fixed seed: one document in three is held out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_ner import read_jsonl, run_extract, score, to_predictions, write_folder  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "ner-ru"
SEED = 15
HELDOUT_SHARE = 1 / 3


def split_docs(records: list[dict], seed: int = SEED) -> dict[str, str]:
    """``{doc: "dev" | "heldout"}``: the documents shuffled with ``seed``, a third held out."""
    docs = sorted({r["doc"] for r in records})
    random.Random(seed).shuffle(docs)
    cut = round(len(docs) * HELDOUT_SHARE)
    return {d: ("heldout" if i < cut else "dev") for i, d in enumerate(docs)}


def select(records: list[dict], split: str, limit: int | None) -> list[dict]:
    if split != "all":
        part = split_docs(records)
        records = [r for r in records if part[r["doc"]] == split]
    return records[:limit] if limit else records


def fill_duplicates(out: Path, preds: Path) -> int:
    """Give a sentence that repeats an earlier one (the pipeline extracts identical files once,
    under the first path, and reports the others as ``DuplicateFile``) that one's entities."""
    errors = out / "errors.jsonl"
    same = {}
    for err in read_jsonl(errors) if errors.exists() else []:
        match = re.match(r"same content as (.+)\.txt:", err.get("message", ""))
        if err.get("error") == "DuplicateFile" and match:
            same[Path(err["path"]).stem] = match[1]
    rows = read_jsonl(preds)
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        if row["id"] in same and not row["entities"]:
            row["entities"] = by_id.get(same[row["id"]], {"entities": []})["entities"]
    preds.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                     encoding="utf-8")
    return len(same)


def run_natasha(bench: Path, gold: Path, preds: Path) -> None:
    subprocess.run([sys.executable, str(bench / "predict_natasha.py"), str(gold), "--out",
                    str(preds)], check=True, stderr=subprocess.DEVNULL)


def show(title: str, res: dict) -> None:
    print(title)
    for row in ("PER_LOC_ORG", "span_only", "PER", "LOC", "ORG"):
        v = res.get(row, {})
        print(f"  {row:12} P {v.get('p', 0):.3f}  R {v.get('r', 0):.3f}  "
              f"F1 {v.get('f1', 0):.3f}  (gold {v.get('gold', 0)}, pred {v.get('pred', 0)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--natasha", action="store_true", help="also score natasha alone")
    ap.add_argument("--work", type=Path, help="keep folders and outputs here")
    ap.add_argument("--set", dest="overrides", action="append", default=[],
                    help="extra --set key=value passed to extract")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ner-ru-bench-"))
    scorer = args.bench.parent / "ner"
    extra = [x for kv in args.overrides for x in ("--set", kv)]
    records = select(read_jsonl(args.bench / "dev.jsonl"), args.split, args.limit)
    folder, out = work / "in", work / "out"
    write_folder(records, folder)
    run_extract(folder, out, extra)
    gold = work / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    preds = work / "preds.jsonl"
    changed = to_predictions(records, out, preds) - fill_duplicates(out, preds)
    docs = len({r["doc"] for r in records})
    show(f"ner-ru {args.split} ({docs} documents, {len(records)} sentences; clean changed "
         f"{changed}): pipeline", score(scorer, gold, preds))
    if args.natasha:
        natasha = work / "natasha.jsonl"
        run_natasha(args.bench, gold, natasha)
        show("natasha alone (same cases)", score(scorer, gold, natasha))
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
