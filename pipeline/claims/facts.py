"""Facts: the claims that state the same thing, grouped, each with every mention once.

A document that repeats "a 30% increase" in its abstract, body and conclusion makes three
claims but states one fact; a second document giving the same figure states it again.
Claims are one fact when they share what the cross-document check compares on
(:func:`~pipeline.claims.conflicts.conflict_key`: parties, metric, period, unit,
modality, and for counts the verb, for shares the whole) and their values are compatible
within the written precision (:func:`~pipeline.claims.conflicts.interval` and
:func:`~pipeline.claims.intervals.overlap`, the tolerance the check uses). A claim too vague
for that check (no canonical subject, an inferred period) still gets a fact, but only with
the claims of its own document that name the same subject text.

``fact_id`` is a short hash of that key and of the value the fact is anchored on, so re-runs
and unchanged claims keep their ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from ..document import Fact, stable_id
from .conflicts import compared, conflict_key, interval
from .display import claim_display
from .intervals import INF, overlap

#: the claim fields grouping reads (claims are streamed back from disk with only these)
FIELDS = ("claim_id", "doc_id", "subject", "subject_id", "counterpart", "counterpart_id",
          "metric", "period", "unit", "value", "lower", "upper", "modality", "predicate",
          "value_kind", "qualifier", "si_value", "si_unit", "approx")

#: the fields a fact copies from the claim it is anchored on
COPIED = ("subject", "subject_id", "counterpart", "counterpart_id", "metric", "period",
          "modality", "value", "unit", "si_value", "si_unit", "value_kind", "approx",
          "lower", "upper")


def fact_key(claim: dict) -> tuple:
    """What claims of one fact share; claims too vague to compare across documents
    share a key only with claims of their own document.

    >>> a = {"doc_id": "d1", "subject_id": "Q148", "metric": "trade_growth", "value": 30.0,
    ...      "period": {"start": "2023-01-01", "end": "2023-12-31"}, "unit": "percent"}
    >>> fact_key(a) == fact_key({**a, "doc_id": "d2"})
    True
    >>> vague = {**a, "period": {**a["period"], "inferred": True}}
    >>> fact_key(vague) == fact_key({**vague, "doc_id": "d2"})
    False
    """
    key = conflict_key(claim)
    if key is not None:
        return key
    period = dict(claim.get("period") or {"start": "undated", "end": "undated"})
    period.pop("inferred", None)
    subject = claim.get("subject_id") or "name:" + (claim.get("subject") or "").casefold()
    value = 0.0 if claim.get("value") is None else claim["value"]
    sharp = conflict_key({**claim, "subject_id": subject, "period": period, "value": value})
    return (sharp, "in", claim["doc_id"])


def _value_key(claim: dict) -> str:
    """The value a fact is anchored on, written so that float noise does not change it."""
    if claim.get("value") is None:
        return f"{claim.get('lower')!r}..{claim.get('upper')!r}"
    return f"{compared(claim):.12g}"


def _width(claim: dict) -> float:
    lo, hi = interval(claim)
    return INF if lo is None or hi is None else hi - lo


def clusters(claims: list[dict]) -> list[list[dict]]:
    """Claims of one key split into facts of compatible values.

    The value stated most often anchors the first fact (then the most precise one); each
    claim joins the first fact whose anchor its interval overlaps, or anchors a new one.
    The order depends on the claims only, never on the order they came in.

    >>> c = lambda i, v, half: {"claim_id": i, "value": v, "lower": v - half, "upper": v + half}
    >>> [[x["claim_id"] for x in f] for f in clusters([c("a", 30.0, 0.5), c("b", 9.0, 0.5),
    ...                                                c("c", 30.0, 0.5), c("d", 30.2, 0.05)])]
    [['a', 'c', 'd'], ['b']]
    """
    said = Counter(_value_key(c) for c in claims)
    order = sorted(claims, key=lambda c: (-said[_value_key(c)], _width(c), _value_key(c),
                                          c["claim_id"]))
    facts: list[list[dict]] = []
    for claim in order:
        for fact in facts:
            if overlap(interval(fact[0]), interval(claim)):
                fact.append(claim)
                break
        else:
            facts.append([claim])
    return facts


def group_facts(claims: Iterable[dict]) -> tuple[list[Fact], dict[str, str]]:
    """Fact records sorted by ``fact_id``, and the fact of each claim.

    >>> base = {"doc_id": "d1", "subject": "China", "subject_id": "Q148", "metric":
    ...         "trade_growth", "unit": "percent", "value_kind": "change_pct",
    ...         "period": {"start": "2023-01-01", "end": "2023-12-31", "text": "2023"}}
    >>> claims = [{**base, "claim_id": i, "doc_id": d, "value": 30.0, "lower": 29.5,
    ...            "upper": 30.5} for i, d in (("a", "d1"), ("b", "d1"), ("c", "d2"))]
    >>> facts, fact_of = group_facts(claims)
    >>> [(f.display, f.claim_ids, f.doc_ids, f.mentions) for f in facts]
    [('30%', ['a', 'b', 'c'], ['d1', 'd2'], 3)]
    >>> fact_of["a"] == fact_of["c"] == facts[0].fact_id
    True
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for claim in claims:
        groups[fact_key(claim)].append(claim)
    facts = [fact for members in groups.values() for fact in facts_of_group(members)]
    facts.sort(key=lambda f: f.fact_id)
    return facts, {claim_id: f.fact_id for f in facts for claim_id in f.claim_ids}


def facts_of_group(members: list[dict]) -> list[Fact]:
    """The facts of claims that share one :func:`fact_key` (any order)."""
    key = fact_key(members[0])
    return [fact_record(key, cluster) for cluster in clusters(members)]


def fact_record(key: tuple, cluster: list[dict]) -> Fact:
    """One fact: the anchor's normalized fields, its display value and its mentions."""
    anchor = cluster[0]
    copied: dict[str, Any] = {name: anchor.get(name) for name in COPIED}
    return Fact(fact_id=stable_id("k", key, _value_key(anchor)), **copied,
                display=claim_display(anchor),
                claim_ids=sorted(c["claim_id"] for c in cluster),
                doc_ids=sorted({c["doc_id"] for c in cluster}), mentions=len(cluster))


def name_facts(finding: dict, fact_of: Mapping[str, str]) -> dict:
    """A finding with the facts of its claims (``fact_ids``, sorted, each once)."""
    finding["fact_ids"] = sorted({fact_of[c] for c in finding.get("claim_ids", ())
                                  if c in fact_of})
    return finding
