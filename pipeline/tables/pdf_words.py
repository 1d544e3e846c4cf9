"""What the table finder reads from each PDF page, straight from pdfminer's layout objects
(without pdfplumber's per-object attribute processing, most of the time of
``page.extract_words``): characters, words and ruling edges, in the page's *reading frame*.

The reading frame is the page turned so that its text runs left to right. A page may be
turned by its ``/Rotate`` entry or by the text matrices of its characters (a landscape
table set sideways on a portrait page, clockwise or anticlockwise); pdfminer's characters
carry both in ``LTChar.matrix`` (text matrix times the page's CTM), so the direction the
text runs is read from the matrices, as pdfplumber's ``char['matrix']`` and ``upright``,
and the page's dominant direction decides the frame. Characters drawn twice at the same
place (a fake bold, a PDF that paints each glyph twice) are dropped with pdfplumber's
``dedupe_chars``. Coordinates are pdfplumber's: ``top`` measured from the top of the frame.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfplumber.utils.clustering import cluster_objects

from .layout import words_to_lines

Box = tuple[float, float, float, float]


def text_direction(matrix: tuple[float, ...]) -> int:
    """The angle (degrees, anticlockwise) a character's baseline is turned on the page:
    0 for upright text, 90 for text running up the page, 270 for text running down.

    >>> [text_direction(m) for m in ((1, 0, 0, 1, 0, 0), (0, 1, -1, 0, 0, 0),
    ...                              (0, -1, 1, 0, 0, 0), (-1, 0, 0, -1, 0, 0))]
    [0, 90, 270, 180]
    """
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return 0 if a > 0 else 180
    return 90 if b > 0 else 270


def to_reading_frame(box: Box, direction: int, width: float, height: float) -> Box:
    """A box ``(x0, top, x1, bottom)`` of a page ``width`` x ``height`` (top-down
    coordinates) in the frame where text turned by ``direction`` runs left to right.

    >>> to_reading_frame((10, 20, 30, 60), 90, 100, 200)    # text running up
    (140, 10, 180, 30)
    >>> to_reading_frame((10, 20, 30, 60), 270, 100, 200)   # text running down
    (20, 70, 60, 90)
    """
    x0, top, x1, bottom = box
    if direction == 90:
        return height - bottom, x0, height - top, x1
    if direction == 270:
        return top, width - x1, bottom, width - x0
    if direction == 180:
        return width - x1, height - bottom, width - x0, height - top
    return box


@dataclass
class PageObjects:
    """One page as the table finder sees it, in its reading frame."""

    number: int
    #: the page's ``/Rotate`` (degrees clockwise, as pdfplumber's ``page.rotation``)
    rotation: int
    #: how the text is turned on the page as shown (0, 90 up, 180, 270 down)
    direction: int
    width: float
    height: float
    chars: list[dict] = field(default_factory=list, repr=False)
    #: pdfplumber-style edges ``{x0, x1, top, bottom, orientation}``, ``h`` and ``v``
    edges: list[dict] = field(default_factory=list, repr=False)
    #: characters dropped as drawn twice
    duplicates: int = 0
    #: the page's space characters (word boundaries the text layer states)
    spaces: list[dict] = field(default_factory=list, repr=False)

    @property
    def rules(self) -> list[tuple[float, float, float]]:
        """The horizontal rulings as ``(top, x0, x1)``."""
        return [(e["top"], e["x0"], e["x1"]) for e in self.edges if e["orientation"] == "h"]


def dedupe_chars(chars: list[dict], tolerance: float = 1.0) -> list[dict]:
    """pdfplumber's ``dedupe_chars`` (same text, font and size, ``doctop`` and ``x0``
    within ``tolerance``: keep the first of each cluster), with the same clustering
    (``cluster_objects``) but the survivors put back in page order by index, where
    pdfplumber's ``sorted(..., key=chars.index)`` is quadratic on a full page.

    >>> c = lambda t, x: {"text": t, "x0": x, "doctop": 0, "upright": True,
    ...                   "fontname": "F", "size": 10}
    >>> [d["x0"] for d in dedupe_chars([c("a", 0), c("a", 0.4), c("b", 6), c("a", 12)])]
    [0, 6, 12]
    """
    def key(ch: dict) -> tuple:
        return ch["upright"], ch["text"], ch["fontname"], ch["size"]

    order = {id(ch): k for k, ch in enumerate(chars)}
    groups: dict[tuple, list[dict]] = {}
    for ch in chars:
        groups.setdefault(key(ch), []).append(ch)
    kept = []
    for group in groups.values():
        for y_cluster in cluster_objects(group, lambda ch: ch["doctop"], tolerance):
            for x_cluster in cluster_objects(y_cluster, lambda ch: ch["x0"], tolerance):
                kept.append(min(x_cluster, key=lambda ch: (ch["doctop"], ch["x0"])))
    return sorted(kept, key=lambda ch: order[id(ch)])


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict | None:
    """An axis-parallel edge, or None for a slanted or dot-sized stroke."""
    if x1 - x0 < 1.0 and bottom - top < 1.0:
        return None
    if bottom - top <= 1.0 and x1 - x0 > 1.0:
        y = (top + bottom) / 2
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
                "orientation": "h"}
    if x1 - x0 <= 1.0:
        x = (x0 + x1) / 2
        return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0,
                "height": bottom - top, "orientation": "v"}
    return None


def _collect(item, height: float, chars: list[dict], boxes: list[tuple[str, Box]]) -> None:
    for child in item:
        if isinstance(child, LTChar):
            text = child.get_text()
            if text.strip() or text == " ":
                chars.append({"text": text, "x0": child.x0, "x1": child.x1,
                              "top": height - child.y1, "bottom": height - child.y0,
                              "fontname": child.fontname, "size": round(child.size, 2),
                              "direction": text_direction(child.matrix)})
        elif isinstance(child, LTRect):
            boxes.append(("rect", (child.x0, height - child.y1, child.x1, height - child.y0)))
        elif isinstance(child, LTLine | LTCurve):
            pts = [(x, height - y) for x, y in (child.pts or [])]
            if isinstance(child, LTLine) or len(pts) < 2:
                pts = [(child.x0, height - child.y1), (child.x1, height - child.y0)] \
                    if len(pts) < 2 else pts[:2]
            for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                boxes.append(("line", (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))))
        elif isinstance(child, LTContainer):
            _collect(child, height, chars, boxes)


def _rect_edges(box: Box) -> list[dict]:
    """A rectangle's four sides; a thin rectangle (a drawn rule) is one edge."""
    x0, top, x1, bottom = box
    single = _edge(x0, top, x1, bottom)
    if single is not None:
        return [single]
    sides = [_edge(x0, top, x1, top), _edge(x0, bottom, x1, bottom),
             _edge(x0, top, x0, bottom), _edge(x1, top, x1, bottom)]
    return [e for e in sides if e is not None]


