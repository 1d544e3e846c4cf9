"""The per-document work: one pure function from (file bytes, config) to records.

:func:`process_document` is what a local process pool maps now and what a
distributed engine (dask, Spark) can map later: it takes plain values, returns a
plain dict, and never touches the output folder.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import Any

from . import __version__
from .config import Config
from .document import Document, as_record
from .errors import PipelineError, SkipFile
from .ingest import read_document
from .registry import get_stage

RECORD_FILES = ("documents", "entities", "quantities", "tables", "claims", "findings")


def run_stages(doc: Document, config: Config) -> Document:
    """Run the configured stages over an ingested document, in order."""
    for name in config.stages:
        info = get_stage(name)
        settings = getattr(config, info.settings)
        try:
            result = info.func(doc, settings)
        except PipelineError as err:
            err.path, err.stage = err.path or doc.path, err.stage or name
            raise
        except Exception as err:  # one bad document must not stop the run
            raise PipelineError(f"{type(err).__name__}: {err}", path=doc.path,
                                stage=name) from err
        unknown = set(result) - set(info.assigns)
        if unknown:
            raise PipelineError(f"stage assigned undeclared fields {sorted(unknown)}",
                                path=doc.path, stage=name)
        for key, value in result.items():
            setattr(doc, key, value)
    return doc


def process_document(path: str, data: bytes, doc_id: str, config: Config) -> dict[str, Any]:
    """Everything one file yields: ``{"status", "error", "records", "csv"}``.

    ``status`` is ``ok``, ``skipped`` or ``failed``; ``records`` maps each output
    file name to its records for this document, already in output order.
    """
    try:
        doc = read_document(path, data, doc_id, config.ingest)
        run_stages(doc, config)
    except SkipFile as err:
        return {"status": "skipped", "error": _error(err, path), "records": {}, "csv": {}}
    except PipelineError as err:
        return {"status": "failed", "error": _error(err, path), "records": {}, "csv": {}}
    except Exception as err:  # a bug in a stage: still one failed file, not a dead run
        failure = PipelineError(f"{type(err).__name__}: {err}", path=path, stage="ingest")
        return {"status": "failed", "error": _error(failure, path), "records": {}, "csv": {}}
    return {"status": "ok", "error": None, "records": document_records(doc),
            "csv": {t.table_id: table_csv(t) for t in doc.tables}}


def _error(err: PipelineError, path: str) -> dict[str, str]:
    return {"path": path, "stage": err.stage or "ingest", "error": type(err).__name__,
            "message": err.message}


def document_records(doc: Document) -> dict[str, list[dict]]:
    """The output records of one processed document, sorted for stable output."""
    page = doc.page_at
    document = {
        "doc_id": doc.doc_id, "path": doc.path, "sha256": doc.sha256, "format": doc.format,
        "encoding": doc.encoding, "languages": doc.languages, "title": doc.title,
        "text": doc.text, "raw_length": len(doc.raw_text),
        "repairs": [asdict(r) for r in doc.repairs],
        "suspects": [asdict(s) for s in doc.suspects],
        "offset_map": doc.offset_map.to_list(),
        "pages": [asdict(p) for p in doc.pages],
        "paragraphs": [asdict(p) for p in doc.paragraphs],
        "tool_version": __version__,
    }
    entities = [as_record(e, doc_id=doc.doc_id, page=page(e.start)) for e in doc.entities]
    quantities = [as_record(q, doc_id=doc.doc_id, page=page(q.start)) for q in doc.quantities]
    tables = [as_record(t, doc_id=doc.doc_id) for t in doc.tables]
    claims = [as_record(c, doc_id=doc.doc_id) for c in doc.claims]
    entities.sort(key=lambda r: (r["start"], r["end"], r["label"]))
    quantities.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
    tables.sort(key=lambda r: (r["start"], r["table_id"]))
    return {"documents": [document], "entities": entities, "quantities": quantities,
            "tables": tables, "claims": claims,
            "findings": [as_record(f) for f in doc.findings]}


def table_csv(table) -> str:
    """The table as CSV: the logical header, then the body's raw cell texts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    for row in table.rows:
        writer.writerow([cell.text for cell in row])
    return buffer.getvalue()
