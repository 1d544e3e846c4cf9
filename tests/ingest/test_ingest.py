"""Ingest: encodings, HTML main text, PDF pages, and the bad inputs users give."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import IngestError, SkipFile
from pipeline.ingest import IngestSettings, decode_text, read_document
from tests.pdfs import make_pdf

KK = "Қазақстан 2023-2024 жылдары ШЫҰ-ға төрағалық етті."
RU = "Товарооборот Казахстана и Китая в 2023 году достиг 31,5 млрд долларов."
EN = "Kazakhstan’s chairmanship of the SCO — 25 documents signed in Astana."


@pytest.mark.parametrize(
    "data, expected",
    [
        (RU.encode("cp1251"), RU),
        (RU.encode("koi8-r"), RU),
        (KK.encode("utf-8"), KK),
        (codecs.BOM_UTF8 + KK.encode("utf-8"), KK),
        (KK.encode("utf-16"), KK),  # with BOM
        (KK.encode("utf-16-le"), KK),  # without BOM
        (EN.encode("utf-16-be"), EN),
        (EN.encode("utf-8"), EN),
    ],
    ids=["cp1251", "koi8-r", "utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom",
         "utf8-en"],
)
def test_decode_text_reads_every_encoding(data, expected):
    assert decode_text(data)[0] == expected


def test_decode_text_rejects_binary_junk():
    junk = bytes(range(256)) * 40
    with pytest.raises(IngestError, match="binary"):
        decode_text(junk, "junk.txt")


def _read(name, data):
    return read_document(name, data, name.rsplit(".", 1)[0], IngestSettings())


def test_read_document_html_keeps_main_text_drops_navigation():
    html = ("<html><head><title>SCO summit</title></head><body><nav><a href='/'>Home</a>"
            "<a href='/en'>English</a><a href='/ru'>Русский</a></nav><article><h1>SCO summit"
            "</h1><p>" + "Leaders of Eurasian nations gathered in Astana for the annual summit. "
            * 4 + "</p><p>The SCO represents more than 3 billion people across the region, "
            "and 25 documents were signed.</p></article><footer>© 2024 All rights reserved"
            "</footer></body></html>")
    doc = _read("page.html", html.encode())
    assert doc.format == "html"
    assert "3 billion people" in doc.raw_text
    assert "All rights reserved" not in doc.raw_text
    assert doc.title == "SCO summit"


def test_read_document_pdf_keeps_pages():
    pdf = make_pdf([["Trade grew 30% in 2023."], ["Page two holds 25 documents."]])
    doc = _read("paper.pdf", pdf)
    assert doc.format == "pdf"
    assert [p.number for p in doc.raw_pages] == [1, 2]
    second = doc.raw_pages[1]
    assert doc.raw_text[second.start:second.end] == "Page two holds 25 documents."


@pytest.mark.parametrize(
    "name, data, error, message",
    [
        ("empty.txt", b"", SkipFile, "empty"),
        ("blank.txt", b"  \n\n ", SkipFile, "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n", SkipFile, "unsupported"),
        ("junk.txt", bytes(range(256)) * 40, IngestError, "binary"),
        ("encrypted.pdf", make_pdf([["secret"]], encrypt=True), IngestError, "encrypted"),
        ("truncated.pdf", make_pdf([["Hello"]])[:150], IngestError, "corrupt or truncated"),
        ("notpdf.pdf", b"this is not a pdf at all", IngestError, "PDF"),
    ],
)
def test_read_document_bad_input_names_the_problem(name, data, error, message):
    with pytest.raises(error, match=message) as info:
        _read(name, data)
    assert info.value.path == name


MIXED_UTF8 = "Kazakhstan exported more grain.\nЭкспорт зерна вырос на 12%.\n"
MIXED_CP1251 = "Импорт сократился на 3%.\nАстана, 2024 год.\n"


def test_a_file_mixing_utf8_and_cp1251_lines_is_read_line_by_line():
    from pipeline.ingest.text import decode_bytes

    data = MIXED_UTF8.encode("utf-8") + MIXED_CP1251.encode("cp1251")
    decoded = decode_bytes(data, "mixed.txt")
    assert decoded.text == MIXED_UTF8 + MIXED_CP1251
    assert decoded.encoding == "utf-8+cp1251"
    assert [decoded.text[r.start:r.end] for r in decoded.runs] == MIXED_CP1251.splitlines()
    assert all("\ufffd" in r.shown for r in decoded.runs)


def test_mixed_encoding_is_logged_as_a_repair_with_raw_offsets(tmp_path):
    from pipeline import Config

    from ..conftest import read_jsonl, run_on_files

    data = MIXED_UTF8.encode("utf-8") + MIXED_CP1251.encode("cp1251")
    config = Config().with_overrides({"stages": ["clean", "structure", "quantities"]})
    _, out = run_on_files(tmp_path, {"mixed.txt": data}, config)
    [doc] = read_jsonl(out / "documents.jsonl")
    assert doc["encoding"] == "utf-8+cp1251" and "Импорт сократился" in doc["text"]
    decodes = [r for r in doc["repairs"] if r["kind"] == "decode"]
    assert [r["after"] for r in decodes] == MIXED_CP1251.splitlines()
    for r in decodes:
        assert doc["text"][r["start"]:r["end"]] == r["after"]
    assert 3.0 in {q["value"] for q in read_jsonl(out / "quantities.jsonl")}


def test_a_single_byte_file_is_not_read_as_mixed():
    from pipeline.ingest.text import decode_bytes

    decoded = decode_bytes(MIXED_CP1251.encode("cp1251"))
    assert decoded.encoding == "cp1251" and decoded.runs == ()
