"""PDF pages as images, for showing a span's box where it is drawn (pdfplumber).

Boxes in the records are ``[x0, top, x1, bottom]`` in PDF points from the page's top
left, as pdfplumber measures them; a page drawn at ``RESOLUTION`` dots per inch puts a
point at ``RESOLUTION / 72`` pixels, which is all the page needs to draw a box over it.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from .store import ReviewError

RESOLUTION = 100


@lru_cache(maxsize=16)
def _render(path: str, mtime: float, page: int) -> bytes:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise ReviewError(f"{path} has {len(pdf.pages)} pages, not {page}", 404)
        image = pdf.pages[page - 1].to_image(resolution=RESOLUTION)
        buffer = io.BytesIO()
        image.original.save(buffer, format="PNG")
        return buffer.getvalue()


def render_page(path: Path, page: int) -> bytes:
    """Page ``page`` (1-based) of the PDF at ``path`` as PNG bytes."""
    try:
        return _render(str(path), path.stat().st_mtime, page)
    except ReviewError:
        raise
    except Exception as err:  # a PDF pdfplumber cannot draw: say so, the page goes on
        raise ReviewError(f"{path}: page {page} cannot be drawn ({err})", 500) from None
