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


def read_pdf(data: bytes, path: str) -> tuple[str, list[Page], str | None]:
    """Return ``(text, pages, title)``; ``pages`` give each page's span of ``text``."""
    parts: list[str] = []
    pages: list[Page] = []
    pos = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            title = (pdf.metadata or {}).get("Title")
            for number, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                if parts:
                    parts.append(PAGE_BREAK)
                    pos += len(PAGE_BREAK)
                parts.append(text)
                pages.append(Page(number, pos, pos + len(text)))
                pos += len(text)
    except (PDFPasswordIncorrect, PDFEncryptionError) as err:
        raise IngestError(f"encrypted PDF, cannot read without a password ({err!r})",
                          path=path, stage="ingest") from None
    except (PDFSyntaxError, PSException) as err:
        raise IngestError(f"corrupt or truncated PDF ({err})", path=path, stage="ingest") from None
    except Exception as err:  # pdfminer raises many bare types on broken files
        name = type(err).__name__
        if "Password" in name or "Encrypt" in name:
            raise IngestError("encrypted PDF, cannot read without a password",
                              path=path, stage="ingest") from None
        raise IngestError(f"unreadable PDF ({name}: {err})", path=path, stage="ingest") from None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    return "".join(parts), pages, (str(title).strip() or None) if title else None
