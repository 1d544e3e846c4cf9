"""spaCy alone: the same model's ``nlp.pipe`` over the same texts, with the same process
count, timed from loading the model to the last Doc (the pipeline's cold run also counts
its workers' start-up). One JSON line on stdout.

``--blas blis`` is spaCy as installed (thinc multiplies with BLIS); ``--blas openblas``
builds the same model's layers on numpy's OpenBLAS, one thread per process, as the
pipeline's parse does by default (``parse.blas``): the two figures tell what the matrix
library gives and what the rest of the pipeline costs.

    python benchmarks/scale/spacy_alone.py TEXTS.json --processes 2 [--blas blis]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from measure import cpu_seconds  # this folder is on sys.path: run as a script


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("texts")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--blas", choices=("blis", "openblas"), default="blis")
    args = parser.parse_args()
    with open(args.texts, encoding="utf-8") as handle:
        texts = json.load(handle)
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    from pipeline.parse.model import model_name
    from pipeline.parse.settings import ParseSettings

    started = time.perf_counter()
    with use_ops("numpy", use_blis=args.blas == "blis"):
        nlp = spacy.load(model_name(ParseSettings()))
    loaded = time.perf_counter()
    with threadpool_limits(limits=1, user_api="blas"):  # forked processes inherit it
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size,
                                                  n_process=args.processes))
    seconds = time.perf_counter() - started
    json.dump({"seconds": round(seconds, 3), "load_seconds": round(loaded - started, 3),
               "tokens": tokens, "pipes": nlp.pipe_names,
               "cpu_seconds": round(cpu_seconds(), 3),
               "parent_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "worker_rss_mb": round(
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
