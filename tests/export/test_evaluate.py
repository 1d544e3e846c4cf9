"""``extract evaluate``: a Label Studio export that annotators corrected, and reviews."""

from __future__ import annotations

import copy
import json

import orjson
import pytest

from pipeline.cli import main
from pipeline.export import ExportError, evaluate, export


def _annotate(tasks: list[dict]) -> tuple[list[dict], dict[str, tuple[int, int, int]]]:
    """What an annotator does to the tasks of document ``a``: drop one entity (a false
    positive), add one the run missed, relabel one quantity, correct one claim's reading;
    and what each kind's (tp, fp, fn) should then be. Other tasks are accepted as they are,
    except one cancelled annotation that must not count."""
    exported = []
    expected = {}
    for task in tasks:
        result = copy.deepcopy(task["predictions"][0]["result"])
        labels = [r for r in result if r["type"] == "labels"]
        counts = {kind: sum(1 for r in labels if r["from_name"] == kind)
                  for kind in ("entity", "quantity", "claim")}
        annotations = []
        if task["data"]["doc_id"] == "a":
            dropped = next(r for r in labels if r["from_name"] == "entity")
            result.remove(dropped)
            text = task["data"]["text"]
            start = text.index("customs data")
            result.append({"id": "new1", "from_name": "entity", "to_name": "text",
                           "type": "labels", "origin": "manual",
                           "value": {"start": start, "end": start + 6, "text": "customs",
                                     "labels": ["ORG"]}})
            quantity = next(r for r in labels if r["from_name"] == "quantity")
            quantity["value"]["labels"] = ["duration"] if quantity["value"]["labels"] != \
                ["duration"] else ["money"]
            claim = next(r for r in labels if r["from_name"] == "claim")
            reading = next(r for r in result if r["type"] == "textarea"
                           and r["id"] == claim["id"])
            reading["value"]["text"] = ["China · trade growth · 2023 · 9%"]
            annotations.append({"id": 1, "result": [], "was_cancelled": True,
                                "created_at": "2026-12-01T10:00:00Z"})
        for kind, (tp, fp, fn) in {"entity": (-1, 1, 1), "quantity": (-1, 1, 1),
                                   "claim": (-1, 1, 1)}.items():
            if task["data"]["doc_id"] != "a":
                tp, fp, fn = 0, 0, 0
            before = expected.get(kind, (0, 0, 0))
            expected[kind] = (before[0] + counts[kind] + tp, before[1] + fp, before[2] + fn)
        annotations.append({"id": 2, "result": result, "was_cancelled": False,
                            "created_at": "2026-12-01T11:00:00Z",
                            "updated_at": "2026-12-01T11:05:00Z", "completed_by": 1})
        exported.append({**task, "annotations": annotations})
    names = {"entity": "entities", "quantity": "quantities", "claim": "claims"}
    return exported, {names[k]: v for k, v in expected.items()}


@pytest.fixture()
def gold(export_run, tmp_path):
    export(export_run, "labelstudio", tmp_path / "tasks.json")
    tasks = json.loads((tmp_path / "tasks.json").read_text("utf-8"))
    exported, expected = _annotate(tasks)
    path = tmp_path / "project-1-at-2026-12-01.json"
    path.write_bytes(orjson.dumps(exported))
    return path, expected


@pytest.mark.issue(17)
def test_evaluate_labelstudio_export_scores_the_corrections(export_run, gold):
    path, expected = gold
    result = evaluate(export_run, path)
    assert result.gold == "labelstudio" and result.documents == 3 and not result.skipped
    got = {kind: (s.tp, s.fp, s.fn) for kind, s in result.scores.items()}
    assert got == expected
    claims = result.scores["claims"]
    assert claims.precision == pytest.approx(claims.tp / (claims.tp + 1))
    assert claims.f1 == pytest.approx(2 * claims.precision * claims.recall /
                                      (claims.precision + claims.recall))


def test_evaluate_cli_prints_json(export_run, gold, capsys):
    path, expected = gold
    with pytest.raises(SystemExit) as info:
        main(["evaluate", str(export_run), "--gold", str(path), "--json"])
    assert info.value.code == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert (scores["entities"]["tp"], scores["entities"]["fn"]) == expected["entities"][::2]


