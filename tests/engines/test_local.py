"""Per-file limits through the whole run: the file over a limit fails, the rest are kept."""

from __future__ import annotations

import json

import pytest

from pipeline import Config
from pipeline.cli import main

from ..conftest import read_jsonl, run_on_files

PARAGRAPH = ("Kazakhstan's trade with China grew by 12% in 2023 to USD 31.5 billion, while "
             "exports of grain reached 9.4 million tonnes.\n\n")


@pytest.mark.slow
def test_a_file_over_the_time_limit_fails_and_the_others_are_extracted(tmp_path):
    config = Config().with_overrides({"stages": ["clean", "structure", "quantities"],
                                      "limits.seconds_per_file": 3.0})
    # distinct paragraphs (repeats would be dropped early): some 10x the limit on an idle
    # machine (3,000 of them took 2.8 s once the stages became linear)
    big = "".join(PARAGRAPH.replace("12%", f"{i}%") for i in range(30000))
    files = {"big.txt": big, "small.txt": PARAGRAPH}
    result, out = run_on_files(tmp_path, files, config, workers=2)
    status = {i.path: (i.status, i.error) for i in result.inputs}
    assert status["small.txt"] == ("ok", None)
    assert status["big.txt"][0] == "failed"
    assert "time limit of 3 s" in status["big.txt"][1]
    [error] = read_jsonl(out / "errors.jsonl")
    assert error["path"] == "big.txt" and "limits.seconds_per_file" in error["message"]
    assert {r["doc_id"] for r in read_jsonl(out / "quantities.jsonl")} == {"small"}


def test_in_process_runs_give_the_records_of_a_worker_pool(tmp_path):
    config = Config().with_overrides({"stages": ["clean", "structure", "quantities"]})
    files = {"a.txt": PARAGRAPH, "b.txt": PARAGRAPH.replace("12%", "15%")}
    _, here = run_on_files(tmp_path / "here", files, config, workers=0)
    _, pooled = run_on_files(tmp_path / "pool", files, config, workers=2)
    for name in ("documents", "quantities", "errors"):
        assert (here / f"{name}.jsonl").read_bytes() == (pooled / f"{name}.jsonl").read_bytes()


def test_limits_are_settings_with_checked_values(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    with pytest.raises(SystemExit) as info:
        main([str(tmp_path / "c"), "--set", "limits.seconds_per_file=-1"])
    assert info.value.code == 2 and "limits.seconds_per_file" in capsys.readouterr().err
    assert json.loads(json.dumps(Config().to_dict()["limits"])) == {
        "seconds_per_file": 600.0, "memory_mb_per_file": 6144, "files_per_worker": 1000}
    with pytest.raises(SystemExit) as info:
        main([str(tmp_path / "c"), "--set", "limits.files_per_worker=-2"])
    assert info.value.code == 2 and "limits.files_per_worker" in capsys.readouterr().err


def test_workers_are_replaced_after_their_share_of_files(tmp_path):
    """Replacing workers changes nothing in the records."""
    files = {f"d{i}.txt": f"Exports grew by {i + 3}% in 2023 in report {i}." for i in range(5)}
    config = Config().with_overrides({"limits.files_per_worker": 2,
                                      "stages": ["clean", "structure", "quantities"]})
    result, out = run_on_files(tmp_path / "a", files, config, workers=1)
    again, out2 = run_on_files(tmp_path / "b", files, workers=1, config=Config().with_overrides(
        {"stages": ["clean", "structure", "quantities"]}))
    assert [i.status for i in result.inputs] == ["ok"] * 5
    assert (out / "quantities.jsonl").read_bytes() == (out2 / "quantities.jsonl").read_bytes()


def test_a_file_that_changes_or_disappears_mid_run_fails_with_why(tmp_path):
    import hashlib

    from pipeline.engines.local import Task, process_task

    path = tmp_path / "a.txt"
    path.write_text(PARAGRAPH)
    listed = hashlib.sha256(path.read_bytes()).hexdigest()
    config = Config().with_overrides({"stages": ["clean", "structure", "quantities"]})
    assert process_task(Task(path, "a.txt", "a", listed), config)["status"] == "ok"
    path.write_text(PARAGRAPH + "A sentence added while the run was going.\n")
    changed = process_task(Task(path, "a.txt", "a", listed), config)
    assert changed["status"] == "failed" and "changed while the run" in changed["error"]["message"]
    path.unlink()
    gone = process_task(Task(path, "a.txt", "a", listed), config)
    assert gone["status"] == "failed" and "cannot read file" in gone["error"]["message"]


def test_workers_start_with_the_model_the_run_loaded_before_forking(tmp_path, monkeypatch):
    """The parent loads the model once; every worker, a replaced one too, starts with it
    and loads nothing itself."""
    import os

    from pipeline.engines import local
    from pipeline.engines.local import Task, map_documents
    from pipeline.parse.model import _load

    def loads_seen(task, config):
        return {"status": "ok", "error": None, "pid": os.getpid(),
                "loads": _load.cache_info().misses}

    monkeypatch.setattr(local, "process_task", loads_seen)
    config = Config().with_overrides({"stages": ["clean", "structure", "parse"],
                                      "limits.files_per_worker": 1})
    tasks = [Task(tmp_path / f"{i}.txt", f"{i}.txt", str(i)) for i in range(3)]
    results = [result for _, result in map_documents(tasks, config, workers=2)]
    loads = _load.cache_info().misses
    assert loads >= 1  # here, in this process
    assert {r["loads"] for r in results} == {loads}
    assert len({r["pid"] for r in results}) == 3 and os.getpid() not in {
        r["pid"] for r in results}
