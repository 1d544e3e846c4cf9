"""The per-document work: one pure function from (file bytes, config) to records.

:func:`process_document` is what a local process pool maps now and what a
distributed engine (dask, Spark) can map later: it takes plain values, returns a
plain dict, and never touches the output folder.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from . import __version__, resources
from .config import Config
from .document import Document, Table, as_record, plain
from .errors import PipelineError, SkipFile
from .ingest import read_document
from .io.places import boxed, boxed_table, page_errors, span_place
from .registry import get_stage, stage_outputs

#: the files of the output contract, written (empty if need be) whatever the stages are
CONTRACT_FILES = ("documents", "entities", "quantities", "tables", "claims", "findings", "facts")


def record_files(config: Config) -> tuple[str, ...]:
    """The record files a run of ``config`` writes: the contract's, then any a
    third-party stage adds."""
    extra = [name for name in stage_outputs(config.stages) if name not in CONTRACT_FILES]
    return (*CONTRACT_FILES, *extra)


def setup_process(config: Config) -> None:
    """What one process does before its first document: use the configured models folder
    and run each stage's ``setup`` (load the spaCy model once). A
    :class:`~pipeline.resources.DataFileError` here stops the run."""
    resources.set_models_dir(config.models_dir)
    for name in config.stages:
        info = get_stage(name)
        if info.setup is not None:
            info.setup(config.settings_for(name))


def run_stages(doc: Document, config: Config) -> Document:
    """Run the configured stages over an ingested document, in order."""
    resources.set_models_dir(config.models_dir)
    for name in config.stages:
        info = get_stage(name)
        settings = config.settings_for(name)
        try:
            result = info.func(doc, settings)
        except resources.DataFileError:
            raise  # an installation problem, not this document's: the run stops
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
    file name to its records for this document, already in output order. A data file the
    stages need that is missing or broken gives ``fatal``: no document can succeed.
    """
    try:
        doc = read_document(path, data, doc_id, config.ingest)
        run_stages(doc, config)
    except resources.DataFileError as err:
        return {"status": "fatal", "error": _error(err, path), "records": {}, "csv": {}}
    except SkipFile as err:
        return {"status": "skipped", "error": _error(err, path), "records": {}, "csv": {}}
    except PipelineError as err:
        return {"status": "failed", "error": _error(err, path), "records": {}, "csv": {}}
    except Exception as err:  # a bug in a stage: still one failed file, not a dead run
        failure = PipelineError(f"{type(err).__name__}: {err}", path=path, stage="ingest")
        return {"status": "failed", "error": _error(failure, path), "records": {}, "csv": {}}
    return {"status": "ok", "error": None, "records": document_records(doc, config),
            "csv": {t.table_id: table_csv(t) for t in doc.tables}}


def _error(err: PipelineError, path: str) -> dict[str, str]:
    return {"path": path, "stage": err.stage or "ingest", "error": type(err).__name__,
            "message": err.message}


def document_records(doc: Document, config: Config) -> dict[str, list[dict]]:
    """The output records of one processed document, sorted for stable output: the
    document itself, then each output a configured stage declared."""
    document = {
        "doc_id": doc.doc_id, "path": doc.path, "sha256": doc.sha256, "format": doc.format,
        "encoding": doc.encoding, "languages": doc.languages, "title": doc.title,
        "text": doc.text, "raw_length": len(doc.raw_text),
        "repairs": [plain(r) for r in doc.repairs],
        "suspects": [plain(s) for s in doc.suspects],
        "offset_map": doc.offset_map.to_list(),
        "pages": [plain(p) for p in doc.pages],
        "paragraphs": [plain(p) for p in doc.paragraphs],
        "tool_version": __version__,
    }
    records: dict[str, list[dict]] = {"documents": [document]}
    skipped = page_errors(doc)
    if skipped:
        records["errors"] = skipped
    for file, (field_name, output) in stage_outputs(config.stages).items():
        rows = []
        for item in getattr(doc, field_name):
            extra: dict[str, Any] = {"doc_id": doc.doc_id} if output.with_doc_id else {}
            if output.with_page:
                extra.update(span_place(doc, item.start, item.end))
            record = as_record(item, **extra)
            if isinstance(item, Table):
                record = boxed_table(doc, item, record)
            for key in output.boxed:
                if isinstance(record.get(key), dict):
                    record[key] = boxed(doc, record[key])
            rows.append(record)
        if output.sort_by:
            rows.sort(key=lambda r: tuple(r.get(k) for k in output.sort_by))
        records[file] = rows
    return records


def table_csv(table) -> str:
    """The table as CSV: the logical header, then the body's raw cell texts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    for row in table.rows:
        writer.writerow([cell.text for cell in row])
    return buffer.getvalue()
