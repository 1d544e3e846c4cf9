"""Dev / held-out parts of the PDF table benchmarks, fixed by a seed.

The held-out part is drawn at random (``random.Random(SEED)``) within each source group:
for ICDAR 2013 the origin (``eu``, ``us`` from ``docs.csv``), for tabula-java's tests
each PDF is its own source (a publisher's document), so the draw is over the PDFs. Tuning
looks only at ``dev``; ``heldout`` is scored, never read.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from pathlib import Path

SEED = 20261201
#: share of each group set aside
HELDOUT_SHARE = 0.3


def groups(bench: Path) -> dict[str, list[str]]:
    """Source group -> PDF stems of a benchmark folder."""
    stems = sorted(p.stem for p in (bench / "pdfs").glob("*.pdf"))
    docs = bench / "docs.csv"
    if not docs.exists():
        return {"pdf": stems}
    origin = {row["stem"]: row["origin"] for row in csv.DictReader(docs.open())}
    out: dict[str, list[str]] = defaultdict(list)
    for stem in stems:
        out[origin.get(stem, "other")].append(stem)
    return dict(out)


def split(bench: Path, part: str) -> list[str]:
    """The stems of ``part`` (``dev``, ``heldout`` or ``all``), sorted."""
    if part == "all":
        return sorted(s for g in groups(bench).values() for s in g)
    held: set[str] = set()
    rng = random.Random(SEED)
    for name in sorted(groups(bench)):
        stems = sorted(groups(bench)[name])
        held |= set(rng.sample(stems, max(1, round(HELDOUT_SHARE * len(stems)))))
    every = [s for g in groups(bench).values() for s in g]
    return sorted(s for s in every if (s in held) == (part == "heldout"))
