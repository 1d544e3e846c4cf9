"""Label Studio: tasks with the pipeline's spans as predictions, and annotators' exports
read back as gold.

One task per document: ``data.text`` is the cleaned text (every offset of the outputs
points into it) and ``predictions[0].result`` holds one region per span, ``from_name``
naming its kind (``entity``, ``quantity``, ``claim``), ``to_name`` ``text``, ``type``
``labels`` and ``value`` {``start``, ``end``, ``text``, ``labels``}. A claim region also gets
a per-region ``textarea`` (``claim_value``) holding its normalized reading (subject ·
metric · period · value), which an annotator can correct. :func:`label_config` writes the
matching labeling interface (one ``Labels`` control per kind, listing the labels in use).

An export that annotators made after correcting the tasks (Label Studio's "JSON" export:
tasks with ``annotations``, or "JSON-MIN") comes back through :func:`read_gold`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import quoteattr

import orjson

from .. import __version__
from .records import KINDS, DocSpans, ExportError, Span

#: the control name of each kind of span
FROM_NAME = {"entities": "entity", "quantities": "quantity", "claims": "claim"}
KIND_OF = {v: k for k, v in FROM_NAME.items()}
NORM_NAME = "claim_value"


class Utf16:
    """Offsets as Label Studio counts them: in UTF-16 code units, as JavaScript strings
    do, so a character outside the Basic Multilingual Plane counts twice.

    >>> u = Utf16("a😀b")
    >>> u.to_js(2), u.from_js(3)
    (3, 2)
    """

    def __init__(self, text: str) -> None:
        self.wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        #: where each wide character starts, in UTF-16 units
        self.wide_js = [i + n for n, i in enumerate(self.wide)]

    def to_js(self, offset: int) -> int:
        return offset + bisect_left(self.wide, offset)

    def from_js(self, offset: int) -> int:
        return offset - bisect_right(self.wide_js, offset - 1)


def region(span: Span, utf16: Utf16) -> list[dict]:
    """The result items of one span (a claim adds its normalized reading)."""
    start, end = utf16.to_js(span.start), utf16.to_js(span.end)
    items = [{"id": span.span_id, "from_name": FROM_NAME[span.kind], "to_name": "text",
              "type": "labels", "origin": "prediction",
              "value": {"start": start, "end": end, "text": span.text,
                        "labels": [span.label]}}]
    if span.norm is not None:
        items.append({"id": span.span_id, "from_name": NORM_NAME, "to_name": "text",
                      "type": "textarea", "origin": "prediction",
                      "value": {"start": start, "end": end, "text": [span.norm]}})
    return items


def task(doc: DocSpans, number: int) -> dict:
    """The Label Studio task of one document."""
    utf16 = Utf16(doc.text)
    return {"id": number,
            "data": {"text": doc.text, "doc_id": doc.doc_id, "path": doc.path},
            "predictions": [{"model_version": f"claims-pipeline {__version__}",
                             "result": [item for s in doc.spans
                                        for item in region(s, utf16)]}]}


def label_config(docs: Iterable[DocSpans]) -> str:
    """The labeling interface for the tasks: one ``Labels`` control per kind of span."""
    labels: dict[str, set[str]] = {k: set() for k in KINDS}
    for doc in docs:
        for s in doc.spans:
            labels[s.kind].add(s.label)
    lines = ["<View>", '  <Text name="text" value="$text" granularity="symbol"/>']
    for kind in KINDS:
        lines.append(f'  <Labels name="{FROM_NAME[kind]}" toName="text">')
        lines.extend(f"    <Label value={quoteattr(v)}/>" for v in sorted(labels[kind]))
        lines.append("  </Labels>")
    lines.append(f'  <TextArea name="{NORM_NAME}" toName="text" perRegion="true" '
                 'editable="true" maxSubmissions="1"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def write_tasks(docs: list[DocSpans], target: Path) -> list[Path]:
    """``target`` (the tasks, a JSON list) and ``target.xml`` beside it (the config)."""
    tasks = [task(doc, i) for i, doc in enumerate(docs, 1)]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(orjson.dumps(tasks, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
                       + b"\n")
    config = target.with_suffix(".xml")
    config.write_text(label_config(docs), encoding="utf-8")
    return [target, config]


def _spans_of_result(result: list[dict], where: str, utf16: Utf16) -> list[Span]:
    """Gold spans of one annotation's result; a claim's corrected reading is attached."""
    norms = {item.get("id"): (item.get("value") or {}).get("text") for item in result
             if item.get("type") == "textarea"}
    spans = []
    for item in result:
        if item.get("type") != "labels":
            continue
        value = item.get("value") or {}
        kind = KIND_OF.get(item.get("from_name", ""))
        if kind is None:
            raise ExportError(f"{where}: region {item.get('id')!r} comes from "
                              f"{item.get('from_name')!r}, not one of "
                              f"{', '.join(sorted(KIND_OF))} (use the exported label config)")
        if not isinstance(value.get("start"), int) or not isinstance(value.get("end"), int):
            raise ExportError(f"{where}: region {item.get('id')!r} has no start/end offsets")
        for label in value.get("labels") or []:
            norm = norms.get(item.get("id"))
            spans.append(Span(kind, utf16.from_js(value["start"]), utf16.from_js(value["end"]),
                              value.get("text", ""), label, str(item.get("id")),
                              " ".join(norm) if isinstance(norm, list) else norm))
    return spans


def read_gold(path: Path) -> dict[str, tuple[str, list[Span]]]:
    """``{doc_id: (text, gold spans)}`` from a Label Studio export.

    The latest annotation of a task that was not cancelled is its gold; a task nobody
    annotated is left out (it is not evidence either way).
    """
    try:
        tasks = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as err:
        raise ExportError(f"{path}: not a Label Studio JSON export ({err})") from None
    if not isinstance(tasks, list):
        raise ExportError(f"{path}: a Label Studio export is a JSON list of tasks")
    gold: dict[str, tuple[str, list[Span]]] = {}
    for number, item in enumerate(tasks, 1):
        where = f"{path}: task {item.get('id', number) if isinstance(item, dict) else number}"
        if not isinstance(item, dict):
            raise ExportError(f"{where}: not an object")
        data = item.get("data", item)   # JSON-MIN puts the data fields at the top level
        doc_id, text = data.get("doc_id"), data.get("text")
        if not doc_id or not isinstance(text, str):
            raise ExportError(f"{where}: no data.doc_id and data.text (export tasks made by "
                              "`extract export --to labelstudio`)")
        if "annotations" in item:
            done = [a for a in item["annotations"] if not a.get("was_cancelled")]
            if not done:
                continue
            latest = max(done, key=lambda a: (a.get("updated_at") or a.get("created_at") or "",
                                              a.get("id") or 0))
            spans = _spans_of_result(latest.get("result") or [], where, Utf16(text))
        else:
            spans = _min_spans(item, where, Utf16(text))
        gold[doc_id] = (text, spans)
    return gold


def _min_spans(item: dict, where: str, utf16: Utf16) -> list[Span]:
    """Spans of a JSON-MIN record: each control's name holds its list of regions."""
    spans = []
    for name, kind in KIND_OF.items():
        for value in item.get(name) or []:
            if not isinstance(value, dict) or not isinstance(value.get("start"), int) \
                    or not isinstance(value.get("end"), int):
                raise ExportError(f"{where}: a {name!r} region without start/end offsets")
            for label in value.get("labels") or []:
                spans.append(Span(kind, utf16.from_js(value["start"]),
                                  utf16.from_js(value["end"]), value.get("text", ""),
                                  label, f"{where}:{value['start']}-{value['end']}"))
    return spans