def page_objects(number: int, rotation: int, layout, bbox: Box) -> PageObjects:
    """Characters and edges of one pdfminer layout, turned into the reading frame."""
    x0, y0, x1, y1 = bbox
    width, height = layout.width or (x1 - x0), layout.height or (y1 - y0)
    chars: list[dict] = []
    boxes: list[tuple[str, Box]] = []
    _collect(layout, layout.y1, chars, boxes)
    counts = Counter(c["direction"] for c in chars)
    direction = counts.most_common(1)[0][0] if counts else 0
    kept = []
    for ch in chars:
        if ch["direction"] != direction:
            continue
        ch["x0"], ch["top"], ch["x1"], ch["bottom"] = to_reading_frame(
            (ch["x0"], ch["top"], ch["x1"], ch["bottom"]), direction, width, height)
        ch["upright"], ch["doctop"] = True, ch["top"]
        kept.append(ch)
    spaces = [c for c in kept if c["text"] == " "]
    kept = [c for c in kept if c["text"] != " "]
    unique = dedupe_chars(kept) if kept else kept
    edges: list[dict] = []
    for kind, box in boxes:
        box = to_reading_frame(box, direction, width, height)
        if kind == "rect":
            edges += _rect_edges(box)
        else:
            edge = _edge(*box)
            if edge is not None:
                edges.append(edge)
    if direction in (90, 270):
        width, height = height, width
    return PageObjects(number, rotation, direction, width, height, unique, edges,
                       len(kept) - len(unique), spaces)


