"""The stage registry: refuses clashes, and takes third-party stages from entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from pipeline.registry import STAGES, get_stage, stage

PLUGIN = '''
"""A third-party stage: counts of each word of six or more letters (a test plugin)."""
from collections import Counter
from dataclasses import dataclass

import regex

from pipeline.registry import Output, stage


@dataclass(frozen=True)
class WordCountSettings:
    min_length: int = 6


@dataclass
class WordCount:
    start: int
    end: int
    word: str
    count: int


@stage("wordcount", requires=("text",), assigns=("word_counts",),
       outputs={"word_counts": Output("word_counts", sort_by=("start",))},
       settings_class=WordCountSettings)
def count_words(doc, settings):
    words = [m for m in regex.finditer(r"\\p{L}+", doc.text) if len(m[0]) >= settings.min_length]
    counts = Counter(m[0].lower() for m in words)
    first = {}
    for m in words:
        first.setdefault(m[0].lower(), m)
    return {"word_counts": [WordCount(m.start(), m.end(), w, counts[w])
                            for w, m in first.items()]}
'''

PYPROJECT = '''
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "wordcount-stage"
version = "0.1.0"

[project.entry-points."claims_pipeline.stages"]
wordcount = "wordcount_stage"
'''


def test_a_name_taken_by_another_function_is_refused():
    get_stage("quantities")
    with pytest.raises(ValueError, match="'quantities' is already registered"):
        @stage("quantities")
        def quantities_again(doc, settings):
            return {}
    assert STAGES["quantities"].func.__name__ == "find_quantities"


def test_outputs_must_be_assigned():
    with pytest.raises(ValueError, match=r"outputs \['other'\] are not among its assigns"):
        stage("never_registered", assigns=("one",), outputs={"other": "other"})


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """The test plugin, built and installed with pip into a folder of its own."""
    root = tmp_path_factory.mktemp("plugin")
    source = root / "src"
    (source / "wordcount_stage").mkdir(parents=True)
    (source / "wordcount_stage" / "__init__.py").write_text(textwrap.dedent(PLUGIN))
    (source / "pyproject.toml").write_text(PYPROJECT)
    site = root / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--no-build-isolation", "--no-index", "--target", str(site), str(source)],
                   check=True, capture_output=True)
    return site


def _extract(args, site, cwd):
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True)


def test_third_party_stage_runs_from_its_entry_point(tmp_path, plugin_site):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Pipelines carry natural gas; pipelines carry oil too.\n")
    config = tmp_path / "c.toml"
    config.write_text('stages = ["clean", "wordcount"]\n[wordcount]\nmin_length = 7\n')
    run = _extract([str(corpus), "-o", str(tmp_path / "out"), "--workers", "1", "-q",
                    "--config", str(config)], plugin_site, tmp_path)
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in
            (tmp_path / "out" / "word_counts.jsonl").read_text().splitlines()]
    assert [(r["word"], r["count"]) for r in rows] == [("pipelines", 2), ("natural", 1)]
    assert all(r["doc_id"] == "a" for r in rows)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["config"]["wordcount"] == {"min_length": 7}
    assert (tmp_path / "out" / "documents.jsonl").exists()


def test_third_party_stage_settings_are_checked(tmp_path, plugin_site):
    corpus = tmp_path / "c"
    corpus.mkdir()
    run = _extract([str(corpus), "-o", str(tmp_path / "out"),
                    "--set", 'stages=["clean","wordcount"]', "--set", "wordcount.min_len=3"],
                   plugin_site, tmp_path)
    assert run.returncode == 2
    assert "wordcount.min_len" in run.stderr and "Traceback" not in run.stderr
