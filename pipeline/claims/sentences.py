"""Claims from sentences: each value with its subject, metric, period and modality.

The sentence's dependency parse (kept by the entities stage as ``doc.nlp_docs``)
decides what a value measures and who it is about; a sentence without a subject of
its own ("It accounts for a quarter of global GDP") takes the last subject of its
paragraph, and one without a year takes the paragraph's last period.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..document import Claim, Document, Entity, Quantity, stable_id
from ..numbers import UNITS
from ..parse import ensure_lemmas
from ..quantities.units import measure_of
from .metrics import metric_for
from .parse import ValueContext, clause_tokens, main_subject, read_value
from .periods import modality_of, period_of, previous_year, year_period
from .records import bounds, quote
from .settings import ClaimSettings
from .subjects import (
    SentenceIndex,
    about_an_act,
    entity_of,
    respectively,
    subject_of,
    token_entities,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR = "claims.sentence_dep@0.2"
VALUE_KINDS = ("money", "percent", "count", "range", "fraction", "physical")
PERIOD_KINDS = ("year", "period", "date")


def sentence_claims(doc: Document, settings: ClaimSettings) -> list[Claim]:
    """Claims of every sentence in the sections claims may come from."""
    index = SentenceIndex(doc)
    claims: list[Claim] = []
    for offset, nlp_doc in doc.nlp_docs:
        last_subject: Entity | None = None
        last_period: dict | None = None
        for sent in nlp_doc.sents:
            s_start, s_end = offset + sent.start_char, offset + sent.end_char
            if "\t" in sent.text or doc.section_at(s_start) not in settings.sections:
                continue
            if _language_at(doc, s_start) not in (None, "en"):
                continue  # the parser reads English; other languages give no claims
            if not sent.text[:1].islower():
                last_period = None  # a period carries only into a split-off fragment
            found, last_period = _claims_of_sentence(
                doc, index, nlp_doc, offset, s_start, s_end, last_subject, last_period)
            claims.extend(found)
            named = token_entities(index, main_subject(sent), offset)
            if named:
                last_subject = named[0]
            elif found:
                last_subject = entity_of(index, found[-1]) or last_subject
    return claims


def _claims_of_sentence(doc: Document, index: SentenceIndex, nlp_doc: Doc, offset: int,
                        s_start: int, s_end: int, last_subject: Entity | None,
                        last_period: dict | None) -> tuple[list[Claim], dict | None]:
    """The sentence's claims and the period it leaves for the next one.

    The chain, per value: its quantities -> the value read through the parse -> who it
    is about -> what it measures -> its period -> what a level just before it lends a
    change -> the claim record.
    """
    periods, values = _sentence_quantities(index, s_start, s_end)
    if values:
        ensure_lemmas(nlp_doc)  # the parse leaves lemmas to the paragraphs that need them
    claims: list[Claim] = []
    respective = respectively(doc.text, s_start, s_end, values, index)
    for q in values:
        read = _value_in_parse(q, nlp_doc, offset)
        if read is None:
            continue
        q, ctx = read
        fragment = doc.text[s_start:s_start + 1].islower()
        subject, counterpart, confidence = _who(index, ctx, offset, q, s_start, last_subject,
                                                claims, fragment, respective)
        metric, value_kind = _what(q, ctx, respective)
        change = value_kind == "change_pct"
        prior = _level_before(claims, q, doc.text, index) if change else None
        period, base, qualifier = _period(doc.text, ctx, periods, q, offset, last_period,
                                          change=change,
                                          prior_period=prior.period if prior else None)
        if value_kind == "share" and ctx.of_object:
            qualifier = f"of {denominator(ctx.of_object)}"
        if prior is not None:
            subject, counterpart, metric, period = _carry_level(
                prior, index, subject, counterpart, metric, period)
        metric = _trade_domain(metric, claims)
        if subject is None:
            continue
        if value_kind == "change_pct" and period and base is None:
            base = previous_year(period)
        claims.append(_sentence_claim(
            doc, q, ctx, s_start, s_end, subject, counterpart, metric, value_kind, period,
            base, qualifier, confidence))
        if period is not None:
            last_period = period
    if periods:
        last_period = periods[-1][1]
    return claims, last_period


def _sentence_quantities(index: SentenceIndex, s_start: int, s_end: int
                         ) -> tuple[list[tuple[Quantity, dict]], list[Quantity]]:
    """The sentence's periods and its candidate values, citations left out: a value has a
    number (or a range's low end), and a range needs a unit to be one figure."""
    quantities = [q for q in index.quantities_in(s_start, s_end) if not index.in_citation(q)]
    periods = [(q, p) for q in quantities
               if q.kind in PERIOD_KINDS and (p := period_of(q)) is not None]
    values = [q for q in quantities if q.kind in VALUE_KINDS + ("number",) and q.unit != "year"
              and (q.value is not None or q.low is not None)
              and (q.kind != "range" or q.unit is not None)]
    return periods, values


def _value_in_parse(q: Quantity, nlp_doc, offset: int) -> tuple[Quantity, ValueContext] | None:
    """The value with what its parse says about it, retyped through the parse (a bare
    number counts its noun); ``None`` when no token span covers it or it is rhetoric."""
    span = nlp_doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
    if span is None:
        return None
    ctx = read_value(span)
    claim_value = _as_claim_value(q, ctx)
    if claim_value is None or not _claim_worthy(claim_value):
        return None
    return claim_value, ctx


def _who(index: SentenceIndex, ctx: ValueContext, offset: int, q: Quantity, s_start: int,
         last_subject: Entity | None, claims: list[Claim], fragment: bool,
         respective: dict[int, Entity]):
    """Subject, counterpart and confidence: the parse's subject, else the i-th name of a
    "respectively" list, else (for a subjectless sentence about an act) the document's
    topic, with less confidence."""
    same_sentence = claims[-1] if claims else None
    subject, counterpart = subject_of(index, ctx, offset, q, s_start, last_subject,
                                      same_sentence, fragment)
    if respective.get(q.start) is not None:
        subject = respective[q.start]
    confidence = 0.9 if subject is not None and not ctx.anaphoric else 0.7
    if subject is None and index.topic is not None and ctx.verb is not None and (
            not ctx.subject_tokens or ctx.verb.tag_ == "VBN" or about_an_act(ctx)):
        subject, confidence = index.topic, 0.5  # "25 documents were signed"
    return subject, counterpart, confidence


def _what(q: Quantity, ctx: ValueContext, respective: dict) -> tuple[str, str]:
    """Metric and value kind from the value's words; percents of a "respectively" list
    are growth rates ("62% and 113% growth respectively")."""
    if q.kind == "physical" or q.kind == "range" and q.dimension is not None:
        return measure_of(q.dimension), "level"         # "1,200 km" is a length
    metric, value_kind = metric_for(q.kind, q.unit, ctx.lemmas, ctx.of_object,
                                    ctx.head_lemmas)
    if metric in ("growth", "percent") and respective:
        metric, value_kind = "growth", "change_pct"
    return metric, value_kind


def _carry_level(prior: Claim, index: SentenceIndex, subject, counterpart, metric: str,
                 period):
    """A change right after a level is the growth of that level ("... hitting USD 31.5
    billion in 2023, marking a 30% increase"): its subject, counterpart, metric and period.

    >>> from types import SimpleNamespace as N
    >>> prior = N(subject_id="x", counterpart=None, counterpart_id=None, metric="trade_volume",
    ...           period={"text": "2023"})
    >>> _carry_level(prior, N(entities=[]), "s", None, "growth", None)[2:]
    ('trade_growth', {'text': '2023'})
    """
    subject = entity_of(index, prior) or subject
    if prior.counterpart_id:
        counterpart = _Ref(prior.counterpart, prior.counterpart_id)
    if metric == "growth":
        metric = prior.metric.replace("_volume", "") + "_growth"
    return subject, counterpart, metric, period or prior.period


def _trade_domain(metric: str, claims: list[Claim]) -> str:
    """A bare growth among the sentence's trade (or GDP, investment) levels is growth of
    the first of them.

    >>> from types import SimpleNamespace as N
    >>> _trade_domain("growth", [N(value_kind="level", metric="exports")])
    'exports_growth'
    >>> _trade_domain("growth", [])                  # negative: no level to lend a domain
    'growth'
    """
    if metric != "growth":
        return metric
    domains = [c.metric for c in claims if c.value_kind == "level" and c.metric in (
        "trade_volume", "exports", "imports", "investment", "gdp")]
    return domains[0].replace("_volume", "") + "_growth" if domains else metric


def _sentence_claim(doc: Document, q: Quantity, ctx: ValueContext, s_start: int, s_end: int,
                    subject, counterpart, metric: str, value_kind: str, period, base,
                    qualifier, confidence: float) -> Claim:
    """The claim record, with the sentence and the value's place as its evidence."""
    lower, upper = bounds(q)
    value = q.value if q.value is not None else q.low
    evidence = {"kind": "sentence", "start": s_start, "end": s_end,
                "text": doc.text[s_start:s_end], "value_start": q.start,
                "value_end": q.end, "quote": quote(doc.text, q.start, q.end)}
    predicate = ctx.verb.lemma_.lower() if ctx.verb is not None else None
    return Claim(
        claim_id=stable_id("c", doc.doc_id, q.start, q.end, subject.entity_id, metric,
                           period, value),
        subject=subject.canonical, subject_id=subject.entity_id, metric=metric,
        value=value, unit=q.unit, period=period, qualifier=qualifier, evidence=evidence,
        extractor=EXTRACTOR, confidence=confidence,
        scale=q.scale, lower=lower, upper=upper, approx=q.approx,
        metric_text=" ".join(t.text for t in _metric_words(ctx)) or None,
        value_kind=value_kind,
        counterpart=counterpart.canonical if counterpart else None,
        counterpart_id=counterpart.entity_id if counterpart else None,
        modality=modality_of(ctx.lemmas), section=doc.section_at(q.start),
        base_period=base, predicate=predicate, si_value=q.si_value,
        si_unit=q.si_unit if q.dimension is not None else None)


def _as_claim_value(q: Quantity, ctx: ValueContext) -> Quantity | None:
    """A bare number the quantities stage left without a unit, read through the parse:
    "60 new strategic documents" counts documents, "a quarter of global GDP" is 25%."""
    if q.kind not in ("number", "count", "fraction") or q.value is None:
        return q
    if ctx.of_object and 0 < q.value < 1 and q.unit in (None, "fraction") or (
            q.kind == "fraction" and 0 < q.value < 1):
        return Quantity(q.start, q.end, q.text, "percent", q.value * 100, unit="percent",
                        precision=(q.precision or 0) * 100 or None, approx=q.approx)
    if q.kind == "count":
        return q
    head = ctx.anchor.head if ctx.anchor.dep_ in ("nummod", "quantmod") else None
    if head is not None and head.pos_ == "NOUN" and q.value == int(q.value) and q.value >= 2 \
            and head.lemma_.isascii() and head.lemma_.isalpha():
        return Quantity(q.start, q.end, q.text, "count", q.value, unit=head.lemma_.lower(),
                        precision=0.5 if _DIGITS.search(q.text) else 0.0, approx=q.approx)
    return None


_DIGITS = regex.compile(r"\d")


def denominator(of_object: str) -> str:
    """What a share is of, reduced to compare across documents.

    >>> denominator("global GDP"), denominator("the Eurasian landmass")
    ('world gdp', 'eurasia')
    """
    words = regex.findall(r"[a-z]+", of_object.lower())
    if any(w.startswith("eurasia") for w in words):
        return "eurasia"
    scope = "world" if set(words) & {"world", "global", "worldwide", "planet"} else ""
    head = next((w for w in reversed(words) if w not in ("the", "s", "total", "all")), "")
    if head in ("world", "global", "territory", "landmass", "land"):
        head = "territory" if head in ("territory", "landmass", "land") else ""
    return " ".join(x for x in (scope, head) if x) or "total"


def _language_at(doc: Document, pos: int) -> str | None:
    for para in doc.paragraphs:
        if para.start <= pos < para.end:
            return para.language
    return None


def _claim_worthy(q: Quantity) -> bool:
    """Counts written as small number words ("two great powers", "three evils") are
    rhetoric rather than claims; everything with digits or a unit stays."""
    if q.kind != "count":
        return True
    return bool(_DIGITS.search(q.text)) or (q.value or 0) >= 5


def _level_before(claims: list[Claim], q: Quantity, text: str, index: SentenceIndex
                  ) -> Claim | None:
    """The level claim a bare change right after it describes, if any."""
    if not claims or claims[-1].value_kind != "level":
        return None
    prior = claims[-1]
    between = text[prior.evidence["value_end"]:q.start]
    if len(between) > 90 or index.entities_in(prior.evidence["value_end"], q.start):
        return None
    if not regex.search(r"\b(?:mark|represent|reflect|show|up|an? |with)", between):
        return None
    return prior


_FOLLOWING_YEAR = regex.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:in|during|for|by|as of|at the end of|"
                                r"through)\s+$")


