"""Score sentence claims against a hand-made gold file (see ``tests/gold/README.md``).

A gold line names a phrase of the cleaned text; each occurrence of the phrase expects
one claim whose value lies inside it, with the same value, unit and metric and a
subject among the gold ``parties``. Matching is one to one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field


@dataclass
class Score:
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    value_matched: int = 0
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score_claims(claims: list[dict], texts: dict[str, str], gold: list[dict]) -> Score:
    """Precision and recall of the sentence claims in ``claims`` against ``gold``.

    >>> texts = {"d": "China's trade hit USD 31.5 billion in 2023."}
    >>> gold = [{"doc_id": "d", "context": "hit USD 31.5 billion", "value": 31.5e9,
    ...          "unit": "USD", "metric": "trade_volume", "parties": ["Q148"]}]
    >>> claim = {"doc_id": "d", "value": 31.5e9, "unit": "USD", "metric": "trade_volume",
    ...          "subject_id": "Q148", "evidence": {"kind": "sentence", "value_start": 18}}
    >>> s = score_claims([claim], texts, gold)
    >>> s.precision, s.recall
    (1.0, 1.0)
    """
    slots = []
    seen: set[tuple] = set()
    for g in gold:
        text = texts.get(g["doc_id"], "")
        start = text.find(g["context"])
        while start >= 0:
            # two phrases around the same number expect one claim, not two
            digit = re.search(r"\d", g["context"])
            key = (g["doc_id"], start + (digit.start() if digit else 0), g["value"])
            if key not in seen:
                seen.add(key)
                slots.append((g, start, start + len(g["context"])))
            start = text.find(g["context"], start + 1)
    predicted = [c for c in claims if c["evidence"].get("kind") == "sentence"]
    result = Score(expected=len(slots), predicted=len(predicted))
    free = list(range(len(slots)))
    for claim in predicted:
        pos = claim["evidence"]["value_start"]
        hit = None
        for i in free:
            g, lo, hi = slots[i]
            if g["doc_id"] == claim["doc_id"] and lo <= pos < hi and _close(
                    claim.get("value"), g["value"]):
                hit = i
                break
        if hit is None:
            result.spurious.append(claim)
            continue
        g = slots[hit][0]
        free.remove(hit)
        result.value_matched += 1
        if (claim.get("unit") or "").lower() == g["unit"].lower() and claim["metric"] == \
                g["metric"] and claim.get("subject_id") in g["parties"]:
            result.matched += 1
        else:
            result.spurious.append(claim)
            result.missed.append({**g, "got": {k: claim.get(k) for k in (
                "subject_id", "metric", "unit")}})
    result.missed.extend(slots[i][0] for i in free)
    return result
