"""Tables rebuilt from PDF pages, keeping each step inspectable.

:class:`PageTables` is to a page what pdfplumber's ``TableFinder`` is to its edges: it
keeps the lines, candidate regions and grids it made, so a wrong table can be traced to
the step that went wrong. The strategy is chosen per region from what the page shows:
where the ruling lines close into cells (:mod:`.lattice`), the cells are used; the rest
of the page's words go to the text-alignment finder, whose columns come from the
whitespace between aligned segments. Tables continued on the next page are stitched
afterwards (:mod:`.stitch`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document, Table
from .build import make_table
from .figures import looks_like_chart
from .grid import Grid, build_grid, header_line_count
from .gutters import (
    ColumnBlock,
    column_areas,
    column_blocks,
    in_block,
    starts_and_ends_beside,
)
from .lattice import RuledTable, find_ruled_tables
from .layout import TextLine, page_lines
from .pdf_words import PageObjects, chars_to_words, pdf_pages
from .regions import CAPTION, NOTE, Region, attach_caption, find_regions, title_above
from .settings import TableSettings
from .stitch import stitch_tables

_WORD_OPTIONS = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False}


@dataclass
class PageTables:
    """The intermediate results for one page: lines, regions, one grid per region, and
    the tables read from rulings."""

    number: int
    lines: list[TextLine] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    ruled: list[RuledTable] = field(default_factory=list)
    direction: int = 0

    def pairs(self) -> list[tuple[Region, Grid]]:
        """Each text-aligned table's region with its grid."""
        return list(zip(self.regions, self.grids))


def find_page_tables(page, settings: TableSettings) -> PageTables:
    """Lines, candidate regions and grids of one pdfplumber page."""
    rules = [(e["top"], e["x0"], e["x1"]) for e in page.edges if e["orientation"] == "h"]
    return find_word_tables(page.page_number, page.extract_words(**_WORD_OPTIONS), settings,
                            rules)


def find_word_tables(number: int, words: list[dict], settings: TableSettings,
                     rules: list[tuple[float, float, float]] | None = None) -> PageTables:
    """Lines, candidate regions and grids of one page's words; ``rules`` are the page's
    horizontal rulings ``(top, x0, x1)``, used on pages with enough of them."""
    lines = page_lines(words, settings.gap_factor, settings.min_gap)
    result = PageTables(number, lines)
    regions = find_regions(lines, prose_factor=settings.prose_factor,
                           max_gap_lines=settings.max_gap_lines, min_rows=settings.min_rows)
    for region in regions:
        region.lines = lines[region.first:region.last + 1]
        attach_caption(lines, region, settings.caption_lookback)
        ruled = rules if rules and len(rules) >= settings.min_ruling_edges else None
        grid = build_grid(region.lines, ruled, rules)
        if len(grid.separators) < settings.min_cols or len(grid.body) < 1:
            continue
        if looks_like_chart(grid.header + grid.body):
            continue
        result.regions.append(region)
        result.grids.append(grid)
    return result


def region_box(region: Region) -> tuple[float, float, float, float]:
    """A region's box ``(x0, top, x1, bottom)`` from its lines."""
    lines = region.lines
    return (min(ln.x0 for ln in lines), lines[0].top, max(ln.x1 for ln in lines),
            lines[-1].bottom)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]
             ) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def read_across(region: Region, blocks: list[ColumnBlock]) -> bool:
    """A table of the full-width reading whose lines mostly lie outside the column
    blocks or reach into a gutter: a table set across the columns, not a column's table
    glued to the text beside it."""
    outside = sum(1 for ln in region.lines if not in_block(
        ln.top, ln.bottom, [(w[0], w[1]) for s in ln.segments for w in s.words], blocks))
    return outside >= 0.5 * len(region.lines)


