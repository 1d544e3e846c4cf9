"""End to end: `extract` on the sample corpus and on the bad inputs careless users give."""

from __future__ import annotations

import hashlib
import os
import shutil
import time

import orjson
import pytest

from pipeline import Config
from pipeline.api import extract_corpus
from pipeline.io.outputs import JSONL_FILES
from pipeline.io.schemas import validator
from tests.conftest import CORPUS, read_jsonl, run_on_files
from tests.pdfs import make_pdf

pytestmark = pytest.mark.slow

SPAN_FILES = ("entities", "quantities")


def _texts(out):
    return {d["doc_id"]: d["text"] for d in read_jsonl(out / "documents.jsonl")}


def test_corpus_run_accounts_for_every_input(corpus_run):
    result, out = corpus_run
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    assert sorted(i["path"] for i in manifest["inputs"]) == sorted(
        p.name for p in CORPUS.iterdir() if not p.name.startswith("."))
    assert {i["status"] for i in manifest["inputs"]} == {"ok"}
    assert manifest["model"]["version"].startswith("3.8")
    assert manifest["config_hash"] == Config().hash()


@pytest.mark.parametrize("name", [*JSONL_FILES, "manifest"])
def test_corpus_run_records_validate(corpus_run, name):
    _, out = corpus_run
    check = validator(name)
    if name == "manifest":
        records = [orjson.loads((out / "manifest.json").read_bytes())]
    else:
        records = read_jsonl(out / f"{name}.jsonl")
    for record in records:
        errors = sorted(check.iter_errors(record), key=str)
        assert not errors, (name, record.get("doc_id"), errors[0].message)


@pytest.mark.parametrize("name", SPAN_FILES)
def test_corpus_run_offsets_match_text(corpus_run, name):
    _, out = corpus_run
    texts = _texts(out)
    records = read_jsonl(out / f"{name}.jsonl")
    assert records
    for r in records:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]


def test_corpus_run_claim_evidence_matches_text(corpus_run):
    _, out = corpus_run
    texts = _texts(out)
    tables = {t["table_id"]: t for t in read_jsonl(out / "tables.jsonl")}
    for c in read_jsonl(out / "claims.jsonl"):
        ev = c["evidence"]
        if "table_id" in ev:
            cell = tables[ev["table_id"]]["rows"][ev["row"]][ev["col"]]
            assert cell["text"] == ev["cell_text"]
        else:
            assert texts[c["doc_id"]][ev["start"]:ev["end"]] == ev["text"]


def test_corpus_run_repairs_trace_to_raw(corpus_run):
    _, out = corpus_run
    for doc in read_jsonl(out / "documents.jsonl"):
        raw = (CORPUS / doc["path"]).read_bytes().decode("utf-8")
        assert len(raw) == doc["raw_length"]
        for r in doc["repairs"]:
            assert 0 <= r["raw_start"] <= r["raw_end"] <= len(raw)
            assert 0 <= r["start"] <= r["end"] <= len(doc["text"])


def test_corpus_run_tables_have_csv(corpus_run):
    _, out = corpus_run
    tables = read_jsonl(out / "tables.jsonl")
    assert tables
    assert sorted(p.stem for p in (out / "tables").glob("*.csv")) == sorted(
        t["table_id"] for t in tables)


def _digest(out):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != "manifest.json"
            and ".cache" not in p.parts}


