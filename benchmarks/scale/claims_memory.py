"""Peak memory of the corpus-wide claim steps (cross-document check and facts) at two
corpus sizes, in memory (``cross_document_conflicts`` and ``group_facts`` over a list, as the
run did before) and on disk (``CorpusClaims``, as the run does now), side by side.

Each size and way runs in a fresh process over a generated ``claims.jsonl`` of
``16 x documents`` claims (the generated scale corpus gives about 16 claims a document),
with subjects, metrics, periods and values varied so that groups, facts and conflicts
form as in a real run. One JSON object on stdout, a table on stderr.

    python benchmarks/scale/claims_memory.py [--docs 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[2]
PER_DOC = 16
#: 20 subjects x 12 metrics x 31 years: about 20 claims a group at 10,000 documents
SUBJECTS = [(f"Country {i}", f"Q{1000 + i}") for i in range(20)]
METRICS = [f"{what}_{how}" for what in ("trade", "gdp", "investment", "exports")
           for how in ("growth", "volume", "share")]


def write_claims(path: Path, docs: int, seed: int = 16) -> None:
    """``PER_DOC`` claims a document, with every field the claim records carry."""
    rng = random.Random(seed)
    with open(path, "wb") as handle:
        for d in range(docs):
            for k in range(PER_DOC):
                subject, subject_id = rng.choice(SUBJECTS)
                year = rng.randint(1995, 2025)
                value = round(rng.choice([rng.uniform(1, 100), 30.0, 36.0]), 1)
                claim = {
                    "claim_id": f"c-{d:06d}-{k:02d}", "doc_id": f"doc-{d:06d}",
                    "subject": subject, "subject_id": subject_id,
                    "counterpart": None, "counterpart_id": None, "metric": rng.choice(METRICS),
                    "period": {"start": f"{year}-01-01", "end": f"{year}-12-31",
                               "granularity": "year", "text": str(year)},
                    "unit": "percent", "value": value, "lower": value - 0.05,
                    "upper": value + 0.05, "modality": "actual", "predicate": "grow",
                    "value_kind": "change_pct", "extractor": "claims.sentence_dep@0.2",
                    "qualifier": None, "si_value": None, "si_unit": None, "approx": None,
                    "status": "asserted", "confidence": 0.9, "section": "body",
                    "evidence": {"kind": "sentence", "start": 100 * k, "end": 100 * k + 90,
                                 "text": "A sentence of about ninety characters, as the "
                                         "records of a real run quote them here."}}
                handle.write(orjson.dumps(claim) + b"\n")


def measure(path: Path, way: str) -> dict:
    """The corpus-wide steps over ``path`` (in this process); peak RSS and seconds."""
    from pipeline.claims import CorpusClaims, cross_document_conflicts, group_facts, read_claims
    from pipeline.claims.facts import FIELDS

    started = time.perf_counter()
    if way == "memory":
        with open(path, "rb") as handle:
            claims = list(read_claims(handle, FIELDS))
        findings, status = cross_document_conflicts(claims)
        facts, fact_of = group_facts(claims)
        counts = (len(findings), len(facts), len(fact_of))
    else:
        with CorpusClaims(path.parent) as store:
            with open(path, "rb") as handle:
                store.add(read_claims(handle, FIELDS))
            findings, status = store.conflicts()
            n_facts = sum(1 for _ in store.facts())
            counts = (len(findings), n_facts, len(store))
    return {"way": way, "findings": counts[0], "facts": counts[1], "claims": counts[2],
            "seconds": round(time.perf_counter() - started, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--measure", nargs=2, metavar=("CLAIMS", "WAY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), args.measure[1])))
        return
    results: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        for docs in args.docs:
            path = Path(folder) / f"claims-{docs}.jsonl"
            write_claims(path, docs)
            for way in ("memory", "disk"):
                done = subprocess.run([sys.executable, __file__, "--measure", str(path), way],
                                      capture_output=True, text=True, check=True, cwd=ROOT)
                results.setdefault(way, {})[docs] = json.loads(done.stdout)
                print(f"{docs} documents, {way}: {results[way][docs]}", file=sys.stderr)
    small, large = min(args.docs), max(args.docs)
    for way in ("memory", "disk"):
        a, b = results[way][small]["peak_rss_mb"], results[way][large]["peak_rss_mb"]
        print(f"{way}: peak RSS {a} MB at {small} documents, {b} MB at {large} "
              f"({(b / a - 1) * 100:+.0f}%)", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
