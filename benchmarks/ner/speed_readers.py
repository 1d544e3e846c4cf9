"""The ``entities`` stage on English text with the Russian and Kazakh readers on and off,
side by side in one run: the language check per paragraph must cost nothing measurable, and
natasha must not be imported.

    python benchmarks/ner/speed_readers.py                      # CoNLL-2003 test, 1,500 sentences
    python benchmarks/ner/speed_readers.py --limit 500

Documents go through ``clean``, ``structure`` and ``parse`` once; then the stage function runs
over all of them with each setting, best of ``--repeat`` timings, after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "ner" / "conll2003_test.jsonl"


def main() -> None:
    from pipeline.config import Config
    from pipeline.ingest import read_document
    from pipeline.registry import get_stage
    from pipeline.runner import run_stages

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lines = args.data.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()][:args.limit]
    config = Config.from_dict({"stages": ["clean", "structure", "parse"]})
    docs = []
    for i, text in enumerate(texts):
        doc = read_document(f"{i}.txt", text.encode(), str(i), config.ingest)
        docs.append(run_stages(doc, config))
    find = get_stage("entities").func
    settings = {"readers on": config.entities,
                "readers off": replace(config.entities, cyrillic_readers=False)}
    for doc in docs[:50]:
        for s in settings.values():
            find(doc, s)
    best = {}
    for _ in range(args.repeat):
        for name, s in settings.items():
            start = time.perf_counter()
            for doc in docs:
                find(doc, s)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    words = sum(len(t.split()) for t in texts)
    print(f"entities stage, {len(docs)} English documents, {words} words")
    for name, seconds in best.items():
        print(f"  {name:12} {words / seconds:10.0f} words/s  ({seconds:.3f} s)")
    print(f"  on/off       {best['readers off'] / best['readers on']:10.2f}")
    print(f"  natasha imported: {'natasha' in sys.modules}")


if __name__ == "__main__":
    main()
