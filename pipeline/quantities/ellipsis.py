"""Units left unwritten: ``6 million homes, including 1.5 million in Los Angeles``.

News text often writes a unit once and leaves it off the next number of the same kind. A
bare number takes the unit of the nearest counted or money quantity in the same sentence
when the two are of a size (within a factor of 100); the record's ``reading`` says so.
"""

from __future__ import annotations

import regex

from ..document import Quantity

_BOUNDARY = regex.compile(r"[.;:!?]\s|\n|\(|\)")
#: how far (characters) a unit is carried
MAX_GAP = 80


def _carries(donor: Quantity, bare: Quantity, gap: str) -> bool:
    if donor.kind not in ("count", "money") or donor.value is None or not donor.unit:
        return False
    if bare.value is None or bare.value <= 0 or donor.value <= 0:
        return False
    if len(gap) > MAX_GAP or _BOUNDARY.search(gap):
        return False
    ratio = max(bare.value, donor.value) / min(bare.value, donor.value)
    return ratio <= 100 and "/" not in donor.unit


def carry_units(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Bare numbers given the unit of a neighbour they stand beside.

    >>> from .patterns import find_quantities_in, QuantitySettings
    >>> [(q.text, q.unit) for q in find_quantities_in(
    ...     "6 million homes, including 1.5 million in the region", QuantitySettings())]
    [('6 million homes', 'home'), ('1.5 million', 'home')]
    >>> [(q.text, q.unit) for q in find_quantities_in(   # negative: another sentence
    ...     "It sold 400 cars. Then 300 went.", QuantitySettings())]
    [('400 cars', 'car'), ('300', None)]
    """
    out = list(quantities)
    for i, q in enumerate(out):
        if q.kind != "number" or q.unit is not None or q.reading:
            continue
        before = [(j, p) for j, p in enumerate(out[:i]) if p.kind in ("count", "money")]
        after = [(j, p) for j, p in enumerate(out[i + 1:], i + 1)
                 if p.kind in ("count", "money")]
        candidates = []
        if before:
            j, p = before[-1]
            candidates.append((p, text[p.end:q.start]))
        if after:
            j, p = after[0]
            gap = text[q.end:p.start]
            if gap.strip() or p.text[:1].isdigit():     # ``3 $50 cards``: three of them
                candidates.append((p, gap))
        for donor, gap in candidates:
            if _carries(donor, q, gap):
                kind = donor.kind
                out[i] = Quantity(q.start, q.end, q.text, kind, q.value, unit=donor.unit,
                                  scale=q.scale, approx=q.approx, precision=q.precision,
                                  reading=f"unit carried over from {donor.text!r}")
                break
    return out
