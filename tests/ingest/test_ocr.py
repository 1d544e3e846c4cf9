"""Scanned pages: OCR'd with Tesseract when it is installed (CER on seed text), skipped
with what to install when it is not, and nothing else changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.ingest import IngestSettings, read_document
from pipeline.ingest.ocr import tesseract_info
from pipeline.io.schemas import validator
from tests.conftest import read_jsonl, run_on_files
from tests.scans import DPI, FONT, MARGIN_PX

pytest.importorskip("fpdf", reason="fpdf2 is in the 'test' extra")
pytest.importorskip("PIL", reason="pillow comes with fpdf2")
if not FONT.is_file():
    pytest.skip("needs Debian's fonts-dejavu-core", allow_module_level=True)

from tests.scans import make_scanned_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HAVE_TESSERACT = shutil.which("tesseract") is not None
needs_tesseract = pytest.mark.skipif(not HAVE_TESSERACT,
                                     reason="needs tesseract-ocr (.ci/run installs it)")
NO_TESSERACT = "/nonexistent/bin/tesseract"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute: 1 each).

    >>> edit_distance("kitten", "sitting")
    3
    """
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(truth: str, read: str) -> float:
    """Character error rate, whitespace runs counted as one space (line breaks are layout)."""
    truth, read = " ".join(truth.split()), " ".join(read.split())
    return edit_distance(truth, read) / max(len(truth), 1)


def _english() -> str:
    """Two paragraphs of seed document 001, with its typographic quotes and dashes."""
    text = (ROOT / "corpus" / "001_2f1515beea5c2232.txt").read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n\n") if len(p.strip()) > 300]
    return "\n".join(paras[1:3])


