"""Claims from sentences (entity + quantity + period) and from table cells."""

from __future__ import annotations

import regex

from ..document import Claim, Document, Entity, Quantity, Table, stable_id
from .metrics import metric_for, metric_from_header
from .settings import ClaimSettings

EXTRACTOR_SENTENCE = "claims.sentence@0.1"
EXTRACTOR_TABLE = "claims.table_cell@0.1"
SUBJECT_LABELS = ("GPE", "ORG", "NORP", "PERSON", "LOC")
VALUE_KINDS = ("money", "percent", "count", "range")


def year_period(start: int, end: int | None = None, text: str | None = None) -> dict:
    """An ISO period for a year or a span of years.

    >>> year_period(2023)["end"]
    '2023-12-31'
    """
    end = end or start
    return {"start": f"{start:04d}-01-01", "end": f"{end:04d}-12-31", "granularity": "year",
            "text": text or (str(start) if start == end else f"{start}-{end}")}


def bounds(q: Quantity) -> tuple[float | None, float | None]:
    """The interval a written value stands for (precision and approximation words)."""
    if q.value is None:
        return q.low, q.high
    half = q.precision or 0.0
    lower, upper = q.value - half, q.value + half
    if q.approx in ("over", "at_least"):
        upper = None
    elif q.approx in ("up_to", "under"):
        lower = None
    elif q.approx == "about":
        lower, upper = q.value * 0.9, q.value * 1.1
    return lower, upper


def _quote(text: str, start: int, end: int, context: int = 32) -> dict:
    return {"exact": text[start:end], "prefix": text[max(0, start - context):start],
            "suffix": text[end:end + context]}


def sentence_claims(doc: Document, settings: ClaimSettings) -> list[Claim]:
    """One claim per quantity in a sentence that also names an entity and a period."""
    claims = []
    for s_start, s_end in doc.sentences:
        quantities = [q for q in doc.quantities if s_start <= q.start and q.end <= s_end]
        periods = [q for q in quantities if q.kind in ("year", "period")]
        values = [q for q in quantities if q.kind in VALUE_KINDS and q.unit != "year"]
        entities = [e for e in doc.entities
                    if s_start <= e.start and e.end <= s_end and e.label in SUBJECT_LABELS]
        if not (values and entities and periods):
            continue
        for q in values:
            if doc.section_at(q.start) not in settings.sections:
                continue
            subject = _subject_for(q, entities)
            period_q = min(periods, key=lambda p: abs(p.start - q.start))
            if period_q.kind == "period":
                period = year_period(int(period_q.low), int(period_q.high), period_q.text)
            else:
                period = year_period(int(period_q.value), text=period_q.text)
            context = doc.text[max(s_start, q.start - 80):q.end + 30]
            metric = metric_for(q.kind, q.unit, context)
            lower, upper = bounds(q)
            evidence = {"kind": "sentence", "start": s_start, "end": s_end,
                        "text": doc.text[s_start:s_end], "value_start": q.start,
                        "value_end": q.end, "quote": _quote(doc.text, q.start, q.end)}
            claim_id = stable_id("c", doc.doc_id, q.start, q.end, subject.entity_id, metric,
                                 period, q.value, q.low, q.high)
            claims.append(Claim(
                claim_id=claim_id, subject=subject.canonical, subject_id=subject.entity_id,
                metric=metric, value=q.value if q.value is not None else q.low, unit=q.unit,
                period=period, qualifier=q.approx, evidence=evidence,
                extractor=EXTRACTOR_SENTENCE, confidence=0.6, scale=q.scale, lower=lower,
                upper=upper, approx=q.approx, metric_text=None,
                value_kind=_value_kind(q, metric), section=doc.section_at(q.start)))
    return claims


def _subject_for(q: Quantity, entities: list[Entity]) -> Entity:
    before = [e for e in entities if e.end <= q.start]
    return before[0] if before else entities[0]


def _value_kind(q: Quantity, metric: str) -> str:
    if q.kind == "count":
        return "count"
    if "growth" in metric:
        return "change_pct"
    if q.unit == "percent":
        return "share"
    return "level"


_YEAR = regex.compile(r"^(?:19|20)\d\d$")


def table_claims(doc: Document, settings: ClaimSettings) -> list[Claim]:
    """One claim per numeric body cell: row header × column header × value."""
    claims = []
    for table in doc.tables:
        claims.extend(_claims_of_table(doc, table))
    return claims


def _claims_of_table(doc: Document, table: Table) -> list[Claim]:
    claims = []
    caption_years = [int(y) for y in regex.findall(r"\b((?:19|20)\d\d)\b", table.caption or "")]
    for r, row in enumerate(table.rows):
        if not row:
            continue
        row_header = row[0].text
        row_is_year = bool(_YEAR.match(row_header.strip()))
        for c, cell in enumerate(row[1:], start=1):
            if cell.value is None or c >= len(table.columns):
                continue
            column = table.columns[c]
            if row_is_year:
                subject, period = column.name, year_period(int(row_header))
            else:
                subject = row_header
                period = year_period(caption_years[-1]) if caption_years else None
            unit = "percent" if cell.kind == "percent" else column.unit
            value = cell.value * column.scale
            half = 0.5 * 10 ** -len(cell.text.split(".")[1].rstrip("%*")) if "." in cell.text \
                else 0.5
            metric = metric_from_header(column.name, unit)
            subject_id = stable_id("ent", "table-row", subject.casefold())
            claim_id = stable_id("c", doc.doc_id, table.table_id, r, c, metric, value)
            claims.append(Claim(
                claim_id=claim_id, subject=subject, subject_id=subject_id, metric=metric,
                value=value, unit=unit, period=period,
                qualifier="total" if table.row_kinds and table.row_kinds[r] == "total" else None,
                evidence={"kind": "table_cell", "table_id": table.table_id, "row": r, "col": c,
                          "row_header": row_header, "col_header": column.name,
                          "cell_text": cell.text},
                extractor=EXTRACTOR_TABLE, confidence=0.8, scale=column.scale,
                lower=(cell.value - half) * column.scale, upper=(cell.value + half) * column.scale,
                metric_text=column.name, value_kind="share" if unit == "percent" else "level",
                section="table"))
    return claims
