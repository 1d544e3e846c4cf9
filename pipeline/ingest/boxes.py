"""Where each character of a PDF's raw text sits on its page, so any span can be boxed.

pdfplumber's ``TextMap`` pairs every character of a page's text with the char object it
came from (``None`` for the spaces and newlines it laid out). :class:`CharBoxes` keeps, for
each character of the document's raw text, its page number and box ``(x0, top, x1,
bottom)`` in PDF points, as flat arrays: a few bytes per character, never written out. A
span of the cleaned text is boxed by mapping it to raw offsets (``OffsetMap``) and taking,
per page, the union of its characters' boxes.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable

#: a box in PDF points, pdfplumber's order: ``(x0, top, x1, bottom)``
Box = tuple[float, float, float, float]


class CharBoxes:
    """Page and box of every raw character (page 0: no box, such as a page break).

    >>> boxes = CharBoxes()
    >>> boxes.add_page(1, [(10, 700, 16, 712), (16, 700, 22, 712), None, (30, 700, 36, 712)])
    >>> boxes.add_gap(2)
    >>> boxes.add_page(2, [(72, 90.004, 80, 102)])
    >>> boxes.union(0, 4)
    [(1, [10.0, 700.0, 36.0, 712.0])]
    >>> boxes.union(3, 7)
    [(1, [30.0, 700.0, 36.0, 712.0]), (2, [72.0, 90.0, 80.0, 102.0])]
    >>> boxes.union(2, 3), len(boxes)
    ([], 7)
    """

    def __init__(self) -> None:
        self.pages = array("i")
        self.x0 = array("d")
        self.top = array("d")
        self.x1 = array("d")
        self.bottom = array("d")

    def __len__(self) -> int:
        return len(self.pages)

    def add_page(self, number: int, boxes: Iterable[Box | None]) -> None:
        """Append one page's characters, each with its box or ``None`` (laid-out space)."""
        for box in boxes:
            if box is None:
                self.add_gap(1)
                continue
            self.pages.append(number)
            self.x0.append(float(box[0]))
            self.top.append(float(box[1]))
            self.x1.append(float(box[2]))
            self.bottom.append(float(box[3]))

    def add_gap(self, count: int) -> None:
        """Append ``count`` characters that are on no page (the break between pages)."""
        self.pages.extend([0] * count)
        for column in (self.x0, self.top, self.x1, self.bottom):
            column.extend([0.0] * count)

    def union(self, start: int, end: int) -> list[tuple[int, list[float]]]:
        """``[(page, [x0, top, x1, bottom]), ...]``: the union box of ``raw[start:end]``'s
        characters on each page they are on, in page order, rounded outwards to 0.01 pt."""
        found: dict[int, list[float]] = {}
        for i in range(max(start, 0), min(end, len(self.pages))):
            page = self.pages[i]
            if not page:
                continue
            box = found.get(page)
            if box is None:
                found[page] = [self.x0[i], self.top[i], self.x1[i], self.bottom[i]]
            else:
                box[0] = min(box[0], self.x0[i])
                box[1] = min(box[1], self.top[i])
                box[2] = max(box[2], self.x1[i])
                box[3] = max(box[3], self.bottom[i])
        return [(page, _outwards(box)) for page, box in sorted(found.items())]


def _outwards(box: list[float]) -> list[float]:
    """Round a box to 0.01 pt without cutting into it.

    >>> _outwards([1.234, 2.0, 3.001, 4.5])
    [1.23, 2.0, 3.01, 4.5]
    """
    x0, top, x1, bottom = box
    return [math.floor(x0 * 100 + 1e-9) / 100, math.floor(top * 100 + 1e-9) / 100,
            math.ceil(x1 * 100 - 1e-9) / 100, math.ceil(bottom * 100 - 1e-9) / 100]
