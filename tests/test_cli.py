"""The CLI: help for every command, exit codes, one-line usage errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import COMMANDS, app, main
from pipeline.io.schemas import SCHEMAS

runner = CliRunner()


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


def test_zero_workers_is_usage_error(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    code, out = _main([str(tmp_path / "c"), "--workers", "0"], capsys)
    assert code == 2 and "--workers" in out.err
