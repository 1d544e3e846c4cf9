"""Interrupted runs: ``kill -9`` at random moments, 20 times; every time the outputs are one
run's complete set, and the next run goes on from the cache."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.io.outputs import recover

STAGES = '["clean","structure","quantities","tables"]'
SENTENCE = ("Kazakhstan's exports of grain grew by {n}% in {year} to {t} million tonnes, "
            "and trade with China reached USD {b} billion.\n\n")


def _write_doc(corpus: Path, i: int) -> None:
    text = "".join(SENTENCE.format(n=(i * 7 + k) % 40, year=2000 + k % 25, t=i + k,
                                   b=f"{i}.{k}") for k in range(300))
    (corpus / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")


def _command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", str(corpus), "-o", str(out), "--workers",
            "2", "-q", "--set", f"stages={STAGES}"]


def _assert_complete(out: Path) -> None:
    """The outputs are one run's whole set: the manifest's extracted inputs are exactly the
    documents of documents.jsonl, and every file parses."""
    manifest = json.loads((out / "manifest.json").read_text())
    extracted = {i["doc_id"] for i in manifest["inputs"] if i["status"] in ("ok", "unchanged")}
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    assert {d["doc_id"] for d in docs} == extracted
    for name in ("quantities", "tables", "errors"):
        for line in (out / f"{name}.jsonl").read_text().splitlines():
            assert json.loads(line)["doc_id" if name != "errors" else "path"]
    assert manifest["records"]["documents"] == len(docs)


@pytest.mark.slow
def test_kill_9_at_random_moments_twenty_times(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for i in range(4):
        _write_doc(corpus, i)
    subprocess.run(_command(corpus, out), check=True)
    _assert_complete(out)
    rng = random.Random(12)
    for i in range(4, 24):
        _write_doc(corpus, i)  # each round has new work, so there is a run to interrupt
        run = subprocess.Popen(_command(corpus, out), start_new_session=True)
        time.sleep(rng.uniform(0.5, 4.0))
        os.killpg(run.pid, signal.SIGKILL)  # the parent and its workers, mid-flight
        run.wait()
        recover(out)  # what the next run does first
        _assert_complete(out)
        assert not list(out.glob(".staging-*")) and not (out / ".commit").exists()
    final = subprocess.run(_command(corpus, out), check=True)
    assert final.returncode == 0
    _assert_complete(out)
    manifest = json.loads((out / "manifest.json").read_text())
    statuses = [i["status"] for i in manifest["inputs"]]
    assert len(statuses) == 24 and set(statuses) <= {"ok", "unchanged"}
    assert statuses.count("unchanged") >= 4, "the killed runs' finished documents are reused"
    fresh = tmp_path / "fresh"
    subprocess.run(_command(corpus, fresh), check=True)
    for name in ("documents", "quantities", "tables", "claims", "errors"):
        assert (out / f"{name}.jsonl").read_bytes() == (fresh / f"{name}.jsonl").read_bytes()
