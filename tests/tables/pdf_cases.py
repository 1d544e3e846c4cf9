"""PDFs the table tests make with fpdf2: each failure kind of issue 14 on a page of its own.

The tables hold this project's own invented figures (regions, years, amounts), set the way
reports set them: ruled grids, unruled columns, sideways pages, a caption and a unit line
above, a table running over a page break with its header repeated.
"""

from __future__ import annotations

import regex

HEADER = ["Region", "2021", "2022", "2023"]
BODY = [["North", "1,204", "1,310", "1,452"], ["South", "987", "1,045", "1,120"],
        ["East", "2,310", "2,298", "2,405"], ["West", "640", "702", "731"],
        ["Centre", "1,876", "1,902", "1,950"]]


def _fpdf():
    import fpdf

    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def draw_rows(pdf, x: float, y: float, widths: list[float], rows: list[list[str]], *,
              ruled: bool, line: float = 16, twice: bool = False) -> float:
    """Rows of cells at ``(x, y)`` (top-left, points), each text right-aligned in its
    column but the first; rulings around every cell when ``ruled``; every text drawn a
    second time at the same place when ``twice``. Returns the y under the last row."""
    for r, row in enumerate(rows):
        top = y + r * line
        left = x
        for c, (text, width) in enumerate(zip(row, widths)):
            tx = left + 3 if c == 0 else left + width - 3 - pdf.get_string_width(text)
            for _ in range(2 if twice else 1):
                pdf.text(tx, top + line - 4.5, text)
            if ruled:
                pdf.rect(left, top, width, line)
            left += width
    return y + len(rows) * line


def table_pdf(*, ruled: bool = True, angle: int = 0, page_rotate: int = 0,
              twice: bool = False, caption: list[str] | None = None,
              widths: list[float] | None = None, header: list[str] | None = None) -> bytes:
    """One table on an A4 page; ``angle`` turns the drawing (degrees anticlockwise: 90
    sets the table running up the page, -90 running down); ``page_rotate`` writes a
    ``/Rotate`` into the page; ``caption`` lines are set above the table."""
    pdf = _fpdf()
    pdf.add_page()
    widths = widths or [110, 70, 70, 70]
    rows = [header or HEADER] + BODY
    cx, cy = 297, 420
    with pdf.rotation(angle, x=cx, y=cy):
        x, y = 100, 300
        for k, line in enumerate(caption or []):
            pdf.text(x, y - 16 * (len(caption or []) - k) - 4, line)
        draw_rows(pdf, x, y, widths, rows, ruled=ruled, twice=twice)
    data = bytes(pdf.output())
    if page_rotate:
        data = set_page_rotate(data, page_rotate)
    return data


def set_page_rotate(data: bytes, degrees: int) -> bytes:
    """The PDF with ``/Rotate degrees`` in every page dictionary (fpdf2 writes none); the
    cross-reference offsets are rewritten to match."""
    text = data.replace(b"/Type /Page\n", b"/Type /Page /Rotate %d\n" % degrees)
    if text == data:
        raise ValueError("no page dictionary found to rotate")
    return rebuild_xref(text)


