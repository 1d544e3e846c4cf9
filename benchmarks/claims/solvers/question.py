"""Arithmetic questions over a table ("What is the percentage change in Other in 2019 from
2018?"): parse the wording into an operation and its operands, read the cells, derive.

This is check 2 run backwards: instead of testing a sentence's growth rate against two cells,
it computes the rate the cells imply. A question is answered only when its wording matches a
known shape *and* every operand resolves to exactly one cell; anything else gives ``None``.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from pipeline.claims import derive
from pipeline.claims.derive import Derived, Number

from .grid import Grid, content_words, find_rows, norm, year_columns, year_of

_Y = r"(?:fy\s?|fiscal\s(?:year\s)?)?((?:19|20)\d\d)"
_LEAD = r"^(?:what|how much) (?:is|was|were|are) the (?:(?:company|group)'s )?"
_PCT = r"(?:year[- ]on[- ]year |yoy |annual )?(?:percentage|percent|%) " \
       r"(?:change|increase|decrease|growth|increase\s*/\s*\(decrease\)|difference)"
_CHG = r"(?:change|increase|decrease|increase\s*/\s*\(decrease\)|(?:nominal )?difference)"
_WHAT = r"(?:in|of|for) (?:the )?(?:amount (?:of|for) )?(?:the )?(?P<x>.+?)"
# the two years, in each written order: (new, old) or (old, new) or (either)
_SPANS = [
    (rf"(?:in|for) {_Y} (?:from|compared (?:to|with)|as compared to|over|vs\.?) {_Y}", "new_old"),
    (rf"from {_Y} to {_Y}", "old_new"),
    (rf"between (?:the )?(?:fiscal )?(?:years? )?{_Y} (?:and|-|to) {_Y}", "sorted"),
]
_SCALES = ("thousand", "million", "billion")


class Query(NamedTuple):
    """What a question asks: ``op`` over ``rows`` (labels) and ``years`` (columns)."""

    op: str  # difference | percent_change | sum | average | ratio | share
    rows: tuple[str, ...]
    years: tuple[int, ...]


class Answer(NamedTuple):
    """A computed answer with its scale (TAT-QA's: "", thousand, million, billion, percent)."""

    value: float
    scale: str
    derived: Derived
    query: Query


def _years(m: regex.Match) -> list[int]:
    """The years a match captured, in written order (labels are captured by name)."""
    named = set(m.groupdict().values())
    return [int(g) for g in m.groups() if g and g not in named]


def _q(text: str) -> str:
    text = " ".join(text.strip().lower().replace("’", "'").split())
    return text.rstrip("?").strip()


def _change(q: str) -> Query | None:
    for op, word in (("percent_change", _PCT), ("difference", _CHG)):
        for span, order in _SPANS:
            m = regex.match(rf"{_LEAD}(?P<w>{word}) {_WHAT} {span}$", q)
            if not m:
                continue
            a, b = _years(m)
            if a == b:
                return None
            if order == "sorted" and m["w"].endswith("difference"):
                order = "new_old"  # "the difference between A and B" is A - B, as written
            new, old = {"new_old": (a, b), "old_new": (b, a), "sorted": (max(a, b),
                                                                          min(a, b))}[order]
            return Query(op, (m["x"],), (old, new))
    return None


def _tidy(label: str) -> str:
    """A label without the period words that belong to the question, not the row."""
    return regex.sub(r"\s+(?:for|over|in) the (?:\w+ )?(?:years?|year period|periods?)$", "",
                     label)


def _average(q: str) -> Query | None:
    m = regex.match(rf"{_LEAD}{_Y} average (?:of )?(?:the )?(?P<x>.+?)$", q)
    if m:  # "the 2019 average X": the mean of the year's opening and closing balance
        y = _years(m)[0]
        return Query("average", (m["x"],), (y - 1, y))
    m = regex.match(rf"{_LEAD}average (?:of )?(?:the )?(?P<x>.+?)(?: (?:in|for|between|from|"
                    r"over|during|across|of) (?:the )?(?:fiscal )?(?:years? )?"
                    r"(?P<ys>(?:(?:19|20)\d\d|,|\s|and|to|-)+))?$", q)
    if not m:
        return None
    if not m["ys"]:  # "the average X": over every year the table gives
        return None if regex.search(r"\d", m["x"]) else Query("average", (_tidy(m["x"]),), ())
    years = [int(y) for y in regex.findall(r"(?:19|20)\d\d", m["ys"])]
    if len(years) < 2 or len(set(years)) != len(years):
        return None
    if len(years) == 2 and regex.search(r"\bto\b|-", m["ys"]):
        years = list(range(min(years), max(years) + 1))
    return Query("average", (_tidy(m["x"]),), tuple(sorted(years)))


def _sum(q: str) -> Query | None:
    m = regex.match(rf"{_LEAD}(?:total|sum|combined) (?:of |amount of )?(?:the )?(?P<x>.+?) "
                    rf"(?:in|for|of|during) (?:both )?(?:fiscal )?(?:years? )?{_Y} and {_Y}$", q)
    if m:
        return Query("sum", (m["x"],), tuple(sorted(_years(m))))
    return None


def _ratio(q: str) -> Query | None:
    m = regex.match(rf"{_LEAD}ratio of (?:the )?(?P<a>.+?) (?:to|over|against) (?:the )?"
                    rf"(?P<b>.+?) (?:in|for|as at|as of|at) (?:fiscal )?(?:year )?{_Y}$", q)
    if m:
        return Query("ratio", (m["a"], m["b"]), tuple(_years(m)))
    m = regex.match(rf"{_LEAD}(?P<kind>percentage|proportion) of (?:the )?(?P<a>.+?) "
                    rf"(?:out of|over|to|in|of) (?:the )?(?P<b>total.*?) "
                    rf"(?:in|for|as at|as of|at) (?:fiscal )?(?:year )?{_Y}$", q)
    if m:
        op = "share" if m["kind"] == "percentage" else "ratio"
        return Query(op, (m["a"], m["b"]), tuple(_years(m)))
    return None


def _between_rows(q: str) -> Query | None:
    m = regex.match(rf"{_LEAD}difference between (?:the )?(?P<a>.+?) and (?:the )?(?P<b>.+?) "
                    rf"(?:in|for|as at|as of|at) (?:fiscal )?(?:year )?{_Y}$", q)
    if m and not regex.search(r"\d{4}|average|total", m["a"] + " " + m["b"]):
        return Query("difference", (m["a"], m["b"]), tuple(_years(m)))
    return None


def parse_question(question: str) -> Query | None:
    """The operation and operands a question asks for, or ``None`` when its wording is not
    one this module can read without guessing.

    >>> parse_question("What is the percentage change in Other in 2019 from 2018?")
    Query(op='percent_change', rows=('other',), years=(2018, 2019))
    >>> parse_question("What was the change in the amount for Appliances from 2018 to 2019?")
    Query(op='difference', rows=('appliances',), years=(2018, 2019))
    >>> parse_question("What is the 2019 average free cash flow?")
    Query(op='average', rows=('free cash flow',), years=(2018, 2019))
    >>> parse_question("What is the ratio of total assets to total liabilities in 2019?").op
    'ratio'
    >>> parse_question("What was the change in the statutory rate?") is None
    True
    >>> parse_question("Why did revenue change between 2018 and 2019?") is None
    True
    """
    q = _q(question)
    for reader in (_change, _average, _sum, _ratio, _between_rows):
        query = reader(q)
        if query is not None:
            return query
    return None


def _operand(grid: Grid, label: str, year: int, cols: dict[int, int]) -> Number | None:
    rows = find_rows(grid, label)
    c = cols.get(year)
    if c is None or not rows:
        return _qualified_operand(grid, label, year)
    if len(rows) != 1:
        return None
    return grid.number(rows[0], c)


def _qualified_operand(grid: Grid, label: str, year: int) -> Number | None:
    """"domestic discount rate" in 2019 where "Domestic" heads a group of year columns: the
    column word picks the column, the rest of the label picks the row."""
    words = content_words(label)
    cands = [c for c in range(1, len(grid.columns)) if year_of(grid.columns[c]) == year
             and content_words(grid.columns[c]) & words]
    if len(cands) != 1:
        return None
    heading = content_words(grid.columns[cands[0]])
    rest = " ".join(w for w in norm(label).split() if w not in heading)
    rows = find_rows(grid, rest)
    return grid.number(rows[0], cands[0]) if len(rows) == 1 else None


def _is_rate(grid: Grid, label: str, numbers: list[Number]) -> bool:
    if any(n.percent for n in numbers):
        return True
    rows = find_rows(grid, label)
    text = grid.labels[rows[0]] if rows else label
    return bool(regex.search(r"%|\bpercent|\brate\b|\bmargin\b|\byield\b|\bvolatility\b",
                             text, regex.I))


def table_scale(grid: Grid, context: list[str]) -> str | None:
    """The scale of a table's money and counts: from its own headers first, else from the
    text around it, and only when one scale is named.

    >>> from .grid import read_grid
    >>> table_scale(read_grid([["(in millions)", "2019"], ["Revenue", "5"]]), [])
    'million'
    >>> table_scale(read_grid([["", "2019"], ["Revenue", "5"]]), ["Sales in thousands."])
    'thousand'
    >>> table_scale(read_grid([["", "2019"], ["Revenue", "5"]]), []) is None
    True
    """
    head = [c for row in grid.rows[: grid.header_rows] for c in row] + grid.labels
    scale, _ = derive.detect_scale(head)
    if scale in _SCALES:
        return scale
    if scale is None and derive.detect_scale(head)[1]:
        return None  # the table names two scales
    scale, _ = derive.detect_scale(context)
    return scale if scale in _SCALES else None


def answer_question(question: str, grid: Grid, context: list[str] = ()) -> Answer | None:
    """Answer an arithmetic question from ``grid``, or ``None`` (abstain).

    ``context`` is the text around the table (captions, paragraphs), read only for the scale.

    >>> from .grid import read_grid
    >>> g = read_grid([["(in millions)", "2019", "2018"], ["Fixed Price", "$ 1,452.4", "$ 1,146.2"],
    ...                ["Other", "44.1", "56.7"]])
    >>> a = answer_question("What is the percentage change in Other in 2019 from 2018?", g)
    >>> round(a.value, 2), a.scale, a.derived.formula
    (-22.22, 'percent', '(44.1 - 56.7) / 56.7 * 100')
    >>> a = answer_question("What was the change in Other from 2018 to 2019?", g)
    >>> round(a.value, 2), a.scale
    (-12.6, 'million')
    >>> answer_question("What was the change in Leases from 2018 to 2019?", g) is None
    True
    """
    query = parse_question(question)
    if query is None:
        return None
    cols = year_columns(grid)
    if not query.years:
        if len(cols) < 2:
            return None
        query = query._replace(years=tuple(sorted(cols)))
    nums: list[Number] = []
    if len(query.rows) == 1:
        for y in query.years:
            n = _operand(grid, query.rows[0], y, cols)
            if n is None:
                return None
            nums.append(n)
    else:
        for label in query.rows:
            n = _operand(grid, label, query.years[0], cols)
            if n is None:
                return None
            nums.append(n)
        if query.op == "difference":  # "between A and B" is A - B; _apply takes (old, new)
            nums.reverse()
    derived = _apply(query.op, nums)
    if derived is None:
        return None
    if query.op in ("percent_change", "share"):
        scale = "percent"
    elif query.op == "ratio":
        scale = ""
    elif all(_is_rate(grid, label, nums) for label in query.rows):
        scale = "percent"
    elif any(regex.search(r"\bper (?:\w+ )?(?:share|unit)\b|\beps\b", label)
             for label in query.rows):
        scale = ""  # per-share amounts are never in thousands or millions
    else:
        found = table_scale(grid, list(context))
        if found is None:
            return None
        scale = found
    return Answer(derived.value, scale, derived, query)


def _apply(op: str, nums: list[Number]) -> Derived | None:
    if op == "percent_change":
        return derive.percent_change(nums[0], nums[1])
    if op == "difference":
        return derive.difference(nums[-1], nums[0]) if len(nums) == 2 else None
    if op == "sum":
        return derive.total(nums)
    if op == "average":
        return derive.average(nums)
    if op == "ratio":
        return derive.ratio(nums[0], nums[1])
    if op == "share":
        return derive.share(nums[0], nums[1])
    return None
