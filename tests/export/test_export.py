"""Exports read back: Parquet and CSV with pandas, Label Studio tasks whose spans match their
text, spaCy's DocBin, Prodigy JSONL; the same outputs give the same bytes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.export import ExportError, export
from tests.conftest import read_jsonl


def js_slice(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as JavaScript (and so Label Studio) counts: UTF-16 units."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


@pytest.mark.issue(17)
def test_export_parquet_reads_back_with_pandas(export_run, tmp_path):
    written = export(export_run, "parquet", tmp_path / "x")
    assert [p.name for p in written] == ["claims.parquet", "facts.parquet"]
    claims = pd.read_parquet(tmp_path / "x" / "claims.parquet")
    facts = pd.read_parquet(tmp_path / "x" / "facts.parquet")
    source = read_jsonl(export_run / "claims.jsonl")
    assert list(claims["claim_id"]) == [c["claim_id"] for c in source]
    assert list(claims["fact_id"]) == [c["fact_id"] for c in source]
    schema = pq.read_schema(tmp_path / "x" / "claims.parquet")
    assert (schema.field("value").type, schema.field("row").type) == (pa.float64(), pa.int64())
    assert pq.read_schema(tmp_path / "x" / "facts.parquet").field("claim_ids").type == \
        pa.list_(pa.string())
    by_id = {f["fact_id"]: f for f in read_jsonl(export_run / "facts.jsonl")}
    for row in facts.itertuples():
        assert list(row.claim_ids) == by_id[row.fact_id]["claim_ids"]
        assert row.display == by_id[row.fact_id]["display"]
    growth = claims[claims["metric"] == "trade_growth"]
    assert set(growth["display"]) == {"30%"} and set(growth["period_text"]) == {"2023"}


def test_export_csv_has_lists_as_json(export_run, tmp_path):
    export(export_run, "csv", tmp_path)
    facts = pd.read_csv(tmp_path / "facts.csv")
    source = read_jsonl(export_run / "facts.jsonl")
    assert [json.loads(x) for x in facts["doc_ids"]] == [f["doc_ids"] for f in source]
    assert len(pd.read_csv(tmp_path / "claims.csv")) == len(read_jsonl(export_run /
                                                                      "claims.jsonl"))


@pytest.mark.issue(17)
def test_export_labelstudio_spans_match_their_text(export_run, tmp_path):
    target = tmp_path / "tasks.json"
    export(export_run, "labelstudio", target)
    tasks = json.loads(target.read_text("utf-8"))
    assert [t["data"]["doc_id"] for t in tasks] == ["a", "b", "c"]
    kinds = set()
    for task in tasks:
        text = task["data"]["text"]
        for item in task["predictions"][0]["result"]:
            value = item["value"]
            assert item["to_name"] == "text"
            if item["type"] == "labels":
                kinds.add(item["from_name"])
                assert js_slice(text, value["start"], value["end"]) == value["text"]
    assert kinds == {"entity", "quantity", "claim"}
    # the flags before "USD 2.5 billion" shift Label Studio's offsets by two per flag
    c = tasks[2]
    money = next(i for i in c["predictions"][0]["result"] if i["value"].get("labels") ==
                 ["money"])
    assert money["value"]["start"] == c["data"]["text"].index("USD 2.5") + 4
    config = ET.fromstring((tmp_path / "tasks.xml").read_text("utf-8"))
    labels = {(c.get("name"), lab.get("value")) for c in config.iter("Labels")
              for lab in c.iter("Label")}
    used = {(i["from_name"], i["value"]["labels"][0]) for t in tasks
            for i in t["predictions"][0]["result"] if i["type"] == "labels"}
    assert used <= labels


@pytest.mark.issue(17)
def test_export_docbin_loads_with_spacy(export_run, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    export(export_run, "spacy", tmp_path / "corpus.spacy")
    docs = list(DocBin().from_disk(tmp_path / "corpus.spacy").get_docs(spacy.blank("xx").vocab))
    entities = read_jsonl(export_run / "entities.jsonl")
    assert [d.user_data["doc_id"] for d in docs] == ["a", "b", "c"]
    for doc in docs:
        mine = [e for e in entities if e["doc_id"] == doc.user_data["doc_id"]]
        assert sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["entities"]) == \
            sorted((e["start"], e["end"], e["label"]) for e in mine)
        assert all(s.label_ for s in doc.spans["quantities"])
        assert len(doc.ents) <= len(doc.spans["entities"])
    assert {s.label_ for d in docs for s in d.spans["claims"]} >= {"trade_growth"}


def test_export_prodigy_tokens_hold_their_spans(export_run, tmp_path):
    export(export_run, "prodigy", tmp_path / "spans.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "spans.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == 3
    for line in lines:
        tokens = line["tokens"]
        for span in line["spans"]:
            assert line["text"][span["start"]:span["end"]] == span["text"]
            assert tokens[span["token_start"]]["start"] <= span["start"]
            assert tokens[span["token_end"]]["end"] >= span["end"]
    assert {s["label"] for line in lines for s in line["spans"]} >= {"CLAIM", "PERCENT", "GPE"}


def test_export_is_byte_identical(export_run, tmp_path):
    for fmt, name in (("parquet", "p"), ("labelstudio", "t.json"), ("spacy", "c.spacy")):
        first = export(export_run, fmt, tmp_path / "1" / name)
        second = export(export_run, fmt, tmp_path / "2" / name)
        for a, b in zip(first, second):
            assert a.read_bytes() == b.read_bytes(), a


@pytest.mark.parametrize("args, needle", [
    (["--to", "xlsx", "-o", "x"], "unknown export format 'xlsx'"),
    (["--to", "parquet", "-o", "x.parquet"], "give -o a folder"),
    (["--to", "spacy", "-o", "x.spacy", "--kinds", "entities,tables"], "unknown span kinds"),
])
def test_export_bad_options_are_one_line_errors(export_run, tmp_path, capsys, args, needle):
    with pytest.raises(SystemExit) as info:
        main(["export", str(export_run), *[a if a != "x" and not a.startswith("x.") else
                                           str(tmp_path / a) for a in args]])
    err = capsys.readouterr().err
    assert info.value.code == 2 and needle in err and len(err.strip().splitlines()) == 1


def test_export_of_a_folder_without_outputs_names_it(tmp_path):
    with pytest.raises(ExportError, match="documents.jsonl not found"):
        export(tmp_path, "parquet", tmp_path / "x")
