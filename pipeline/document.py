"""Plain data objects carried through the stages.

A :class:`Document` starts as the raw text of one file and collects what each
stage finds. All ``start``/``end`` offsets are Python string indices into the
cleaned ``Document.text``, end-exclusive; ``Document.offset_map`` maps them back
to ``raw_text``.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import orjson

from .offsets import OffsetMap


def stable_id(prefix: str, *parts: Any) -> str:
    """A short id from the sorted JSON of ``parts`` (sqlite-utils ``hash_record``).

    >>> stable_id("t", "doc", 1) == stable_id("t", "doc", 1)
    True
    """
    blob = orjson.dumps(list(parts), option=orjson.OPT_SORT_KEYS)
    return f"{prefix}-{hashlib.sha1(blob).hexdigest()[:16]}"


@dataclass
class Page:
    """A PDF page's extent in the text (1-based ``number``).

    A scanned page (no text layer) read by Tesseract has ``ocr`` true, the mean of its
    words' confidences (0-100) and the words themselves (``{text, conf, bbox}``, bbox in PDF
    points); one that could not be read says why in ``skipped``.
    """

    number: int
    start: int
    end: int
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_words: list[dict] = field(default_factory=list)
    skipped: str | None = None


@dataclass
class Repair:
    """One logged change: ``before`` → ``after`` at clean ``start:end``.

    ``raw_start``/``raw_end`` locate it in the file's decoded text. ``before`` is
    the text the repair saw (an earlier repair may already have changed it).
    """

    kind: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    before: str
    after: str
    confidence: float = 1.0


@dataclass
class Paragraph:
    start: int
    end: int
    language: str | None = None
    section: str = "body"
    #: the text of the heading this paragraph sits under (set by the structure stage)
    heading: str | None = None


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str
    canonical: str
    entity_id: str
    source: str = "model"
    section: str = "body"
    #: the language the mention was read as: ``en`` (the spaCy model and rules), ``ru``
    #: (natasha), ``kk`` (the gazetteer over stems)
    lang: str | None = None
    #: the mention's base form, for Russian and Kazakh ("Москве" -> "Москва"); None in English
    lemma: str | None = None


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: float = 1.0
    approx: str | None = None
    precision: float | None = None
    reading: str | None = None
    section: str = "body"
    #: what a unit pint knows measures, as pint writes it (``[length] / [time]``); None
    #: for money, percentages, counted nouns and bare numbers
    dimension: str | None = None
    #: the value in SI base units (pint's ``to_base_units``: ``1,200 km`` → 1200000.0)
    si_value: float | None = None
    #: the SI base unit of ``si_value`` (``meter``, ``kelvin``, ``meter ** 3``)
    si_unit: str | None = None


@dataclass
class Cell:
    text: str
    value: float | None = None
    kind: str = "text"
    note: str | None = None


@dataclass
class Column:
    name: str
    unit: str | None = None
    scale: float = 1.0
    kind: str = "text"


@dataclass
class Table:
    table_id: str
    caption: str | None
    source_note: str | None
    page: int | None
    header_rows: list[list[str]]
    columns: list[Column]
    rows: list[list[Cell]]
    start: int
    end: int
    row_kinds: list[str] = field(default_factory=list)
    extractor: str = "tables.text"
    #: how the page's text is turned (degrees anticlockwise: 90 runs up, 270 down)
    rotation: int = 0
    #: the 1-based page of each body row (PDF tables; empty for text)
    row_pages: list[int] = field(default_factory=list)
    #: a table stitched over pages: per page it continues on, the header rows dropped
    continued: list[dict] = field(default_factory=list)

    def to_frame(self):
        """The body as a pandas DataFrame of parsed values (text where none)."""
        import pandas as pd

        names = [c.name or f"col{i}" for i, c in enumerate(self.columns)]
        data = [[c.value if c.value is not None else c.text for c in row] for row in self.rows]
        return pd.DataFrame(data, columns=names)


@dataclass
class Claim:
    claim_id: str
    subject: str | None
    subject_id: str | None
    metric: str
    value: float | None
    unit: str | None
    period: dict | None
    qualifier: str | None
    evidence: dict
    extractor: str
    confidence: float
    scale: float = 1.0
    lower: float | None = None
    upper: float | None = None
    approx: str | None = None
    metric_text: str | None = None
    value_kind: str = "level"
    counterpart: str | None = None
    counterpart_id: str | None = None
    modality: str = "actual"
    section: str = "body"
    status: str = "normal"
    base_period: dict | None = None
    #: the verb that states the claim ("signed", "developed"): two counts of
    #: documents that were signed and developed are different facts
    predicate: str | None = None
    #: a physical value in SI base units, what claims are compared by ("1,200 km" and
    #: "1.2 thousand kilometres" are both 1200000.0 meter); None for money, shares, counts
    si_value: float | None = None
    si_unit: str | None = None
    #: the fact this claim states (:mod:`pipeline.claims.facts`): claims that say the same
    #: thing, in this document or another, share it
    fact_id: str | None = None


@dataclass
class Fact:
    """What one or more claims state: the normalized fields of the claim it is anchored on,
    the value written for people (``display``) and every mention (``claim_ids``)."""

    fact_id: str
    subject: str | None
    subject_id: str | None
    counterpart: str | None
    counterpart_id: str | None
    metric: str
    period: dict | None
    modality: str
    value: float | None
    unit: str | None
    si_value: float | None
    si_unit: str | None
    value_kind: str | None
    approx: str | None
    lower: float | None
    upper: float | None
    display: str
    claim_ids: list[str]
    doc_ids: list[str]
    mentions: int


@dataclass
class Finding:
    finding_id: str
    kind: str
    claim_ids: list[str]
    expected: Any
    found: Any
    message: str
    severity: str = "minor"
    tolerance: list[float] | None = None
    derivation: str | None = None
    evidence_cells: list[dict] = field(default_factory=list)
    #: the facts of ``claim_ids``, each once (a figure repeated in three sentences is one)
    fact_ids: list[str] = field(default_factory=list)


@dataclass
class Document:
    """One input file as it moves through the stages."""

    doc_id: str
    path: str
    sha256: str
    format: str
    raw_text: str
    text: str = ""
    title: str | None = None
    encoding: str | None = None
    raw_pages: list[Page] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    offset_map: OffsetMap = field(default_factory=OffsetMap)
    repairs: list[Repair] = field(default_factory=list)
    #: repairs made while decoding (lines in another encoding), in raw offsets; the clean
    #: stage maps them into clean offsets and logs them with its own
    raw_repairs: list[Repair] = field(default_factory=list)
    #: clean spans that still look damaged but had no clearly better reading
    #: (``pipeline.clean.lookalike.Suspect``: kind, start, end, text, candidate, confidence)
    suspects: list[Any] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: the facts this document's claims state (the run regroups them across documents)
    facts: list[Fact] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    #: per-paragraph spaCy Docs, kept in memory only (never serialised)
    nlp_docs: list[Any] = field(default_factory=list, repr=False)
    #: the file's bytes for formats later stages re-read (PDF), never serialised
    source_bytes: bytes | None = field(default=None, repr=False)
    #: PDF: pdfminer's layout of each page as ingest read it
    #: (``pipeline.ingest.pdf.PageLayout``), so the tables stage need not interpret the
    #: pages again; None when ingest did not keep them (a long PDF); never serialised
    source_layouts: list[Any] | None = field(default=None, repr=False)
    #: PDF: the page and box of every raw character (``pipeline.ingest.boxes.CharBoxes``),
    #: read through :meth:`boxes`; never serialised
    raw_boxes: Any = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str, doc_id: str = "doc", path: str = "doc.txt") -> Document:
        """A document whose raw and clean text are ``text`` (for tests and doctests)."""
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(doc_id=doc_id, path=path, sha256=sha, format="text", raw_text=text, text=text)

    def page_at(self, pos: int) -> int | None:
        """The 1-based page holding clean offset ``pos`` (None for text without pages)."""
        for page in self.pages:
            if page.start <= pos < page.end or (pos == page.end == len(self.text)):
                return page.number
        return None

    def boxes(self, start: int, end: int) -> list[tuple[int, list[float]]]:
        """Where clean ``text[start:end]`` is drawn: ``[(page, [x0, top, x1, bottom])]``, the
        union box of its characters on each page, in PDF points (pdfplumber's coordinates);
        empty for text without pages. The span goes to raw offsets through the offset map,
        then to the characters pdfplumber (or Tesseract) placed there."""
        if self.raw_boxes is None or end <= start:
            return []
        raw_start, raw_end = self.offset_map.to_raw_span(start, end)
        return self.raw_boxes.union(raw_start, raw_end)

    def section_at(self, pos: int) -> str:
        """The section of the first paragraph holding clean offset ``pos`` ("body" when
        none does): a bisect over the paragraphs' starts, which a stage may ask for each
        of thousands of mentions.

        >>> d = Document.from_text("Intro. Body text.")
        >>> d.paragraphs = [Paragraph(0, 6, section="intro"), Paragraph(7, 17)]
        >>> d.section_at(3), d.section_at(10), d.section_at(6)
        ('intro', 'body', 'body')
        """
        paras = self.paragraphs
        index = self.__dict__.get("_section_index")
        if index is None or index[0] is not paras or index[1] != len(paras):
            index = (paras, len(paras), _disjoint_starts(paras))
            self.__dict__["_section_index"] = index
        starts = index[2]
        if starts is None:  # overlapping or unsorted paragraphs: the first that holds it
            return next((p.section for p in paras if p.start <= pos < p.end), "body")
        i = bisect_right(starts, pos) - 1
        return paras[i].section if i >= 0 and pos < paras[i].end else "body"


def _disjoint_starts(paras: list[Paragraph]) -> list[int] | None:
    """The paragraphs' starts when they are in order and none overlaps the next (then at
    most one holds any offset), else None.

    >>> _disjoint_starts([Paragraph(0, 5), Paragraph(5, 9)])
    [0, 5]
    >>> _disjoint_starts([Paragraph(0, 5), Paragraph(3, 9)]) is None
    True
    """
    for a, b in zip(paras, paras[1:]):
        if b.start < a.end or b.start < a.start:
            return None
    return [p.start for p in paras]


def plain(obj: Any) -> Any:
    """``dataclasses.asdict`` of a data object (dicts, lists and tuples of them too), with
    the same result, at a fraction of the cost: field names are looked up once per class
    and strings, numbers and None are returned as they are instead of being deep-copied.

    >>> plain(Paragraph(0, 5, "en"))["language"], plain([(Paragraph(1, 2),)])[0][0]["end"]
    ('en', 2)
    """
    kind = type(obj)
    if kind in _ATOMS:
        return obj
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:
        return {name: plain(getattr(obj, name)) for name in names}
    if kind is list:
        return [plain(v) for v in obj]
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return kind(*[plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return kind(plain(v) for v in obj)
    if isinstance(obj, dict):
        return kind((plain(k), plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


#: what ``asdict`` would deep-copy into an equal, immutable value
_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def as_record(obj: Any, **extra: Any) -> dict:
    """A data object as a plain dict for JSON, with ``extra`` keys first."""
    return {**extra, **plain(obj)}
