"""Exports of a run's outputs for other tools, and scores against annotators' gold.

``export(out_dir, to, target)`` writes one format (the table below); ``evaluate(out_dir,
gold)`` scores the run against a corrected Label Studio export or the reviewers'
``reviews.jsonl``. Both read only the output files, so they work on any run's folder.

============  ==========================================================================
format        writes
============  ==========================================================================
parquet       ``TARGET/claims.parquet``, ``TARGET/facts.parquet`` (flat columns, DuckDB)
csv           ``TARGET/claims.csv``, ``TARGET/facts.csv`` (lists as JSON arrays)
labelstudio   ``TARGET`` (tasks with predictions) and ``TARGET.xml`` (labeling config)
prodigy       ``TARGET`` JSONL: text, tokens, spans (Prodigy, spaCy converters)
spacy         ``TARGET``: a ``DocBin`` (``.spacy``), or JSONL spans if it ends in ``.jsonl``
============  ==========================================================================
"""

from __future__ import annotations

from pathlib import Path

from .evaluate import Evaluation, Score, evaluate
from .records import KINDS, ExportError, documents

FORMATS = ("parquet", "csv", "labelstudio", "prodigy", "spacy")

__all__ = ["FORMATS", "KINDS", "Evaluation", "ExportError", "Score", "evaluate", "export"]


def export(out_dir: Path | str, to: str, target: Path | str,
           kinds: tuple[str, ...] = KINDS) -> list[Path]:
    """Write the run in ``out_dir`` as ``to`` at ``target``; returns the files written.

    ``kinds`` chooses the spans of the span formats (entities, quantities, claims).
    """
    out_dir, target = Path(out_dir), Path(target)
    if to not in FORMATS:
        raise ExportError(f"unknown export format {to!r}; available: {', '.join(FORMATS)}")
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ExportError(f"unknown span kinds {unknown}; available: {', '.join(KINDS)}")
    if not (out_dir / "documents.jsonl").exists():
        raise ExportError(f"{out_dir / 'documents.jsonl'} not found; run "
                          f"`extract CORPUS_DIR -o {out_dir}` first")
    if to in ("parquet", "csv"):
        from .tabular import write_tables

        if target.suffix in (".parquet", ".csv"):
            raise ExportError(f"{target}: --to {to} writes two files (claims and facts); "
                              "give -o a folder")
        return write_tables(out_dir, target, to)
    docs = list(documents(out_dir, kinds))
    if to == "labelstudio":
        from .labelstudio import write_tasks

        return write_tasks(docs, target)
    from .spans import write_docbin, write_jsonl

    if to == "prodigy" or target.suffix == ".jsonl":
        return write_jsonl(docs, target)
    return write_docbin(docs, target)
