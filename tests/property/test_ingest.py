"""The ingest decoders on random bytes: a ``str`` or one of the documented errors
(``IngestError`` for broken files, ``SkipFile`` for files that are not inputs), never any
other exception."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given
from hypothesis import strategies as st

from pipeline.errors import IngestError, SkipFile
from pipeline.ingest import read_document
from pipeline.ingest.html import read_html
from pipeline.ingest.settings import IngestSettings
from pipeline.ingest.text import decode_bytes, decode_text

from . import CHARS, TEXT, examples

SETTINGS = IngestSettings()
_CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1251",
           "koi8-r", "cp1252", "latin-1", "cp866", "mac-cyrillic"]


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace")


#: text in some codec, with or without its BOM
ENCODED = st.builds(_encode, TEXT, st.sampled_from(_CODECS))
#: files glued from lines in different codecs (as concatenated files are), or cut short
MIXED = st.lists(st.one_of(ENCODED, st.binary(max_size=8), st.sampled_from(
    [b"\n", b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xd0", b"\xe2\x80"])),
    max_size=6).map(b"".join)
BYTES = st.one_of(st.binary(max_size=200), ENCODED, MIXED,
                  ENCODED.flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n])))
_TAGS = st.sampled_from(["<html>", "<body>", "</body>", "<p>", "</p>", "<b>", "<table><tr><td>",
                         "</td></tr></table>", "<script>x=1</script>", "<!--", "-->", "<nav>",
                         "<meta charset='cp1251'>", "<title>T</title>", "&amp;", "<", ">"])
HTML = st.one_of(BYTES, st.builds(_encode, st.lists(st.one_of(_TAGS, TEXT), max_size=10).map(
    "".join), st.sampled_from(["utf-8", "cp1251", "utf-16"])))


@examples()
@given(BYTES)
def test_decode_text_returns_text_or_ingest_error(data):
    try:
        text, encoding = decode_text(data, "x.txt")
    except IngestError:
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding
    decoded = decode_bytes(data, "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)
    last = 0
    for run in decoded.runs:        # lines read with another codec than the rest
        assert last <= run.start <= run.end <= len(text)
        last = run.end


@examples()
@given(st.text(CHARS, max_size=200))
def test_utf8_text_decodes_to_itself(text):
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")


@examples(suppress_health_check=[HealthCheck.too_slow])
@given(HTML)
def test_read_html_returns_text_or_ingest_error(data):
    try:
        text, title, encoding = read_html(data, "x.html", SETTINGS)
    except IngestError:
        return
    assert isinstance(text, str) and text.strip()
    assert title is None or isinstance(title, str)
    assert isinstance(encoding, str)


@examples(suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(BYTES, HTML), st.sampled_from(["a.txt", "b.md", "c.html", "d.htm", "e.doc", "f"]))
def test_read_document_returns_a_document_or_a_documented_error(data, path):
    assume(not data.startswith(b"%PDF-"))      # PDFs have their own tests (tests/ingest)
    try:
        doc = read_document(path, data, "d", SETTINGS)
    except (IngestError, SkipFile):
        return
    assert isinstance(doc.raw_text, str) and doc.raw_text.strip()
    for r in doc.raw_repairs:
        assert 0 <= r.raw_start <= r.raw_end <= len(doc.raw_text)
