"""Claims from table cells: row header × column header × value, typed by the column."""

from __future__ import annotations

import regex

from ..document import Claim, Document, Entity, Table, stable_id
from ..numbers import YEAR, half_unit
from .metrics import domain_of, metric_from_header
from .periods import year_period

EXTRACTOR = "claims.table_cell@0.2"
_YEAR = regex.compile(rf"^\s*({YEAR})\s*$")
_YEAR_IN = regex.compile(rf"\b({YEAR})\b")


def entity_names(doc: Document) -> list[tuple[str, Entity]]:
    """Surface forms of the document's entities, longest first, for header lookups."""
    names: dict[str, Entity] = {}
    for e in doc.entities:
        # only linked entities: a model span over a header ("Kazakhstan's Trade
        # Performance") would otherwise name the table after itself
        if e.label in ("GPE", "ORG", "NORP", "LOC", "PERSON") and not e.entity_id.startswith(
                "ent-"):
            for form in (e.text, e.canonical):
                if len(form) >= 2:
                    names.setdefault(form, e)
    return sorted(names.items(), key=lambda item: (-len(item[0]), item[0]))


def entity_in(text: str, names: list[tuple[str, Entity]]) -> Entity | None:
    """The first known entity named as a whole word in ``text``.

    >>> e = Entity(0, 5, "China", "GPE", "China", "Q148")
    >>> entity_in("China Trade", [("China", e)]).entity_id
    'Q148'
    >>> entity_in("Chinatown Trade", [("China", e)]) is None
    True
    """
    for form, entity in names:
        if regex.search(rf"(?<!\w){regex.escape(form)}(?!\w)", text):
            return entity
    return None


def entities_in(text: str, names: list[tuple[str, Entity]]) -> list[Entity]:
    """Every known entity named in ``text``, in reading order, each once.

    >>> k = Entity(0, 10, "Kazakhstan", "GPE", "Kazakhstan", "Q232")
    >>> s = Entity(0, 3, "SCO", "ORG", "SCO", "Q485207")
    >>> names = [("Kazakhstan", k), ("SCO", s)]
    >>> [e.entity_id for e in entities_in("Kazakhstan's Trade with SCO Members", names)]
    ['Q232', 'Q485207']
    """
    found: dict[str, tuple[int, Entity]] = {}
    for form, entity in names:
        match = regex.search(rf"(?<!\w){regex.escape(form)}(?!\w)", text)
        if match and (entity.entity_id not in found or match.start() < found[entity.entity_id][0]):
            found[entity.entity_id] = (match.start(), entity)
    return [e for _, e in sorted(found.values(), key=lambda item: item[0])]


def table_claims(doc: Document) -> list[Claim]:
    """One claim per numeric body cell of every table of ``doc``."""
    names = entity_names(doc)
    claims = []
    for table in doc.tables:
        claims.extend(_claims_of_table(doc, table, names))
    return claims


def _claims_of_table(doc: Document, table: Table, names) -> list[Claim]:
    caption = table.caption or ""
    caption_years = _YEAR_IN.findall(caption)
    in_caption = entities_in(caption, names)
    caption_subject = in_caption[0] if in_caption else None
    caption_domain = domain_of(set(regex.findall(r"[a-z]+", caption.lower())))
    year_col = next((c for c, col in enumerate(table.columns) if col.kind == "year"
                     or _YEAR.match(col.name or "") or (col.name or "").lower() == "year"), None)
    claims = []
    for r, row in enumerate(table.rows):
        if not row:
            continue
        row_header = row[0].text.strip()
        year = None
        if year_col is not None and year_col < len(row):
            year_match = _YEAR.match(row[year_col].text)
            if year_match:
                year = int(year_match.group(1))
        for c, cell in enumerate(row):
            if c == 0 or c == year_col or cell.value is None or c >= len(table.columns):
                continue
            column = table.columns[c]
            if column.kind == "year":
                continue
            counterpart = None
            if year is not None:
                period: dict | None = year_period(year)
                found = entity_in(column.name, names)
                if found is None and caption_subject is not None:
                    # "Annual Growth Rate" of "Kazakhstan's Trade ... with SCO Members"
                    found = caption_subject
                    counterpart = in_caption[1] if len(in_caption) > 1 else None
                subject_name = found.canonical if found else column.name
                subject_id = found.entity_id if found else stable_id("ent", "table",
                                                                     column.name.casefold())
            else:
                period = year_period(int(caption_years[-1])) if len(caption_years) == 1 else (
                    year_period(int(caption_years[0]), int(caption_years[-1]))
                    if caption_years else None)
                found = entity_in(row_header, names)
                subject_name = found.canonical if found else row_header
                subject_id = found.entity_id if found else stable_id("ent", "table",
                                                                     row_header.casefold())
            unit = "percent" if cell.kind == "percent" else column.unit
            metric, value_kind = metric_from_header(column.name, unit)
            if metric == "growth" and caption_domain:
                metric = f"{caption_domain}_growth"
            scale = 1.0 if unit == "percent" else column.scale
            half = half_unit(cell.text)
            value = cell.value * scale
            if counterpart is None and caption_subject is not None and \
                    caption_subject.entity_id != subject_id:
                counterpart = caption_subject
            total = bool(table.row_kinds) and r < len(table.row_kinds) and \
                table.row_kinds[r] == "total"
            claims.append(Claim(
                claim_id=stable_id("c", doc.doc_id, table.table_id, r, c, metric, value),
                subject=subject_name, subject_id=subject_id, metric=metric, value=value,
                unit=unit, period=period, qualifier="total" if total else None,
                evidence={"kind": "table_cell", "table_id": table.table_id, "row": r, "col": c,
                          "row_header": row_header, "col_header": column.name,
                          "cell_text": cell.text},
                extractor=EXTRACTOR, confidence=0.85, scale=scale,
                lower=(cell.value - half) * scale, upper=(cell.value + half) * scale,
                metric_text=column.name, value_kind=value_kind,
                counterpart=counterpart.canonical if counterpart else None,
                counterpart_id=counterpart.entity_id if counterpart else None,
                section="table"))
    return claims
