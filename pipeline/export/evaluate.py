"""Score a run against gold: spans corrected in Label Studio, or the reviewers' decisions.

Two kinds of gold, told apart by their content:

- a Label Studio export (a JSON list of tasks, made from ``extract export --to labelstudio``
  and corrected by annotators): each gold span must be predicted with the same offsets and
  label; a claim whose normalized reading (``claim_value``) an annotator corrected must
  also read the same. Precision, recall and F1 per kind over the annotated documents;
- reviews (``reviews.jsonl``, one decision per line: ``{"target": "claim"|"entity"|"fact",
  "id", "decision": "accept"|"reject"|"correct", ...}``; the latest decision on an item
  counts): an accepted item is right, a rejected one wrong, a corrected one both wrong and
  missed (its corrected value is gold the run did not produce). Reviews cannot name what
  the run never extracted, so recall here counts corrections only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from .labelstudio import read_gold
from .records import KINDS, ExportError, Span, mention_id, read_jsonl, spans_of

REVIEW_TARGETS = {"claim": "claims", "entity": "entities", "fact": "facts"}
DECISIONS = ("accept", "reject", "correct")


@dataclass
class Score:
    """Counts of one kind and the measures they give (None when undefined: 0/0)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class Evaluation:
    """Scores per kind, what the gold was, and what could not be scored (with why)."""

    gold: str
    source: str
    scores: dict[str, Score] = field(default_factory=dict)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"gold": self.gold, "source": self.source, "documents": self.documents,
                "scores": {k: v.as_dict() for k, v in self.scores.items()},
                "skipped": self.skipped}


def _norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split()).casefold()


def match_spans(predicted: list[Span], gold: list[Span]) -> dict[str, Score]:
    """One-to-one matching by kind, offsets and label (and a claim's reading when the
    gold gives one).

    >>> e = lambda start, end, label: Span("entities", start, end, "", label, f"{start}")
    >>> p, g = [e(0, 5, "GPE"), e(6, 9, "ORG")], [e(0, 5, "GPE"), e(10, 20, "GPE")]
    >>> s = match_spans(p, g)["entities"]
    >>> (s.tp, s.fp, s.fn), s.precision, s.recall
    ((1, 1, 1), 0.5, 0.5)
    """
    scores = {kind: Score() for kind in KINDS}
    free = Counter((s.kind, s.start, s.end, s.label) for s in predicted)
    norms: dict[tuple, list[str | None]] = {}
    for s in predicted:
        norms.setdefault((s.kind, s.start, s.end, s.label), []).append(_norm(s.norm))
    for g in gold:
        key = (g.kind, g.start, g.end, g.label)
        readings = norms.get(key, [])
        wanted = _norm(g.norm)
        ok = free[key] > 0 and (wanted is None or wanted in readings)
        if ok:
            free[key] -= 1
            if wanted is not None:
                readings.remove(wanted)
            scores[g.kind].tp += 1
        else:
            scores[g.kind].fn += 1
    for (kind, *_), n in free.items():
        scores[kind].fp += n
    return scores


def evaluate_labelstudio(out_dir: Path, gold_path: Path) -> Evaluation:
    """Scores of the run in ``out_dir`` on the documents annotated in ``gold_path``."""
    gold = read_gold(gold_path)
    texts = {d["doc_id"]: d["text"] for d in read_jsonl(out_dir / "documents.jsonl")}
    predicted = spans_of(out_dir)
    result = Evaluation("labelstudio", str(gold_path),
                        scores={kind: Score() for kind in KINDS})
    for doc_id in sorted(gold):
        text, spans = gold[doc_id]
        if doc_id not in texts:
            result.skipped.append(f"{doc_id}: annotated but not in {out_dir}")
            continue
        if texts[doc_id] != text:
            result.skipped.append(f"{doc_id}: its text in {out_dir} is not the text that was "
                                  "annotated (re-extracted since?); offsets cannot be compared")
            continue
        result.documents += 1
        for kind, score in match_spans(predicted.get(doc_id, []), spans).items():
            total = result.scores[kind]
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, \
                total.fn + score.fn
    return result


