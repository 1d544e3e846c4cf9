"""Helpers shared by the claim builders: written-precision bounds and quote selectors."""

from __future__ import annotations

from ..document import Quantity


def bounds(q: Quantity) -> tuple[float | None, float | None]:
    """The interval a written value stands for (statcheck's rounding rule plus
    approximation words): "31.5 billion" → 31.45e9..31.55e9, "over 60%" → (60, ∞).

    >>> bounds(Quantity(0, 3, "30%", "percent", 30.0, precision=0.5))
    (29.5, 30.5)
    >>> bounds(Quantity(0, 12, "more than 60", "percent", 60.0, approx="over", precision=0.5))
    (60.0, None)
    """
    if q.value is None:
        return q.low, q.high
    half = q.precision or 0.0
    lower: float | None = q.value - half
    upper: float | None = q.value + half
    if q.approx in ("over", "at_least"):
        lower, upper = q.value, None
    elif q.approx in ("up_to", "under", "at_most"):
        lower, upper = None, q.value
    elif q.approx == "about":
        spread = max(half, abs(q.value) * 0.05)
        lower, upper = q.value - spread, q.value + spread
    return lower, upper


def quote(text: str, start: int, end: int, context: int = 32) -> dict:
    """A W3C TextQuoteSelector: the exact text with some context on each side."""
    return {"exact": text[start:end], "prefix": text[max(0, start - context):start],
            "suffix": text[end:end + context]}
