"""Words of each PDF page straight from pdfminer's characters, without pdfplumber's
per-object attribute processing (most of the time of ``page.extract_words``).

Only what the table finder needs is kept: text and box of each word, and the horizontal
rulings (thin lines and rectangles' edges) as ``(top, x0, x1)``, in pdfplumber's
coordinates (``top`` measured from the top of the page).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from .layout import words_to_lines


def _chars(item, height: float, out: list[dict], rules: list[tuple[float, float, float]]
           ) -> None:
    for child in item:
        if isinstance(child, LTChar):
            if child.upright and child.get_text().strip():
                out.append({"text": child.get_text(), "x0": child.x0, "x1": child.x1,
                            "top": height - child.y1, "bottom": height - child.y0})
        elif isinstance(child, LTCurve):   # LTLine and LTRect too
            if child.width < 2:
                continue
            rules.append((height - child.y1, child.x0, child.x1))
            if child.height >= 2:
                rules.append((height - child.y0, child.x0, child.x1))
        elif isinstance(child, LTContainer):
            _chars(child, height, out, rules)


def chars_to_words(chars: list[dict], x_tolerance: float) -> list[dict]:
    """Join the characters of each line into words at gaps wider than ``x_tolerance``.

    >>> c = lambda t, x: {"text": t, "x0": x, "x1": x + 5, "top": 0, "bottom": 8}
    >>> [w["text"] for w in chars_to_words([c("a", 0), c("b", 5), c("c", 20)], 1.5)]
    ['ab', 'c']
    """
    words = []
    for line in words_to_lines(chars):
        word: dict | None = None
        for ch in line:
            if word is not None and ch["x0"] - word["x1"] <= x_tolerance:
                word["text"] += ch["text"]
                word["x1"] = max(word["x1"], ch["x1"])
                word["top"], word["bottom"] = (min(word["top"], ch["top"]),
                                               max(word["bottom"], ch["bottom"]))
            else:
                word = dict(ch)
                words.append(word)
    return words


def pdf_page_words(data: bytes, x_tolerance: float = 1.5
                   ) -> Iterator[tuple[int, list[dict], list[tuple[float, float, float]]]]:
    """``(page number, words, horizontal rulings)`` for each page of a PDF, 1-based."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), start=1):
        interpreter.process_page(page)
        layout = device.get_result()
        x0, y0, x1, y1 = page.cropbox
        chars: list[dict] = []
        rules: list[tuple[float, float, float]] = []
        _chars(layout, y1, chars, rules)
        yield number, chars_to_words(chars, x_tolerance), rules
