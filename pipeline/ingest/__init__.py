"""Ingest: find input files and read each into a :class:`Document`.

``read_document`` is pure: file bytes in, a Document with ``raw_text`` out, so the
runner can call it in any worker process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from ..document import Document, Repair
from ..errors import IngestError, SkipFile
from .html import read_html
from .pdf import read_pdf
from .settings import IngestSettings
from .text import decode_bytes, decode_text, guess_title

__all__ = ["IngestSettings", "find_inputs", "read_document", "decode_text", "format_of"]

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def find_inputs(corpus: Path, settings: IngestSettings) -> Iterator[Path]:
    """Every file under ``corpus`` in a stable (sorted) order, hidden files excluded."""
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts):
            continue
        # files, and broken links (reported as failed); a link to a folder is not an input
        if path.is_file() or (path.is_symlink() and not path.exists()):
            yield path


def longest_line(text: str) -> int:
    """The length of the longest line of ``text``.

    >>> longest_line("ab\\ncdef\\n")
    4
    """
    longest = start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        longest = max(longest, end - start)
        start = end + 1
    return longest


def format_of(path: str, data: bytes) -> str:
    """The format of a file from its content first, then its suffix.

    >>> format_of("x.txt", b"%PDF-1.4 ...")
    'pdf'
    """
    if data[:5] == b"%PDF-":
        return "pdf"
    return FORMATS.get(Path(path).suffix.lower(), "unknown")


def read_document(path: str, data: bytes, doc_id: str, settings: IngestSettings) -> Document:
    """Decode one file's bytes into a Document (``raw_text``, pages, title).

    Raises :class:`SkipFile` for files that are not inputs and
    :class:`IngestError` for files that are broken.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in settings.suffixes and data[:5] != b"%PDF-":
        raise SkipFile(f"unsupported file type {suffix or '(none)'!r}", path=path, stage="ingest")
    if not data.strip():
        raise SkipFile("empty file", path=path, stage="ingest")
    if len(data) > settings.max_bytes:
        raise SkipFile(f"larger than ingest.max_bytes ({settings.max_bytes})",
                       path=path, stage="ingest")
    fmt = format_of(path, data)
    sha = hashlib.sha256(data).hexdigest()
    doc = Document(doc_id=doc_id, path=path, sha256=sha, format=fmt, raw_text="")
    if fmt == "pdf":
        read = read_pdf(data, path, settings)
        doc.raw_text, doc.raw_pages, doc.title = read.text, read.pages, read.title
        doc.raw_boxes = read.boxes
        doc.encoding = None
        doc.source_bytes = data
        doc.source_layouts = read.layouts
        skipped = [p for p in read.pages if p.skipped]
        if skipped and not doc.raw_text.strip():
            raise SkipFile(f"{len(skipped)} of {len(read.pages)} pages: {skipped[0].skipped}",
                           path=path, stage="ingest")
    elif fmt == "html":
        doc.raw_text, doc.title, doc.encoding = read_html(data, path, settings)
    else:
        decoded = decode_bytes(data, path)
        doc.raw_text, doc.encoding = decoded.text, decoded.encoding
        doc.raw_repairs = [Repair("decode", run.start, run.end, run.start, run.end, run.shown,
                                  decoded.text[run.start:run.end], 1.0) for run in decoded.runs]
        doc.title = guess_title(doc.raw_text)
    if not doc.raw_text.strip():
        raise IngestError("no text could be extracted", path=path, stage="ingest")
    longest = longest_line(doc.raw_text)
    if longest > settings.max_line_chars:
        raise IngestError(f"a line of {longest:,} characters, longer than "
                          f"ingest.max_line_chars ({settings.max_line_chars:,}): not prose",
                          path=path, stage="ingest")
    return doc
