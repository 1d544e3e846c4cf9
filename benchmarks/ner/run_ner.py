"""Score the ``entities`` stage on a NER benchmark, run the way a user would.

Each sentence becomes one file in a folder; ``extract FOLDER -o OUT --workers 1 --set
'stages=["clean","parse","entities"]'`` runs on it; ``entities.jsonl`` is converted to the scorer's
prediction format and scored with the benchmark's own ``score_ner.py``.

    python benchmarks/ner/run_ner.py                       # both sets, all sentences
    python benchmarks/ner/run_ner.py --sets crossner_politics_test --split heldout

``--split dev`` keeps even-numbered sentences, ``heldout`` odd ones: look at errors on dev
only, and check that a rule also helps on heldout. Benchmark data is read in place and never
copied into the repository (the work folder defaults to a temporary directory).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "ner"
SETS = ("conll2003_test", "crossner_politics_test")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def select(records: list[dict], split: str, limit: int | None) -> list[dict]:
    """The sentences of ``split`` (all, dev = even index, heldout = odd index)."""
    if split == "dev":
        records = records[0::2]
    elif split == "heldout":
        records = records[1::2]
    return records[:limit] if limit else records


def write_folder(records: list[dict], folder: Path) -> None:
    """One sentence per file, named after its id (the doc_id becomes the id)."""
    folder.mkdir(parents=True, exist_ok=True)
    for rec in records:
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")


def run_extract(folder: Path, out: Path, extra: list[str]) -> None:
    cmd = ["extract", str(folder), "-o", str(out), "--workers", "1", "--force",
           "--set", 'stages=["clean","parse","entities"]', *extra]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def to_predictions(records: list[dict], out: Path, preds_path: Path) -> int:
    """Write the scorer's prediction file; return how many texts the clean stage changed."""
    texts = {d["doc_id"]: d["text"] for d in read_jsonl(out / "documents.jsonl")}
    changed = sum(1 for r in records if texts.get(r["id"]) != r["text"])
    by_doc: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for ent in read_jsonl(out / "entities.jsonl"):
        by_doc.setdefault(ent["doc_id"], []).append(
            {"start": ent["start"], "end": ent["end"], "label": ent["label"], "text": ent["text"]})
    with preds_path.open("w", encoding="utf-8") as handle:
        for doc_id, ents in by_doc.items():
            handle.write(json.dumps({"id": doc_id, "entities": ents}, ensure_ascii=False) + "\n")
    return changed


def score(bench: Path, gold: Path, preds: Path) -> dict:
    result = subprocess.run([sys.executable, str(bench / "score_ner.py"), str(gold), str(preds),
                             "--json"], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--work", type=Path, help="keep folders and outputs here")
    ap.add_argument("--set", dest="overrides", action="append", default=[],
                    help="extra --set key=value passed to extract")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ner-bench-"))
    extra = [x for kv in args.overrides for x in ("--set", kv)]
    for name in args.sets:
        records = select(read_jsonl(args.bench / f"{name}.jsonl"), args.split, args.limit)
        folder, out = work / name / "in", work / name / "out"
        write_folder(records, folder)
        run_extract(folder, out, extra)
        gold = work / name / "gold.jsonl"
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
        preds = work / name / "preds.jsonl"
        changed = to_predictions(records, out, preds)
        res = score(args.bench, gold, preds)
        print(f"{name} ({args.split}, {len(records)} sentences; clean changed {changed})")
        for row in ("all", "PER_LOC_ORG", "span_only", "PER", "LOC", "ORG"):
            v = res.get(row, {})
            print(f"  {row:12} P {v.get('p', 0):.3f}  R {v.get('r', 0):.3f}  "
                  f"F1 {v.get('f1', 0):.3f}  (gold {v.get('gold', 0)}, pred {v.get('pred', 0)})")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