def test_evaluate_skips_a_document_whose_text_changed(export_run, gold, tmp_path):
    path, _ = gold
    tasks = json.loads(path.read_text("utf-8"))
    tasks[1]["data"]["text"] = "Inserted above. " + tasks[1]["data"]["text"]
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(tasks), "utf-8")
    result = evaluate(export_run, changed)
    assert result.documents == 2 and "b: its text" in result.skipped[0]


def test_evaluate_reviews(export_run, tmp_path):
    from tests.conftest import read_jsonl

    claims = read_jsonl(export_run / "claims.jsonl")
    entity = read_jsonl(export_run / "entities.jsonl")[0]
    reviews = [
        {"target": "claim", "id": claims[0]["claim_id"], "decision": "reject", "reviewer": "r"},
        {"target": "claim", "id": claims[0]["claim_id"], "decision": "accept", "reviewer": "r"},
        {"target": "claim", "id": claims[1]["claim_id"], "decision": "accept", "reviewer": "r"},
        {"target": "claim", "id": claims[2]["claim_id"], "decision": "reject", "reviewer": "r"},
        {"target": "claim", "id": claims[3]["claim_id"], "decision": "correct", "value": 9.0,
         "unit": "percent", "reviewer": "r"},
        {"target": "claim", "id": "c-0000000000000000", "decision": "accept", "reviewer": "r"},
        {"target": "entity", "id": f"{entity['doc_id']}:{entity['start']}-{entity['end']}",
         "decision": "accept", "reviewer": "r"},
    ]
    path = tmp_path / "reviews.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in reviews))
    result = evaluate(export_run, path)
    assert (result.scores["claims"].tp, result.scores["claims"].fp,
            result.scores["claims"].fn) == (2, 2, 1)       # the latest decision counts
    assert result.scores["entities"].tp == 1
    assert len(result.skipped) == 1 and "c-0000000000000000" in result.skipped[0]


@pytest.mark.parametrize("content, needle", [
    (b'{"target": "claim", "decision": "maybe", "id": "x"}\n', "reviews.jsonl:1: a review"),
    (b"[{\"data\": {}}]", "no data.doc_id"),
    (b"not json at all", "neither a Label Studio"),
    (b'{"target": "claim", "id": "x", "decision": "accept"}\n{oops\n', "reviews.jsonl:2"),
])
def test_evaluate_bad_gold_names_file_and_problem(export_run, tmp_path, content,
                                                 needle):
    path = tmp_path / "reviews.jsonl"
    path.write_bytes(content)
    with pytest.raises(ExportError, match=needle.replace(".", r"\.").replace("[", r"\[")):
        evaluate(export_run, path)


def test_evaluate_without_gold_or_reviews_is_a_usage_error(export_run, capsys):
    with pytest.raises(SystemExit) as info:
        main(["evaluate", str(export_run)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "reviews.jsonl does not exist" in err


def test_evaluate_reads_labelstudio_json_min(export_run, gold, tmp_path):
    """Label Studio's JSON-MIN export: the data fields and one list per control at the top."""
    path, expected = gold
    tasks = json.loads(path.read_text("utf-8"))
    rows = []
    for task in tasks:
        result = task["annotations"][-1]["result"]
        row = {"id": task["id"], **task["data"], "annotator": 1}
        for control in ("entity", "quantity", "claim"):
            row[control] = [r["value"] for r in result
                            if r["type"] == "labels" and r["from_name"] == control]
        rows.append(row)
    minimal = tmp_path / "min.json"
    minimal.write_text(json.dumps(rows), "utf-8")
    result = evaluate(export_run, minimal)
    got = {kind: (s.tp, s.fp, s.fn) for kind, s in result.scores.items()}
    assert got["entities"] == expected["entities"]
    assert got["quantities"] == expected["quantities"]
    # JSON-MIN drops the per-region readings: the corrected claim now matches on its span
    tp, fp, fn = expected["claims"]
    assert got["claims"] == (tp + 1, fp - 1, fn - 1)
