"""A pool of worker processes that costs one file, not the run, when a file goes wrong.

``concurrent.futures.ProcessPoolExecutor`` cannot stop one task: a stuck file holds its
worker for ever, and a worker that dies (segfault, OOM kill) breaks the whole pool. This
pool keeps its own processes, each fed one file at a time through a pipe, and watches them:

- a file that runs past ``limits.seconds_per_file`` has its worker killed and is ``failed``
  with a message naming the limit;
- a worker whose own memory passes ``limits.memory_mb_per_file`` is killed the same way;
- a worker that dies on its own costs the file it held;

and each time a new worker takes its place, so the run goes on. A worker that has extracted
``limits.files_per_worker`` files is stopped and replaced too, so no worker's memory grows
with the corpus. Results stream back as
files finish; each worker holds one file at a time.
"""

from __future__ import annotations

import faulthandler
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")

#: how often the pool looks at its workers' memory (seconds)
POLL_SECONDS = 0.25
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Limits:
    """Per-file limits; ``0`` turns one off."""

    seconds_per_file: float = 0.0
    memory_mb_per_file: int = 0
    #: tasks a worker does before a fresh one replaces it
    tasks_per_worker: int = 0


def private_mb(pid: int) -> float:
    """Memory (MiB) that process ``pid`` holds on its own: private pages, resident or
    swapped. Pages a forked worker still shares with its parent are not its cost, so
    RSS (which counts them) would blame a worker for its parent's memory.

    >>> private_mb(os.getpid()) > 1
    True
    """
    try:
        fields = _proc_fields(f"/proc/{pid}/smaps_rollup")
        kib = sum(int(fields[k].split()[0]) for k in (b"Private_Clean", b"Private_Dirty",
                                                        b"Swap") if k in fields)
        return kib / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:  # no smaps_rollup (old kernels): resident memory, shared pages included
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def resident_mb(pid: int) -> float:
    """Resident plus swapped memory (MiB) of process ``pid``, shared pages included: a
    bound above :func:`private_mb` that the kernel keeps as counters, so it costs
    microseconds to read where ``smaps_rollup`` walks every page (about 30 ms for a
    worker holding a spaCy model, four times a second per worker, on a core the
    workers need).

    >>> resident_mb(os.getpid()) >= private_mb(os.getpid())
    True
    """
    try:
        fields = _proc_fields(f"/proc/{pid}/status")
        return sum(int(fields[k].split()[0]) for k in (b"VmRSS", b"VmSwap")
                   if k in fields) / 1024
    except (OSError, ValueError, IndexError):
        return private_mb(pid)


def _proc_fields(path: str) -> dict[bytes, bytes]:
    """The ``name: value`` lines of a ``/proc`` file."""
    with open(path, "rb") as handle:
        return dict(line.split(b":", 1) for line in handle.read().splitlines() if b":" in line)