def read_reviews(path: Path) -> dict[tuple[str, str], dict]:
    """The latest decision on each (target, id); a malformed line is an error naming it."""
    latest: dict[tuple[str, str], dict] = {}
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                review = orjson.loads(line)
            except orjson.JSONDecodeError as err:
                raise ExportError(f"{path}:{number}: not valid JSON ({err})") from None
            target, decision = review.get("target"), review.get("decision")
            if target not in REVIEW_TARGETS or decision not in DECISIONS or not review.get("id"):
                raise ExportError(f"{path}:{number}: a review needs target "
                                  f"({'|'.join(REVIEW_TARGETS)}), id and decision "
                                  f"({'|'.join(DECISIONS)})")
            latest[(target, str(review["id"]))] = review
    return latest


_OFFSETS = re.compile(r"(?P<doc>.+):(?P<start>\d+)-(?P<end>\d+)")


def _entity_ids(out_dir: Path) -> dict[str, str]:
    """Every way a review may name an entity mention -> its mention id: the mention id,
    ``doc_id:start-end``."""
    ids: dict[str, str] = {}
    for e in read_jsonl(out_dir / "entities.jsonl"):
        mid = mention_id(e["doc_id"], "entities", e["start"], e["end"], e["label"])
        ids[mid] = mid
        ids[f"{e['doc_id']}:{e['start']}-{e['end']}"] = mid
    return ids


def evaluate_reviews(out_dir: Path, path: Path) -> Evaluation:
    """Scores from the reviewers' decisions on the items of the run in ``out_dir``."""
    reviews = read_reviews(path)
    known = {"claims": {c["claim_id"] for c in read_jsonl(out_dir / "claims.jsonl")},
             "facts": {f["fact_id"] for f in read_jsonl(out_dir / "facts.jsonl")}
             if (out_dir / "facts.jsonl").exists() else set()}
    entities = _entity_ids(out_dir)
    result = Evaluation("reviews", str(path),
                        scores={k: Score() for k in ("entities", "claims", "facts")})
    docs: set[str] = set()
    for (target, item_id), review in sorted(reviews.items()):
        kind = REVIEW_TARGETS[target]
        if kind == "entities":
            found = entities.get(item_id)
            if found is None and review.get("doc_id") is not None:
                found = entities.get(f"{review['doc_id']}:{review.get('start')}-"
                                     f"{review.get('end')}")
        else:
            found = item_id if item_id in known[kind] else None
        if found is None:
            result.skipped.append(f"{target} {item_id}: reviewed but not in {out_dir} "
                                  "(orphaned: its evidence changed or vanished)")
            continue
        if review.get("doc_id"):
            docs.add(review["doc_id"])
        score = result.scores[kind]
        if review["decision"] == "accept":
            score.tp += 1
        elif review["decision"] == "reject":
            score.fp += 1
        else:
            score.fp += 1
            score.fn += 1
    result.documents = len(docs)
    return result


def evaluate(out_dir: Path, gold: Path | None = None) -> Evaluation:
    """Score ``out_dir`` against ``gold`` (a Label Studio export or a reviews JSONL file),
    or against ``out_dir/reviews.jsonl`` when no gold is given."""
    if gold is None:
        gold = out_dir / "reviews.jsonl"
        if not gold.exists():
            raise ExportError(f"no --gold file given and {gold} does not exist; review some "
                              "claims first or pass a Label Studio export")
    if not gold.is_file():
        raise ExportError(f"{gold}: gold file not found")
    head = gold.read_bytes()[:4096].lstrip()
    if head.startswith(b"["):
        return evaluate_labelstudio(out_dir, gold)
    if head.startswith(b"{") or not head:
        return evaluate_reviews(out_dir, gold)
    raise ExportError(f"{gold}: neither a Label Studio JSON export (a list of tasks) nor "
                      "reviews JSONL (one decision per line)")
