"""Words per second: the ``entities`` stage next to the bare spaCy model, same text, one run.

    python benchmarks/ner/speed.py                      # corpus/ documents
    python benchmarks/ner/speed.py --bench conll2003_test --limit 1000

The bare model is the same package with its stock pipeline (no gazetteer rulers, no rules),
run with ``nlp.pipe`` over the same paragraph texts with the same batch size. The stage is
timed as the runner calls it, per document, on documents already through ``clean`` and
``structure``. Model loading and one warm-up pass are excluded from both timings.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "ner"


def load_documents(args: argparse.Namespace) -> list:
    from pipeline import Config
    from pipeline.document import Document
    from pipeline.registry import get_stage

    if args.bench:
        lines = (args.bench_dir / f"{args.bench}.jsonl").read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()][:args.limit]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    config = Config()
    docs = []
    for i, text in enumerate(texts):
        doc = Document.from_text(text, doc_id=str(i))
        for name in ("clean", "structure"):
            info = get_stage(name)
            for key, value in info.func(doc, getattr(config, info.settings)).items():
                setattr(doc, key, value)
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", help="a benchmark set name instead of corpus/")
    ap.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3, help="best of N timings")
    args = ap.parse_args()

    import spacy

    from pipeline.entities import EntitySettings, find_entities
    from pipeline.parse import ParseSettings, load_nlp, parse_document
    from pipeline.parse.model import model_name

    settings = ParseSettings()
    entity_settings = EntitySettings()
    docs = load_documents(args)
    per_doc = [[d.text[p.start:p.end] for p in d.paragraphs] for d in docs]
    words = sum(len(t.split()) for texts in per_doc for t in texts)
    bare = spacy.load(model_name(settings))
    load_nlp(settings)

    def run_stages(doc) -> None:
        doc.nlp_docs = parse_document(doc, settings)["nlp_docs"]
        find_entities(doc, entity_settings)

    run_stages(docs[0])  # warm-up
    list(bare.pipe(per_doc[0]))

    def time_bare() -> float:
        t0 = time.perf_counter()
        for texts in per_doc:
            list(bare.pipe(texts, batch_size=settings.batch_size))
        return time.perf_counter() - t0

    def time_stage() -> float:
        t0 = time.perf_counter()
        for doc in docs:
            run_stages(doc)
        return time.perf_counter() - t0

    bare_s = min(time_bare() for _ in range(args.repeat))
    stage_s = min(time_stage() for _ in range(args.repeat))
    print(f"texts: {args.bench or 'corpus/'} ({len(docs)} documents, {words} words)")
    print(f"  bare model   {words / bare_s:10.0f} words/s  ({bare_s:.2f} s)")
    print(f"  parse+entities {words / stage_s:10.0f} words/s  ({stage_s:.2f} s)")
    print(f"  stage/model  {bare_s / stage_s:10.2f}  (target >= 0.90)")


if __name__ == "__main__":
    main()
