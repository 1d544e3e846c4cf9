"""Reading a table given as a grid of strings: which rows are headers, what each column is
called, and which cell a row name and a column name point to.

Lookups return every candidate, so a caller can decide only when exactly one cell fits
(a check that picks the first "Other" row of three finds contradictions that are not there).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.claims.derive import Number, parse_cell

_YEAR = regex.compile(r"^(?:fy\s?|fiscal\s(?:year\s)?)?((?:19|20)\d\d)$", regex.I)
_YEAR_IN = regex.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,.])")
_NOISE = regex.compile(r"\[(?:BOLD|ITALIC|EMPTY)\]|</?\w+>|\(\d\)|\*+|†|‡", regex.I)
_PUNCT = regex.compile(r"[^\p{L}\p{N}%+#]+")
_STOP = {"the", "a", "an", "of", "for", "in", "amount", "value", "total", "net"}


def clean(text: str) -> str:
    """A cell's text without markup, footnote marks and repeated spaces.

    >>> clean("[BOLD] 90.49"), clean("Adjustments (1)"), clean("<bold>BLEU</bold>")
    ('90.49', 'Adjustments', 'BLEU')
    >>> clean("plain text")
    'plain text'
    """
    return " ".join(_NOISE.sub(" ", text).split())


def norm(text: str) -> str:
    """Lower-case words of a label, for matching a question's words to a header.

    >>> norm("Selling, general and administrative"), norm("The  Total (loan)")
    ('selling general and administrative', 'the total loan')
    """
    return " ".join(_PUNCT.sub(" ", clean(text).lower()).split())


def content_words(text: str) -> frozenset[str]:
    """The words of a label that carry meaning ("the amount of" does not).

    >>> sorted(content_words("the amount for Appliances"))
    ['appliances']
    """
    return frozenset(w for w in norm(text).split() if w not in _STOP)


def year_of(text: str) -> int | None:
    """The year a header cell names, if it names exactly one.

    >>> year_of("2019"), year_of("30 June 2018"), year_of("FY2017"), year_of("2018 vs 2019")
    (2019, 2018, 2017, None)
    >>> year_of("1,999") is None
    True
    """
    years = set(_YEAR_IN.findall(clean(text)))
    return int(years.pop()) if len(years) == 1 else None


@dataclass
class Grid:
    """A table split into header rows, row labels and body cells.

    ``columns[j]`` is the text of column ``j``'s header cells joined top to bottom (a group
    header that spans columns is carried right over empty cells, as it is drawn).
    """

    rows: list[list[str]]
    header_rows: int
    columns: list[str]
    labels: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)

    def number(self, r: int, c: int) -> Number | None:
        """The number in body row ``r`` (grid coordinates), column ``c``."""
        row = self.rows[r]
        return parse_cell(clean(row[c])) if c < len(row) else None

    def body(self) -> range:
        return range(self.header_rows, len(self.rows))


def _is_header_row(row: list[str]) -> bool:
    for cell in row[1:]:
        text = clean(cell)
        if parse_cell(text) is not None and not _YEAR.match(text):
            return False
    return True


def read_grid(rows: list[list[str]], header_rows: int | None = None) -> Grid:
    """Split ``rows`` into headers and body: leading rows without a number (years count as
    names) are headers, unless ``header_rows`` says how many there are.

    >>> g = read_grid([["", "Years Ended", ""], ["", "2019", "2018"],
    ...                ["Other", "44.1", "56.7"], ["Total sales", "$1,496.5", "$1,202.9"]])
    >>> g.header_rows, g.columns, g.labels[2]
    (2, ['', 'Years Ended 2019', 'Years Ended 2018'], 'Other')
    >>> read_grid([["Revenue", "12"]]).header_rows
    0
    """
    if header_rows is None:
        header_rows = 0
        while header_rows < len(rows) - 1 and _is_header_row(rows[header_rows]):
            header_rows += 1
    width = max((len(r) for r in rows), default=0)
    columns = []
    for c in range(width):
        parts = []
        for r in range(header_rows):
            row = rows[r]
            text = clean(row[c]) if c < len(row) else ""
            if not text and c > 0:  # a group header drawn over several columns
                left = next((clean(row[k]) for k in range(c - 1, 0, -1)
                             if k < len(row) and clean(row[k])), "")
                text = left if left and not _YEAR_IN.search(left) and r < header_rows - 1 \
                    else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        columns.append(" ".join(parts))
    labels, sections, section = [], [], ""
    for r, row in enumerate(rows):
        label = clean(row[0]) if row else ""
        labels.append(label)
        if r >= header_rows and label and all(not clean(x) for x in row[1:]):
            section = label
        sections.append(section)
    return Grid(rows, header_rows, columns, labels, sections)


def find_rows(grid: Grid, phrase: str) -> list[int]:
    """Body rows whose label is ``phrase``: the exact label first, then the same content
    words, then a unique label that contains all the phrase's words; every tie is returned.

    >>> g = read_grid([["", "2019"], ["Other", "44.1"], ["Other assets", "5"],
    ...                ["Total other", "49.1"]])
    >>> find_rows(g, "other"), find_rows(g, "the other assets"), find_rows(g, "assets")
    ([1], [2], [])
    >>> find_rows(g, "liabilities")
    []
    >>> find_rows(read_grid([["", "2019"], ["Net income (loss)", "4"],
    ...                      ["Net income (loss) per share", "0.1"]]), "net income")
    [1]
    """
    body = [r for r in grid.body() if grid.labels[r]]
    target = norm(phrase)
    exact_rows = [r for r in body if norm(grid.labels[r]) == target]
    if exact_rows:
        return exact_rows
    words = content_words(phrase)
    if not words:
        return []
    same = [r for r in body if content_words(grid.labels[r]) == words]
    if same:
        return same
    bare = [r for r in body  # "Net income (loss)" is what "net income" names
            if content_words(regex.sub(r"\([^)]*\)", " ", grid.labels[r])) == words]
    if bare:
        return bare
    if len(words) < 2:  # one word ("costs") inside a longer label is too weak a match
        return []
    return [r for r in body if words <= content_words(grid.labels[r])]


def find_columns(grid: Grid, year: int | None = None, phrase: str | None = None) -> list[int]:
    """Columns (not the label column) whose header names ``year`` or equals ``phrase``.

    >>> g = read_grid([["", "2019", "2018", "Change"], ["Other", "44.1", "56.7", "(22)%"]])
    >>> find_columns(g, 2018), find_columns(g, phrase="change"), find_columns(g, 2017)
    ([2], [3], [])
    """
    found = []
    for c in range(1, len(grid.columns)):
        header = grid.columns[c]
        if year is not None and year_of(header) == year:
            found.append(c)
        elif phrase is not None and norm(header) == norm(phrase):
            found.append(c)
    return found


def year_columns(grid: Grid) -> dict[int, int]:
    """Year → column, for tables whose columns are years; a year named twice is left out.

    >>> year_columns(read_grid([["", "2019", "2018", "2019"], ["x", "1", "2", "3"]]))
    {2018: 2}
    """
    seen: dict[int, list[int]] = {}
    for c in range(1, len(grid.columns)):
        y = year_of(grid.columns[c])
        if y is not None:
            seen.setdefault(y, []).append(c)
    return {y: cs[0] for y, cs in seen.items() if len(cs) == 1}
