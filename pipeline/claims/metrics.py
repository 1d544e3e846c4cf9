"""A small controlled vocabulary of metrics, and the words that name them.

| metric | value_kind | said as |
|---|---|---|
| trade_volume, exports, imports | level | "bilateral trade hitting USD 31.5 billion" |
| investment, gdp, budget, amount | level | "budget allocation (USD millions)" |
| <domain>_growth, growth | change_pct | "marking a 30% increase" |
| population_share, gdp_share, trade_share, export_share, territory_share, share | share |
  "42% of global population" |
| count_<noun> | count | "25 strategic documents were signed" |
| rank | rank | "ranking 28th" |
"""

from __future__ import annotations

import regex

DOMAINS = (
    ("exports", {"export", "exports"}),
    ("imports", {"import", "imports"}),
    ("trade", {"trade", "turnover", "trading", "commerce"}),
    ("investment", {"investment", "invest", "fdi"}),
    ("gdp", {"gdp"}),
    ("budget", {"budget", "allocation", "funding", "fund", "spending"}),
)
GROWTH_WORDS = {"increase", "growth", "grow", "rise", "rose", "decline", "decrease", "fall",
                "drop", "expand", "expansion", "reduction", "reduce", "improvement", "improve",
                "gain", "jump", "surge", "cumulative", "up", "down", "contraction"}
SHARE_OF = (
    ("population_share", r"population|people|inhabitants"),
    ("gdp_share", r"\bgdp\b|gross domestic product|economy|output"),
    ("export_share", r"export"),
    ("trade_share", r"trade|turnover|commerce"),
    ("territory_share", r"territory|landmass|land|area|eurasia|surface"),
)


def domain_of(words: set[str]) -> str | None:
    """The economic domain a set of lower-case words names.

    >>> domain_of({"bilateral", "trade", "hit"}), domain_of({"summit"})
    ('trade', None)
    """
    for name, keys in DOMAINS:
        if words & keys:
            return name
    return None


def metric_for(kind: str, unit: str | None, words: set[str],
               of_object: str = "", primary: list[str] | None = None) -> tuple[str, str]:
    """``(metric, value_kind)`` of a value from its kind and the words of its clause.

    >>> metric_for("money", "USD", {"bilateral", "trade", "hit"})
    ('trade_volume', 'level')
    >>> metric_for("percent", "percent", {"mark", "increase"})
    ('growth', 'change_pct')
    >>> metric_for("percent", "percent", {"represent"}, "global population")
    ('population_share', 'share')
    >>> metric_for("count", "document", {"sign"})
    ('count_document', 'count')
    """
    words = {w.lower() for w in words}
    # the value's own nouns first: "exports totaling X and imports reaching Y"
    domain = next((d for d in (domain_of({w.lower()}) for w in primary or ()) if d), None) \
        or domain_of(words | set(of_object.lower().split()))
    if kind == "money":
        if domain is None:
            return "amount", "level"
        return ("trade_volume" if domain == "trade" else domain), "level"
    if kind in ("percent", "range", "fraction") and unit in ("percent", "percentage_point", None):
        if words & GROWTH_WORDS:
            return (f"{domain}_growth" if domain else "growth"), "change_pct"
        if of_object:
            for name, pattern in SHARE_OF:
                if regex.search(pattern, of_object, regex.I):
                    return name, "share"
            return "share", "share"
        return "percent", "share"
    if kind == "count":
        noun = regex.sub(r"[^a-z0-9]+", "_", (unit or "item").lower()).strip("_")
        return f"count_{noun}", "count"
    if kind == "ordinal":
        return "rank", "rank"
    return kind, "level"


def metric_from_header(name: str, unit: str | None) -> tuple[str, str]:
    """``(metric, value_kind)`` of a table column from its header and unit.

    >>> metric_from_header("China Trade", "USD")
    ('trade_volume', 'level')
    >>> metric_from_header("Annual Growth Rate", "percent")
    ('growth', 'change_pct')
    >>> metric_from_header("Share of Total Trade", "percent")
    ('trade_share', 'share')
    """
    words = set(regex.findall(r"[a-z]+", name.lower()))
    if unit and len(unit) == 3 and unit.isupper():
        return metric_for("money", unit, words)
    if unit == "percent":
        share = regex.search(r"\bshare of (.+)", name, regex.I)
        if share:
            return metric_for("percent", unit, set(), share.group(1))
        return metric_for("percent", unit, words | ({"growth"} if "rate" in words and (
            words & GROWTH_WORDS) else set()))
    slug = regex.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return (slug or "value"), "level"
