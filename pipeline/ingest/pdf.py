"""PDF: page text via pdfplumber, with each page's extent kept."""

from __future__ import annotations

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from ..document import Page
from ..errors import IngestError

PAGE_BREAK = "\n\n"


def read_pdf(data: bytes, path: str, max_pages: int = 0) -> tuple[str, list[Page], str | None]:
    """Return ``(text, pages, title)``; ``pages`` give each page's span of ``text``.

    A PDF of more than ``max_pages`` pages (0: no limit) is failed before any page is read.
    """
    parts: list[str] = []
    pages: list[Page] = []
    pos = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if max_pages and len(pdf.pages) > max_pages:
                raise IngestError(f"{len(pdf.pages)} pages, more than ingest.max_pages "
                                  f"({max_pages})", path=path, stage="ingest")
            title = (pdf.metadata or {}).get("Title")
            for number, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                if parts:
                    parts.append(PAGE_BREAK)
                    pos += len(PAGE_BREAK)
                parts.append(text)
                pages.append(Page(number, pos, pos + len(text)))
                pos += len(text)
    except IngestError:
        raise
    except Exception as err:  # pdfplumber wraps pdfminer's many error types
        raise IngestError(_describe(err), path=path, stage="ingest") from None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    return "".join(parts), pages, (str(title).strip() or None) if title else None


def _describe(err: Exception) -> str:
    """A message a person can act on, from whatever pdfminer raised.

    >>> _describe(PDFPasswordIncorrect())
    'encrypted PDF: cannot be read without its password'
    """
    inner = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "Encrypt" in type(
            inner).__name__:
        return "encrypted PDF: cannot be read without its password"
    if isinstance(inner, (PDFSyntaxError, PSException)) or "EOF" in str(inner):
        return f"corrupt or truncated PDF ({type(inner).__name__}: {inner})"
    return f"unreadable PDF ({type(inner).__name__}: {inner})"
