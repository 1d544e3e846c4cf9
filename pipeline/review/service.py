"""What the review API answers, as plain functions of a run and its decisions.

:class:`ReviewService` holds a :class:`~.store.RunView`, the :class:`~.store.ReviewLog` and
where each decision stands (:func:`~.anchor.reanchor`, run once when the service starts).
Every method returns JSON-ready values or raises :class:`~.store.ReviewError`; the HTTP
layer (:mod:`.server`) only routes.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from .anchor import Anchored, reanchor
from .decisions import build_decision
from .store import CORRECTIONS, ReviewError, ReviewLog, RunView

#: a finding's review status, from the decisions on its claims
FINDING_STATUSES = ("unreviewed", "partly_reviewed", "reviewed", "needs_review")


class ReviewService:
    """The review API over one output folder."""

    def __init__(self, out_dir: Path | str, corpus: Path | str | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.corpus = Path(corpus) if corpus is not None else None
        self.view = RunView.load(self.out_dir)
        self.log = ReviewLog(self.out_dir)
        self._lock = threading.Lock()
        self._seen = self._stamp()
        self.anchored: list[Anchored] = reanchor(self.out_dir, view=self.view, log=self.log)

    def _stamp(self) -> tuple[int, int] | None:
        """When the run was last published (``extract`` moves ``manifest.json`` in last)."""
        try:
            st = (self.out_dir / "manifest.json").stat()
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size

    def refresh(self) -> bool:
        """Load the outputs again, and match the decisions to them, when ``extract`` has
        published a new run since; True when it did."""
        if self._stamp() == self._seen:
            return False
        with self._lock:
            stamp = self._stamp()
            if stamp == self._seen:
                return False
            view = RunView.load(self.out_dir)
            self.anchored = reanchor(self.out_dir, view=view, log=self.log)
            self.view, self._seen = view, stamp
        return True

    # -- decisions -------------------------------------------------------------------------

    def review_of(self, target: str, item_id: str) -> dict | None:
        """The decision in force on an item, with its state (None when undecided)."""
        for a in self.anchored:
            if a.current_id == item_id and a.review["target"] == target:
                return summary(a)
        return None

    def _reviews(self, target: str) -> dict[str, dict]:
        return {a.current_id: summary(a) for a in self.anchored
                if a.current_id is not None and a.review["target"] == target}

    def post_review(self, body: Any) -> dict:
        """Check and append one decision; it supersedes any earlier one on its item."""
        with self._lock:
            record = build_decision(self.view, self.log, body)
            self.log.append([record])
            self.anchored = [a for a in self.anchored
                             if not (a.review["target"] == record["target"]
                                     and record["id"] in (a.current_id, a.review["id"]))]
            self.anchored.append(Anchored(record, "current", record["id"]))
        return {**record, "state": "current"}

    def orphans(self) -> list[dict]:
        return [a.to_dict() for a in self.anchored if a.state == "orphaned"]

    # -- listings --------------------------------------------------------------------------

    def documents(self) -> list[dict]:
        claims = self._reviews("claim")
        out = []
        for doc_id, doc in sorted(self.view.documents.items()):
            ids = [c["claim_id"] for c in self.view.of_doc(doc_id, "claims")]
            out.append({"doc_id": doc_id, "path": doc.get("path"), "title": doc.get("title"),
                        "format": doc.get("format"), "languages": doc.get("languages", []),
                        "claims": len(ids),
                        "reviewed": sum(1 for i in ids if i in claims
                                        and claims[i]["state"] != "needs_review"),
                        "needs_review": sum(1 for i in ids if i in claims
                                            and claims[i]["state"] == "needs_review"),
                        "entities": len(self.view.of_doc(doc_id, "entities")),
                        "findings": len(self.view.of_doc(doc_id, "findings")),
                        "orphans": sum(1 for a in self.anchored if a.state == "orphaned"
                                       and a.review.get("doc_id") == doc_id)})
        return out

    def claims(self, doc_id: str | None = None) -> list[dict]:
        reviews = self._reviews("claim")
        source = (self.view.of_doc(self._doc(doc_id)["doc_id"], "claims") if doc_id
                  else list(self.view.claims.values()))
        return [{**c, "review": reviews.get(c["claim_id"])} for c in source]

    def entities(self, doc_id: str | None = None) -> list[dict]:
        reviews = self._reviews("entity")
        source = (self.view.of_doc(self._doc(doc_id)["doc_id"], "entities") if doc_id
                  else list(self.view.entities.values()))
        return [{**e, "review": reviews.get(e["mention_id"])} for e in source]

    def facts(self) -> list[dict]:
        if self.view.facts is None:
            return []
        reviews = self._reviews("fact")
        return [{**f, "review": reviews.get(f["fact_id"])} for f in self.view.facts.values()]

    def findings(self, doc_id: str | None = None, kind: str | None = None,
                 status: str | None = None) -> list[dict]:
        if status and status not in FINDING_STATUSES:
            raise ReviewError(f"status must be one of {', '.join(FINDING_STATUSES)}")
        reviews = self._reviews("claim")
        source = (self.view.of_doc(self._doc(doc_id)["doc_id"], "findings") if doc_id
                  else self.view.findings)
        out = []
        for f in source:
            if kind and f["kind"] != kind:
                continue
            claims = [{**self.view.claims[c], "review": reviews.get(c)}
                      for c in f["claim_ids"] if c in self.view.claims]
            states = [c["review"]["state"] if c["review"] else None for c in claims]
            if "needs_review" in states:
                state = "needs_review"
            elif claims and all(states):
                state = "reviewed"
            elif any(states):
                state = "partly_reviewed"
            else:
                state = "unreviewed"
            if status and state != status:
                continue
            out.append({**f, "status": state, "claims": claims,
                        "doc_ids": sorted({c["doc_id"] for c in claims})})
        return out

    def finding_kinds(self) -> list[str]:
        return sorted({f["kind"] for f in self.view.findings})

    def document(self, doc_id: str) -> dict:
        """Everything the document page shows."""
        doc = self._doc(doc_id)
        return {**{k: doc.get(k) for k in ("doc_id", "path", "title", "format", "languages",
                                            "text", "repairs", "pages", "paragraphs",
                                            "raw_length", "sha256")},
                "entities": self.entities(doc_id),
                "quantities": self.view.of_doc(doc_id, "quantities"),
                "claims": self.claims(doc_id),
                "tables": self.view.of_doc(doc_id, "tables"),
                "findings": self.findings(doc_id),
                "orphans": [o for o in self.orphans() if o["review"].get("doc_id") == doc_id],
                "page_images": self.page_source(doc_id) is not None}

    def _doc(self, doc_id: str | None) -> dict:
        doc = self.view.documents.get(doc_id or "")
        if doc is None:
            raise ReviewError(f"no document {doc_id!r} in {self.out_dir}", 404)
        return doc

    # -- PDF pages -------------------------------------------------------------------------

    def page_source(self, doc_id: str) -> Path | None:
        """The PDF a document was read from, when ``--corpus`` was given and it is there."""
        doc = self.view.documents.get(doc_id)
        if doc is None or doc.get("format") != "pdf" or self.corpus is None:
            return None
        path = self.corpus / doc["path"]
        return path if path.is_file() else None

    def page_image(self, doc_id: str, page: int) -> bytes:
        from .pages import render_page

        self._doc(doc_id)
        source = self.page_source(doc_id)
        if source is None:
            raise ReviewError(f"no PDF for {doc_id!r}: not a PDF, or start the app with "
                              "--corpus pointing at the documents", 404)
        return render_page(source, page)


def summary(a: Anchored) -> dict:
    """What the page shows of a decision."""
    r = a.review
    out = {"decision": r["decision"], "reviewer": r.get("reviewer"), "at": r.get("at"),
           "state": a.state, "reason": a.reason, "note": r.get("note"), "id": r["id"]}
    out.update({k: r[k] for k in CORRECTIONS if k in r})
    return out
