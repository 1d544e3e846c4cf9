"""Comparing intervals of written precision (statcheck's rule); the derivations
themselves live in :mod:`pipeline.claims.derive`."""

from __future__ import annotations

INF = float("inf")


def overlap(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Whether two intervals (None = unbounded) share a point.

    >>> overlap((60, None), (79.5, 80.5)), overlap((29.5, 30.5), (8.6, 9.4))
    (True, False)
    """
    lo_a, hi_a = (-INF if a[0] is None else a[0]), (INF if a[1] is None else a[1])
    lo_b, hi_b = (-INF if b[0] is None else b[0]), (INF if b[1] is None else b[1])
    return lo_a <= hi_b and lo_b <= hi_a


def gap(value: float, interval: tuple[float, float]) -> float:
    """Relative distance of ``value`` from the interval (0 inside it)."""
    lo, hi = interval
    if lo <= value <= hi:
        return 0.0
    nearest = lo if value < lo else hi
    return abs(value - nearest) / max(abs(nearest), 1e-9)


def severity(value: float, interval: tuple[float, float]) -> str:
    """``minor`` when just beyond rounding (within 5%), ``gross`` when clearly wrong.

    >>> severity(30.0, (8.64, 9.36)), severity(8.4, (8.417, 8.43))
    ('gross', 'minor')
    """
    return "minor" if gap(value, interval) <= 0.05 else "gross"
