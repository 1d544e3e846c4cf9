"""Shared fixtures: the sample corpus, and a helper that runs ``extract`` on a folder."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import settings

import pipeline
from pipeline import Config
from pipeline.api import extract_corpus
from pipeline.io.jsonl import loads

# the same examples on every run: CI must not pass or fail by the luck of the draw
settings.register_profile("deterministic", derandomize=True, deadline=None)
#: ``--slow``: the same, with many more examples for the property tests (tests/property)
settings.register_profile("slow", settings.get_profile("deterministic"), max_examples=20_000)
settings.load_profile("deterministic")

# Hypothesis also draws literals it finds in the project's loaded modules, so which
# modules a worker happened to import before a test would change that test's examples
# (seen with ``-n 2``). Import every module of the package up front: one command gives
# the same examples whichever tests ran before in the same worker.
for _module in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
    importlib.import_module(_module.name)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="load the 'slow' hypothesis profile: 20,000 examples per "
                          "property of tests/property (instead of 1,000) and per hypothesis "
                          "test that sets no max_examples")


def pytest_configure(config: pytest.Config) -> None:
    # before collection, so the property tests' settings see the chosen profile
    if config.getoption("--slow"):
        settings.load_profile("slow")


def read_jsonl(path: Path) -> list[dict]:
    return [loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def write_corpus(corpus: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (name -> text or bytes) into the folder ``corpus``; return it."""
    corpus.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return corpus


def run_on_files(tmp_path: Path, files: dict[str, str | bytes], config: Config | None = None,
                 workers: int = 0, **kwargs):
    """Write ``files`` into a corpus folder under ``tmp_path``, run the pipeline on it,
    and return ``(result, out_dir)``."""
    corpus = write_corpus(tmp_path / "corpus", files)
    out = tmp_path / "out"
    return extract_corpus(corpus, out, config or Config(), workers=workers, **kwargs), out


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """One full run over ``corpus/`` shared by the end-to-end tests: (result, out_dir)."""
    out = tmp_path_factory.mktemp("corpus-run") / "out"
    result = extract_corpus(CORPUS, out, Config(), workers=2)
    return result, out
