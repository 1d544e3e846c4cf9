"""The review API over plain HTTP: listings, decisions, errors as JSON, orphans (issue 17)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import orjson
import pytest

from pipeline.cli import app
from pipeline.io.schemas import validator
from pipeline.review.anchor import reanchor

from .conftest import copy_run, publish, serving

pytestmark = pytest.mark.issue(17)


def get(url: str) -> tuple[int, dict, object]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), json.loads(err.read())


def post(url: str, body: bytes) -> tuple[int, object]:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


@pytest.fixture()
def app_url(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        yield url, out


def _exports(url: str) -> dict:
    _, _, claims = get(url + "/api/claims")
    assert isinstance(claims, list)
    return next(c for c in claims if c["doc_id"] == "trade" and c["metric"] == "exports")


def test_documents_count_reviewed(app_url):
    url, _ = app_url
    status, headers, docs = get(url + "/api/documents")
    assert status == 200 and headers["Content-Security-Policy"].startswith("default-src 'self'")
    trade = next(d for d in docs if d["doc_id"] == "trade")
    assert trade["reviewed"] == 0 and trade["claims"] >= 3
    claim = _exports(url)
    assert claim["review"] is None
    status, saved = post(url + "/api/reviews", orjson.dumps(
        {"target": "claim", "id": claim["claim_id"], "decision": "accept", "reviewer": "Ada"}))
    assert status == 201 and saved["decision"] == "accept"
    _, _, docs = get(url + "/api/documents")
    assert next(d for d in docs if d["doc_id"] == "trade")["reviewed"] == 1
    assert _exports(url)["review"]["decision"] == "accept"


def test_a_decision_is_logged_with_its_evidence(app_url):
    url, out = app_url
    claim = _exports(url)
    post(url + "/api/reviews", orjson.dumps(
        {"target": "claim", "id": claim["claim_id"], "decision": "correct", "value": 12.5e9,
         "unit": "USD", "note": "the table says 12.5", "reviewer": "Ada"}))
    record = orjson.loads((out / "reviews.jsonl").read_bytes().splitlines()[-1])
    assert not list(validator("reviews").iter_errors(record))
    quote, position = record["selector"]
    ev = claim["evidence"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == ev["text"]
    assert (position["start"], position["end"]) == (ev["start"], ev["end"])
    assert quote["refinedBy"] == {"type": "TextPositionSelector",
                                  "start": ev["value_start"] - ev["start"],
                                  "end": ev["value_end"] - ev["start"]}
    assert record["doc_sha256"] and record["reviewer"] == "Ada" and record["at"].endswith("Z")
    assert (record["value"], record["unit"], record["note"]) == (12.5e9, "USD",
                                                                 "the table says 12.5")
    kept = out / "review-texts" / f"{record['text_sha256']}.txt"
    assert kept.read_text(encoding="utf-8")[position["start"]:position["end"]] == ev["text"]


@pytest.mark.parametrize("body, status, words", [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "JSON object"),
    (b'{"target": "claim", "id": "c-0000000000000000", "decision": "accept", '
     b'"reviewer": "Ada"}', 404, "no claim"),
    (b'{"target": "entity", "id": "e-0000000000000000", "decision": "reject", '
     b'"reviewer": "Ada"}', 404, "no entity"),
    (b'{"target": "fact", "id": "k-0000000000000000", "decision": "accept", '
     b'"reviewer": "Ada"}', 404, "fact"),
    (b'{"target": "table", "id": "x", "decision": "accept", "reviewer": "Ada"}', 400,
     "target must be"),
    (b'{"target": "claim", "id": "x", "decision": "maybe", "reviewer": "Ada"}', 400,
     "decision must be"),
    (b'{"target": "claim", "id": "x", "decision": "accept"}', 400, "reviewer"),
])
def test_bad_decisions_get_a_json_message(app_url, body, status, words):
    url, out = app_url
    got, answer = post(url + "/api/reviews", body)
    assert got == status
    assert isinstance(answer, dict) and words in answer["message"]
    assert not (out / "reviews.jsonl").exists()


def test_a_correction_needs_a_field_of_the_right_type(app_url):
    url, _ = app_url
    claim = _exports(url)["claim_id"]
    for extra, words in [({}, "at least one"), ({"value": "lots"}, "value has the wrong type")]:
        status, answer = post(url + "/api/reviews", orjson.dumps(
            {"target": "claim", "id": claim, "decision": "correct", "reviewer": "Ada", **extra}))
        assert status == 400 and words in answer["message"]


def test_entities_of_a_document_and_their_review(app_url):
    url, _ = app_url
    status, _, ents = get(url + "/api/entities?doc_id=trade")
    assert status == 200 and {e["doc_id"] for e in ents} == {"trade"}
    china = next(e for e in ents if e["text"] == "China")
    status, _ = post(url + "/api/reviews", orjson.dumps(
        {"target": "entity", "id": china["mention_id"], "decision": "reject", "reviewer": "Bo"}))
    assert status == 201
    _, _, ents = get(url + "/api/entities?doc_id=trade")
    assert next(e for e in ents if e["text"] == "China")["review"]["decision"] == "reject"
    assert get(url + "/api/entities?doc_id=nope")[0] == 404


def test_pages_and_assets_404(app_url):
    url, _ = app_url
    assert get(url + "/documents/nope")[0] == 404
    assert get(url + "/static/..%2Fserver.py")[0] == 404
    assert get(url + "/static/missing.js")[0] == 404
    with urllib.request.urlopen(url + "/documents/trade", timeout=30) as page:
        html = page.read().decode()
    assert "<script" in html and "onerror" not in html and 'src="/static/' in html
    assert "inline" not in page.headers["Content-Security-Policy"]


def test_orphans_after_a_rerun(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        _, _, claims = get(url + "/api/claims")
        events = next(c for c in claims if c["doc_id"] == "trade"
                      and c["metric"] == "count_event")
        post(url + "/api/reviews", orjson.dumps({"target": "claim", "id": events["claim_id"],
                                                 "decision": "accept", "reviewer": "Ada"}))
        assert get(url + "/api/reviews/orphans")[2] == []
    publish(review_runs["out_after"], out)
    with serving(out) as url:
        status, _, orphans = get(url + "/api/reviews/orphans")
        assert status == 200 and isinstance(orphans, list)
        assert [(o["review"]["id"], o["review"]["decision"], o["state"]) for o in orphans] == \
            [(events["claim_id"], "accept", "orphaned")]
        _, _, docs = get(url + "/api/documents")
        assert next(d for d in docs if d["doc_id"] == "trade")["orphans"] == 1
    assert [a.state for a in reanchor(out)] == ["orphaned"]


def test_review_command_has_help():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["review", "--help"])
    assert result.exit_code == 0 and "--port" in result.output


def test_review_command_needs_a_run(tmp_path):
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 2 and "documents.jsonl not found" in result.output


def test_a_rerun_while_the_app_runs_is_picked_up(review_runs, tmp_path):
    """extract publishes a new run while the app is open: the next request sees it."""
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        exports = _exports(url)
        post(url + "/api/reviews", orjson.dumps({"target": "claim", "id": exports["claim_id"],
                                                 "decision": "reject", "reviewer": "Ada"}))
        publish(review_runs["out_after"], out)
        moved = _exports(url)
        assert moved["claim_id"] != exports["claim_id"]
        assert (moved["review"]["decision"], moved["review"]["state"]) == ("reject", "reanchored")
