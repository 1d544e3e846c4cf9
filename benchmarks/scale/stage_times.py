"""The time of each stage, in one process, over a sample of a generated corpus: ingest
(``read_document``) and then each configured stage's function, as ``run_stages`` calls
them. The set-up (model and data loading) is timed on its own, before any document.

    python benchmarks/scale/stage_times.py CORPUS [--sample 40]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()
    from pipeline import Config
    from pipeline.ingest import read_document
    from pipeline.registry import get_stage
    from pipeline.runner import setup_process

    config = Config()
    started = time.perf_counter()
    setup_process(config)
    times = {"setup": time.perf_counter() - started, "ingest": 0.0}
    times.update({name: 0.0 for name in config.stages})
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())
    sample = sorted(random.Random(16).sample(files, min(args.sample, len(files))))
    pages = 0
    for path in sample:
        t = time.perf_counter()
        doc = read_document(path.name, path.read_bytes(), path.stem, config.ingest)
        times["ingest"] += time.perf_counter() - t
        for name in config.stages:
            info = get_stage(name)
            t = time.perf_counter()
            for key, value in info.func(doc, config.settings_for(name)).items():
                setattr(doc, key, value)
            times[name] += time.perf_counter() - t
        pages += len(doc.pages)
    json.dump({"documents": len(sample), "seconds": {k: round(v, 3) for k, v in times.items()}},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