def test_rerun_is_identical_and_served_from_cache(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    started = time.perf_counter()
    first = extract_corpus(corpus, out, Config(), workers=1)
    first_time = time.perf_counter() - started
    before = _digest(out)
    started = time.perf_counter()
    second = extract_corpus(corpus, out, Config(), workers=1)
    second_time = time.perf_counter() - started
    assert {s.status for s in first.inputs} == {"ok"}
    assert {s.status for s in second.inputs} == {"unchanged"}
    assert _digest(out) == before
    assert second_time < first_time  # ratios are for benchmarks/; this only checks the cache
    forced = extract_corpus(corpus, out, Config(), workers=1, force=True)
    assert {s.status for s in forced.inputs} == {"ok"}
    assert _digest(out) == before


def test_changed_config_invalidates_cache(tmp_path):
    files = {"a.txt": "China's trade with Kazakhstan reached USD 31.5 billion in 2023."}
    run_on_files(tmp_path, files)
    config = Config().with_overrides({"clean.min_repeat_chars": 99})
    result, _ = run_on_files(tmp_path, files, config)
    assert result.inputs[0].status == "ok"


BAD_INPUTS = {
    "empty.txt": b"",
    "junk.txt": bytes(range(256)) * 50,
    "truncated.pdf": make_pdf([["Hello there"]])[:200],
    "encrypted.pdf": make_pdf([["secret"]], encrypt=True),
    "photo.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 100,
}
GOOD = "Kazakhstan hosted the 24th SCO summit in Astana in July 2024; 25 documents were signed."


def test_bad_inputs_are_accounted_for_and_good_ones_unaffected(tmp_path):
    _, alone = run_on_files(tmp_path / "alone", {"good.txt": GOOD})
    result, out = run_on_files(tmp_path / "mixed", {"good.txt": GOOD, **BAD_INPUTS}, workers=2)
    statuses = {s.path: s.status for s in result.inputs}
    assert statuses == {"good.txt": "ok", "empty.txt": "skipped", "junk.txt": "failed",
                        "truncated.pdf": "failed", "encrypted.pdf": "failed",
                        "photo.jpg": "skipped"}
    errors = {e["path"]: e for e in read_jsonl(out / "errors.jsonl")}
    assert set(errors) == set(BAD_INPUTS)
    assert "encrypted" in errors["encrypted.pdf"]["message"]
    assert "corrupt or truncated" in errors["truncated.pdf"]["message"]
    for name in ("documents", "entities", "quantities", "tables", "claims"):
        assert (out / f"{name}.jsonl").read_bytes() == (alone / f"{name}.jsonl").read_bytes()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file_fails_cleanly(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    locked = corpus / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    result = extract_corpus(corpus, tmp_path / "out", Config(), workers=1)
    assert {s.path: s.status for s in result.inputs} == {"good.txt": "ok", "locked.txt": "failed"}


def test_jsonl_escapes_line_separators(tmp_path):
    text = "Trade grew\u2028 30% in 2023\u2029 and\u0085 more."
    _, out = run_on_files(tmp_path, {"sep.txt": text})
    for name in JSONL_FILES:
        data = (out / f"{name}.jsonl").read_bytes()
        assert len(data.decode("utf-8").splitlines()) == data.count(b"\n")


def test_killed_run_leaves_previous_outputs(tmp_path, monkeypatch):
    files = {"a.txt": GOOD}
    _, out = run_on_files(tmp_path, files)
    before = _digest(out)
    manifest = (out / "manifest.json").read_bytes()

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.claims.corpus.CorpusClaims.conflicts", boom)
    with pytest.raises(KeyboardInterrupt):
        run_on_files(tmp_path, {"a.txt": GOOD, "b.txt": GOOD + " More."}, force=True)
    assert _digest(out) == before
    assert (out / "manifest.json").read_bytes() == manifest
    assert not list(out.glob(".staging-*"))


def test_hostile_file_names_and_links(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / os.fsdecode(b"\xff\xfebad.txt")).write_text(GOOD)
    (corpus / "line\nbreak.txt").write_text(GOOD + " Another sentence.")
    (corpus / "sub" / "loop").symlink_to(corpus)
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = extract_corpus(corpus, tmp_path / "out", Config(), workers=1)
    statuses = {s.path: s.status for s in result.inputs}
    assert statuses == {"\\xff\\xfebad.txt": "ok", "line\nbreak.txt": "ok",
                        "dangling.txt": "failed"}
    for line in (tmp_path / "out" / "documents.jsonl").read_bytes().splitlines():
        orjson.loads(line)


def test_output_inside_corpus_and_empty_corpus(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    empty = extract_corpus(corpus, corpus / "out", Config(), workers=1)
    assert empty.inputs == [] and (corpus / "out" / "manifest.json").exists()
    (corpus / "a.txt").write_text(GOOD)
    extract_corpus(corpus, corpus / "out", Config(), workers=1)
    again = extract_corpus(corpus, corpus / "out", Config(), workers=1)
    assert [(s.path, s.status) for s in again.inputs] == [("a.txt", "unchanged")]
