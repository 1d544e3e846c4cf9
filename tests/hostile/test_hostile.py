"""Every hostile input is accounted for with a message a person understands, and the good
documents come out byte-identical with and without them."""

from __future__ import annotations

import json

import pytest

from pipeline import Config
from pipeline.api import extract_corpus

from .generate import GOOD_TEXT, write_hostile

STAGES = {"stages": ["clean", "structure", "quantities", "tables"]}
GOOD = {"a-good.txt": GOOD_TEXT,
        "b-good.txt": "Exports of grain reached 9.4 million tonnes in 2024.\n"}


def _write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    config = Config().with_overrides(STAGES)
    _write(root / "alone", GOOD)
    alone = extract_corpus(root / "alone", root / "alone-out", config, workers=2)
    _write(root / "mixed", GOOD)
    hostile = write_hostile(root / "mixed")
    mixed = extract_corpus(root / "mixed", root / "mixed-out", config, workers=2)
    return root, hostile, alone, mixed


@pytest.mark.slow
def test_there_are_at_least_thirty_kinds(runs):
    _, hostile, _, _ = runs
    assert len(hostile) >= 30


@pytest.mark.slow
def test_every_hostile_input_is_accounted_for(runs):
    root, hostile, _, mixed = runs
    manifest = json.loads((root / "mixed-out" / "manifest.json").read_text())
    inputs = {i["path"]: i for i in manifest["inputs"]}
    errors = {}
    for line in (root / "mixed-out" / "errors.jsonl").read_text().splitlines():
        record = json.loads(line)
        errors[record["path"]] = record
    for path, expected in hostile.items():
        assert path in inputs, f"{path!r} is not in the manifest"
        entry = inputs[path]
        assert entry["status"] in expected.statuses, (path, entry)
        if entry["status"] in ("failed", "skipped", "duplicate"):
            message = errors[path]["message"]
            assert message == entry["error"] and expected.says in message, (path, message)
            assert "Traceback" not in message and "[E0" not in message, (path, message)
            assert len(message) < 300, (path, message)
    assert set(inputs) == set(hostile) | set(GOOD)
    assert mixed.by_status("ok") and not (set(errors) - set(hostile))


@pytest.mark.slow
def test_good_documents_are_byte_identical_with_and_without_hostile_ones(runs):
    root, hostile, _, _ = runs
    alone, mixed = root / "alone-out", root / "mixed-out"
    good_ids = {"a-good", "b-good"}
    for name in ("documents", "quantities", "tables"):
        kept = [line for line in (mixed / f"{name}.jsonl").read_bytes().splitlines(True)
                if json.loads(line)["doc_id"] in good_ids]
        assert b"".join(kept) == (alone / f"{name}.jsonl").read_bytes(), name


@pytest.mark.slow
def test_a_duplicate_is_extracted_once_under_the_first_path(runs):
    root, _, _, mixed = runs
    status = {i.path: (i.status, i.error) for i in mixed.inputs}
    assert status["copy-of-good.txt"][0] == "duplicate"
    assert "a-good.txt" in status["copy-of-good.txt"][1]
    ids = {json.loads(line)["doc_id"]
           for line in (root / "mixed-out" / "documents.jsonl").read_text().splitlines()}
    assert "copy-of-good" not in ids and "a-good" in ids
