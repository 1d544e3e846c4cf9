"""Join neighbouring quantities: ranges (``80-100%``), periods (``2023-2024``), dates.

Runs after each number has been read on its own, so a range inherits the unit and scale
its second half declares (``$5-10 million`` → 5e6..1e7 USD) and a day joins its month
(``July 3-4, 2024``).
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc

from ..document import Quantity
from .counts import count_noun
from .lexicon import APPROX_BEFORE, MONTHS
from .numbers import Number
from .tokens import doc_text
from .units import measured

_DASH = regex.compile(r" *[-–—~] *| +(?:to|through|and|till|until|or) +")
#: a change verb right before the first amount: ``rose 5% to 7%`` is not a range
_CHANGE = regex.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|up|down|increased?|decreased?|"
    r"gained?|climbed?|dropped|drop|grew|grow|jumped?|slid|lost|added|declined?|cut|raised?|"
    r"lowered|edged|eased|surged?|plunged?|soared?|slipped|tumbled?)\s+(?:by\s+)?$", regex.I)
#: what may stand between a month's two days, a day and its year, an amount and its cents
_DAY_DASH = regex.compile(r" ?[-–] ?")
_YEAR_GAP = regex.compile(r",?\s*")
_CENTS_GAP = regex.compile(r"\s*(?:and\s+)?")
_OUT_OF = regex.compile(r"\s+(?:out\s+of|in)\s+")
#: ``between``/``from`` right before the first amount; matched backwards from the amount
#: (``(?r)``), so the look-up reads only those few characters, not the text before them
_BETWEEN = regex.compile(r"(?r)\b(?:between|from)\s+(?:the\s+)?", regex.I)
_UP = {"over", "at_least"}
_DOWN = {"under", "at_most", "up_to"}
_BOUND_JOIN = regex.compile(r"\s*(?:,|and|but|,\s*and|,\s*but)\s*", regex.I)


def _month_before(doc: Doc, num: Number) -> int | None:
    """Token index of a month name right before ``num`` (``July 3``, ``Aug. 14``)."""
    k = num.start - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k >= 0 and doc[k].lower_.rstrip(".") in MONTHS and (
            doc[k].text[0].isupper() or doc[k].text.endswith(".") or doc[k + 1].text == "."
            or doc[k].lower_.rstrip(".") in (
            "january", "february", "april", "june", "july", "august", "september", "october",
            "november", "december")):
        return k
    return None


def _day(q: Quantity) -> bool:
    return q.value is not None and q.value == int(q.value) and 1 <= q.value <= 31 and \
        q.approx is None and q.kind in ("number", "count", "year") and q.scale == 1.0


def mark_dates(doc: Doc, found: list[tuple[Number, Quantity]]) -> list[tuple[Number, Quantity]]:
    """Turn ``Month day[, year]`` into one quantity of kind ``date``.

    >>> from .patterns import find_quantities_in, QuantitySettings
    >>> [(q.text, q.kind, q.reading) for q in find_quantities_in(
    ...     "signed on Aug. 14, 2024 by 12 states", QuantitySettings())]
    [('Aug. 14, 2024', 'date', '2024-08-14'), ('12 states', 'count', None)]
    >>> [q.text for q in find_quantities_in("the summit on July 3-4, 2024", QuantitySettings())]
    ['July 3-4, 2024']
    """
    out: list[tuple[Number, Quantity]] = []
    i = 0
    while i < len(found):
        num, q = found[i]
        month = _month_before(doc, num)
        if month is not None and _day(q) and doc[num.start].text.isdigit():
            start, end = doc[month].idx, doc[num.start].idx + len(doc[num.start].text)
            year = None
            if i + 1 < len(found) and _day(found[i + 1][1]) and _DAY_DASH.fullmatch(
                    doc_text(doc)[end:found[i + 1][1].start]):
                end = found[i + 1][1].end          # ``July 3-4``: the first day is kept
                i += 1
            if i + 1 < len(found) and found[i + 1][1].kind == "year" and _YEAR_GAP.fullmatch(
                    doc_text(doc)[end:found[i + 1][1].start]):
                year = found[i + 1][1]
                end = year.end
                i += 1
            year_text = str(int(year.value)) if year and year.value else "-"
            month_no = MONTHS[doc[month].lower_.rstrip(".")]
            iso = f"{year_text}-{month_no:02d}-{int(q.value or 0):02d}"
            out.append((num, Quantity(start, end, doc_text(doc)[start:end], "date", None,
                                      reading=iso)))
        else:
            out.append((num, q))
        i += 1
    return out


def _year_as_count(doc: Doc, b: Quantity) -> Quantity:
    """A year-shaped number read again as a plain number with its counted noun."""
    span = doc.char_span(b.start, b.end, alignment_mode="expand")
    unit, end = None, b.end
    if span is not None and b.value is not None and \
            (noun := count_noun(doc, span.end, b.value)) is not None:
        unit, end = noun[0], doc[noun[1] - 1].idx + len(doc[noun[1] - 1].text)
    return Quantity(b.start, end, doc_text(doc)[b.start:end], "count" if unit else "number",
                    b.value, unit=unit, precision=0.5)


def _join(doc: Doc, a: Quantity, b: Quantity) -> Quantity | None:
    gap = doc_text(doc)[a.end:b.start]
    text = doc_text(doc)
    if a.kind == "money" and a.text[-1:].isalpha() and a.scale == 1.0 and \
            (b.kind == "number" or b.kind == "money" and b.value is not None and b.value < 1) and \
            b.value is not None and 0 < b.value < 100 and b.unit in (None, a.unit) and \
            _CENTS_GAP.fullmatch(gap) and a.value is not None:
        cents = b.value if b.unit is None else b.value * 100 if b.value < 1 else b.value
        return Quantity(a.start, b.end, text[a.start:b.end], "money", a.value + cents / 100,
                        unit=a.unit, approx=a.approx, precision=0.005)
    if a.approx in _UP | _DOWN and b.approx in _UP | _DOWN and (a.approx in _UP) != (
            b.approx in _UP) and _BOUND_JOIN.fullmatch(gap) and a.unit in (None, b.unit):
        low, high = (a.value, b.value) if a.approx in _UP else (b.value, a.value)
        if low is None or high is None or low >= high:
            return None
        return Quantity(a.start, b.end, text[a.start:b.end], "range", None, low, high,
                        b.unit, scale=b.scale, precision=b.precision)
    if a.kind == "number" and b.kind == "number" and b.approx == "over" and gap == " " and \
            b.text.lower().startswith("over ") and a.value is not None and b.value:
        return Quantity(a.start, b.end, text[a.start:b.end], "number", a.value / b.value,
                        reading="fraction written 'a over b'")
    if a.kind == "number" and b.kind in ("number", "count") and b.approx is None and \
            _OUT_OF.fullmatch(gap) and a.value and b.value and a.value < b.value:
        return Quantity(a.start, b.end, text[a.start:b.end], "number", a.value / b.value,
                        reading="fraction written 'a out of b'")
    if gap == "" and b.approx == "about" and b.text.startswith("~"):
        gap, b = "~", Quantity(b.start, b.end, b.text, b.kind, b.value, unit=b.unit,
                               scale=b.scale, precision=b.precision)
    if not _DASH.fullmatch(gap) or b.approx is not None or a.value is None or b.value is None:
        return None
    word = gap.strip().lower()
    lead = _BETWEEN.match(text, 0, a.start) if a.approx is None else None
    if word == "and" and lead is None:
        return None
    if word == "or" and not (a.kind == "number" and b.kind in ("count", "duration")):
        return None     # ``three or four years`` is a range; ``8 or $9`` is not
    if word not in "-–—~" and lead is None and a.kind != "number" and (
            a.unit != b.unit or a.text[-1:].isdigit() != b.text[-1:].isdigit()
            or _CHANGE.search(text, max(0, a.start - 30), a.start)):
        return None     # ``rose 18 sen to RM23.50``: a change and its result, not a range
    if a.kind == "year" and b.kind in ("year", "number") and (word != "and" or lead):
        high = b.value
        if b.kind == "number" and b.value < 100 and b.value == int(b.value):
            high = a.value - a.value % 100 + b.value
            if high <= a.value:
                return None
        elif b.kind != "year":
            return None
        start = lead.start() if lead else a.start
        return Quantity(start, b.end, text[start:b.end], "period", None, a.value, high,
                        reading="period of years")
    if b.kind == "year" and a.kind == "number" and lead is not None and \
            a.value is not None and 0 < a.value < b.value and a.scale == 1.0:
        b = _year_as_count(doc, b)      # ``from 1000 to 2000 hires``: 2000 is a count here
    if b.kind == "number" and a.kind in ("money", "percent", "count") and word in "-–—~":
        b = Quantity(b.start, b.end, b.text, a.kind, b.value, unit=a.unit, scale=b.scale,
                     precision=b.precision)
    if a.kind not in ("number", b.kind) or b.kind in ("year", "date", "ordinal"):
        return None
    if a.unit not in (None, b.unit, (b.unit or "").split("/")[0]):
        return None
    low, high = a.value, b.value
    if low is None or high is None:  # both checked above; ``b`` was only retyped since
        return None
    if a.scale == 1.0 and b.scale > 1.0 and abs(low) < abs(high) / b.scale * 10:
        low = low * b.scale
    if low == high or (low > high and word not in ("-", "–", "—", "~") and not lead):
        return None
    start = lead.start() if lead else a.start
    approx = a.approx if a.approx in ("about",) else None
    low, high = sorted([low, high])
    return measured(Quantity(start, b.end, text[start:b.end], "range", None, low, high, b.unit,
                             scale=b.scale, approx=approx, precision=b.precision))


def join_ranges(doc: Doc, found: list[tuple[Number, Quantity]]) -> list[Quantity]:
    """Quantities with dates read and neighbouring pairs joined into ranges or periods.

    >>> from .patterns import find_quantities_in, QuantitySettings
    >>> [(q.text, q.kind, q.low, q.high, q.unit) for q in find_quantities_in(
    ...     "between 20 and 30 staff, 80-100% of $5-10 million in 2023-2024",
    ...     QuantitySettings())]  # doctest: +NORMALIZE_WHITESPACE
    [('between 20 and 30 staff', 'range', 20.0, 30.0, 'staff'),
     ('80-100%', 'range', 80.0, 100.0, 'percent'),
     ('$5-10 million', 'range', 5000000.0, 10000000.0, 'USD'),
     ('2023-2024', 'period', 2023.0, 2024.0, None)]
    >>> [q.text for q in find_quantities_in("relations between 2001 and 2019", QuantitySettings())]
    ['between 2001 and 2019']
    >>> [q.kind for q in find_quantities_in("45 and 50 cases", QuantitySettings())]
    ['count', 'count']
    """
    found = mark_dates(doc, found)
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i][1]
        if i + 1 < len(found):
            joined = _join(doc, q, found[i + 1][1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(q)
        i += 1
    return out


__all__ = ["APPROX_BEFORE", "join_ranges", "mark_dates"]
