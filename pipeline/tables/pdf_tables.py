"""Tables rebuilt from PDF pages with pdfplumber, keeping each step inspectable.

:class:`PageTables` is to a page what pdfplumber's ``TableFinder`` is to its edges: it
keeps the lines, candidate regions and grids it made, so a wrong table can be traced to
the step that went wrong. The strategy is chosen per region from what the page shows:
where pdfplumber's line strategy finds a ruled table, its cells are used; elsewhere the
columns come from the whitespace between aligned segments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document, Table
from .build import make_table
from .figures import looks_like_chart
from .grid import Grid, build_grid
from .layout import TextLine, page_lines
from .pdf_words import pdf_page_words
from .regions import Region, attach_caption, find_regions
from .settings import TableSettings

_WORD_OPTIONS = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False}


@dataclass
class PageTables:
    """The intermediate results for one page: lines, regions, and one grid per region."""

    number: int
    lines: list[TextLine] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)


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
        grid = build_grid(region.lines, ruled)
        if len(grid.separators) < settings.min_cols or len(grid.body) < 1:
            continue
        if looks_like_chart(grid.header + grid.body):
            continue
        result.regions.append(region)
        result.grids.append(grid)
    return result


def find_pdf_tables(doc: Document, settings: TableSettings) -> list[Table]:
    """Every table of every page of ``doc``'s PDF, located in the cleaned text."""
    tables: list[Table] = []
    for number, words, rules in pdf_page_words(doc.source_bytes or b"",
                                               _WORD_OPTIONS["x_tolerance"]):
        found = find_word_tables(number, words, settings, rules)
        for region, grid in zip(found.regions, found.grids):
            start, end = locate(doc, found.number, region)
            tables.append(make_table(
                grid.header, grid.body, doc_id=doc.doc_id, caption=region.caption,
                source_note=region.note, page=found.number, start=start, end=end,
                extractor="tables.pdf"))
    return tables


def locate(doc: Document, number: int, region: Region) -> tuple[int, int]:
    """The table's extent in the cleaned text: from its first line's text to its last
    line's, searched inside the page's span (the whole page span when not found)."""
    span = next((p for p in doc.pages if p.number == number), None)
    if span is None:
        return 0, 0
    text = doc.text
    first = _find_line(text, region.lines[0], span.start, span.end)
    if first is None:
        return span.start, span.end
    last = _find_line(text, region.lines[-1], first[0], span.end)
    end = last[1] if last is not None else span.end
    return first[0], max(end, first[1])


def _find_line(text: str, line: TextLine, lo: int, hi: int) -> tuple[int, int] | None:
    """Where a line's first and last segments occur in ``text[lo:hi]``."""
    head = line.segments[0].text
    at = text.find(head, lo, hi)
    if at < 0:
        return None
    tail = line.segments[-1].text
    tail_at = text.find(tail, at, hi)
    end = tail_at + len(tail) if tail_at >= 0 and tail_at - at < 4 * len(line.text) + 20 \
        else at + len(head)
    return at, end
