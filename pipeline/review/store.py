"""A run's outputs read for reviewing, and the append-only log of decisions.

:class:`RunView` loads the JSONL files of ``OUT_DIR`` once and indexes them by document.
:class:`ReviewLog` is ``OUT_DIR/reviews.jsonl``: one decision per line, appended with
flush + fsync so an acknowledged decision survives a crash, never rewritten. The text a
decision was made on is kept under ``OUT_DIR/review-texts/<sha256>.txt`` (written once,
atomically), so a later run's text can be diffed against it (see :mod:`.anchor`).
Neither folder is touched by ``extract``: its commit only replaces the files it writes.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..document import stable_id
from ..io.jsonl import dumps, loads

REVIEWS = "reviews.jsonl"
TEXTS = "review-texts"
TARGETS = ("claim", "entity", "fact")
DECISIONS = ("accept", "reject", "correct")
#: the fields a correction may set
CORRECTIONS = ("value", "unit", "subject", "period")


class ReviewError(Exception):
    """A request the review API refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.status = message, status


def read_jsonl(path: Path) -> list[dict]:
    """The records of one output file ([] when the run did not write it)."""
    if not path.exists():
        return []
    records = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(loads(line))
            except ValueError as err:
                raise ReviewError(f"{path}:{number}: not valid JSON ({err})", 500) from None
    return records


def mention_id(doc_id: str, start: int, end: int, label: str) -> str:
    """The id of an entity mention (mentions carry none): the same hash as the exports'
    (``pipeline.export``) so reviews and evaluation name a mention alike.

    >>> mention_id("d", 0, 5, "GPE") == stable_id("e", "d", 0, 5, "GPE")
    True
    """
    return stable_id("e", doc_id, start, end, label)


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class RunView:
    """The outputs of one run, indexed for the review app."""

    out_dir: Path
    documents: dict[str, dict] = field(default_factory=dict)
    claims: dict[str, dict] = field(default_factory=dict)
    entities: dict[str, dict] = field(default_factory=dict)
    facts: dict[str, dict] | None = None
    quantities: list[dict] = field(default_factory=list)
    tables: dict[str, dict] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)
    by_doc: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path | str) -> RunView:
        """Read ``out_dir``; a folder without ``documents.jsonl`` is not a run."""
        out_dir = Path(out_dir)
        if not (out_dir / "documents.jsonl").exists():
            raise ReviewError(f"{out_dir / 'documents.jsonl'} not found; run "
                              f"`extract CORPUS_DIR -o {out_dir}` first", 500)
        view = cls(out_dir)
        index: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for doc in read_jsonl(out_dir / "documents.jsonl"):
            view.documents[doc["doc_id"]] = doc
        for claim in read_jsonl(out_dir / "claims.jsonl"):
            view.claims[claim["claim_id"]] = claim
            index[claim["doc_id"]]["claims"].append(claim)
        for ent in read_jsonl(out_dir / "entities.jsonl"):
            ent = {**ent, "mention_id": mention_id(ent["doc_id"], ent["start"], ent["end"],
                                                   ent["label"])}
            view.entities[ent["mention_id"]] = ent
            index[ent["doc_id"]]["entities"].append(ent)
        for q in read_jsonl(out_dir / "quantities.jsonl"):
            view.quantities.append(q)
            index[q["doc_id"]]["quantities"].append(q)
        for table in read_jsonl(out_dir / "tables.jsonl"):
            view.tables[table["table_id"]] = table
            index[table["doc_id"]]["tables"].append(table)
        if (out_dir / "facts.jsonl").exists():
            view.facts = {f["fact_id"]: f for f in read_jsonl(out_dir / "facts.jsonl")}
        for finding in read_jsonl(out_dir / "findings.jsonl"):
            view.findings.append(finding)
            for doc_id in sorted({view.claims[c]["doc_id"] for c in finding["claim_ids"]
                                  if c in view.claims}):
                index[doc_id]["findings"].append(finding)
        view.by_doc = {k: dict(v) for k, v in index.items()}
        return view

    def of_doc(self, doc_id: str, kind: str) -> list[dict]:
        return self.by_doc.get(doc_id, {}).get(kind, [])

    def item(self, target: str, item_id: str) -> dict | None:
        """The claim, entity mention or fact named ``item_id`` (None when unknown)."""
        if target == "claim":
            return self.claims.get(item_id)
        if target == "entity":
            return self.entities.get(item_id)
        if target == "fact":
            return (self.facts or {}).get(item_id)
        return None

    def span_of(self, target: str, item: dict) -> tuple[str, int, int] | None:
        """``(doc_id, start, end)`` of the text a decision on ``item`` rests on: an
        entity's mention, a claim's sentence, a table claim's table, a fact's first
        mention; None when it has none."""
        if target == "entity":
            return item["doc_id"], item["start"], item["end"]
        if target == "fact":
            first = next((self.claims[c] for c in item.get("claim_ids", [])
                          if c in self.claims), None)
            return self.span_of("claim", first) if first else None
        evidence = item.get("evidence") or {}
        if "start" in evidence and "end" in evidence:
            return item["doc_id"], evidence["start"], evidence["end"]
        table = self.tables.get(evidence.get("table_id", ""))
        if table is not None and table.get("start") is not None:
            return item["doc_id"], table["start"], table["end"]
        return None


