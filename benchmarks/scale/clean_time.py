"""CPU seconds of the clean stage alone, in its steady state: the process is set up, the
stage runs on a few documents and the lexicons and models are loaded, and then only the clean
stage's function is timed (``time.process_time``, so a busy machine does not inflate it)
over the next documents of a corpus, in name order.

    python benchmarks/scale/clean_time.py CORPUS [--warm 2] [--docs 30] [--profile 25]

With ``--profile N`` the timed part also runs under cProfile (CPU timer) and the N
functions with the most cumulative time are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path


def load_models() -> None:
    """Load what the look-alike reader needs, whether or not the warm-up documents
    needed it: loading is set-up, not the steady state."""
    from pipeline.clean.glyphs import glyph_table
    from pipeline.clean.langmodel import char_model, lexicon, proper_forms

    for lang in ("kk", "ru"):
        char_model(lang), lexicon(lang), proper_forms(lang)
    glyph_table(), glyph_table(True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warm", type=int, default=2)
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    from pipeline import Config
    from pipeline.ingest import read_document
    from pipeline.registry import get_stage
    from pipeline.runner import setup_process

    config = Config()
    setup_process(config)
    clean = get_stage("clean")
    settings = config.settings_for("clean")
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())
    docs = [read_document(p.name, p.read_bytes(), p.stem, config.ingest)
            for p in files[:args.warm + args.docs]]
    for doc in docs[:args.warm]:
        clean.func(doc, settings)
    load_models()
    timed = docs[args.warm:]
    profile = cProfile.Profile(time.process_time) if args.profile else None
    started = time.process_time()
    if profile is not None:
        profile.enable()
    for doc in timed:
        clean.func(doc, settings)
    if profile is not None:
        profile.disable()
    took = time.process_time() - started
    print(f"clean stage: {took:.2f} CPU s over {len(timed)} documents")
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
