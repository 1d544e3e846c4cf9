"""A small controlled vocabulary of metrics, and the words that name them."""

from __future__ import annotations

import regex

#: metric name -> words that name it in a sentence or header (checked in order)
MONEY_METRICS = (
    ("trade_volume", r"\btrade|turnover|exports?|imports?"),
    ("investment", r"\binvest"),
    ("gdp", r"\bGDP\b|gross domestic product"),
    ("budget", r"\bbudget|allocat|fund"),
)
PERCENT_METRICS = (
    ("trade_growth", r"\btrade\b[^.]{0,60}\b(?:grow|grew|growth|increase|rise|rose)|"
                     r"\b(?:grow|grew|growth|increase|rise|rose)[^.]{0,40}\btrade"),
    ("growth", r"\bgrow|grew|growth|increase|rise|rose|decline|fell|decrease"),
    ("gdp_share", r"\bGDP\b|gross domestic product"),
    ("population_share", r"\bpopulation"),
    ("trade_share", r"\btrade"),
    ("share", r"\bshare|of (?:the )?(?:world|global|total)"),
)


def metric_for(kind: str, unit: str | None, context: str) -> str:
    """The metric a quantity measures, from its kind and the words around it.

    >>> metric_for("money", "USD", "bilateral trade hitting")
    'trade_volume'
    >>> metric_for("count", "document", "25 strategic documents were signed")
    'count_document'
    """
    if kind == "money":
        table = MONEY_METRICS
        default = "amount"
    elif kind in ("percent", "range") and unit in ("percent", "percentage_point"):
        table = PERCENT_METRICS
        default = "percent"
    elif kind == "count":
        return f"count_{regex.sub(r'[^a-z0-9]+', '_', (unit or 'item').lower()).strip('_')}"
    elif kind == "ordinal":
        return "rank"
    else:
        return kind
    for name, pattern in table:
        if regex.search(pattern, context, regex.I):
            return name
    return default


def metric_from_header(name: str, unit: str | None) -> str:
    """A metric name for a table column.

    >>> metric_from_header("China Trade", "USD")
    'trade_volume'
    >>> metric_from_header("Annual Growth Rate", "percent")
    'growth'
    """
    kind = "money" if unit and len(unit) == 3 and unit.isupper() else (
        "percent" if unit == "percent" else "number")
    if kind == "number":
        slug = regex.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        return slug or "value"
    return metric_for(kind, unit, name)
