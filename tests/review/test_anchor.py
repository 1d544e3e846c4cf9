"""Decisions survive re-runs: kept, re-anchored, marked for review or orphaned (issue 17)."""

from __future__ import annotations

import shutil

import orjson
import pytest

from pipeline.io.schemas import validator
from pipeline.review.anchor import reanchor
from pipeline.review.selectors import diff_map, locate, quote_selectors
from pipeline.review.service import ReviewService
from pipeline.review.store import ReviewLog, latest

from .conftest import EXPORTS, INSERTED, TRADE_AFTER, TRADE_BEFORE, VENTURES, copy_run, publish, run

pytestmark = pytest.mark.issue(17)


def _claim(service: ReviewService, metric: str) -> dict:
    return next(c for c in service.view.of_doc("trade", "claims") if c["metric"] == metric)


def _decide_all(out):
    """Accept the exports claim and the mention of China, reject the ventures count,
    accept the events count; return the service and the ids decided on."""
    service = ReviewService(out)
    exports, ventures, events = (_claim(service, m) for m in
                                 ("exports", "count_venture", "count_event"))
    china = next(e for e in service.view.of_doc("trade", "entities") if e["text"] == "China")
    for target, item, decision in [("claim", exports["claim_id"], "accept"),
                                   ("claim", ventures["claim_id"], "reject"),
                                   ("claim", events["claim_id"], "accept"),
                                   ("entity", china["mention_id"], "accept")]:
        service.post_review({"target": target, "id": item, "decision": decision,
                             "reviewer": "Ada"})
    return service, exports, ventures, events, china


def test_claim_id_depends_on_offsets(review_runs):
    """Why decisions are matched by their quote: the moved claim has a new id."""
    before = ReviewService(review_runs["out_before"])
    after = ReviewService(review_runs["out_after"])
    assert _claim(before, "exports")["claim_id"] != _claim(after, "exports")["claim_id"]


