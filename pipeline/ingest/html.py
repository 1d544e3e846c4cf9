"""HTML: the main text without navigation or boilerplate, via trafilatura."""

from __future__ import annotations

import trafilatura

from ..errors import IngestError
from .settings import IngestSettings
from .text import decode_text


def read_html(data: bytes, path: str, settings: IngestSettings) -> tuple[str, str | None, str]:
    """Return ``(main_text, title, encoding)`` of an HTML page."""
    html, encoding = decode_text(data, path)
    text = trafilatura.extract(html, include_tables=settings.html_tables, include_comments=False,
                               favor_precision=True, deduplicate=False, output_format="txt")
    if not text or not text.strip():
        # a fragment too small for boilerplate detection: keep all of its text
        text = trafilatura.html2txt(html)
    if not text or not text.strip():
        raise IngestError("no main text found in the HTML", path=path, stage="ingest")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    return text, title, encoding