class ReviewLog:
    """``OUT_DIR/reviews.jsonl``: append-only, one decision per line, never rewritten."""

    def __init__(self, out_dir: Path | str) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / REVIEWS
        self._lock = threading.Lock()

    def records(self) -> list[dict]:
        """Every decision in the order written. A line that is not JSON (a write cut
        short by a crash) is reported on stderr with its line number and skipped."""
        if not self.path.exists():
            return []
        found = []
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = loads(line)
                except ValueError as err:
                    print(f"extract review: warning: {self.path}:{number}: skipped, not "
                          f"valid JSON ({err})", file=sys.stderr)
                    continue
                if isinstance(record, dict) and record.get("target") in TARGETS \
                        and record.get("id") and record.get("decision") in DECISIONS:
                    found.append(record)
                else:
                    print(f"extract review: warning: {self.path}:{number}: skipped, a "
                          "decision needs target, id and decision", file=sys.stderr)
        return found

    def append(self, records: list[dict]) -> None:
        """Append ``records`` and fsync before returning: once this returns they are on
        disk. A last line left without its newline by a crash is closed first."""
        if not records:
            return
        blob = b"".join(dumps(r) for r in records)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                size = os.fstat(fd).st_size
                if size:
                    with open(self.path, "rb") as handle:
                        handle.seek(size - 1)
                        if handle.read(1) != b"\n":
                            blob = b"\n" + blob
                os.write(fd, blob)
                os.fsync(fd)
            finally:
                os.close(fd)

    def keep_text(self, text: str) -> str:
        """Store ``text`` under ``review-texts/`` (once) and return its sha256."""
        sha = text_sha(text)
        folder = self.out_dir / TEXTS
        path = folder / f"{sha}.txt"
        if not path.exists():
            folder.mkdir(exist_ok=True)
            tmp = folder / f".{sha}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "wb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        return sha

    def text(self, sha: str | None) -> str | None:
        """The text kept under ``sha`` (None when it was never kept or was removed)."""
        if not sha or not all(c in "0123456789abcdef" for c in sha):
            return None
        path = self.out_dir / TEXTS / f"{sha}.txt"
        return path.read_text(encoding="utf-8") if path.exists() else None


def latest(records: list[dict]) -> dict[tuple[str, str], dict]:
    """The decision in force on each ``(target, id)``, replaying the log in time order:
    a decision (``at``) sets its item's state; a re-anchoring record (``anchored_from``,
    made at ``anchored_at``) moves a decision from an old id to the new one, unless the
    new id already holds a later decision.

    >>> log = [{"target": "claim", "id": "a", "decision": "accept", "at": "1"},
    ...        {"target": "claim", "id": "a", "decision": "reject", "at": "2"},
    ...        {"target": "claim", "id": "b", "decision": "reject", "at": "2",
    ...         "anchored_from": "a", "anchored_at": "3"}]
    >>> {k: v["decision"] for k, v in latest(log).items()}
    {('claim', 'b'): 'reject'}
    """
    def when(item: tuple[int, dict]) -> tuple[str, int]:
        number, record = item
        moved = record.get("anchored_from")
        return (str(record.get("anchored_at" if moved else "at", "")), number)

    state: dict[tuple[str, str], dict] = {}
    for _, record in sorted(enumerate(records), key=when):
        key = (record["target"], str(record["id"]))
        if record.get("anchored_from"):
            state.pop((record["target"], str(record["anchored_from"])), None)
            held = state.get(key)
            if held is not None and str(held.get("at", "")) > str(record.get("at", "")):
                continue
        state[key] = record
    return state