def test_decisions_after_rerun(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    _, exports, ventures, events, china = _decide_all(out)
    publish(review_runs["out_after"], out)
    states = {a.review.get("anchored_from") or a.review["id"]: a for a in reanchor(out)}
    after = ReviewService(out)
    new_exports = _claim(after, "exports")
    assert states[exports["claim_id"]].state == "reanchored"
    assert states[exports["claim_id"]].current_id == new_exports["claim_id"]
    assert states[ventures["claim_id"]].state == "needs_review"
    assert states[ventures["claim_id"]].current_id == _claim(after, "count_venture")["claim_id"]
    assert "48.0 → 52.0" in states[ventures["claim_id"]].reason
    assert states[events["claim_id"]].state == "orphaned"
    assert states[china["mention_id"]].state == "reanchored"
    moved_china = states[china["mention_id"]].current_id
    assert after.view.entities[moved_china]["start"] == china["start"] + len(INSERTED)
    # the service that loads the re-run shows each decision on its item
    assert after.review_of("claim", new_exports["claim_id"])["decision"] == "accept"
    assert after.review_of("claim", new_exports["claim_id"])["state"] == "current"
    assert after.review_of("claim", _claim(after, "count_venture")["claim_id"])["state"] == \
        "needs_review"
    assert [o["review"]["id"] for o in after.orphans()] == [events["claim_id"]]


def test_reanchoring_is_logged_once(review_runs, tmp_path):
    """The re-anchored decision is appended under its new id; loading again adds nothing."""
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    _decide_all(out)
    publish(review_runs["out_after"], out)
    reanchor(out)
    lines = (out / "reviews.jsonl").read_bytes().splitlines()
    assert len(lines) == 4 + 2  # the exports claim and the China mention moved
    moved = [orjson.loads(x) for x in lines[4:]]
    assert all(m["anchored_from"] != m["id"] for m in moved)
    assert {a.state for a in reanchor(out)} == {"current", "needs_review", "orphaned"}
    assert len((out / "reviews.jsonl").read_bytes().splitlines()) == 6
    check = validator("reviews")
    for line in lines:
        assert not sorted(check.iter_errors(orjson.loads(line)), key=str)


def test_without_kept_texts_the_quote_finds_them(review_runs, tmp_path):
    """With ``review-texts/`` gone, the quote and its context still anchor each decision."""
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    _, exports, ventures, events, _ = _decide_all(out)
    publish(review_runs["out_after"], out)
    shutil.rmtree(out / "review-texts")
    states = {a.review["id"]: a.state for a in reanchor(out, persist=False)}
    assert states[exports["claim_id"]] == "reanchored"
    assert states[ventures["claim_id"]] == "needs_review"
    assert states[events["claim_id"]] == "orphaned"


def test_unchanged_run_keeps_every_decision(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    _decide_all(out)
    assert {a.state for a in reanchor(out)} == {"current"}
    assert len((out / "reviews.jsonl").read_bytes().splitlines()) == 4


def test_reviews_survive_a_real_rerun(review_runs, tmp_path):
    """``extract`` replaces its own files only: reviews.jsonl and the kept texts stay."""
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    _decide_all(out)
    log = (out / "reviews.jsonl").read_bytes()
    corpus = shutil.copytree(review_runs["after"], tmp_path / "corpus")
    run(corpus, out)
    assert (out / "reviews.jsonl").read_bytes() == log
    assert any((out / "review-texts").iterdir())
    assert {a.state for a in reanchor(out)} == {"reanchored", "needs_review", "orphaned"}


def test_a_later_decision_supersedes(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    service = ReviewService(out)
    claim = _claim(service, "exports")["claim_id"]
    for decision in ("accept", "reject"):
        service.post_review({"target": "claim", "id": claim, "decision": decision,
                             "reviewer": "Ada"})
    assert service.review_of("claim", claim)["decision"] == "reject"
    assert ReviewService(out).review_of("claim", claim)["decision"] == "reject"
    assert len(ReviewLog(out).records()) == 2  # both kept in the log


def test_torn_last_line_is_skipped_and_closed(review_runs, tmp_path, capsys):
    """A write cut short by a crash costs that line only; the next decision starts on a
    line of its own."""
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    service = ReviewService(out)
    claim = _claim(service, "exports")["claim_id"]
    service.post_review({"target": "claim", "id": claim, "decision": "accept",
                         "reviewer": "Ada"})
    with open(out / "reviews.jsonl", "ab") as handle:
        handle.write(b'{"target": "claim", "id": "c-')
    again = ReviewService(out)
    assert "reviews.jsonl:2: skipped" in capsys.readouterr().err
    again.post_review({"target": "claim", "id": claim, "decision": "reject", "reviewer": "Bo"})
    records = ReviewLog(out).records()
    assert [r["decision"] for r in records] == ["accept", "reject"]


def test_latest_replays_in_time_order():
    log = [{"target": "claim", "id": "b", "decision": "reject", "at": "5"},
           {"target": "claim", "id": "a", "decision": "accept", "at": "1"},
           # a re-anchoring made later does not override b's later decision
           {"target": "claim", "id": "b", "decision": "accept", "at": "1",
            "anchored_from": "a", "anchored_at": "6"}]
    assert {k: v["decision"] for k, v in latest(log).items()} == {("claim", "b"): "reject"}


@pytest.mark.parametrize("edit, how", [
    (lambda t: "Preface.\n\n" + t, "moved"),
    (lambda t: t.replace("12.4", "12.9"), "changed"),
    (lambda t: t.replace(EXPORTS, ""), "gone"),
    (lambda t: t, "same"),
])
@pytest.mark.parametrize("keep_old", [True, False])
def test_locate_sentence(edit, how, keep_old):
    text = TRADE_BEFORE
    start = text.index(EXPORTS)
    end = start + len(EXPORTS.rstrip())
    found = locate(quote_selectors(text, start, end), edit(text), text if keep_old else None)
    assert found.how == how
    if how in ("moved", "same"):
        assert edit(text)[found.start:found.end] == EXPORTS.rstrip()
    if how == "changed":
        assert "12.9" in edit(text)[found.start:found.end]


def test_locate_prefers_the_occurrence_whose_context_agrees():
    """The same words twice: the quote's prefix and suffix pick the right one."""
    text = "In 2022 China grew. Kazakhstan, China grew. Then trade fell."
    start = text.index("China", 20)
    sel = quote_selectors(text, start, start + len("China grew"), context=12)
    found = locate(sel, "Note. " + text)
    assert (found.how, found.start) == ("moved", start + 6)


def test_diff_map_moves_unchanged_spans_exactly():
    old, new = TRADE_BEFORE, TRADE_AFTER
    mapping = diff_map(old, new)
    start = old.index(EXPORTS)
    assert mapping.from_raw_span(start, start + len(EXPORTS)) == \
        (new.index(EXPORTS), new.index(EXPORTS) + len(EXPORTS))
    lo, hi = mapping.from_raw_span(old.index(VENTURES), old.index(VENTURES) + len(VENTURES))
    assert "52" in new[lo:hi]
