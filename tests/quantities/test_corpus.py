"""Hand-labelled sample of corpus/ quantities, checked through the pipeline as a user runs it.

Each row was read off the document by hand: the surface text, its kind, value (or low/high),
unit and approximation. The run uses only the clean and quantities stages, so no model loads.
"""

from __future__ import annotations

import pytest

from pipeline import Config
from tests.conftest import CORPUS, read_jsonl, run_on_files

LABELLED = [
    # (doc id prefix, text, kind, value or (low, high), unit, approx)
    ("000", "approximately 42%", "percent", 42.0, "percent", "about"),
    ("000", "36%", "percent", 36.0, "percent", None),
    ("000", "USD 139.8 billion", "money", 139.8e9, "USD", None),
    ("000", "USD 31.5 billion", "money", 31.5e9, "USD", None),
    ("000", "USD 95.2 billion", "money", 95.2e9, "USD", None),
    ("000", "USD 25.3 billion", "money", 25.3e9, "USD", None),
    ("000", "247 bilateral trade relationships", "count", 247.0, "relationship", None),
    ("000", "156 investment projects", "count", 156.0, "project", None),
    ("000", "25 strategic documents", "count", 25.0, "document", None),
    ("000", "2023-2024", "period", (2023.0, 2024.0), None, None),
    ("000", "July 3-4, 2024", "date", None, None, None),
    ("000", "over six years", "duration", 6.0, "year", "over"),
    ("002", "9 Member States", "count", 9.0, "state", None),
    ("002", "14 Dialogue Partners", "count", 14.0, "partner", None),
    ("002", "more than 15%", "percent", 15.0, "percent", "over"),
    ("003", "more than 3 billion people", "count", 3e9, "people", "over"),
    ("003", "more than 60 percent", "percent", 60.0, "percent", "over"),
    ("003", "$10.75 billion", "money", 10.75e9, "USD", None),
    ("003", "Around 25 documents", "count", 25.0, "document", "about"),
    ("003", "from five to ten", "range", (5.0, 10.0), None, None),
    ("004", "over 40%", "percent", 40.0, "percent", "over"),
    ("004", "over $23 trillion", "money", 23e12, "USD", "over"),
    ("004", "ten countries", "count", 10.0, "country", None),
    ("004", "some 150 events", "count", 150.0, "event", "about"),
    ("004", "24th", "ordinal", 24.0, "ordinal", None),
    ("004", "2024-2025", "period", (2024.0, 2025.0), None, None),
    ("004", "6.5%", "percent", 6.5, "percent", None),
]
#: surfaces that must never come out as quantities (front matter, references, addresses)
NOT_QUANTITIES = [("000", "1728"), ("000", "6239"), ("000", "213"), ("000", "050010"),
                  ("000", "13"), ("000", "326-368"), ("000", "0009"), ("000", "75013")]
CLAIM_KINDS = {"money", "percent", "count", "range", "number", "duration"}


@pytest.fixture(scope="module")
def corpus_quantities(tmp_path_factory):
    files = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.is_file()}
    config = Config().with_overrides({"stages": ["clean", "quantities"]})
    result, out = run_on_files(tmp_path_factory.mktemp("q"), files, config)
    assert not result.failed
    return read_jsonl(out / "quantities.jsonl"), {
        d["doc_id"]: d["text"] for d in read_jsonl(out / "documents.jsonl")}


@pytest.mark.slow
@pytest.mark.issue(5)
@pytest.mark.parametrize("doc,text,kind,value,unit,approx", LABELLED,
                         ids=[f"{r[0]}:{r[1]}" for r in LABELLED])
def test_corpus_labelled_quantity_found(corpus_quantities, doc, text, kind, value, unit,
                                        approx):
    records, _ = corpus_quantities
    mine = [r for r in records if r["doc_id"].startswith(doc) and r["text"].replace("\n", " ")
            == text]
    assert mine, f"{text!r} not found in {doc}"
    rec = mine[0]
    got = (rec["low"], rec["high"]) if isinstance(value, tuple) else rec["value"]
    assert (rec["kind"], got, rec["unit"], rec["approx"]) == (
        kind, pytest.approx(value) if value is not None else None, unit, approx)


@pytest.mark.slow
@pytest.mark.issue(5)
@pytest.mark.parametrize("doc,text", NOT_QUANTITIES, ids=[f"{d}:{t}" for d, t in NOT_QUANTITIES])
def test_corpus_front_matter_and_references_stay_out(corpus_quantities, doc, text):
    records, texts = corpus_quantities
    doc_text = next(t for d, t in texts.items() if d.startswith(doc))
    refs = doc_text.find("#### References")
    front = doc_text.find("#### **Abstract**")
    for r in records:
        if not r["doc_id"].startswith(doc) or r["kind"] not in CLAIM_KINDS:
            continue
        in_front = r["start"] < front
        in_list = refs >= 0 and r["start"] > refs and r["kind"] in ("number", "range")
        assert not (r["text"] == text and (in_front or in_list)), r
