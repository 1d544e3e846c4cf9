"""The dask engine: the same per-document function on a dask.distributed cluster.

``extract CORPUS --engine dask`` starts a ``LocalCluster`` of ``--workers`` processes (one
thread each: spaCy and the look-alike reader hold the GIL); ``--scheduler ADDRESS`` uses a
running cluster instead (``dask scheduler`` on one machine, ``dask worker ADDRESS`` on
each of the others). Either way:

- each file's bytes travel with its task, so workers need no access to the corpus, and
  results come back to this process, which alone writes the cache and the outputs: nothing
  but the installed package (the same version, data files and spaCy model) has to be on
  the workers' machines;
- a worker checks its run environment (tool version, data-file hashes, model, package
  versions) against this process's before its first file, so a worker that would write
  other records stops the run with one line instead of mixing them in;
- at most ``2 x`` the cluster's threads files are in flight, and results stream back in
  the order they finish (``as_completed``), exactly as with the local pool; the outputs
  are assembled from the cache in input order, so they are byte-identical to a local run.

Dask cannot stop a running task, so ``limits.seconds_per_file`` does not hold here; a
worker over its memory limit (``dask worker --memory-limit``; on a LocalCluster,
``limits.memory_mb_per_file``) is restarted by dask and the file it held is ``failed``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from ..config import Config
from ..errors import UsageError
from .local import Task, failed, process_bytes, read_task, startup

#: files in flight per worker thread: one running, one waiting, so no thread idles between
IN_FLIGHT_PER_THREAD = 2

#: what each worker process has set up, by (config hash, environment hash): the problem
#: found, or None
_ready: dict[tuple[str, str], dict | None] = {}


def _environment_hash(config: Config) -> str:
    from ..api import run_environment
    from ..io.cache import environment_hash

    return environment_hash(run_environment(config))


def _prepare(config: Config, env_hash: str) -> dict | None:
    """Set this worker up once for ``config``: the same environment as the client's, the
    model and data loaded. What stops the run, if anything."""
    key = (config.hash(), env_hash)
    if key not in _ready:
        try:
            mine = _environment_hash(config)
        except Exception as err:  # noqa: BLE001 - a missing data file or model: one line
            _ready[key] = {"stage": "setup", "error": type(err).__name__,
                           "message": f"on a dask worker: {err}"}
            return _ready[key]
        if mine != env_hash:
            _ready[key] = {"stage": "setup", "error": "EnvironmentMismatch",
                           "message": "a dask worker has another tool version, data files, "
                                      "spaCy model or package versions than this process "
                                      f"(environment {mine}, expected {env_hash}); install "
                                      "the same on every worker"}
        else:
            _ready[key] = startup(config)
    return _ready[key]


def run_task(task: Task, data: bytes, config: Config, env_hash: str) -> dict:
    """What a dask worker runs for one file: the pipeline on bytes sent by the client."""
    problem = _prepare(config, env_hash)
    if problem is not None:
        return {"status": "fatal", "error": {"path": task.rel, **problem}, "records": {},
                "csv": {}}
    return process_bytes(task, data, config)


def _cluster(workers: int, scheduler: str | None, config: Config) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a new LocalCluster (and the cluster,
    to close)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as err:
            raise UsageError(f"cannot reach the dask scheduler at {scheduler}: {err}") from None
    memory = config.limits.memory_mb_per_file
    # a file whose worker dies is failed at once, not retried on the next worker
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR,
                               memory_limit=f"{memory}MiB" if memory else 0)
    return Client(cluster), cluster


def map_documents(tasks: list[Task], config: Config, workers: int,
                  scheduler: str | None = None) -> Iterator[tuple[Task, dict]]:
    """Run the pipeline over ``tasks`` on dask, yielding ``(task, result)`` as each
    finishes (see the module docstring)."""
    if not tasks:
        return
    if workers < 1 and not scheduler:
        raise UsageError("--engine dask needs --workers 1 or more (or --scheduler ADDRESS)")
    from distributed import as_completed

    env_hash = _environment_hash(config)
    client, cluster = _cluster(min(workers, len(tasks)), scheduler, config)
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = IN_FLIGHT_PER_THREAD * threads
        queue = iter(tasks)
        running: dict[Any, Task] = {}
        done = as_completed()
        # the config is sent once and shared by every task
        [shared] = client.scatter([config], broadcast=True, hash=False)

        def submit() -> Iterator[tuple[Task, dict]]:
            while len(running) < limit:
                task = next(queue, None)
                if task is None:
                    return
                data = read_task(task)
                if isinstance(data, dict):
                    yield task, data
                    continue
                future = client.submit(run_task, task, data, shared, env_hash, pure=False)
                running[future] = task
                done.add(future)

        yield from _checked(submit())
        for future in done:
            task = running.pop(future)
            yield from _checked([(task, _result(future, task))])
            yield from _checked(submit())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(future: Any, task: Task) -> dict:
    """The future's result; a worker that died or a task that raised is the file's failure."""
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - KilledWorker, a lost worker, a pickling error
        name = type(err).__name__
        if name == "KilledWorker":
            message = ("the dask worker died while extracting it (over its memory limit, "
                       "or a crash)")
        else:
            message = f"the dask task failed: {name}: {err}"
        return failed(task, message, error=name)


def _checked(pairs: Iterator[tuple[Task, dict]] | list[tuple[Task, dict]]
             ) -> Iterator[tuple[Task, dict]]:
    for task, result in pairs:
        if result["status"] == "fatal":
            raise UsageError(result["error"]["message"])
        yield task, result


__all__ = ["map_documents", "run_task"]