_BOLD = regex.compile(r"bold|black|heavy|demi|semibold|extrabold|\bbd\b", regex.I)


def is_bold(fontname: str) -> bool:
    """Whether a font's name says it is a bold face (the part after a subset tag).

    >>> [is_bold(f) for f in ("ABCDEF+Helvetica-Bold", "TimesNewRomanPS-BoldMT", "Arial,Bold",
    ...                       "Helvetica", "Arial-BlackItalic")]
    [True, True, True, False, True]
    """
    return bool(_BOLD.search(fontname.split("+")[-1]))


def decimal_tail(line: list[dict], k: int, word: dict) -> bool:
    """Whether ``line[k]`` is the decimal point of a figure set a little apart from its
    integer part (decimal-aligned columns draw ``11,062`` and ``.6`` as two runs): a
    ``.`` or ``,`` after a digit and before one, closer than a third of the font size.

    >>> c = lambda t, x: {"text": t, "x0": x, "x1": x + 5, "top": 0, "bottom": 9}
    >>> line = [c("2", 0), c(".", 7), c("6", 12)]
    >>> decimal_tail(line, 1, {"text": "2", "x1": 5}), decimal_tail(line, 2, {"text": "2."})
    (True, False)
    """
    ch = line[k]
    if ch["text"] not in ".," or k + 1 >= len(line) or not word["text"][-1:].isdigit():
        return False
    after = line[k + 1]
    size = ch["bottom"] - ch["top"]
    return after["text"].isdigit() and ch["x0"] - word["x1"] <= size / 3 and (
        after["x0"] - ch["x1"] <= size / 3)


def chars_to_words(chars: list[dict], x_tolerance: float) -> list[dict]:
    """Join the characters of each line into words at gaps wider than ``x_tolerance``
    (a decimal point set apart from its integer part stays in the figure,
    :func:`decimal_tail`).

    >>> c = lambda t, x: {"text": t, "x0": x, "x1": x + 5, "top": 0, "bottom": 8}
    >>> [w["text"] for w in chars_to_words([c("a", 0), c("b", 5), c("c", 20)], 1.5)]
    ['ab', 'c']
    >>> [w["text"] for w in chars_to_words([c("6", 0), c(".", 7), c("6", 14)], 1.5)]
    ['6.6']
    """
    words = []
    for line in words_to_lines(chars):
        word: dict | None = None
        glue = False   # the digit after a decimal point set apart joins it too
        for k, ch in enumerate(line):
            if word is not None and (glue or ch["x0"] - word["x1"] <= x_tolerance):
                glue = False
            elif word is not None and decimal_tail(line, k, word):
                glue = True
            else:
                word = {"text": ch["text"], "x0": ch["x0"], "x1": ch["x1"], "top": ch["top"],
                        "bottom": ch["bottom"], "bold": is_bold(ch.get("fontname", ""))}
                words.append(word)
                continue
            word["text"] += ch["text"]
            word["x1"] = max(word["x1"], ch["x1"])
            word["top"], word["bottom"] = (min(word["top"], ch["top"]),
                                           max(word["bottom"], ch["bottom"]))
    return words


def pdf_pages(data: bytes, layouts: list | None = None) -> Iterator[PageObjects]:
    """The :class:`PageObjects` of each page of a PDF, 1-based.

    ``layouts``: the pages as ingest laid them out (``Document.source_layouts``: each with
    ``number``, ``rotation``, ``layout`` and ``cropbox``), read instead of interpreting
    ``data`` again; the same pdfminer objects either way.
    """
    if layouts is not None:
        for page in layouts:
            yield page_objects(page.number, page.rotation, page.layout, page.cropbox)
        return
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), start=1):
        interpreter.process_page(page)
        x0, y0, x1, y1 = page.cropbox
        yield page_objects(number, int(page.rotate or 0) % 360, device.get_result(),
                           (x0, y0, x1, y1))


def pdf_page_words(data: bytes, x_tolerance: float = 1.5
                   ) -> Iterator[tuple[int, list[dict], list[tuple[float, float, float]]]]:
    """``(page number, words, horizontal rulings)`` for each page of a PDF, 1-based."""
    for page in pdf_pages(data):
        yield page.number, chars_to_words(page.chars, x_tolerance), page.rules
