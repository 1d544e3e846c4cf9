"""Rules for sports results, standings, scorecards and line-ups, read from a line's shape.

A sports page is full of lines the model was never trained on: "Leeds 2 Chelsea 1", a league
table row "Leeds 16 6 2 8 15 20 20", a cricket scorecard "B. Young c Moin Khan b Waqar 5".
In such a line a town's name is the club that plays there (ORG), and the names around the
scorecard letters are players (PERSON). Each rule looks at one line at a time and only at its
shape: capitalised names between numbers; it never needs a list of clubs or players.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .mention import Mention, mentions_of, show

__all__ = ["cricket_scorecards", "line_ups", "mentions_of", "show", "sports_tables"]

_LINE = regex.compile(r"[^\n]+")
_CAP = r"\p{Lu}[\p{L}'’.&\-]*"
#: a club or team name: capitalised words, a founding year or roman numeral may follow one
_TEAM = rf"{_CAP}(?:\s+(?:{_CAP}|\d{{4}}|I{{1,3}}))*"
#: a player's name: capitalised words and initials, at most four
_PLAYER = rf"{_CAP}(?:\s+(?:{_CAP}|de|van|der|von|da|di|du|le|la|bin|al)){{0,4}}"
#: one cell of a standings row: a count, a winning fraction ".625", "8 1/2" or "-"
_CELL = r"(?:\d{1,3}(?:\s+\d/\d)?|\.\d{3}|-)"
_STANDINGS = regex.compile(
    rf"^\s*(?P<team>{_TEAM})(?:\s+\(\s*(?P<place>{_TEAM})\s*\)?)?(?P<cells>(?:\s+{_CELL}){{3,}})\s*$")
_RESULT = regex.compile(
    rf"^\s*(?P<home>{_TEAM})\s+\d{{1,3}}\s+(?P<away>{_TEAM})\s+\d{{1,3}}(?=\s*$|\s+[(\[.;,])")


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name (any case), as ``pycountry`` knows them.

    >>> is_country("SOUTH KOREA"), is_country("Leeds"), is_country("USA")
    (True, False, False)
    """
    import pycountry

    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return False
    names = {getattr(country, key, "").casefold()
             for key in ("name", "common_name", "official_name")}
    return name.casefold() in names


def _relabel(mentions: list[Mention], spans: list[tuple[int, int, str]]) -> list[Mention]:
    """Replace whatever overlaps each ``(start, end, label)`` with that one mention."""
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e, _ in spans)]
    return sorted(kept + [Mention(s, e, label) for s, e, label in spans], key=lambda m: m.start)


def _team(match: regex.Match, group: str, offset: int) -> tuple[int, int, str]:
    """A team's span: ORG, but a national side keeps its country (CoNLL-style LOC)."""
    label = "GPE" if is_country(match[group]) else "ORG"
    return (offset + match.start(group), offset + match.end(group), label)


def sports_tables(mentions: list[Mention], text: str) -> list[Mention]:
    """In a standings row or a results line the names are teams (ORG).

    A standings row is a name, maybe a country in brackets, then at least five counts, or
    three or more with a winning fraction (".625"): four numbers alone is a golfer's rounds.
    A results line is "<name> <goals> <name> <goals>". A country's name stays a place.

    >>> t = "Sheffield Wednesday 16 6 6 4 17 18 24"
    >>> show(sports_tables(mentions_of(t, [(0, 9, "GPE")]), t), t)
    [('Sheffield Wednesday', 'ORG')]
    >>> t = "Alba Berlin ( Germany ) 9 5 4 14 2"
    >>> show(sports_tables(mentions_of(t, [(0, 11, "PERSON")]), t), t)
    [('Alba Berlin', 'ORG'), ('Germany', 'GPE')]
    >>> t = "PORTLAND 11 8 .579 3 1/2"
    >>> show(sports_tables([], t), t)
    [('PORTLAND', 'ORG')]
    >>> t = "Leeds 2 Chelsea 1\\nItaly 3 Wales 0 ( halftime 1-0 )"
    >>> show(sports_tables([], t), t)
    [('Leeds', 'ORG'), ('Chelsea', 'ORG'), ('Italy', 'GPE'), ('Wales', 'ORG')]
    >>> t = "Ernie Els 68 70 71 69"                     # negative: a golfer's four rounds
    >>> show(sports_tables(mentions_of(t, [(0, 9, "PERSON")]), t), t)
    [('Ernie Els', 'PERSON')]
    >>> t = "Wheat 121.5 130.2 121.3"                    # negative: prices, not a table row
    >>> show(sports_tables([], t), t)
    []
    """
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        row = _STANDINGS.match(line.group())
        if row:
            cells = row["cells"].split()
            if len(cells) >= 5 or any(c.startswith(".") for c in cells):
                spans.append(_team(row, "team", line.start()))
                if row["place"]:
                    spans.append((line.start() + row.start("place"),
                                  line.start() + row.end("place"), "GPE"))
                continue
        result = _RESULT.match(line.group())
        if result:
            spans.append(_team(result, "home", line.start()))
            spans.append(_team(result, "away", line.start()))
    return _relabel(mentions, spans)