def rebuild_xref(data: bytes) -> bytes:
    """A fresh cross-reference table for an uncompressed-xref PDF whose objects moved."""
    body = data[:data.rindex(b"xref")]
    offsets = {int(m.group(1)): m.start() for m in regex.finditer(rb"(?m)^(\d+) 0 obj", body)}
    size = max(offsets) + 1
    out = bytearray(body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n"
    trailer = data[data.rindex(b"trailer"):data.rindex(b"startxref")]
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def wrapped_pdf() -> bytes:
    """A ruled table whose label cells wrap over two lines inside their rulings."""
    pdf = _fpdf()
    pdf.add_page()
    rows = [["Programme", "Budget", "Spent"],
            ["Rural water supply and sanitation works", "4,500", "3,980"],
            ["Roads", "12,000", "11,250"],
            ["Teacher training in the northern districts", "2,100", "1,870"],
            ["Clinics", "3,300", "3,010"]]
    with pdf.table(width=300, col_widths=(150, 75, 75), borders_layout="ALL",
                   line_height=12, text_align=("LEFT", "RIGHT", "RIGHT"),
                   first_row_as_headings=True) as grid:
        for row in rows:
            cells = grid.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def two_page_pdf(*, ruled: bool) -> bytes:
    """One table of 60 rows running over a page break, its header repeated on page 2."""
    pdf = _fpdf()
    rows = [[f"District {k + 1}", f"{1000 + 37 * k:,}", f"{800 + 29 * k:,}",
             f"{(37 * k) % 90 + 5}.{k % 10}"] for k in range(60)]
    header = ["District", "Households", "Connected", "Share"]
    widths = [130, 90, 90, 70]
    pdf.add_page()
    pdf.text(60, 60, "Water connections by district")
    first = 36
    end = draw_rows(pdf, 60, 80, widths, [header] + rows[:first], ruled=ruled)
    assert end < 842
    pdf.add_page()
    draw_rows(pdf, 60, 50, widths, [header] + rows[first:], ruled=ruled)
    pdf.text(60, 50 + 16 * (len(rows) - first + 1) + 30, "Connected households are counted "
             "once, at the end of the year, by the district office.")
    return bytes(pdf.output())


def totals_pdf(*, ruled: bool, offset: float) -> bytes:
    """A bold totals row (painted twice, ``offset`` points apart, as a fake bold) set
    close above a memo row."""
    pdf = _fpdf()
    pdf.add_page()
    widths = [120, 80, 60]
    rows = [["Item", "Value", "Share"], ["Grain", "4,120.5", "37.2"], ["Oil", "6,941.6", "62.8"]]
    y = draw_rows(pdf, 80, 200, widths, rows, ruled=ruled, line=14)
    pdf.set_font("Helvetica", "B", 10)
    for dx in (0, offset):
        pdf.text(83 + dx, y + 10, "Total")
        for text, right in (("11,062.1", 277), ("100.0", 337)):
            pdf.text(right - pdf.get_string_width(text) + dx, y + 10, text)
    if ruled:
        for x, w in zip((80, 200, 280), widths):
            pdf.rect(x, y, w, 14)
    pdf.set_font("Helvetica", size=10)
    draw_rows(pdf, 80, y + 14, widths, [["Memo: imports", "467.9", "4.2"]], ruled=ruled, line=14)
    return bytes(pdf.output())


def side_by_side_pdf() -> bytes:
    """Two tables side by side, each with horizontal rulings only (above and under its
    header, under its last row), their rows at the same heights."""
    pdf = _fpdf()
    pdf.add_page()
    left = [["Crop", "Area", "Yield"], ["Wheat", "1,250", "2.4"], ["Barley", "430", "2.1"],
            ["Oats", "95", "1.8"]]
    right = [["Herd", "Head", "Milk"], ["Cattle", "7,800", "5.2"], ["Sheep", "18,400", "0.3"],
             ["Goats", "2,950", "0.6"]]
    for x, rows in ((60, left), (330, right)):
        end = draw_rows(pdf, x, 200, [90, 60, 50], rows, ruled=False)
        for y in (200, 216, end):
            pdf.line(x, y, x + 200, y)
    return bytes(pdf.output())


#: running text for the columns of a two-column page (invented for these tests)
PROSE = ("The district office counts each household once a year, at the end of the dry "
         "season, when the water committees hand in their books. Where a committee has not "
         "met, the officer visits the village and asks the headman how many families draw "
         "water from the new taps, and writes the answer down with the date of the visit. ")
RAIN_HEADER = ["Station", "Rain mm", "Days"]
RAIN_BODY = [["Kaya", "412.5", "38"], ["Dori", "298.0", "31"], ["Fada", "655.2", "47"],
             ["Gaoua", "1,021.7", "72"], ["Banfora", "987.4", "69"], ["Ouahigouya", "503.9", "41"]]
WIDE_HEADER = ["District", "Households", "Connected", "Share"]
WIDE_BODY = [["Northern Hills", "12,040", "9,310", "77.3"],
             ["Lake Shore", "8,870", "7,045", "79.4"],
             ["River Plain", "15,320", "10,298", "67.2"],
             ["Eastern Steppe", "6,410", "3,702", "57.8"],
             ["Capital", "21,876", "19,902", "91.0"]]


def _prose(pdf, x: float, y: float, width: float, lines: int, leading: float = 12) -> float:
    """``lines`` lines of running text set in a column ``width`` wide at ``(x, y)``; returns
    the y under the last line."""
    words = (PROSE * 8).split()
    for k in range(lines):
        line: list[str] = []
        while words and pdf.get_string_width(" ".join(line + [words[0]])) <= width:
            line.append(words.pop(0))
        pdf.text(x, y + k * leading + 9, " ".join(line))
    return y + lines * leading


LABELLED_BODY = [["Rural water supply and sanitation works", "4,500", "3,980"],
                 ["Road repairs in the hill districts", "12,000", "11,250"],
                 ["Teacher training in the northern districts", "2,100", "1,870"],
                 ["Clinics and maternity wards for villages", "3,300", "3,010"],
                 ["Boreholes drilled for the dry season", "1,450", "1,320"]]


def two_column_pdf(table: str = "in-column") -> bytes:
    """A two-column A4 page (columns 50-285 and 310-545 pt) of running text under a
    full-width title. ``in-column``: the right column holds an unruled table of stations
    (3 columns) between two paragraphs, beside the left column's text. ``wide``: a
    full-width unruled table (4 columns) sits between two bands of two-column text, its
    first column gap on the page's gutter; ``wide-labels``: the same with long labels
    that fill the left column like lines of text (``LABELLED_BODY``)."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(50, 60, "Water supply in the districts: the yearly count of households")
    pdf.set_font("Helvetica", size=10)
    if table == "in-column":
        _prose(pdf, 50, 90, 235, 50)
        y = _prose(pdf, 310, 90, 235, 14)
        y = draw_rows(pdf, 310, y + 12, [110, 70, 55], [RAIN_HEADER] + RAIN_BODY,
                      ruled=False, line=14)
        _prose(pdf, 310, y + 12, 235, 50 - 14 - 10 - 2)
        return bytes(pdf.output())
    y = _prose(pdf, 50, 90, 235, 20)
    _prose(pdf, 310, 90, 235, 20)
    if table == "wide":
        rows, widths = [WIDE_HEADER] + WIDE_BODY, [235, 100, 80, 80]
    else:
        rows, widths = [["Programme", "Budget", "Spent"]] + LABELLED_BODY, [235, 110, 110]
    y = draw_rows(pdf, 50, y + 16, widths, rows, ruled=False, line=14)
    _prose(pdf, 50, y + 16, 235, 20)
    _prose(pdf, 310, y + 16, 235, 20)
    return bytes(pdf.output())


def _figure(pdf, text: str, right: float, y: float, gap: float) -> None:
    """A figure set flush right at ``right``; its decimal part ``gap`` points apart from
    the integer part when ``gap`` (decimal-aligned columns draw them as two runs)."""
    head, dot, tail = text.partition(".")
    if gap and dot:
        tail_width = pdf.get_string_width(dot + tail)
        pdf.text(right - tail_width, y, dot + tail)
        pdf.text(right - tail_width - gap - pdf.get_string_width(head), y, head)
    else:
        pdf.text(right - pdf.get_string_width(text), y, text)


def tight_totals_pdf(*, gap: float = 0.0, bold: bool = True, rule: bool = False,
                     next_row: tuple[str, ...] = ("Memo: imports", "467.9")) -> bytes:
    """An unruled table whose totals row (bold when ``bold``) is set 9 pt above the next
    row where the other rows are 14 pt apart; a rule across the table between them when
    ``rule``; decimal parts ``gap`` points apart from their integer parts."""
    pdf = _fpdf()
    pdf.add_page()
    y = 200.0
    rows = [("Item", "Value", "Share"), ("Grain", "4,120.5", "37.2"), ("Oil", "6,941.6", "62.8"),
            ("Pulses", "2,000.5", "18.0"), ("Total", "11,062.6", "100.0"), next_row,
            ("Stocks", "1,210.0", "9.9")]
    for k, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if bold and row[0] == "Total" else "", 10)
        pdf.text(83, y, row[0])
        for text, right in zip(row[1:], (277, 337)):
            _figure(pdf, text, right, y, gap if k else 0.0)
        if row[0] == "Total" and rule:
            pdf.line(80, y + 1.2, 340, y + 1.2)
        y += 9 if row[0] == "Total" else 14
    return bytes(pdf.output())
