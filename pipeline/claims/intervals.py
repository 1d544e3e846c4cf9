"""Interval arithmetic over written precision (statcheck's rule): compute a derived
value at both ends of each input's interval, so rounding never raises a finding."""

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


def growth_pct(old: tuple[float, float], new: tuple[float, float]) -> tuple[float, float]:
    """The range of ``(new - old) / old * 100`` over both intervals.

    >>> lo, hi = growth_pct((28.85, 28.95), (31.45, 31.55))
    >>> round(lo, 2), round(hi, 2)
    (8.64, 9.36)
    """
    if old[0] <= 0:
        return -INF, INF
    low = (new[0] - old[1]) / old[1] * 100
    high = (new[1] - old[0]) / old[0] * 100
    return low, high


def interval_sum(parts: list[tuple[float, float]]) -> tuple[float, float]:
    """The range of a sum of intervals.

    >>> interval_sum([(0.5, 1.5), (1.5, 2.5)])
    (2.0, 4.0)
    """
    return sum(p[0] for p in parts), sum(p[1] for p in parts)


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
