"""A run's outputs read back for export and evaluation: documents with their spans.

Every export works from the files a run wrote (``OUT_DIR/*.jsonl``), never from the
pipeline's objects, so it runs on any output folder, old or new, without spaCy's model.
A span is one highlighted stretch of a document's cleaned text: an entity mention, a
quantity, or the value of a sentence claim (table-cell claims have no span of text).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..claims.display import claim_display
from ..document import stable_id
from ..errors import PipelineError
from ..io.jsonl import loads

#: the kinds of span, in the order exports list them
KINDS = ("entities", "quantities", "claims")


class ExportError(PipelineError):
    """An output folder or gold file that cannot be exported or scored."""


@dataclass(frozen=True)
class Span:
    """One span of a document's cleaned text (``text == doc_text[start:end]``).

    ``span_id`` is stable: a claim's ``claim_id``, else a hash of document, kind, offsets
    and label. ``norm`` is what the span says once normalized (a claim's subject, period
    and value for people), compared when a gold span carries one.
    """

    kind: str
    start: int
    end: int
    text: str
    label: str
    span_id: str
    norm: str | None = None


@dataclass
class DocSpans:
    doc_id: str
    path: str
    text: str
    spans: list[Span] = field(default_factory=list)


def read_jsonl(path: Path) -> Iterator[dict]:
    """Records of one output file; a broken line is an error naming file and line."""
    if not path.exists():
        raise ExportError(f"{path} not found; run `extract CORPUS_DIR -o {path.parent}` first")
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield loads(line)
                except ValueError as err:
                    raise ExportError(f"{path}:{number}: not valid JSON ({err})") from None


def mention_id(doc_id: str, kind: str, start: int, end: int, label: str) -> str:
    """The stable id of an entity or quantity mention (they carry none of their own).

    >>> mention_id("d", "entities", 0, 5, "GPE") == mention_id("d", "entities", 0, 5, "GPE")
    True
    """
    return stable_id(kind[0], doc_id, start, end, label)


def claim_norm(claim: dict) -> str:
    """A claim's normalized reading in one line, for annotators to check and correct:
    subject, metric, period and the value for people.

    >>> claim_norm({"subject": "China", "metric": "trade_growth", "unit": "percent",
    ...             "value": 30.0, "period": {"text": "2023"}})
    'China · trade growth · 2023 · 30%'
    """
    period = (claim.get("period") or {}).get("text") or "no period"
    return " · ".join((claim.get("subject") or "no subject",
                       claim["metric"].replace("_", " "), period, claim_display(claim)))


def spans_of(out_dir: Path, kinds: tuple[str, ...] = KINDS) -> dict[str, list[Span]]:
    """The spans of ``kinds`` in a run, by document, sorted by offset then kind."""
    found: dict[str, list[Span]] = defaultdict(list)
    for kind, label_key in (("entities", "label"), ("quantities", "kind")):
        if kind in kinds:
            for r in read_jsonl(out_dir / f"{kind}.jsonl"):
                found[r["doc_id"]].append(Span(kind, r["start"], r["end"], r["text"],
                                               r[label_key], mention_id(
                                                   r["doc_id"], kind, r["start"], r["end"],
                                                   r[label_key])))
    if "claims" in kinds:
        for c in read_jsonl(out_dir / "claims.jsonl"):
            ev = c["evidence"]
            if ev.get("kind") != "sentence" or ev.get("value_start") is None:
                continue
            found[c["doc_id"]].append(Span("claims", ev["value_start"], ev["value_end"],
                                           ev.get("quote", {}).get("exact", ""), c["metric"],
                                           c["claim_id"], claim_norm(c)))
    for spans in found.values():
        spans.sort(key=lambda s: (s.start, s.end, KINDS.index(s.kind), s.label, s.span_id))
    return found


def documents(out_dir: Path, kinds: tuple[str, ...] = KINDS) -> Iterator[DocSpans]:
    """Each document of a run (in output order) with its spans; a span whose offsets do
    not give its text is an error, since every export relies on them."""
    spans = spans_of(out_dir, kinds)
    for doc in read_jsonl(out_dir / "documents.jsonl"):
        text = doc["text"]
        mine = spans.get(doc["doc_id"], [])
        for s in mine:
            if text[s.start:s.end] != s.text and s.text:
                raise ExportError(f"{out_dir}: {s.kind} span {s.span_id} of {doc['doc_id']} "
                                  f"({s.start}-{s.end}) is {text[s.start:s.end]!r} in the "
                                  f"text, not {s.text!r}; the outputs are inconsistent, re-run "
                                  f"extract")
        yield DocSpans(doc["doc_id"], doc["path"], text, mine)
