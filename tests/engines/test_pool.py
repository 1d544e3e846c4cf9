"""The supervised worker pool: a stuck, greedy or crashing task costs itself, not the run."""

from __future__ import annotations

import gc
import os
import signal
import time

import pytest

from pipeline.engines.pool import Limits, WorkerPool, WorkerStartupError


def work(task: str) -> str:
    if task.startswith("slow"):
        time.sleep(30)
    if task.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if task.startswith("exit"):
        os._exit(3)
    if task.startswith("pid"):
        return f"{task} {os.getpid()}"
    if task.startswith("nap"):
        time.sleep(1.5)  # long enough for the pool to look at its memory
    if task.startswith("hog"):
        block = bytearray(400 * 2**20)  # touched pages count as resident
        for i in range(0, len(block), 4096):
            block[i] = 1
        time.sleep(30)
    return task.upper()


def run(tasks, workers=2, limits=Limits(), setup=lambda: None):
    pool = WorkerPool(workers, setup=setup, work=work,
                      failed=lambda task, message: f"failed: {message}", limits=limits)
    return dict(pool.map(tasks))


def test_results_come_back_for_every_task():
    assert run([f"t{i}" for i in range(7)]) == {f"t{i}": f"T{i}" for i in range(7)}


def test_a_stuck_task_is_failed_by_the_time_limit_and_the_run_goes_on():
    started = time.monotonic()
    results = run(["a", "slow", "b", "c", "d"], limits=Limits(seconds_per_file=1.0))
    assert results["slow"].startswith("failed: took longer than the time limit of 1 s")
    assert "limits.seconds_per_file" in results["slow"]
    assert [results[t] for t in "abcd"] == ["A", "B", "C", "D"]
    assert time.monotonic() - started < 20


def test_a_task_over_the_memory_limit_is_failed_naming_it():
    results = run(["hog", "a"], limits=Limits(memory_mb_per_file=300))
    assert "over the memory limit of 300 MiB" in results["hog"]
    assert "limits.memory_mb_per_file" in results["hog"]
    assert results["a"] == "A"


def test_a_worker_that_has_done_its_share_is_replaced_by_a_fresh_one():
    results = run([f"pid{i}" for i in range(7)], workers=1, limits=Limits(tasks_per_worker=3))
    pids = [results[f"pid{i}"].split()[1] for i in range(7)]
    assert len(set(pids)) == 3  # tasks 0-2, 3-5 and 6, each worker's tasks in a row
    assert pids[0] == pids[2] != pids[3] == pids[5] != pids[6]


def test_no_fresh_worker_is_started_when_no_task_is_left():
    pool = WorkerPool(1, setup=lambda: None, work=work, failed=lambda t, m: m,
                      limits=Limits(tasks_per_worker=2))
    spawned = []
    spawn = pool._spawn
    pool._spawn = lambda: spawned.append(1) or spawn()  # type: ignore[method-assign]
    assert sorted(r for _, r in pool.map(["a", "b"])) == ["A", "B"]
    assert len(spawned) == 1


def test_pages_a_worker_shares_with_its_parent_do_not_count_against_it():
    """The workers are forked: what the parent held before is resident in each worker
    (over the cheap bound the pool reads first) but not the worker's own."""
    held = bytearray(400 * 2**20)
    for i in range(0, len(held), 4096):
        held[i] = 1
    results = run(["nap", "a"], workers=1, limits=Limits(memory_mb_per_file=300))
    assert results == {"nap": "NAP", "a": "A"}
    del held


@pytest.mark.parametrize("task, said", [("crash", "SIGSEGV"), ("exit", "code 3")])
def test_a_worker_that_dies_costs_only_its_task(task, said):
    results = run(["a", task, "b", "c"], workers=1)
    assert said in results[task] and results[task].startswith("failed: the worker process")
    assert [results[t] for t in "abc"] == ["A", "B", "C"]


def test_workers_that_die_while_starting_stop_the_pool():
    def setup():
        os._exit(1)

    with pytest.raises(WorkerStartupError, match="die while starting"):
        run(["a", "b"], setup=setup)


def test_what_the_parent_holds_is_left_out_of_the_workers_garbage_collection():
    """The objects that exist when the pool starts (a model the parent loaded) are frozen,
    so a collection in a worker does not write to, and so un-share, their pages; the parent
    collects them again once the pool is done."""
    held = [{"weights": list(range(100))} for _ in range(1000)]
    pool = WorkerPool(1, setup=lambda: None, work=lambda task: gc.get_freeze_count(),
                      failed=lambda task, message: message)
    [(_, frozen)] = list(pool.map(["a"]))
    assert frozen >= len(held)
    assert gc.get_freeze_count() == 0
