"""Run-level figures for issue 3, measured side by side in one process run.

1. First run vs cached re-run of the same corpus (target: re-run < 1/4 of the first).
2. Peak memory of the parent process as the corpus grows (copies of corpus/ under new
   names): it must stay flat, because records stream through the cache to disk.

    python benchmarks/runner/bench_runs.py [--corpus corpus] [--copies 1 4 16]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed_run(corpus: Path, out: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", str(corpus), "-o", str(out), "-q",
                    *extra], check=False, cwd=ROOT)
    return time.perf_counter() - started


def peak_rss_mb(corpus: Path, out: Path) -> float:
    code = ("import resource, sys; from pipeline.api import extract_corpus; "
            "extract_corpus(sys.argv[1], sys.argv[2], workers=2); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, str(corpus), str(out)], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 4, 16])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        first = timed_run(args.corpus, tmp / "out")
        second = timed_run(args.corpus, tmp / "out")
        print(f"first run {first:.2f}s, cached re-run {second:.2f}s, "
              f"ratio {second / first:.3f} (target < 0.25)")
        for copies in args.copies:
            corpus = tmp / f"corpus-{copies}"
            corpus.mkdir()
            for i in range(copies):
                for path in args.corpus.iterdir():
                    shutil.copy(path, corpus / f"{i:03d}-{path.name}")
            rss = peak_rss_mb(corpus, tmp / f"out-{copies}")
            print(f"{copies * len(list(args.corpus.iterdir())):5d} documents: parent peak RSS "
                  f"{rss:.0f} MB")


if __name__ == "__main__":
    main()
