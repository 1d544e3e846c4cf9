"""Charts told apart from tables: a chart's value axis reads like a column of figures.

A chart's tick labels (``1200``, ``1000``, ``800`` ...) come out of the text as one column of
evenly stepped numbers, each alone on its line, or beside nothing but legend words and the
odd data label. A table's stepped column (years, ranks) always has figures beside it.
"""

from __future__ import annotations

import regex

_NUMBER = regex.compile(r"^[-−–]?\d[\d,]*(?:\.\d+)?%?$")


def _value(text: str) -> float | None:
    """The number a tick label shows, or None.

    >>> [_value(t) for t in ("1,200", "-50", "2.5%", "1990s", "")]
    [1200.0, -50.0, 2.5, None, None]
    """
    text = text.strip().replace(" ", "")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "").replace("%", "").replace("−", "-").replace("–", "-"))


def axis_columns(rows: list[list[str]], min_ticks: int = 3) -> dict[int, list[int]]:
    """Columns whose numbers step evenly down the page from the largest (a chart's value
    axis; a table's years and ranks go up): column -> rows.

    >>> axis_columns([["1200", ""], ["", "Greece"], ["1000", ""], ["800", "Spain"], ["600", ""]])
    {0: [0, 2, 3, 4]}
    """
    found: dict[int, list[int]] = {}
    width = max((len(r) for r in rows), default=0)
    for col in range(width):
        at = [(k, _value(r[col])) for k, r in enumerate(rows) if col < len(r) and r[col]]
        nums = [(k, v) for k, v in at if v is not None]
        if len(nums) < min_ticks or len(nums) < 0.6 * len(at):
            continue
        steps = [b[1] - a[1] for a, b in zip(nums, nums[1:])]
        if steps[0] < 0 and all(abs(s - steps[0]) <= 1e-6 * max(1.0, abs(steps[0]))
                                 for s in steps):
            found[col] = [k for k, _ in nums]
    return found


def looks_like_chart(rows: list[list[str]]) -> bool:
    """Rows (header lines and body) of a chart's text rather than a table's: a value axis
    whose tick rows hold fewer other figures (data labels) than ticks.

    >>> looks_like_chart([["1200", ""], ["", "Greece"], ["1000", ""], ["800", "Spain"],
    ...                   ["600", ""]])
    True
    >>> looks_like_chart([["1990", "5"], ["1991", "7"], ["1992", "6"], ["1993", "9"]])
    False
    >>> looks_like_chart([["2012", "5"], ["2011", "7"], ["2010", "6"], ["2009", "9"]])
    False
    """
    axes = axis_columns(rows)
    if not axes:
        return False
    tick_rows = sorted({k for ks in axes.values() for k in ks})
    others = sum(1 for k in tick_rows for c, text in enumerate(rows[k])
                 if c not in axes and _value(text) is not None)
    return others < len(tick_rows)
