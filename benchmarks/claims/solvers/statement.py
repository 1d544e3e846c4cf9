"""Checking a numeric statement against a table, deciding only when the table settles it.

Three shapes are read, each needing named rows and columns that resolve to cells:

- a value: one row, one column, one number ("PPO reaches 56.31 on Inform") — equal within
  the written precision supports it, clearly different refutes it;
- a superlative: "X has the highest Y" / "the lowest Y is Z";
- a comparison: "A is higher than / outperforms B (on Y)".

Negations, ordinals ("second highest") and hedges make the checker abstain: a rule that
reads half a sentence is wrong exactly when the other half matters.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from pipeline.claims.derive import Number, parse_cell

from .grid import Grid, clean, norm, read_grid

_NUM = regex.compile(r"(?<![\w.])[-−]?\d+(?:,\d{3})*(?:\.\d+)?%?(?!\w|\.\d)|(?<![\w\d])\.\d+")
_NEG = regex.compile(r"\b(?:not|no|never|neither|nor|n't|cannot|except|only|all|every|"
                     r"none|fail|fails|failed|without|unlike|despite|although|while|but)\b")
_ORDINAL = regex.compile(r"\b(?:second|third|fourth|2nd|3rd|4th|next)\b")
_MAX = r"highest|largest|greatest|biggest|most|maximum|best|top"
_MIN = r"lowest|smallest|fewest|least|minimum|worst"
_UP = r"higher|greater|larger|bigger|more|outperforms?|outperformed|better|beats?|exceeds?|" \
      r"surpass(?:es|ed)?|superior to"
_DOWN = r"lower|smaller|less|fewer|worse|underperforms?|inferior to"
_LOW_BETTER = regex.compile(r"error|loss|perplexity|\bppl\b|\bwer\b|\bcer\b|\bter\b|time|"
                            r"latency|#\s*param|params|\bmae\b|\bmse\b|\brmse\b|rank", regex.I)


_AGGREGATE = regex.compile(r"\b(?:total|average|sum|combined|same|difference|times|each|both|"
                           r"respectively|before|after|between|over|under|within|since|until|"
                           r"and|or|than|least|most|than|per|twice|half|double|%\s+of)\b")
_SCOPE = regex.compile(r"\b(?:for|among|when|during|with|on|at|in|that|who|which|where|from|"
                       r"of all|against|by|after|before|and|or)\b")


class Verdict(NamedTuple):
    """``label`` is True (supported), False (refuted) or None (abstain); ``shape`` is the
    statement shape that was read (value, superlative, comparison); ``reason`` says why."""

    label: bool | None
    shape: str = ""
    reason: str = ""


ABSTAIN = Verdict(None)


def stem(text: str) -> str:
    """Normalised words with a plural ``s`` dropped, so "point" names a "points" column.

    >>> stem("Points scored"), stem("the class")
    ('point scored', 'the class')
    """
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in norm(text).split())


def _has(words: str, phrase: str) -> bool:
    return bool(phrase) and f" {phrase} " in f" {words} "


def row_mentions(grid: Grid, statement: str) -> list[int]:
    """Body rows one of whose word cells (a name, not a number) the statement names, longest
    names first; a name shared by several rows of one column identifies none of them.

    >>> g = read_grid([["model", "bleu"], ["base", "20.1"], ["base + copy", "22.3"]])
    >>> row_mentions(g, "base + copy reaches 22.3 bleu"), row_mentions(g, "we test base")
    ([2], [1])
    """
    words = stem(statement)
    found: list[tuple[int, str]] = []
    for c in range(max(len(r) for r in grid.rows)):
        names: dict[str, list[int]] = {}
        for r in grid.body():
            cell = clean(grid.rows[r][c]) if c < len(grid.rows[r]) else ""
            if cell and parse_cell(cell) is None and len(norm(cell)) >= 2:
                names.setdefault(stem(cell), []).append(r)
        for name, rows in names.items():
            if len(rows) == 1 and _has(words, name):
                found.append((rows[0], name))
    found.sort(key=lambda x: -len(x[1]))
    kept: list[tuple[int, int]] = []  # (position, row)
    rest = f" {words} "
    for r, name in found:  # "base" inside "base + copy" is not a second mention
        at = rest.find(f" {name} ")
        if at >= 0 and r not in [k for _, k in kept]:
            kept.append((at, r))
            rest = rest.replace(f" {name} ", f" {'|' * len(name)} ")
    return [r for _, r in sorted(kept)]  # in the order written: "A beats B"


def column_mentions(grid: Grid, statement: str) -> list[int]:
    """Columns whose header the statement names (the longest headers win)."""
    words = stem(statement)
    hits = [(c, stem(h)) for c, h in enumerate(grid.columns) if len(norm(h)) >= 2]
    hits = [(c, h) for c, h in hits if _has(words, h)]
    hits.sort(key=lambda x: -len(x[1]))
    kept: list[tuple[int, str]] = []
    for c, h in hits:
        if not any(_has(longer, h) for _, longer in kept):
            kept.append((c, h))
    return [c for c, _ in kept]


def _numeric_columns(grid: Grid) -> list[int]:
    cols = []
    for c in range(1, len(grid.columns)):
        cells = [grid.number(r, c) for r in grid.body()]
        if cells and sum(n is not None for n in cells) >= max(2, len(cells) // 2):
            cols.append(c)
    return cols


def _strip(statement: str, phrases: list[str]) -> str:
    text = norm(statement)
    for phrase in sorted((norm(p) for p in phrases), key=len, reverse=True):
        if phrase:
            text = f" {text} ".replace(f" {phrase} ", " ").strip()
    return text


def _numbers(statement: str, exclude: list[str]) -> list[Number]:
    text = statement
    for phrase in sorted(exclude, key=len, reverse=True):
        if phrase:
            text = regex.sub(rf"(?i)(?<!\w){regex.escape(phrase)}(?!\w)", " ", text)
    return [n for n in (parse_cell(m.group(0)) for m in _NUM.finditer(text)) if n is not None]


def same_value(stated: Number, cell: Number) -> bool:
    """Equal within written precision: one number is the other rounded (so 25 and 26 differ
    even though their rounding intervals touch); a fraction may be written as a percentage.

    >>> same_value(parse_cell("93%"), parse_cell("0.93")), same_value(parse_cell("48.8"),
    ...                                                           parse_cell("48.79"))
    (True, True)
    >>> same_value(parse_cell("25"), parse_cell("26")), same_value(parse_cell("9"),
    ...                                                         parse_cell("8.4"))
    (False, False)
    """
    def rounds_to(a: Number, b: Number) -> bool:
        return a.lower <= b.value <= a.upper or b.lower <= a.value <= b.upper

    if rounds_to(stated, cell):
        return True
    scaled = Number(cell.value * 100, cell.lower * 100, cell.upper * 100)
    return stated.percent and not cell.percent and abs(cell.value) <= 1 and rounds_to(stated,
                                                                                      scaled)


def _column_for(grid: Grid, cols: list[int]) -> int | None:
    numeric = _numeric_columns(grid)
    named = [c for c in cols if c in numeric]
    if len(named) == 1:
        return named[0]
    if not cols and len(numeric) == 1:
        return numeric[0]
    return None


def transpose(grid: Grid) -> Grid:
    """The same table with rows and columns swapped, for tables that list the compared
    systems across the top (a header row of models, a first column of metrics).

    >>> t = transpose(read_grid([["metric", "A", "B"], ["BLEU", "20.1", "22.3"]], header_rows=1))
    >>> t.rows
    [['metric', 'BLEU'], ['A', '20.1'], ['B', '22.3']]
    """
    width = max(len(r) for r in grid.rows)
    head = grid.rows[: max(grid.header_rows, 1)]
    body = grid.rows[max(grid.header_rows, 1):]
    rows = [[grid.columns[c] if c < len(grid.columns) else ""]
            + [r[c] if c < len(r) else "" for r in body] for c in range(width)]
    rows[0] = [clean(head[-1][0]) if head[-1] else ""] + [clean(r[0]) if r else "" for r in body]
    return read_grid(rows, header_rows=1)


def check_statement(statement: str, grid: Grid) -> Verdict:
    """Check ``statement`` against ``grid`` as drawn, then against its transpose; the first
    reading that decides wins (a statement names its systems as rows in one of the two).

    >>> g = read_grid([["metric", "owls", "hawks"], ["points", "12", "9"]], header_rows=1)
    >>> check_statement("the owls score more points than the hawks", g).label
    True
    """
    verdict = check_oriented(statement, grid)
    if verdict.label is None and grid.rows and len(grid.rows) > 1:
        verdict = check_oriented(statement, transpose(grid))
    return verdict


def check_oriented(statement: str, grid: Grid) -> Verdict:
    """Whether ``grid`` supports or refutes ``statement``, or ABSTAIN.

    >>> g = read_grid([["team", "points", "wins"], ["owls", "12", "4"], ["hawks", "9", "3"],
    ...                ["crows", "15", "6"]])
    >>> check_statement("the owls score 12 points", g).label
    True
    >>> check_statement("the hawks score 19 points", g).label
    False
    >>> check_statement("the crows have the highest points", g).label
    True
    >>> check_statement("the owls score more points than the crows", g).label
    False
    >>> check_statement("the owls do not score 12 points", g).label is None
    True
    """
    s = " ".join(statement.replace("[CONTINUE]", " ").split())
    low = s.lower()
    if _NEG.search(low) or _ORDINAL.search(low):
        return ABSTAIN
    rows = row_mentions(grid, s)
    cols = column_mentions(grid, s)
    sup = regex.search(rf"\b(?:{_MAX}|{_MIN})\b", low)
    cmp_ = regex.search(rf"\b(?:{_UP}|{_DOWN})\b(?: \w+){{0,4}}? than\b|\b(?:outperforms?|"
                        rf"outperformed|beats?|surpass(?:es|ed)?|underperforms?|exceeds?)\b", low)
    if sup and not cmp_:
        return _superlative(grid, s, rows, cols, regex.match(rf"{_MAX}", sup.group(0)) is not None)
    if cmp_ and not sup:
        return _comparison(grid, s, rows, cols, cmp_.group(0))
    if not sup and not cmp_:
        return _value(grid, s, rows, cols)
    return ABSTAIN


def _value(grid: Grid, s: str, rows: list[int], cols: list[int]) -> Verdict:
    if len(rows) != 1 or len(cols) != 1 or _AGGREGATE.search(s.lower()):
        return ABSTAIN
    r, c = rows[0], cols[0]
    cell = grid.number(r, c)
    if cell is None:
        return ABSTAIN
    names = [clean(x) for x in grid.rows[r]] + [grid.columns[c]]
    stated = _numbers(s, [n for n in names if parse_cell(n) is None])
    if len(stated) != 1:
        return ABSTAIN
    ok = same_value(stated[0], cell)
    return Verdict(ok, "value", f"cell ({grid.labels[r]}, {grid.columns[c]}) = {cell.text}")


def _superlative(grid: Grid, s: str, rows: list[int], cols: list[int], want_max: bool) -> Verdict:
    c = _column_for(grid, cols)
    if c is None:
        return ABSTAIN
    if _LOW_BETTER.search(grid.columns[c]) and regex.search(r"\b(?:best|worst|top)\b", s.lower()):
        want_max = not want_max
    values = {r: grid.number(r, c) for r in grid.body()}
    values = {r: n for r, n in values.items()
              if n is not None and not regex.search(r"\btotal|\ball\b", grid.labels[r], regex.I)}
    if len(values) < 3:
        return ABSTAIN
    if not rows:  # "62936 be the highest attendance": the row named by its value
        stated = _numbers(s, [grid.columns[c]])
        rows = [r for r, n in values.items() if len(stated) == 1 and same_value(stated[0], n)]
    if len(rows) != 1 or rows[0] not in values:
        return ABSTAIN
    rest = _strip(s, [clean(x) for x in grid.rows[rows[0]]] + [grid.columns[c]])
    if _SCOPE.search(rest.lower()):  # "the highest X *for Y*": a subset, not the column
        return ABSTAIN
    best = (max if want_max else min)(n.value for n in values.values())
    ok = values[rows[0]].value == best
    return Verdict(ok, "superlative",
                   f"{grid.columns[c]}: {values[rows[0]].text} vs extreme {best:g}")


def _comparison(grid: Grid, s: str, rows: list[int], cols: list[int], word: str) -> Verdict:
    if len(rows) != 2:
        return ABSTAIN
    names = [clean(x) for r in rows for x in grid.rows[r]] + [grid.columns[c] for c in cols]
    rest = _strip(s, names)
    if regex.search(r"\d|\bby\b|\band\b|\bor\b|,|;|\bwhereas\b|\bthan that\b", rest):
        return ABSTAIN  # "by 5000 more", "than A and B": more than one comparison
    up = regex.match(rf"(?:{_UP})\b", word) is not None
    numeric = _numeric_columns(grid)
    targets = [c for c in cols if c in numeric] if cols else numeric
    if not targets or (cols and len(targets) != 1):
        return ABSTAIN
    directed = regex.search(r"outperform|better|beat|surpass|superior|worse|underperform|"
                            r"inferior", word)
    signs = set()
    for c in targets:
        a, b = grid.number(rows[0], c), grid.number(rows[1], c)
        if a is None or b is None:
            return ABSTAIN
        if a.value == b.value:
            signs.add(0)
            continue
        higher = a.value > b.value
        if directed and _LOW_BETTER.search(grid.columns[c]):
            higher = not higher
        signs.add(1 if higher == up else -1)
    if len(signs) != 1 or 0 in signs:
        return ABSTAIN
    return Verdict(signs == {1}, "comparison", f"{len(targets)} column(s) compared")
