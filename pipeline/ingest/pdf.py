"""PDF: page text via pdfplumber (scanned pages via Tesseract), with each page's extent
and each character's box kept."""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from typing import Any

import pdfplumber
import regex
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from ..document import Page
from ..errors import IngestError
from .boxes import Box, CharBoxes
from .ocr import OcrUnavailable, ocr_page
from .pdf_chars import layout_chars
from .settings import IngestSettings

PAGE_BREAK = "\n\n"
_CID = regex.compile(r"\(cid:\d+\)")
#: a PDF of at most this many pages keeps each page's pdfminer layout for the tables
#: stage (interpreting a page again costs as much as a third of reading it); a longer one
#: drops them page by page, so memory stays flat
KEEP_LAYOUT_PAGES = 50


@dataclass(frozen=True)
class PageLayout:
    """One page as pdfminer laid it out: what a later stage needs to read the page's
    objects again without interpreting its content stream a second time.

    ``layout`` is pdfminer's ``LTPage`` (no layout analysis: ``laparams=None``),
    ``rotation`` the page's ``/Rotate`` in 0-359 and ``cropbox`` its ``(x0, y0, x1, y1)``.
    """

    number: int
    rotation: int
    layout: Any
    cropbox: tuple[float, float, float, float]


@dataclass
class PdfText:
    """A PDF's text: the pages' texts joined by :data:`PAGE_BREAK`, each page's span of it,
    the title from the metadata, and the page and box of every character."""

    text: str
    pages: list[Page]
    title: str | None
    boxes: CharBoxes
    #: each page's layout, when the PDF has at most :data:`KEEP_LAYOUT_PAGES` pages
    layouts: list[PageLayout] | None = field(default=None, repr=False)


def read_pdf(data: bytes, path: str, settings: IngestSettings | None = None) -> PdfText:
    """Read every page's text (scans through Tesseract, see :mod:`pipeline.ingest.ocr`).

    A PDF of more than ``settings.max_pages`` pages (0: no limit) is failed before any page
    is read.
    """
    settings = settings or IngestSettings()
    parts: list[str] = []
    pages: list[Page] = []
    boxes = CharBoxes()
    pos = ocr_done = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if settings.max_pages and len(pdf.pages) > settings.max_pages:
                raise IngestError(f"{len(pdf.pages)} pages, more than ingest.max_pages "
                                  f"({settings.max_pages})", path=path, stage="ingest")
            title = (pdf.metadata or {}).get("Title")
            layouts: list[PageLayout] | None = [] if len(pdf.pages) <= KEEP_LAYOUT_PAGES \
                else None
            for number, page in enumerate(pdf.pages, start=1):
                ocr_left = settings.ocr_max_pages - ocr_done if settings.ocr_max_pages else None
                text, char_boxes, record = page_text(page, number, settings, ocr_left)
                ocr_done += record.ocr
                if layouts is not None:
                    layouts.append(page_layout(page, number))
                page.close()  # its parsed objects are not needed again: memory stays flat
                if parts:
                    parts.append(PAGE_BREAK)
                    boxes.add_gap(len(PAGE_BREAK))
                    pos += len(PAGE_BREAK)
                parts.append(text)
                boxes.add_page(number, char_boxes)
                record.start, record.end = pos, pos + len(text)
                pages.append(record)
                pos += len(text)
    except IngestError:
        raise
    except Exception as err:  # pdfplumber wraps pdfminer's many error types
        raise IngestError(_describe(err), path=path, stage="ingest") from None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    return PdfText("".join(parts), pages, (str(title).strip() or None) if title else None, boxes,
                   layouts)


def page_layout(page, number: int) -> PageLayout:
    """The pdfminer layout pdfplumber made of ``page`` (for its chars), with the page's
    rotation and crop box read from pdfminer's page object, as pdfminer's own
    ``PDFPage.get_pages`` gives them."""
    x0, y0, x1, y1 = page.page_obj.cropbox
    return PageLayout(number, int(page.page_obj.rotate or 0) % 360, page.layout,
                      (x0, y0, x1, y1))


def page_text(page, number: int, settings: IngestSettings,
              ocr_left: int | None = None) -> tuple[str, list[Box | None], Page]:
    """One page's text, a box per character (``None`` for laid-out spaces), and its record.

    Each glyph drawn twice at the same place (a fake bold) is read once (pdfplumber's
    ``dedupe_chars``, as ``page.dedupe_chars()`` does). The text is what pdfplumber's
    ``extract_text`` gives, from the same ``TextMap`` whose char objects give the boxes;
    the chars carry only the keys it reads (:func:`.pdf_chars.layout_chars`).
    ``ocr_left``: how many more pages may be OCR'd (None: no limit).
    """
    chars = pdfplumber.utils.dedupe_chars(_Positions(layout_chars(page)))
    # what page.extract_text() does, on the deduplicated chars
    textmap = pdfplumber.utils.chars_to_textmap(chars, layout_bbox=page.bbox,
                                                layout_width=page.width,
                                                layout_height=page.height)
    text = textmap.as_string
    if len(text) == len(textmap.tuples):
        boxes: list[Box | None] = [
            None if char is None else (char["x0"], char["top"], char["x1"], char["bottom"])
            for _, char in textmap.tuples]
    else:  # a text direction pdfplumber lays out by reordering: no boxes, same text
        boxes = [None] * len(text)
    record = Page(number, 0, 0)
    if not is_scanned(page, text, settings):
        return text, boxes, record
    if not settings.ocr:
        record.skipped = "no text layer (a scanned page); OCR is off (ingest.ocr)"
        return text, boxes, record
    if ocr_left is not None and ocr_left <= 0:
        record.skipped = (f"no text layer (a scanned page); not read: more scanned pages than "
                          f"ingest.ocr_max_pages ({settings.ocr_max_pages})")
        return text, boxes, record
    try:
        read = ocr_page(page, command=settings.tesseract_cmd, languages=settings.ocr_languages,
                        dpi=settings.ocr_dpi)
    except OcrUnavailable as err:
        record.skipped = f"no text layer (a scanned page): {err}"
        return text, boxes, record
    record.ocr = True
    record.ocr_confidence = read.mean_confidence
    record.ocr_words = [asdict(word) for word in read.words]
    return read.text, read.boxes, record


class _Positions(list):
    """A list whose ``index`` is a dict look-up: pdfplumber's ``dedupe_chars`` puts its
    result back in page order with ``sorted(..., key=chars.index)``, quadratic on a page of
    thousands of chars (a third of the ingest time of a text PDF).

    >>> a, b = {"t": 1}, {"t": 1}
    >>> _Positions([a, b]).index(b)
    1
    """

    def __init__(self, items: list) -> None:
        super().__init__(items)
        self._at = {id(item): i for i, item in enumerate(items)}

    def index(self, item, *args) -> int:  # type: ignore[override]
        return self._at[id(item)]


def is_scanned(page, text: str, settings: IngestSettings) -> bool:
    """A page with almost no text (letters and digits, ``(cid:N)`` glyphs not counted) whose
    images cover at least ``ocr_min_image_area`` of it: a scan, not a blank page."""
    letters = sum(ch.isalnum() for ch in _CID.sub("", text))
    if letters >= settings.ocr_min_chars:
        return False
    x0, top, x1, bottom = page.bbox
    area = max((x1 - x0) * (bottom - top), 1e-9)
    covered = 0.0
    for image in page.images:
        width = min(image["x1"], x1) - max(image["x0"], x0)
        height = min(image["bottom"], bottom) - max(image["top"], top)
        covered += max(width, 0) * max(height, 0)
    return covered / area >= settings.ocr_min_image_area


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