def column_tables(number: int, words: list[dict],
                  areas: list[tuple[ColumnBlock, int, list[dict]]], settings: TableSettings,
                  rules: list[tuple[float, float, float]] | None) -> list[tuple[Region, Grid]]:
    """The tables found within each column area; one whose column beside it holds text
    that starts and ends with it (a wide table's labels, :func:`.starts_and_ends_beside`)
    is read again across the page's full width at its height."""
    out: list[tuple[Region, Grid]] = []
    for block, k, area in areas:
        for region, grid in find_word_tables(number, area, settings, rules).pairs():
            _, top, _, bottom = region_box(region)
            if starts_and_ends_beside(block, k, top, bottom):
                band = [w for w in words if top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
                spread = find_word_tables(number, band, settings, rules).pairs()
                if spread:
                    out += spread
                    continue
            out.append((region, grid))
    return out


def find_area_tables(number: int, words: list[dict], settings: TableSettings,
                     rules: list[tuple[float, float, float]] | None = None) -> PageTables:
    """The text-aligned tables of a page read across its full width and, on a page set
    in text columns (:mod:`.gutters`), within each column of each block of lines as
    well, as camelot's stream mode reads given table areas. Chosen per area: a table of
    the full-width reading set across the columns (:func:`read_across`) first, then the
    tables found in the columns (:func:`column_tables`) and in the rest of the page
    (titles, lines crossing a gutter, wide tables cut out of the blocks), then any other
    table of the full-width reading that none of those overlaps (a block whose columns
    hold no table).
    """
    full = find_word_tables(number, words, settings, rules)
    blocks = column_blocks(words) if settings.columns else []
    if not blocks:
        return full
    rest, areas = column_areas(words, blocks)
    parts = find_word_tables(number, rest, settings, rules).pairs()
    parts += column_tables(number, words, areas, settings, rules)
    pairs = full.pairs()
    wide = [read_across(region, blocks) for region, _ in pairs]
    across = [p for p, w in zip(pairs, wide) if w]
    others = [p for p, w in zip(pairs, wide) if not w]
    chosen = PageTables(number, full.lines)
    for region, grid in across + parts + others:
        box = region_box(region)
        if not any(_overlap(box, region_box(r)) for r in chosen.regions):
            chosen.regions.append(region)
            chosen.grids.append(grid)
    return chosen


def _inside(ch: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1
               for x0, top, x1, bottom in boxes)


def find_objects_tables(page: PageObjects, settings: TableSettings) -> PageTables:
    """A page's ruled tables from its edges, then the text-aligned tables of the words
    outside them."""
    x_tol = _WORD_OPTIONS["x_tolerance"]
    ruled = find_ruled_tables(page.edges, page.chars + page.spaces, x_tolerance=x_tol,
                              min_rows=settings.min_rows, min_cols=settings.min_cols) \
        if settings.lattice else []
    boxes = [t.bbox for t in ruled]
    rest = [c for c in page.chars if not _inside(c, boxes)] if boxes else page.chars
    words = chars_to_words(rest, x_tol)
    strips = side_by_side(page.edges, words)
    found = find_area_tables(page.number, strips[0], settings, page.rules)
    for strip in strips[1:]:
        more = find_word_tables(page.number, strip, settings, page.rules)
        found.regions += more.regions
        found.grids += more.grids
    found.ruled, found.direction = ruled, page.direction
    if ruled:
        found.lines = page_lines(chars_to_words(page.chars, x_tol), settings.gap_factor,
                                 settings.min_gap)
    return found


def rule_groups(edges: list[dict], min_rules: int = 2
                ) -> list[tuple[float, float, float, float]]:
    """Horizontal rulings grouped by the x-range they cover: ``(x0, x1, top, bottom)``
    of each group of ``min_rules`` rulings or more, left to right. Rulings that touch
    or nearly touch (a row's cells each drawing its own border) are one group.

    >>> h = lambda x0, x1, y: {"x0": x0, "x1": x1, "top": y, "bottom": y, "orientation": "h"}
    >>> rule_groups([h(57, 299, 100), h(57, 299, 200), h(313, 555, 100), h(313, 555, 210)])
    [(57, 299, 100, 200), (313, 555, 100, 210)]
    >>> rule_groups([h(57, 170, 100), h(170, 299, 100), h(57, 299, 200)])
    [(57, 299, 100, 200)]
    """
    spans: list[list[float]] = []
    for e in sorted((e for e in edges if e["orientation"] == "h"), key=lambda e: e["x0"]):
        if spans and e["x0"] <= spans[-1][1] + 6:   # touching rulings: one row's cells
            g = spans[-1]
            g[1], g[2], g[3], g[4] = max(g[1], e["x1"]), min(g[2], e["top"]), max(
                g[3], e["top"]), g[4] + 1
        else:
            spans.append([e["x0"], e["x1"], e["top"], e["top"], 1])
    return [(a, b, t, u) for a, b, t, u, n in spans if n >= min_rules]


def side_by_side(edges: list[dict], words: list[dict]) -> list[list[dict]]:
    """The page's words cut into strips where tables with horizontal rulings stand side
    by side (rulings in groups with no x in common, at the same height): one list per
    table's strip, the other words first. One list when there is no such layout."""
    groups = rule_groups(edges, min_rules=3)
    if len(groups) < 2 or not all(a[2] < b[3] and b[2] < a[3]
                                  for a, b in zip(groups, groups[1:])):
        return [words]
    top, bottom = min(g[2] for g in groups), max(g[3] for g in groups)
    for w in words:
        # every word between the rulings lies under one group: no stub column beside
        # them (rulings under a spanning header), nothing across the gap between them
        if top < (w["top"] + w["bottom"]) / 2 < bottom and not any(
                g[0] - 3 <= w["x0"] and w["x1"] <= g[1] + 3 for g in groups):
            return [words]
    height = sorted(w["bottom"] - w["top"] for w in words)[len(words) // 2] if words else 10.0
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(groups, groups[1:])]
    bounds = [-1e9] + cuts + [1e9]
    strips: list[list[dict]] = [[] for _ in range(len(groups) + 1)]
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        k = next(i for i in range(len(groups)) if bounds[i] <= cx < bounds[i + 1])
        g = groups[k]
        inside = g[2] - 3 * height <= cy <= g[3] + height and bounds[k] <= w["x0"] and (
            w["x1"] <= bounds[k + 1])
        strips[k + 1 if inside else 0].append(w)
    return [strips[0]] + [s for s in strips[1:] if s]


def ruled_caption(lines: list[TextLine], table: RuledTable, lookback: int
                  ) -> tuple[str | None, str | None]:
    """The caption above a ruled table (``Table 3 ...`` within ``lookback`` lines, else the
    single line close above it: a title or unit line) and the note right under it."""
    top, bottom = table.bbox[1], table.bbox[3]
    above = [ln for ln in lines if ln.bottom <= top + 1]
    below = [ln for ln in lines if ln.top >= bottom - 1]
    caption = None
    for k in range(len(above) - 1, max(-1, len(above) - 1 - lookback), -1):
        if CAPTION.match(above[k].text):
            caption = " ".join(ln.text for ln in above[k:])
            break
    if caption is None:
        caption = title_above(above, top, lookback)
    note = below[0].text if below and NOTE.match(below[0].text) and (
        below[0].top - bottom <= 2 * max(below[0].height, 1.0)) else None
    return caption, note


def find_pdf_tables(doc: Document, settings: TableSettings) -> list[Table]:
    """Every table of every page of ``doc``'s PDF, located in the cleaned text; tables
    continued over pages stitched into one."""
    tables: list[Table] = []
    positions: list[tuple[float, float, int]] = []
    for page in pdf_pages(doc.source_bytes or b"", doc.source_layouts):
        found = find_objects_tables(page, settings)
        placed: list[tuple[float, Table, float]] = []
        for region, grid in zip(found.regions, found.grids):
            start, end = locate(doc, found.number, [s.text for s in region.lines[0].segments],
                                [s.text for s in region.lines[-1].segments])
            table = make_table(
                grid.header, grid.body, doc_id=doc.doc_id, caption=region.caption,
                source_note=region.note, page=found.number, start=start, end=end,
                extractor="tables.pdf")
            placed.append((region.lines[0].top, table, region.lines[-1].bottom))
        for ruled in found.ruled:
            caption, note = ruled_caption(found.lines, ruled, settings.caption_lookback)
            n_head = min(header_line_count(ruled.rows), len(ruled.rows) - 1)
            first = [c.split()[0] for c in ruled.rows[0] if c][:1]
            words = [c.split() for c in ruled.rows[-1] if c]
            start, end = locate(doc, found.number, first, [words[0][0], words[-1][-1]])
            table = make_table(
                ruled.rows[:n_head], ruled.rows[n_head:], doc_id=doc.doc_id, caption=caption,
                source_note=note, page=found.number, start=start, end=end,
                extractor="tables.pdf.lattice")
            placed.append((ruled.bbox[1], table, ruled.bbox[3]))
        placed.sort(key=lambda p: p[0])
        for top, table, bottom in placed:
            table.rotation = found.direction
            tables.append(table)
            positions.append((top / page.height, bottom / page.height, page.number))
    return stitch_tables(tables, positions, doc.doc_id) if settings.stitch else tables


def locate(doc: Document, number: int, first: list[str], last: list[str]) -> tuple[int, int]:
    """The table's extent in the cleaned text: from its first line's text to its last
    line's (each given as its cell texts), searched inside the page's span (the whole
    page span when not found)."""
    span = next((p for p in doc.pages if p.number == number), None)
    if span is None:
        return 0, 0
    text = doc.text
    head = _find_line(text, first, span.start, span.end)
    if head is None:
        return span.start, span.end
    tail = _find_line(text, last, head[0], span.end)
    end = tail[1] if tail is not None else span.end
    return head[0], max(end, head[1])


def _find_line(text: str, cells: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """Where a line's first and last cells occur in ``text[lo:hi]``."""
    cells = [c for c in cells if c] or [""]
    at = text.find(cells[0], lo, hi)
    if at < 0:
        return None
    tail = cells[-1]
    width = sum(map(len, cells)) + len(cells)
    tail_at = text.find(tail, at, hi)
    end = tail_at + len(tail) if tail_at >= 0 and tail_at - at < 4 * width + 20 \
        else at + len(cells[0])
    return at, end
