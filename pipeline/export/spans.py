"""Spans for spaCy and Prodigy: JSONL lines and a spaCy ``DocBin``.

Prodigy and spaCy's own converters read one JSON object per text with character-offset
``spans`` (``start``, ``end``, ``label``) plus ``token_start``/``token_end`` and the
``tokens`` they index. Entities, quantities and claim values overlap, so each span also
says its ``kind``; the labels are an entity's label, a quantity's kind (upper case) and
``CLAIM`` for a claim's value.

The ``DocBin`` keeps them apart as spaCy keeps overlapping spans: ``doc.spans["entities"]``,
``doc.spans["quantities"]``, ``doc.spans["claims"]`` (labelled as in the outputs: ``GPE``,
``percent``, ``trade_growth``) and ``doc.ents`` from the entities that do not overlap. Each
doc's ``user_data`` holds its ``doc_id`` and ``path``. Tokens come from spaCy's blank
multi-language tokenizer (``xx``: no model is loaded, the same for English, Kazakh and
Russian); a span that does not fall on token boundaries is widened to the tokens it touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson

from .records import DocSpans

JSONL_LABEL = {"entities": lambda s: s.label, "quantities": lambda s: s.label.upper(),
               "claims": lambda s: "CLAIM"}


def _blank():
    import spacy

    return spacy.blank("xx")


def jsonl_line(doc: DocSpans, nlp) -> dict:
    """The Prodigy / spaCy JSONL record of one document."""
    tokens = nlp.make_doc(doc.text)
    spans = []
    for s in doc.spans:
        window = tokens.char_span(s.start, s.end, alignment_mode="expand")
        if window is None:
            continue  # whitespace only: no token to hold it
        spans.append({"start": s.start, "end": s.end, "text": s.text,
                      "label": JSONL_LABEL[s.kind](s), "kind": s.kind, "id": s.span_id,
                      "token_start": window.start, "token_end": window.end - 1})
    return {"text": doc.text, "meta": {"doc_id": doc.doc_id, "path": doc.path},
            "tokens": [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text),
                        "id": t.i, "ws": bool(t.whitespace_)} for t in tokens],
            "spans": spans}


def write_jsonl(docs: Iterable[DocSpans], target: Path) -> list[Path]:
    nlp = _blank()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        for doc in docs:
            handle.write(orjson.dumps(jsonl_line(doc, nlp), option=orjson.OPT_SORT_KEYS)
                         + b"\n")
    return [target]


def spacy_doc(doc: DocSpans, nlp):
    """A spaCy ``Doc`` of one document with its span groups and ``ents``."""
    from spacy.util import filter_spans

    made = nlp.make_doc(doc.text)
    groups: dict[str, list] = {"entities": [], "quantities": [], "claims": []}
    for s in doc.spans:
        span = made.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
        if span is not None:
            groups[s.kind].append(span)
    for name, spans in groups.items():
        made.spans[name] = spans
    made.ents = filter_spans(groups["entities"])
    made.user_data["doc_id"] = doc.doc_id
    made.user_data["path"] = doc.path
    return made


def write_docbin(docs: Iterable[DocSpans], target: Path) -> list[Path]:
    """A ``.spacy`` file: ``DocBin(store_user_data=True)`` of every document."""
    from spacy.tokens import DocBin

    nlp = _blank()
    binary = DocBin(store_user_data=True)
    for doc in docs:
        binary.add(spacy_doc(doc, nlp))
    target.parent.mkdir(parents=True, exist_ok=True)
    binary.to_disk(target)
    return [target]