def _serve(conn: Connection, setup: Callable[[], Any], work: Callable[[Any], Any]) -> None:
    """A worker's life: set up once, then answer each task until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    faulthandler.disable()  # a crash is reported once, by the parent, as the file's error
    startup = setup()
    conn.send(("ready", startup))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(("done", work(task)))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: Any = None
    started: float = 0.0
    ready: bool = False
    done: int = 0


#: workers in a row that may die before they are ready before the pool gives up
MAX_STARTUP_DEATHS = 3


class WorkerStartupError(RuntimeError):
    """Worker processes keep dying before they can take a file."""


class WorkerPool:
    """``map`` a picklable ``work(task) -> result`` over tasks in ``workers`` processes.

    ``setup()`` runs once in each new worker and its value comes back to ``on_startup``
    (a worker that could not load its model says so there). ``failed(task, message)`` makes
    the result of a task whose worker was killed or died.
    """

    def __init__(self, workers: int, setup: Callable[[], Any], work: Callable[[Any], Any],
                 failed: Callable[[Any, str], Any], limits: Limits = Limits(),
                 on_startup: Callable[[Any], None] | None = None) -> None:
        self.size = max(1, workers)
        self.setup, self.work, self.failed = setup, work, failed
        self.limits = limits
        self.on_startup = on_startup
        # fork: a worker starts from the parent's memory (the config, loaded modules), so
        # the ``setup``/``work`` closures need no pickling
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        self.startup_deaths = 0
        #: whether tasks remain to hand out (a worker is replaced only if so)
        self._more = True

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, self.setup, self.work),
                                       daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        self.workers.remove(worker)

    def map(self, tasks: Iterable[T]) -> Iterator[tuple[T, Any]]:
        """Yield ``(task, result)`` as tasks finish (not in input order)."""
        queue = iter(tasks)
        upcoming = next(queue, None)  # one task looked ahead: is a fresh worker worth it?
        idle: list[_Worker] = []
        self._more = upcoming is not None
        # what exists now (a model the parent loaded) is left out of garbage collection,
        # in the workers too: a collection writes to every object it visits, and each page
        # it writes to stops being shared with the parent (the ``gc.freeze`` recipe)
        gc.freeze()
        try:
            for _ in range(self.size):
                self._spawn()
            while self._more or any(w.task is not None for w in self.workers):
                for worker in idle:
                    if upcoming is not None:
                        worker.task, worker.started = upcoming, time.monotonic()
                        worker.conn.send(upcoming)
                        upcoming = next(queue, None)
                        self._more = upcoming is not None
                idle = [w for w in idle if w.task is None]
                yield from self._collect(idle)
        finally:
            for worker in list(self.workers):
                _ask_to_stop(worker)
                self._retire(worker, kill=True)
            gc.unfreeze()

    def _collect(self, idle: list[_Worker]) -> Iterator[tuple[Any, Any]]:
        """Wait for a message, a death or a deadline; keep ``idle`` up to date."""
        ready = wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers],
                     timeout=POLL_SECONDS)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.conn in ready:
                try:
                    kind, value = worker.conn.recv()
                except (EOFError, OSError):  # the worker is gone; let it finish dying
                    worker.process.join(timeout=1)
                    kind, value = "died", None
                if kind == "ready":
                    worker.ready, self.startup_deaths = True, 0
                    if self.on_startup is not None:
                        self.on_startup(value)
                    idle.append(worker)
                    continue
                if kind == "done":
                    task, worker.task = worker.task, None
                    worker.done += 1
                    if self._more and worker.done == self.limits.tasks_per_worker:
                        self._replace(worker)
                    else:
                        idle.append(worker)
                    yield task, value
                    continue
            reason = self._over_limit(worker, now)
            if reason is None and not worker.process.is_alive():
                code = worker.process.exitcode
                reason = (f"the worker process died ({_signal_name(code)}) while extracting it"
                          if code is not None and code < 0 else
                          f"the worker process exited (code {code}) while extracting it")
            if reason is None:
                continue
            if not worker.ready:
                self.startup_deaths += 1
                if self.startup_deaths >= MAX_STARTUP_DEATHS:
                    raise WorkerStartupError(f"worker processes die while starting ({reason})")
            task = worker.task
            if worker in idle:
                idle.remove(worker)
            self._retire(worker, kill=True)
            self._spawn()  # idle once it says it is ready
            if task is not None:
                yield task, self.failed(task, reason)

    def _replace(self, worker: _Worker) -> None:
        """Stop an idle worker that has done its share and start a fresh one."""
        _ask_to_stop(worker)
        self._retire(worker, kill=False)
        self._spawn()  # idle once it says it is ready

    def _over_limit(self, worker: _Worker, now: float) -> str | None:
        if worker.task is None:
            return None
        seconds, memory = self.limits.seconds_per_file, self.limits.memory_mb_per_file
        if seconds and now - worker.started > seconds:
            return (f"took longer than the time limit of {seconds:g} s a file "
                    "(limits.seconds_per_file)")
        # the cheap bound first; a worker's own pages are counted only when it is over
        if memory and resident_mb(worker.process.pid or 0) > memory:
            used = private_mb(worker.process.pid or 0)
            if used > memory:
                return (f"used {used:.0f} MiB, over the memory limit of {memory} MiB a file "
                        "(limits.memory_mb_per_file)")
        return None


def _ask_to_stop(worker: _Worker) -> None:
    """Tell a worker to finish (it may be gone already)."""
    try:
        worker.conn.send(None)
    except OSError:
        pass


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"
