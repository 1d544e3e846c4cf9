"""PDF pages drawn for the evidence box, and decisions on facts (issue 17).

Boxes (``page``, ``bbox``) and facts (``facts.jsonl``) come from other stages; here a box
is measured with pdfplumber from the PDF's own characters and a fact groups two claims of
the run, as those stages write them, so the app's use of them is tested on its own.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pdfplumber
import pytest

from pipeline.document import stable_id
from pipeline.review.anchor import reanchor
from pipeline.review.service import ReviewService
from pipeline.review.store import ReviewError
from tests.pdfs import make_pdf

from .conftest import copy_run, run, serving

pytestmark = pytest.mark.issue(17)

LINE = "Kazakhstan's exports to China reached USD 12.4 billion in 2022."


@pytest.fixture(scope="module")
def pdf_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("pdf")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "report.pdf").write_bytes(make_pdf([["Annual trade report"], [LINE]]))
    return corpus, run(corpus, root / "out")


def test_page_image_of_a_pdf(pdf_run, tmp_path):
    corpus, out = pdf_run
    service = ReviewService(out, corpus)
    assert service.document("report")["page_images"] is True
    png = service.page_image("report", 2)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ReviewError, match="has 2 pages"):
        service.page_image("report", 3)
    without = ReviewService(out)  # no --corpus: no page, and the page says so
    assert without.document("report")["page_images"] is False
    with pytest.raises(ReviewError, match="--corpus"):
        without.page_image("report", 1)


def _with_box(out, corpus):
    """The claim of the PDF with the ``page``/``bbox`` of its value, as pdfplumber
    measures the value's characters on page 2."""
    claims = [orjson.loads(x) for x in (out / "claims.jsonl").read_bytes().splitlines()]
    claim = next(c for c in claims if c["doc_id"] == "report" and c["unit"] == "USD")
    with pdfplumber.open(corpus / "report.pdf") as pdf:
        words = pdf.pages[1].extract_words()
    value = [w for w in words if w["text"] in ("USD", "12.4", "billion")]
    box = [min(w["x0"] for w in value), min(w["top"] for w in value),
           max(w["x1"] for w in value), max(w["bottom"] for w in value)]
    claim["evidence"].update(page=2, bbox=box, value_bbox=box)
    (out / "claims.jsonl").write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in claims))
    return claim, box


def test_evidence_box_over_the_page_in_the_browser(pdf_run, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no /usr/bin/chromium: apt-get install -y chromium")

    corpus, source = pdf_run
    out = copy_run(source, tmp_path / "out")
    claim, box = _with_box(out, corpus)
    with serving(out, corpus) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{url}/documents/report#claim-{claim['claim_id']}")
        page.wait_for_selector(".page-frame .box", state="attached")
        img = page.locator(".page-frame img")
        natural, shown = img.evaluate("i => [i.naturalWidth, i.clientWidth]")
        assert natural == round(612 * 100 / 72)  # the page at 100 dpi
        left = page.locator(".page-frame .box").first.evaluate("b => parseFloat(b.style.left)")
        assert left == pytest.approx(box[0] * shown / natural * 100 / 72, abs=0.5)
        browser.close()


def _facts(out, value: float):
    """One fact stating the exports of the two documents, as the facts stage writes it."""
    claims = [orjson.loads(x) for x in (out / "claims.jsonl").read_bytes().splitlines()]
    exports = [c for c in claims if c["metric"] == "exports" and c["unit"] == "USD"
               and c["doc_id"] in ("trade", "customs")]
    fact = {"fact_id": stable_id("k", "Kazakhstan", "exports", value),
            "subject": "Kazakhstan", "subject_id": "Q232", "counterpart": None,
            "metric": "exports", "period": exports[0]["period"], "modality": "actual",
            "value": value, "unit": "USD", "display": f"USD {value / 1e9:g} bn",
            "claim_ids": sorted(c["claim_id"] for c in exports),
            "doc_ids": sorted({c["doc_id"] for c in exports})}
    (out / "facts.jsonl").write_bytes(orjson.dumps(fact) + b"\n")
    return fact


def test_decisions_on_facts(review_runs, tmp_path):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    fact = _facts(out, 12.4e9)
    service = ReviewService(out)
    with pytest.raises(ReviewError) as missing:
        service.post_review({"target": "fact", "id": "k-0000000000000000",
                             "decision": "accept", "reviewer": "Ada"})
    assert missing.value.status == 404
    saved = service.post_review({"target": "fact", "id": fact["fact_id"], "decision": "accept",
                                 "reviewer": "Ada"})
    assert saved["claim_ids"] == fact["claim_ids"] and saved["selector"]
    assert service.facts()[0]["review"]["decision"] == "accept"
    assert [a.state for a in reanchor(out)] == ["current"]
    moved = _facts(out, 14.0e9)  # a re-run anchors the fact on the other figure
    [result] = reanchor(out)
    assert (result.state, result.current_id) == ("needs_review", moved["fact_id"])
    assert "value" in result.reason
