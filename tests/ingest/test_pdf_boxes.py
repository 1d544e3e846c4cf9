"""Provenance to the box: every span from a PDF carries its page and a box that holds its
characters, checked against pdfplumber's own chars of the PDF the test makes."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
import regex

from pipeline.ingest import IngestSettings, read_document
from pipeline.ingest.boxes import CharBoxes
from pipeline.io.schemas import validator
from pipeline.offsets import Edit, apply_edits
from tests.conftest import read_jsonl, run_on_files
from tests.pdfs import make_pdf

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is in the 'test' extra")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ROOT = Path(__file__).resolve().parents[2]


def _seed_paragraphs() -> list[str]:
    """Body paragraphs of the seed corpus that state amounts (with numbers, names, claims),
    their line breaks undone and typographic quotes made plain."""
    paras = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for para in regex.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if 150 < len(para) < 900 and regex.search(r"\d(\.\d+)? ?(%|billion|million)", para):
                paras.append(para.replace("’", "'").replace("“", '"').replace("”", '"'))
    return paras[:1] + paras[-3:]


def _text_pdf(paragraphs: list[list[str]], *, doubled: bool = False) -> bytes:
    """A PDF with a DejaVu text layer, one list of paragraphs per page; ``doubled`` draws
    every line twice, 0.3 pt apart (a PDF that fakes bold by drawing each glyph twice)."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_auto_page_break(False)
    for page in paragraphs:
        pdf.add_page()
        pdf.set_font("dejavu", size=11)
        y = 72.0
        for para in page:
            lines = pdf.multi_cell(pdf.w - 144, 15, para, dry_run=True, output="LINES")
            for line in lines:
                for dx in ((0.0, 0.3) if doubled else (0.0,)):
                    pdf.set_xy(72 + dx, y)
                    pdf.cell(text=line)
                y += 15
            y += 15
    return bytes(pdf.output())


def _inside(char: dict, box: list[float], tol: float = 1e-6) -> bool:
    return (char["x0"] >= box[0] - tol and char["top"] >= box[1] - tol
            and char["x1"] <= box[2] + tol and char["bottom"] <= box[3] + tol)


def _check_box(chars_by_page: dict[int, list[dict]], text: str, page: int | None,
               box: list[float] | None, what: str) -> None:
    """``box`` on ``page`` holds every character of ``text`` and is tight: each edge is an
    edge of a character inside it."""
    assert page is not None and box is not None, f"{what}: no page or box"
    inside = [c for c in chars_by_page[page] if _inside(c, box)]
    have = Counter("".join(c["text"] for c in inside).replace(" ", ""))
    want = Counter(text.replace(" ", "").replace("\n", ""))
    assert not want - have, f"{what}: {text!r} not all inside {box} on page {page}"
    assert min(c["x0"] for c in inside) == pytest.approx(box[0], abs=0.011)
    assert min(c["top"] for c in inside) == pytest.approx(box[1], abs=0.011)
    assert max(c["x1"] for c in inside) == pytest.approx(box[2], abs=0.011)
    assert max(c["bottom"] for c in inside) == pytest.approx(box[3], abs=0.011)


@pytest.fixture(scope="module")
def pdf_run(tmp_path_factory):
    paras = _seed_paragraphs()
    data = _text_pdf([paras[:2], paras[2:]])
    result, out = run_on_files(tmp_path_factory.mktemp("boxes"), {"seed.pdf": data})
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = {p.page_number: list(p.chars) for p in pdf.pages}
    return result, out, chars