def _kazakh() -> str:
    """The Kazakh paragraphs of seed document 002 as the clean stage reads them."""
    return (ROOT / "tests" / "cases" / "ocr_kk.txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="module")
def scanned():
    """A PDF of an English scan, a Kazakh scan with a stray text-layer page number, and a
    text page."""
    return make_scanned_pdf([_english(), _kazakh()], stray_text="2",
                            text_pages=["Kazakhstan exported 25 tonnes of grain in 2023."])


@pytest.fixture(scope="module")
def scanned_doc(scanned):
    return read_document("scan.pdf", scanned, "scan", IngestSettings())


@needs_tesseract
@pytest.mark.parametrize("page, truth, limit", [(1, _english, 0.05), (2, _kazakh, 0.10)],
                         ids=["english", "kazakh"])
def test_ocr_scanned_page_cer(scanned_doc, page, truth, limit):
    record = scanned_doc.raw_pages[page - 1]
    assert record.ocr and record.skipped is None
    read = scanned_doc.raw_text[record.start:record.end]
    truth_text = truth()
    if page == 2:  # the stray page number of the text layer is on the scan's image too
        read = read.rstrip().removesuffix("2")
    assert cer(truth_text, read) <= limit, read


@needs_tesseract
def test_ocr_page_record_has_confidences_and_word_boxes(scanned_doc):
    first = scanned_doc.raw_pages[0]
    assert 50 < first.ocr_confidence <= 100
    words = first.ocr_words
    assert words and all(0 <= w["conf"] <= 100 for w in words)
    assert " ".join(w["text"] for w in words).startswith("The liberal approach")
    # the first line was drawn MARGIN_PX pixels from the top-left corner at DPI (then the
    # page skewed by up to 0.8 degrees: some 4 pt at the margin)
    margin_pt = MARGIN_PX * 72 / DPI
    x0, top, x1, bottom = words[0]["bbox"]
    assert abs(x0 - margin_pt) < 6 and margin_pt - 6 < top < margin_pt + 10 and x1 > x0
    # each character of the page text is boxed with its word's box
    [(page, box)] = scanned_doc.raw_boxes.union(first.start, first.start + len("The"))
    assert page == 1 and box == pytest.approx(words[0]["bbox"], abs=0.011)
    text_page = scanned_doc.raw_pages[2]
    assert not text_page.ocr and text_page.ocr_words == []


@needs_tesseract
def test_ocr_pages_go_through_the_pipeline_with_boxes(tmp_path, scanned):
    result, out = run_on_files(tmp_path, {"scan.pdf": scanned})
    assert [i.status for i in result.inputs] == ["ok"]
    [doc] = read_jsonl(out / "documents.jsonl")
    assert [p["ocr"] for p in doc["pages"]] == [True, True, False]
    for name in ("documents", "entities", "quantities", "errors"):
        for record in read_jsonl(out / f"{name}.jsonl"):
            validator(name).validate(record)
    words = {p["number"]: p["ocr_words"] for p in doc["pages"]}
    records = read_jsonl(out / "entities.jsonl") + read_jsonl(out / "quantities.jsonl")
    on_scans = [r for r in records if r["page"] in (1, 2)]
    assert on_scans, "the scanned pages give entities"
    for record in on_scans:
        x0, top, x1, bottom = record["bbox"]
        hits = [w for w in words[record["page"]] if w["bbox"][0] >= x0 - 0.01
                and w["bbox"][2] <= x1 + 0.01 and w["bbox"][1] >= top - 0.01
                and w["bbox"][3] <= bottom + 0.01]
        assert any(record["text"].split()[0].strip(".,") in w["text"] for w in hits), record
    manifest = (out / "manifest.json").read_text()
    assert tesseract_info("tesseract", "eng+kaz+rus")["version"] in manifest


@needs_tesseract
def test_ocr_rerun_is_byte_identical(tmp_path, scanned):
    _, out = run_on_files(tmp_path / "a", {"scan.pdf": scanned})
    _, again = run_on_files(tmp_path / "b", {"scan.pdf": scanned})
    for name in ("documents", "entities", "quantities", "claims", "errors"):
        assert (out / f"{name}.jsonl").read_bytes() == (again / f"{name}.jsonl").read_bytes()


def test_ocr_without_tesseract_skips_the_page_and_says_what_to_install(tmp_path, scanned):
    missing = Config().with_overrides({"ingest.tesseract_cmd": NO_TESSERACT})
    off = Config().with_overrides({"ingest.ocr": False})
    result, out = run_on_files(tmp_path / "missing", {"scan.pdf": scanned}, missing)
    _, out_off = run_on_files(tmp_path / "off", {"scan.pdf": scanned}, off)
    assert [i.status for i in result.inputs] == ["ok"]
    [doc] = read_jsonl(out / "documents.jsonl")
    assert [p["ocr"] for p in doc["pages"]] == [False, False, False]
    assert "apt-get install tesseract-ocr" in doc["pages"][0]["skipped"]
    assert doc["pages"][2]["skipped"] is None
    errors = read_jsonl(out / "errors.jsonl")
    assert [(e["error"], e["page"]) for e in errors] == [("PageSkipped", 1), ("PageSkipped", 2)]
    assert all("tesseract-ocr-kaz" in e["message"] for e in errors)
    for record in errors:
        validator("errors").validate(record)
    # nothing else changes: the same records as with OCR turned off
    for name in ("entities", "quantities", "claims", "tables"):
        assert (out / f"{name}.jsonl").read_bytes() == (out_off / f"{name}.jsonl").read_bytes()
    [doc_off] = read_jsonl(out_off / "documents.jsonl")
    assert doc_off["text"] == doc["text"] and "Kazakhstan exported" in doc["text"]
    assert "OCR is off" in doc_off["pages"][0]["skipped"]


def test_ocr_without_tesseract_a_fully_scanned_pdf_is_skipped(tmp_path):
    data = make_scanned_pdf(["Trade grew thirty percent in the year of the summit."])
    missing = Config().with_overrides({"ingest.tesseract_cmd": NO_TESSERACT})
    result, out = run_on_files(tmp_path, {"only-scan.pdf": data}, missing)
    [status] = result.inputs
    assert status.status == "skipped" and "apt-get install tesseract-ocr" in status.error
    assert read_jsonl(out / "documents.jsonl") == []


def test_ocr_a_figure_page_with_a_caption_is_not_a_scan(tmp_path):
    """A page holding one half-page image and its short caption keeps its text layer."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(Image.new("L", (600, 400), 128), x=72, y=72, w=pdf.w - 144, h=300)
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(72, 390)
    pdf.cell(text="Map 1")
    doc = read_document("fig.pdf", bytes(pdf.output()), "fig", IngestSettings())
    [page] = doc.raw_pages
    assert not page.ocr and page.skipped is None and doc.raw_text == "Map 1"


@needs_tesseract
def test_ocr_stops_at_ocr_max_pages_and_says_so():
    data = make_scanned_pdf(["Trade grew in the first year.", "Trade grew in the second year."])
    doc = read_document("two.pdf", data, "two", IngestSettings(ocr_max_pages=1))
    first, second = doc.raw_pages
    assert first.ocr and "first year" in doc.raw_text[first.start:first.end]
    assert not second.ocr and "ingest.ocr_max_pages (1)" in second.skipped
