"""Data files: packaged, declared by the stages that load them, and in the cache key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import Config, resources
from pipeline.api import run_environment
from pipeline.io.cache import environment_hash
from pipeline.registry import stage_data_files
from pipeline.runner import process_document

from .conftest import CORPUS, run_on_files

SEED_KAZAKH = CORPUS / "002_2d0bb8e4adc2bd80.txt"


def declared(config: Config) -> set[str]:
    return stage_data_files(config.stages, config.settings_for)


def packaged_files() -> set[str]:
    return {p.relative_to(resources.PACKAGED).as_posix()
            for p in resources.PACKAGED.rglob("*") if p.is_file()}


def test_every_packaged_data_file_is_declared_by_a_default_stage():
    assert packaged_files() == declared(Config())


@pytest.mark.slow
def test_what_a_document_opens_is_declared():
    config = Config()
    result = process_document(SEED_KAZAKH.name, SEED_KAZAKH.read_bytes(), "seed002", config)
    assert result["status"] == "ok"
    opened = resources.opened()
    assert {"gazetteer.jsonl", "cyrillic/lexicon_kk.txt.xz"} <= opened
    assert opened <= declared(config)


@pytest.fixture
def models_copy(tmp_path):
    """A copy of the packaged data folder, used as ``models_dir``; the packaged data is
    restored for the tests that follow."""
    folder = tmp_path / "models"
    shutil.copytree(resources.PACKAGED, folder)
    yield folder
    resources.set_models_dir(None)


@pytest.mark.parametrize("name", sorted(packaged_files()))
def test_editing_any_data_file_changes_the_run_environment(models_copy, name):
    config = Config().with_overrides({"models_dir": str(models_copy)})
    before = run_environment(config)
    with open(models_copy / name, "ab") as handle:
        handle.write(b"\n")
    after = run_environment(config)
    assert after["data_files"][name] != before["data_files"][name]
    assert environment_hash(after) != environment_hash(before)


def test_an_edited_data_file_re_extracts(tmp_path, models_copy):
    config = Config().with_overrides({"models_dir": str(models_copy),
                                      "stages": ["clean", "structure", "quantities"]})
    files = {"a.txt": "Trade grew by 12% in 2023 to USD 4.1 billion."}
    first, out = run_on_files(tmp_path, files, config)
    again, _ = run_on_files(tmp_path, files, config)
    common = models_copy / "cyrillic" / "common_kk.txt"
    common.write_text(common.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited, _ = run_on_files(tmp_path, files, config)
    assert [i.status for i in first.inputs] == ["ok"]
    assert [i.status for i in again.inputs] == ["unchanged"]
    assert [i.status for i in edited.inputs] == ["ok"]


def test_models_dir_gives_the_same_records_as_the_packaged_data(tmp_path, models_copy):
    config = Config().with_overrides({"stages": ["clean", "structure", "quantities"]})
    files = {"a.txt": SEED_KAZAKH.read_text(encoding="utf-8")}
    _, packaged = run_on_files(tmp_path / "p", files, config)
    _, copied = run_on_files(tmp_path / "c", files,
                             config.with_overrides({"models_dir": str(models_copy)}))
    for name in ("documents", "quantities"):
        assert (packaged / f"{name}.jsonl").read_bytes() == (copied / f"{name}.jsonl").read_bytes()


def test_data_path_names_a_missing_file(tmp_path):
    resources.set_models_dir(tmp_path)
    try:
        with pytest.raises(resources.DataFileError, match=str(tmp_path / "gazetteer.jsonl")):
            resources.data_path("gazetteer.jsonl")
    finally:
        resources.set_models_dir(None)


def test_packaged_folder_is_inside_the_package():
    assert resources.PACKAGED == Path(resources.__file__).parent / "data"
