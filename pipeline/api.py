"""Library entry point: ``extract_corpus(corpus, out, config)`` runs every stage.

The map step (:func:`pipeline.runner.process_document` per file) runs in a local
process pool; its results stream into the cache as documents finish. The outputs
are then assembled in input order from the cache, and the cross-document checks
run over the claims as written, so memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__, resources
from .claims import CorpusClaims, name_facts, read_claims
from .claims.facts import FIELDS as FACT_FIELDS
from .config import Config
from .document import as_record
from .engines.local import Task, map_documents
from .errors import UsageError
from .ingest import IngestSettings, find_inputs
from .ingest.ocr import OcrUnavailable, tesseract_info
from .io.cache import Cache, cache_key, environment_hash
from .io.outputs import Outputs
from .parse import model_info
from .registry import stage_data_files
from .runner import record_files

SCHEMA_VERSION = "1.0"
#: what can become of an input: extracted now, served from the cache, not an input, broken,
#: or the same bytes as an earlier input (extracted once, under the first path)
STATUSES = ("ok", "unchanged", "skipped", "failed", "duplicate")

#: called after each input with (path, status)
Progress = Callable[[str, str], None]


@dataclass
class InputStatus:
    path: str
    doc_id: str
    sha256: str | None
    status: str
    error: str | None = None
    stage: str | None = None


@dataclass
class RunResult:
    out_dir: Path
    inputs: list[InputStatus] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def by_status(self, status: str) -> list[InputStatus]:
        return [i for i in self.inputs if i.status == status]

    @property
    def failed(self) -> list[InputStatus]:
        return self.by_status("failed")


def list_inputs(corpus: Path, config: Config, out_dir: Path | None = None) -> list[Task]:
    """Inputs in stable order, each with a doc id unique in the corpus.

    An output folder inside the corpus is not read as input.
    """
    out = Path(os.path.realpath(out_dir)) if out_dir is not None else None
    # realpath, not Path.resolve: a symlink loop must not stop the listing
    files = [f for f in find_inputs(corpus, config.ingest)
             if out is None or out not in Path(os.path.realpath(f)).parents]
    # a file name that is not UTF-8 is shown with escapes, so every record stays valid JSON
    rels = [os.fsencode(f.relative_to(corpus).as_posix()).decode("utf-8", "backslashreplace")
            for f in files]
    stems = [r.rsplit(".", 1)[0] if "." in r.rsplit("/", 1)[-1] else r for r in rels]
    clashes = {s for s in stems if stems.count(s) > 1}
    return [Task(f, r, r.replace(".", "_") if s in clashes else s)
            for f, r, s in zip(files, rels, stems)]


def run_environment(config: Config) -> dict[str, Any]:
    """What besides the input and the config decides the records: each data file the
    configured stages load (name -> sha256), the spaCy model and the tool version. Raises a
    usage error (one line, exit 2) when a data file or the model is missing."""
    resources.set_models_dir(config.models_dir)
    names = stage_data_files(config.stages, config.settings_for)
    return {"tool_version": __version__, "data_files": resources.fingerprint(names),
            "model": model_info(config.parse) if "parse" in config.stages else None,
            "packages": dependency_versions(), "ocr": ocr_environment(config.ingest)}


def ocr_environment(settings: IngestSettings) -> dict[str, Any] | None:
    """The Tesseract scanned pages would be read with (version, models' sha256), or why
    there is none: it decides the text of those pages, so it is part of the cache key."""
    if not settings.ocr:
        return None
    try:
        return tesseract_info(settings.tesseract_cmd, settings.ocr_languages)
    except OcrUnavailable as err:
        return {"unavailable": str(err)}


def dependency_versions() -> dict[str, str]:
    """Installed versions of the packages the pipeline depends on (their data, such as
    wordfreq's lists, decides records too)."""
    found = {}
    for requirement in metadata.requires("claims-pipeline") or ():
        if "extra ==" in requirement:
            continue
        name = requirement.split(";")[0].split("==")[0].split(">")[0].split("<")[0].strip()
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return dict(sorted(found.items()))


def extract_corpus(corpus: Path | str, out_dir: Path | str = "outputs",
                   config: Config | None = None, *, workers: int | None = None, force: bool = False,
                   progress: Progress | None = None, engine: str = "local",
                   scheduler: str | None = None) -> RunResult:
    """Extract every input under ``corpus`` into ``out_dir``; see CONTRACT.md.

    ``engine`` is ``local`` (this process or a local pool) or ``dask`` (a LocalCluster of
    ``workers`` processes, or the cluster whose scheduler is at ``scheduler``): the same
    records either way, and the same cache.
    """
    corpus, out_dir = Path(corpus), Path(out_dir)
    config = config or Config()
    if not corpus.exists():
        raise UsageError(f"corpus folder {corpus} does not exist")
    if not corpus.is_dir():
        raise UsageError(f"{corpus} is not a folder; pass the folder that holds the documents")
    if workers is not None and workers < 0:
        raise UsageError(f"--workers must be 0 (in this process) or more, got {workers}")
    workers = os.cpu_count() or 1 if workers is None else workers
    mapper = _engine(engine, scheduler)
    started = time.time()
    config_hash = config.hash()
    environment = run_environment(config)
    env_hash = environment_hash(environment)
    inputs = list_inputs(corpus, config, out_dir)
    cache = Cache(out_dir / ".cache")
    statuses: dict[str, InputStatus] = {}
    keys: dict[str, str] = {}
    errors: dict[str, dict] = {}
    todo: list[Task] = []
    first_of: dict[str, str] = {}
    for item in inputs:
        try:
            data = item.path.read_bytes()
        except OSError as err:
            statuses[item.rel] = InputStatus(item.rel, item.doc_id, None, "failed",
                                             f"cannot read file: {err.strerror or err}", "ingest")
            errors[item.rel] = {"path": item.rel, "stage": "ingest", "error": "OSError",
                                "message": f"cannot read file: {err.strerror or err}"}
            _report(progress, item.rel, "failed")
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in first_of and data.strip():  # empty files are skipped as empty
            message = f"same content as {first_of[sha]}: extracted once, under that path"
            statuses[item.rel] = InputStatus(item.rel, item.doc_id, sha, "duplicate", message,
                                             "ingest")
            errors[item.rel] = {"path": item.rel, "stage": "ingest", "error": "DuplicateFile",
                                "message": message}
            _report(progress, item.rel, "duplicate")
            continue
        first_of[sha] = item.rel
        key = cache_key(sha, item.rel, item.doc_id, env_hash, config_hash)
        keys[item.rel] = key
        if not force and cache.has(key):
            statuses[item.rel] = InputStatus(item.rel, item.doc_id, sha, "unchanged")
            _report(progress, item.rel, "unchanged")
        else:
            statuses[item.rel] = InputStatus(item.rel, item.doc_id, sha, "pending")
            todo.append(replace(item, sha256=sha))
        del data  # read again when its turn comes: memory stays flat
    for item, result in mapper(todo, config, workers):
        status = statuses[item.rel]
        status.status = result["status"]
        if result["error"]:
            status.error, status.stage = result["error"]["message"], result["error"]["stage"]
            errors[item.rel] = result["error"]
        if result["status"] == "ok":
            cache.put(keys[item.rel], {"records": result["records"], "csv": result["csv"]})
        _report(progress, item.rel, result["status"])
    files = record_files(config)
    outputs = Outputs(out_dir, files)
    page_errors: list[dict] = []
    try:
        for item in inputs:
            status = statuses[item.rel]
            if status.status not in ("ok", "unchanged"):
                continue
            shard = cache.get(keys[item.rel])
            if shard is None:  # the cache was removed under us: a failed read, not a crash
                status.status, status.error = "failed", "cached result vanished; re-run"
                continue
            for name in files:
                for record in shard["records"].get(name, []):
                    outputs.write(name, record)
            for table_id, text in sorted(shard["csv"].items()):
                outputs.write_csv(table_id, text)
            # pages an extracted document left out (a scan without Tesseract)
            page_errors.extend(shard["records"].get("errors", []))
        for record in sorted([*errors.values(), *page_errors],
                             key=lambda r: (r["path"], r.get("page") or 0)):
            outputs.write("errors", record)
        with CorpusClaims(outputs.staging) as fact_of:  # on disk: one group in memory
            with open(outputs.path_of("claims"), "rb") as handle:
                fact_of.add(read_claims(handle, FACT_FIELDS))
            findings, claim_status = fact_of.conflicts()
            outputs.replace("facts", fact_of.facts())
            for finding in findings:
                outputs.write("findings", as_record(finding))
            outputs.rewrite("findings", lambda record: name_facts(record, fact_of))
            outputs.rewrite("claims", lambda record: _ranked(record, claim_status, fact_of))
        run = RunResult(out_dir, [statuses[i.rel] for i in inputs], dict(outputs.counts),
                        time.time() - started)
        outputs.commit(_manifest(run, config, config_hash, environment, started))
    except BaseException:
        outputs.abort()
        raise
    cache.prune({keys[i.rel] for i in inputs if i.rel in keys})
    return run


#: the engines ``extract_corpus`` can map the per-document function with
ENGINES = ("local", "dask")


def _engine(engine: str, scheduler: str | None) -> Callable[[list[Task], Config, int], Any]:
    """The map function of ``engine`` (checked before any document is read)."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        return map_documents
    from .engines import dask as dask_engine

    return lambda tasks, config, workers: dask_engine.map_documents(tasks, config, workers,
                                                                     scheduler)


def _ranked(record: dict, status: dict[str, str], fact_of: Mapping[str, str]) -> dict:
    """A claim with the rank the cross-document check gave it (disputed wins) and the
    fact it states across the corpus."""
    record["fact_id"] = fact_of.get(record["claim_id"], record.get("fact_id"))
    new = status.get(record["claim_id"])
    if new and record.get("status") != "disputed":
        record["status"] = new
    return record


def _report(progress: Progress | None, path: str, status: str) -> None:
    if progress is not None:
        progress(path, status)


def _manifest(result: RunResult, config: Config, config_hash: str, environment: dict,
              started: float) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claims-pipeline", "version": __version__},
        "config": config.to_dict(),
        "config_hash": config_hash,
        "model": environment["model"],
        "data_files": environment["data_files"],
        "packages": environment["packages"],
        "ocr": environment.get("ocr"),
        "inputs": [{"path": s.path, "doc_id": s.doc_id, "sha256": s.sha256, "status": s.status,
                    "error": s.error, "stage": s.stage} for s in result.inputs],
        "summary": {status: len(result.by_status(status))
                    for status in STATUSES},
        "records": result.counts,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds": round(result.seconds, 3),
    }
