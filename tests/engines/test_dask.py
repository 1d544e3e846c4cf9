"""The dask engine gives the records of a local run, byte for byte, on a LocalCluster and on
a scheduler with two worker processes that the test starts as a user would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import Config
from pipeline.api import extract_corpus
from pipeline.cli import main
from pipeline.errors import UsageError

from ..conftest import CORPUS, ROOT, write_corpus

STAGES = ["clean", "structure", "quantities"]
# one seed document, and one text of our own, and a file that fails
FILES = {
    "a.txt": "Kazakhstan's trade with China grew by 12% in 2023 to USD 31.5 billion.\n\n"
             "Exports of grain reached 9.4 million tonnes, up from 8.1 million in 2022.\n",
    "nested/b.txt": (CORPUS / "004_b3bd33414bb02f2b.txt").read_text(encoding="utf-8"),
    "junk.txt": b"\x00\x01\x02 binary \x00",
}


def _corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", FILES)


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file but the manifest (it holds times), by path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "manifest.json" and ".cache" not in p.parts}


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("local")
    corpus = _corpus(tmp)
    config = Config().with_overrides({"stages": STAGES})
    result = extract_corpus(corpus, tmp / "out", config, workers=0)
    return corpus, config, result, _outputs(tmp / "out")


def test_a_local_cluster_gives_the_records_of_a_local_run(local_run, tmp_path):
    corpus, config, local, expected = local_run
    out = tmp_path / "out"
    result = extract_corpus(corpus, out, config, workers=2, engine="dask")
    assert [(i.path, i.status) for i in result.inputs] == \
        [(i.path, i.status) for i in local.inputs]
    assert {i.path: i.status for i in result.inputs}["junk.txt"] == "failed"
    got = _outputs(out)
    assert got == expected and got["quantities.jsonl"]
    # the same cache as a local run: a local re-run finds every document unchanged
    again = extract_corpus(corpus, out, config, workers=0)
    assert {i.status for i in again.inputs if i.path != "junk.txt"} == {"unchanged"}
    assert _outputs(out) == expected


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A scheduler on a free port and two worker processes, started as on real machines
    (``dask scheduler``, ``dask worker ADDRESS``), stopped at the end."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or "dask"
    logs = [open(tmp_path / f"dask{i}.log", "wb") for i in range(3)]
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=logs[0], stderr=logs[0], env=env)]
    try:
        for i in (1, 2):
            procs.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--nworkers", "1",
                 "--no-dashboard", "--name", f"w{i}", "--local-directory",
                 str(tmp_path / f"w{i}")], stdout=logs[i], stderr=logs[i], env=env, cwd=tmp_path))
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=120)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()


@pytest.mark.slow
def test_a_scheduler_with_two_workers_gives_the_records_of_a_local_run(local_run, cluster,
                                                                          tmp_path, capsys):
    corpus, _config, _local, expected = local_run
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as info:
        main([str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", cluster,
              "--set", f"stages={json.dumps(STAGES)}", "-q"])
    assert info.value.code == 1  # junk.txt failed, the run is complete
    assert "junk.txt" in capsys.readouterr().err
    assert _outputs(out) == expected
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["summary"]["ok"] == 2 and manifest["summary"]["failed"] == 1


def test_engine_options_are_checked_before_any_document(tmp_path, capsys):
    corpus = _corpus(tmp_path)
    with pytest.raises(UsageError, match="unknown engine 'spark'"):
        extract_corpus(corpus, tmp_path / "out", Config(), engine="spark")
    with pytest.raises(UsageError, match="--scheduler needs --engine dask"):
        extract_corpus(corpus, tmp_path / "out", Config(), scheduler="tcp://127.0.0.1:1")
    with pytest.raises(SystemExit) as info:
        main([str(corpus), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler",
              f"tcp://127.0.0.1:{_free_port()}", "--set", f"stages={json.dumps(STAGES)}"])
    assert info.value.code == 2
    assert "cannot reach the dask scheduler" in capsys.readouterr().err
    assert not (tmp_path / "out" / "documents.jsonl").exists()
