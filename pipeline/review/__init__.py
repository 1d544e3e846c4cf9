"""The review app: annotators accept, reject or correct what a run extracted.

``extract review OUT_DIR`` serves a local web app over a run's outputs (the standard
library's ``http.server``; every asset ships in ``static/``, nothing from a CDN). Decisions
go to ``OUT_DIR/reviews.jsonl``, an append-only log (flushed and fsynced per line), each
with the evidence it was made on as W3C Web Annotation selectors (a ``TextQuoteSelector``
and a ``TextPositionSelector``) and the document's sha256, plus a snapshot of the text
under ``OUT_DIR/review-texts/``. :func:`pipeline.review.anchor.reanchor` matches every
decision to the current outputs after a re-run: unchanged, moved (re-anchored through the
quote and a diff of the two texts as an :class:`~pipeline.offsets.OffsetMap`), changed
(``needs_review``) or vanished (orphaned).
"""

from __future__ import annotations

from .anchor import Anchored, reanchor
from .store import ReviewLog, RunView

__all__ = ["Anchored", "ReviewLog", "RunView", "reanchor"]