_BATTER = regex.compile(
    rf"^\s*(?P<bat>{_PLAYER})\s+(?:(?:c|st)\s+(?:(?P<field>{_PLAYER})|&)\s+)?(?:lbw\s+)?"
    rf"b\s+(?P<bowl>{_PLAYER})\s+\d{{1,3}}\s*$")
_BOWLER = regex.compile(
    rf"(?P<name>{_PLAYER})\s+\d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b")


def cricket_scorecards(mentions: list[Mention], text: str) -> list[Mention]:
    """Batters, fielders and bowlers of a cricket scorecard are people.

    A batting line reads "<batter> c <fielder> b <bowler> <runs>" (or "lbw b", "st", "c & b");
    a bowling figure is "<bowler> <overs>-<maidens>-<runs>-<wickets>".

    >>> t = "B. Young c Moin Khan b Waqar 5"
    >>> show(cricket_scorecards(mentions_of(t, [(0, 8, "ORG")]), t), t)
    [('B. Young', 'PERSON'), ('Moin Khan', 'PERSON'), ('Waqar', 'PERSON')]
    >>> t = "Bowling : Doull 8-1-60-0 ( w-3 ) , Kennedy 3-0-24-0"
    >>> show(cricket_scorecards([], t), t)
    [('Doull', 'PERSON'), ('Kennedy', 'PERSON')]
    >>> t = "Leeds beat Chelsea by 5 runs"                 # negative: no scorecard shape
    >>> show(cricket_scorecards(mentions_of(t, [(0, 5, "ORG")]), t), t)
    [('Leeds', 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        batting = _BATTER.match(line.group())
        if batting:
            spans.extend((line.start() + batting.start(g), line.start() + batting.end(g),
                          "PERSON") for g in ("bat", "field", "bowl") if batting[g])
            continue
        spans.extend((line.start() + b.start("name"), line.start() + b.end("name"), "PERSON")
                     for b in _BOWLER.finditer(line.group()))
    return _relabel(mentions, spans)


_SHIRT = regex.compile(rf"(?:^|[,;:(]|\s-)\s*\d{{1,2}}\s+-\s+(?P<name>{_PLAYER})"
                    r"(?=(?:\s+\d{1,3})?\s*(?:[,;()]|$))")


def line_ups(mentions: list[Mention], text: str) -> list[Mention]:
    """In a team sheet ("19 - Kenichi Shimokawa , 2 - Naoki Soma") the names are players.

    A line needs two or more "<shirt number> - <name>" entries to count as a team sheet.

    >>> t = "Japan : 19 - Kenichi Shimokawa , 2 - Naoki Soma ( 7 - Yasuto Honda 71 )"
    >>> found = line_ups(mentions_of(t, [(0, 5, "GPE"), (42, 46, "ORG")]), t)
    >>> [(name, label) for name, label in show(found, t) if label != "PERSON"]
    [('Japan', 'GPE')]
    >>> [name for name, label in show(found, t) if label == "PERSON"]
    ['Kenichi Shimokawa', 'Naoki Soma', 'Yasuto Honda']
    >>> t = "Chapter 3 - Results , 4 - Outlook"          # negative: one entry is no team sheet
    >>> show(line_ups([], t), t)
    []
    """
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        found = [(line.start() + s.start("name"), line.start() + s.end("name"), "PERSON")
                 for s in _SHIRT.finditer(line.group())]
        if len(found) >= 2:
            spans.extend(found)
    return _relabel(mentions, spans)
