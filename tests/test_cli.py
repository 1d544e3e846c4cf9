"""The CLI: help for every command, exit codes, one-line usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import COMMANDS, app, main
from pipeline.io.schemas import SCHEMAS
from pipeline.resources import set_models_dir

runner = CliRunner()


@pytest.fixture(autouse=True)
def _packaged_models():
    """A run with ``--set models_dir=...`` leaves that folder set in this process: restore
    the packaged data, or later tests on the same worker read a damaged test folder."""
    yield
    set_models_dir(None)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    info = app.registered_commands
    doc = next(c for c in info if c.name == command).callback.__doc__
    assert doc and doc.strip()


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_command_prints_json_schema(name):
    result = runner.invoke(app, ["schema", name])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == name


def _main(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    return info.value.code, capsys.readouterr()


def test_missing_corpus_is_usage_error(tmp_path, capsys):
    code, out = _main([str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "-q"], capsys)
    assert code == 2
    assert out.err.strip().count("\n") == 0 and "does not exist" in out.err
    assert "Traceback" not in out.err


def test_file_instead_of_folder_is_usage_error(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("x")
    code, out = _main([str(path), "-o", str(tmp_path / "out")], capsys)
    assert code == 2 and "not a folder" in out.err


def test_bad_config_is_usage_error(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    code, out = _main([str(tmp_path / "c"), "--set", "clean.nope=1"], capsys)
    assert code == 2 and "clean.nope" in out.err


@pytest.mark.slow
def test_run_exit_codes_and_views(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Year\tChina Trade (USD billions)\n2022\t28.9\n2023\t31.5\n\n"
        "China's trade with Kazakhstan reached USD 31.5 billion in 2023.\n")
    out = tmp_path / "out"
    code, err = _main([str(corpus), "-o", str(out), "--workers", "1"], capsys)
    assert code == 0 and "1 ok" in err.err
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 40)
    code, err = _main([str(corpus), "-o", str(out), "--workers", "1"], capsys)
    assert code == 1 and "junk.txt" in err.err and "1 unchanged" in err.err
    for command in ("tables", "claims", "findings"):
        code, shown = _main([command, str(out)], capsys)
        assert code == 0, command
    code, shown = _main(["claims", str(out), "--metric", "trade_volume"], capsys)
    assert "31.5" in shown.out.replace(",", "") or "3.15e+10" in shown.out
    code, shown = _main(["explain", str(corpus / "a.txt")], capsys)
    assert code == 0


def test_negative_workers_is_usage_error(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    code, out = _main([str(tmp_path / "c"), "--workers", "-1"], capsys)
    assert code == 2 and "--workers" in out.err


def _one_line_error(code, out, expected_code=2):
    assert code == expected_code, out.err
    lines = [line for line in out.err.splitlines() if line.strip()]
    assert len(lines) == 1, out.err
    assert "Traceback" not in out.err and "BrokenProcessPool" not in out.err
    return lines[0]


def _small_corpus(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Kazakhstan exported 12% more grain in 2023.\n")
    (corpus / "b.txt").write_text("Trade with China reached USD 4.1 billion in 2022.\n")
    return corpus


def test_stage_list_that_cannot_work_is_one_line_exit_2(tmp_path, capsys):
    corpus = _small_corpus(tmp_path)
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"), "-q",
                       "--set", 'stages=["clean","quantities","claims"]'], capsys)
    line = _one_line_error(code, out)
    assert "stage 'claims' needs" in line and "which no earlier stage provides" in line
    assert not (tmp_path / "out" / "documents.jsonl").exists()


def test_unknown_repair_is_one_line_exit_2(tmp_path, capsys):
    corpus = _small_corpus(tmp_path)
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"),
                       "--set", 'clean.repairs=["strip_markup","fix_everything"]'], capsys)
    assert "unknown repair(s) ['fix_everything']" in _one_line_error(code, out)


def test_missing_model_is_one_line_exit_2(tmp_path, capsys):
    corpus = _small_corpus(tmp_path)
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"),
                       "--set", 'parse.models=["no_such_model_pkg"]'], capsys)
    assert "no_such_model_pkg" in _one_line_error(code, out)


def _models_without(tmp_path, name):
    import shutil

    from pipeline import resources

    folder = tmp_path / "models"
    shutil.copytree(resources.PACKAGED, folder)
    (folder / name).unlink()
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_missing_data_file_is_one_line_exit_2(tmp_path, capsys, workers):
    corpus = _small_corpus(tmp_path)
    models = _models_without(tmp_path, "cyrillic/lexicon_ru.txt.xz")
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"), "--workers", workers,
                       "--set", f"models_dir={str(models)!r}"], capsys)
    line = _one_line_error(code, out)
    assert str(models / "cyrillic" / "lexicon_ru.txt.xz") in line and "not found" in line


@pytest.mark.slow
def test_bad_data_file_at_worker_start_up_is_one_line_exit_2(tmp_path, capsys):
    """The gazetteer is read when each worker loads the model: a broken one must not
    leave a BrokenProcessPool traceback."""
    corpus = _small_corpus(tmp_path)
    models = _models_without(tmp_path, "gazetteer.jsonl")
    (models / "gazetteer.jsonl").write_text('{"id": "Q1", "canonical": "X"\n')
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"), "--workers", "2",
                       "--set", f"models_dir={str(models)!r}"], capsys)
    line = _one_line_error(code, out)
    assert "gazetteer.jsonl" in line and "line 1 is not JSON" in line


@pytest.mark.slow
def test_corrupt_lexicon_read_mid_run_is_one_line_exit_2(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    seed = Path(__file__).resolve().parents[1] / "corpus" / "002_2d0bb8e4adc2bd80.txt"
    (corpus / "kk.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    models = _models_without(tmp_path, "cyrillic/lexicon_kk.txt.xz")
    (models / "cyrillic" / "lexicon_kk.txt.xz").write_bytes(b"not xz at all")
    code, out = _main([str(corpus), "-o", str(tmp_path / "out"), "--workers", "1",
                       "--set", 'stages=["clean"]', "--set", f"models_dir={str(models)!r}"],
                      capsys)
    line = _one_line_error(code, out)
    assert "lexicon_kk.txt.xz" in line and "xz-compressed" in line
