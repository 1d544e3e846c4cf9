"""One run of the pipeline in a fresh process, reported as one JSON line on stdout.

``run.py`` starts this once per configuration, so each figure comes from its own process:
wall seconds, the input statuses, and the peak resident memory of this (the parent)
process and of the largest worker process it waited for (``RUSAGE_CHILDREN``: the pool's
workers are its children; a LocalCluster's nanny and worker processes its descendants).

    python benchmarks/scale/measure.py CORPUS OUT --workers 2 [--engine dask] [--stages a,b]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time


def cpu_seconds() -> float:
    """User and system CPU time of this process and of the processes it waited for: on a
    shared machine it moves far less with the load than wall time does."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--stages", default="")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    from pipeline import Config
    from pipeline.api import extract_corpus

    config = Config()
    if args.stages:
        config = config.with_overrides({"stages": args.stages.split(",")})
    started = time.perf_counter()
    result = extract_corpus(args.corpus, args.out, config, workers=args.workers,
                            force=args.force, engine=args.engine)
    seconds = time.perf_counter() - started
    statuses: dict[str, int] = {}
    for item in result.inputs:
        statuses[item.status] = statuses.get(item.status, 0) + 1
    json.dump({"seconds": round(seconds, 3), "statuses": statuses, "records": result.counts,
               "cpu_seconds": round(cpu_seconds(), 3),
               "parent_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "worker_rss_mb": round(
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
