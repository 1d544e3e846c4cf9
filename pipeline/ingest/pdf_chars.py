"""A page's characters as pdfplumber gives them (``page.chars``), made only with the keys
its text extraction reads.

pdfplumber turns every layout object into a dict of all its attributes, resolving each
value and the colours (``Page.process_object``): about half the time of reading a text
PDF. Text extraction (``dedupe_chars``, ``chars_to_textmap``) reads a few keys of the
characters only, so :func:`layout_chars` builds just those, with pdfplumber's own
arithmetic, from the same pdfminer layout. Where pdfplumber would do more than that (a
Unicode normalisation or layout analysis asked for), the page's own ``chars`` are used.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTContainer
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils import resolve_all

#: the keys of a char dict that pdfplumber's text extraction and the boxes read
KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "width", "height",
        "fontname", "size")


def layout_chars(page: Any) -> list[dict]:
    """``page.chars`` restricted to :data:`KEYS`, in the same order with the same values.

    The order is pdfplumber's: a depth-first walk of the layout, each container's
    children in turn. ``top``/``bottom`` are measured from the top of the media box and
    ``doctop`` from the top of the document, as pdfplumber's ``process_object`` does.
    """
    pdf = page.pdf
    if pdf.unicode_norm is not None or pdf.laparams is not None:
        return [{k: c[k] for k in KEYS} for c in page.chars]
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    chars: list[dict] = []
    for obj in _walk(page.layout._objs):
        fontname = resolve_all(obj.fontname)
        if isinstance(fontname, bytes):  # rare byte-encoded font names, as pdfplumber
            fontname = fix_fontname_bytes(fontname)
        x0, x1 = obj.x0, obj.x1
        if mb_x0 != 0:
            x0, x1 = x0 + mb_x0, x1 + mb_x0
        top = (height - obj.y1) + mb_top
        chars.append({"text": obj.get_text(), "x0": x0, "x1": x1, "top": top,
                      "bottom": (height - obj.y0) + mb_top, "doctop": doctop + top,
                      "upright": obj.upright, "width": obj.width, "height": obj.height,
                      "fontname": fontname, "size": obj.size})
    return chars


def _walk(objects: list) -> Any:
    """The ``LTChar`` objects under ``objects``, depth first (pdfplumber's
    ``iter_layout_objects`` with no layout analysis)."""
    for obj in objects:
        if isinstance(obj, LTContainer):
            yield from _walk(obj._objs)
        elif isinstance(obj, LTChar):
            yield obj
