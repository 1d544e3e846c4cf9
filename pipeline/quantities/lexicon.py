"""Word lists only the quantity patterns read: percent words, time units, hedges, months.

Kept as data (ftfy keeps its fixes in one dict) so a new hedge word is one line. Number
words, scales and currencies are shared with the tables and claims stages and live in
:mod:`pipeline.numbers`.
"""

from __future__ import annotations

PERCENT_WORDS = {"%": "percent", "percent": "percent", "per cent": "percent",
                 "percents": "percent", "percentage": "percent", "pct": "percent",
                 "per-cent": "percent", "percentage points": "percentage_point",
                 "percentage point": "percentage_point", "pp": "percentage_point",
                 "p.p.": "percentage_point", "basis points": "basis_point",
                 "bps": "basis_point", "basis point": "basis_point", "pc": "percent"}

#: time units: surface -> singular unit
TIME_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute", "second": "second",
    "seconds": "second", "secs": "second", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
}

#: hedges written before an amount -> approx label (the claims stage reads these)
APPROX_BEFORE = {
    "over": "over", "more than": "over", "above": "over", "exceeding": "over",
    "in excess of": "over", "greater than": "over", "higher than": "over",
    "larger than": "over", "bigger than": "over", "over than": "over", ">": "over",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "a minimum of": "at_least", ">=": "at_least",
    "> =": "at_least", "≥": "at_least", "more than or equal to": "at_least",
    "greater than or equal to": "at_least", "bigger or equal than": "at_least",
    "higher or equal than": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "about": "about", "around": "about",
    "approximately": "about", "approx.": "about", "nearly": "about", "almost": "about",
    "roughly": "about", "some": "about", "circa": "about", "c.": "about", "~": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "just over": "over",
    "just under": "under", "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most", "<=": "at_most", "< =": "at_most", "≤": "at_most",
    "less than or equal to": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "equal to or less than": "at_most",
    "equal to or lower than": "at_most", "less than": "under", "fewer than": "under",
    "under": "under", "below": "under", "lower than": "under", "smaller than": "under",
    "<": "under", "exactly": "exactly", "equal to": "exactly", "equals": "exactly",
    "precisely": "exactly", "equals to": "exactly", "exceed": "over", "exceeds": "over",
    "exceeded": "over", "surpass": "over", "surpasses": "over", "surpassed": "over",
    "surpassing": "over", "upwards of": "over", "well over": "over", "well above": "over",
}
#: hedges written after an amount
APPROX_AFTER = {
    "or more": "at_least", "and more": "at_least", "or greater": "at_least",
    "or greater than": "at_least", "or above": "at_least", "plus": "at_least",
    "or more than": "at_least", "or less": "at_most", "or fewer": "at_most",
    "and less": "at_most", "or below": "at_most", "or equal to": "at_least",
    "or less than": "at_most", "or fewer than": "at_most", "or greater than or": "at_least",
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
