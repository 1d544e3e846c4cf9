"""The local engines: in this process, or a supervised pool of worker processes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..errors import PipelineError, UsageError
from ..runner import process_document, setup_process
from .pool import Limits, WorkerPool, WorkerStartupError


@dataclass(frozen=True)
class Task:
    """One input to extract: its file, its path in the corpus and its doc id."""

    path: Path
    rel: str
    doc_id: str
    #: the content the run listed (its cache key); a file that reads otherwise changed
    sha256: str | None = None


def failed(task: Task, message: str, stage: str = "ingest", error: str = "LimitError") -> dict:
    """The result of a file that yielded nothing, with why."""
    return {"status": "failed", "records": {}, "csv": {},
            "error": {"path": task.rel, "stage": stage, "error": error, "message": message}}


def read_task(task: Task) -> bytes | dict:
    """The bytes of ``task``'s file, or the failed result saying why it cannot be read."""
    try:
        return task.path.read_bytes()
    except OSError as err:
        return failed(task, f"cannot read file: {err.strerror or err}", error="OSError")


def process_task(task: Task, config: Config) -> dict:
    """Read ``task``'s file and run the pipeline on it (in whatever process this is)."""
    data = read_task(task)
    return data if isinstance(data, dict) else process_bytes(task, data, config)


def process_bytes(task: Task, data: bytes, config: Config) -> dict:
    """The pipeline on the bytes read for ``task``: a file whose bytes are not the ones the
    run listed changed while it ran; running out of memory costs only this file."""
    if task.sha256 is not None and hashlib.sha256(data).hexdigest() != task.sha256:
        return failed(task, "the file changed while the run was reading it; run again",
                      error="ChangedFile")
    try:
        return process_document(task.rel, data, task.doc_id, config)
    except MemoryError:
        return failed(task, "ran out of memory", error="MemoryError")


def startup(config: Config) -> dict[str, str] | None:
    """Load the model and data once in a new worker; what went wrong, if anything (an
    exception here would kill the worker before it could say why)."""
    try:
        setup_process(config)
    except PipelineError as err:
        return {"stage": err.stage or "setup", "error": type(err).__name__, "message": str(err)}
    except Exception as err:  # noqa: BLE001 - any start-up failure is one clear line
        return {"stage": "setup", "error": type(err).__name__,
                "message": f"worker start-up failed: {type(err).__name__}: {err}"}
    return None


def _fatal_checked(result: dict) -> dict:
    """``result``, unless it says the run cannot go on (a data file or the model is missing
    or broken): then the run stops with that one line, exit code 2."""
    if result["status"] == "fatal":
        raise UsageError(result["error"]["message"])
    return result


def _startup_checked(problem: dict[str, str] | None) -> None:
    if problem is not None:
        raise UsageError(problem["message"])


def map_documents(tasks: list[Task], config: Config, workers: int
                  ) -> Iterator[tuple[Task, dict]]:
    """Run the pipeline over ``tasks``, yielding ``(task, result)`` as each finishes.

    ``workers=0`` runs here; otherwise a pool of ``workers`` processes (never more than
    there are tasks) with the per-file limits of ``config.limits``, forked from this
    process once it has loaded what the stages need.
    """
    if not tasks:
        return
    if workers == 0:
        setup_process(config)  # a start-up failure is raised here, before any document
        for task in tasks:
            yield task, _fatal_checked(process_task(task, config))
        return
    # load here, once, before the workers fork: each starts ready and shares the loaded
    # model and data with the others (copy-on-write; a worker's own memory is what its
    # documents add), a replaced worker costs no new load, and a broken model or data file
    # stops the run before any worker starts
    _startup_checked(startup(config))
    limits = Limits(config.limits.seconds_per_file, config.limits.memory_mb_per_file,
                    config.limits.files_per_worker)
    pool = WorkerPool(min(workers, len(tasks)), setup=lambda: None,  # done, before the fork
                      work=lambda task: process_task(task, config),
                      failed=lambda task, message: failed(task, message), limits=limits)
    try:
        for task, result in pool.map(tasks):
            yield task, _fatal_checked(result)
    except WorkerStartupError as err:
        raise UsageError(str(err)) from None


__all__ = ["Task", "map_documents", "process_bytes", "process_task", "read_task", "startup"]