def _period(text: str, ctx: ValueContext, periods, q: Quantity, offset: int, last_period,
            change: bool = False, prior_period: dict | None = None):
    """The value's period: "in 2023" right after it, else a year in its own clause,
    else the nearest year of the sentence, else one carried into a fragment."""
    qualifier = "cumulative" if "cumulative" in ctx.lemmas else None
    if not periods:
        if last_period is None:
            return None, None, qualifier
        return {**last_period, "inferred": True}, None, qualifier
    clause = {offset + t.idx for t in clause_tokens(ctx.verb)} if ctx.verb is not None else set()
    following = [(pq, p) for pq, p in periods
                 if pq.start >= q.end and _FOLLOWING_YEAR.match(text[q.end:pq.start])]
    own = [(pq, p) for pq, p in periods if pq.start in clause]
    if change and prior_period is not None and not following:
        # "... USD 31.5 billion in 2023, marking a 30% increase": the level's period
        return _over_years(ctx, prior_period, qualifier)
    if change and not following:
        # a change is over some period; a year from another clause would guess it
        return None, None, qualifier
    pool = following or own or periods
    pq, period = min(pool, key=lambda item: (abs(item[0].start - q.start), item[0].start))
    return _over_years(ctx, period, qualifier)


def _over_years(ctx: ValueContext, period: dict, qualifier: str | None):
    """Stretch a one-year period over "over six years"; the start year is the base."""
    base = None
    years = _duration_years(ctx)
    if years and period["granularity"] == "year" and period["start"][:4] == period["end"][:4]:
        end = int(period["end"][:4])
        start = end - years + 1
        period = year_period(start, end, f"{period['text']} (over {years} years)")
        base = {**year_period(start), "inferred": True}
        qualifier = "cumulative"
    return period, base, qualifier


def _duration_years(ctx: ValueContext) -> int | None:
    """N from "over N years" attached to the value's clause."""
    for token in ctx.path[:4]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("over", "in", "during", "within"):
                for obj in child.children:
                    if obj.lemma_.lower() == "year":
                        for num in obj.children:
                            if num.dep_ == "nummod":
                                word = num.lower_
                                if word.isdigit():
                                    return int(word)
                                return UNITS[word] if 2 <= UNITS.get(word, 0) <= 10 else None
    return None


class _Ref:
    """A counterpart carried over from an earlier claim of the same sentence."""

    def __init__(self, canonical: str | None, entity_id: str | None) -> None:
        self.canonical, self.entity_id = canonical, entity_id


def _metric_words(ctx: ValueContext) -> list:
    words = []
    for token in ctx.path[1:4]:
        if token.pos_ in ("NOUN", "PROPN"):
            words.append(token)
    return words