def test_pdf_boxes_every_span_holds_its_chars(pdf_run):
    result, out, chars = pdf_run
    assert [i.status for i in result.inputs] == ["ok"]
    doc = read_jsonl(out / "documents.jsonl")[0]
    text = doc["text"]
    spans = 0
    for name in ("entities", "quantities"):
        for record in read_jsonl(out / f"{name}.jsonl"):
            assert text[record["start"]:record["end"]] == record["text"]
            _check_box(chars, record["text"], record["page"], record["bbox"],
                       f"{name} {record['text']!r}")
            spans += 1
    claims = [c for c in read_jsonl(out / "claims.jsonl")
              if c["evidence"].get("kind") == "sentence"]
    for claim in claims:
        ev = claim["evidence"]
        _check_box(chars, text[ev["start"]:ev["end"]], ev["page"], ev["bbox"], "evidence")
        _check_box(chars, text[ev["value_start"]:ev["value_end"]], ev["page"],
                   ev["value_bbox"], "claim value")
    assert spans > 20 and len(claims) >= 3, "seed paragraphs give entities, amounts, claims"


def test_pdf_boxes_records_validate(pdf_run):
    _, out, _ = pdf_run
    for name in ("documents", "entities", "quantities", "claims", "errors"):
        check = validator(name)
        for record in read_jsonl(out / f"{name}.jsonl"):
            check.validate(record)


def test_pdf_boxes_text_records_have_null_bbox(tmp_path):
    _, out = run_on_files(tmp_path, {"a.txt": "Kazakhstan exported 25 tonnes of grain in 2023."})
    records = read_jsonl(out / "quantities.jsonl")
    assert records and all(r["bbox"] is None and r["page"] is None for r in records)


def test_pdf_boxes_follow_the_offset_map_through_repairs():
    """A word the clean stage joins over a line break is boxed on both lines."""
    data = make_pdf([["Trade grew in the develop-", "ment of the region."]])
    doc = read_document("p.pdf", data, "p", IngestSettings())
    joined = apply_edits(doc.raw_text, [Edit("hyphen", doc.raw_text.index("-\n"),
                                             doc.raw_text.index("-\n") + 2, "")])
    doc.text, doc.offset_map = joined.text, joined.offset_map
    start = doc.text.index("development")
    [(page, box)] = doc.boxes(start, start + len("development"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words()
    first = next(w for w in words if w["text"] == "develop-")
    second = next(w for w in words if w["text"] == "ment")
    assert page == 1
    assert box[0] <= second["x0"] and box[2] >= first["x1"] - 6  # the hyphen left out
    assert box[1] <= first["top"] + 1e-6 and box[3] >= second["bottom"] - 1e-6


def test_pdf_boxes_span_over_two_pages_gets_a_box_per_page():
    data = make_pdf([["Trade grew 30% in 2023."], ["Page two holds 25 documents."]])
    doc = read_document("p.pdf", data, "p", IngestSettings())
    doc.text = doc.raw_text
    found = doc.boxes(doc.text.index("2023"), doc.text.index("holds"))
    assert [page for page, _ in found] == [1, 2]


def test_pdf_doubled_glyphs_are_read_once():
    paras = _seed_paragraphs()[:1]
    doc = read_document("d.pdf", _text_pdf([paras], doubled=True), "d", IngestSettings())
    plain = read_document("p.pdf", _text_pdf([paras]), "p", IngestSettings())
    assert doc.raw_text == plain.raw_text
    assert "Kazakhstan" in doc.raw_text and "KKaazz" not in doc.raw_text


def test_char_boxes_union_skips_gaps():
    boxes = CharBoxes()
    boxes.add_page(3, [(1.0, 2.0, 3.0, 4.0), None])
    assert boxes.union(0, 2) == [(3, [1.0, 2.0, 3.0, 4.0])]
    assert boxes.union(1, 2) == [] and boxes.union(5, 9) == []



def test_pdf_page_text_is_pdfplumbers_deduped_text():
    data = _text_pdf([_seed_paragraphs()[:2], _seed_paragraphs()[2:]], doubled=True)
    doc = read_document("d.pdf", data, "d", IngestSettings())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.dedupe_chars().extract_text() for page in pdf.pages]
    assert [doc.raw_text[p.start:p.end] for p in doc.raw_pages] == pages
    assert len(doc.raw_boxes) == len(doc.raw_text)
