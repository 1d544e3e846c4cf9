"""Claims from sentences: each value with its subject, metric, period and modality.

The sentence's dependency parse (kept by the entities stage as ``doc.nlp_docs``)
decides what a value measures and who it is about; a sentence without a subject of
its own ("It accounts for a quarter of global GDP") takes the last subject of its
paragraph, and one without a year takes the paragraph's last period.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..document import Claim, Document, Entity, Quantity, stable_id
from ..numbers import UNITS
from .metrics import domain_of, metric_for
from .parse import ValueContext, clause_tokens, main_subject, read_value, subject_tokens
from .periods import citation_spans, modality_of, period_of, previous_year, year_period
from .records import bounds, quote
from .settings import ClaimSettings

EXTRACTOR = "claims.sentence_dep@0.2"
SUBJECT_LABELS = ("GPE", "ORG", "PERSON", "LOC")
VALUE_KINDS = ("money", "percent", "count", "range", "fraction")
PERIOD_KINDS = ("year", "period", "date")


class _Index:
    """Entities and quantities of a document, looked up by character range."""

    def __init__(self, doc: Document) -> None:
        self.entities = sorted((e for e in doc.entities if e.label in SUBJECT_LABELS),
                               key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.quantities = sorted(doc.quantities, key=lambda q: q.start)
        self.q_starts = [q.start for q in self.quantities]
        self.citations = citation_spans(doc.text)
        counts: dict[str, int] = {}
        for e in self.entities:
            if e.label in ("GPE", "ORG") and e.section in ("body", "abstract"):
                counts[e.entity_id] = counts.get(e.entity_id, 0) + 1
        #: what the document is mostly about, per label: the subject of its
        #: subjectless sentences ("25 documents were signed")
        self.topics: dict[str, Entity] = {}
        for label in ("ORG", "GPE"):
            ids = sorted(k for k in counts if any(e.entity_id == k and e.label == label
                                                  for e in self.entities))
            top = max(ids, key=lambda k: counts[k], default=None)
            found = next((e for e in self.entities if e.entity_id == top), None)
            if found is not None:
                self.topics[label] = found
        self.topic = self.topics.get("ORG") or self.topics.get("GPE")

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return _within(self.entities, self.starts, start, end)

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        return _within(self.quantities, self.q_starts, start, end)

    def in_citation(self, q: Quantity) -> bool:
        return any(s <= q.start and q.end <= e for s, e in self.citations)


#: words that make a model entity a description rather than a name ("Member States")
DESCRIPTIVE = {"member", "members", "state", "states", "observer", "observers", "partner",
               "partners", "dialogue", "summit", "country", "countries", "participants"}


def _is_name(e: Entity) -> bool:
    words = e.text.lower().split()
    return e.source != "model" or not words or not all(w in DESCRIPTIVE for w in words)


def _within(spans: list, starts: list[int], start: int, end: int) -> list:
    """The spans (sorted by start, ``starts`` their starts) lying inside ``start:end``."""
    i = bisect_left(starts, start)
    out = []
    while i < len(spans) and spans[i].start < end:
        if spans[i].end <= end:
            out.append(spans[i])
        i += 1
    return out


def _token_entities(index: _Index, tokens, offset: int) -> list[Entity]:
    found: dict[int, Entity] = {}
    for token in tokens:
        start = offset + token.idx
        for e in index.entities_in(start - 40, start + len(token.text) + 40):
            if e.start <= start < e.end and _is_name(e):
                found[e.start] = e
    return [found[k] for k in sorted(found)]


def _respectively(text: str, s_start: int, s_end: int, values: list[Quantity],
                  index: _Index) -> dict[int, Entity]:
    """"India and Iran showing 62% and 113% growth respectively": pair the i-th value
    with the i-th of a list of names."""
    if "respectively" not in text[s_start:s_end]:
        return {}
    names = [e for e in index.entities_in(s_start, s_end) if e.label in ("GPE", "ORG")]
    chain: list[Entity] = []
    for e in names:
        if chain and regex.fullmatch(r"\s*(?:,|and|, and)\s*", text[chain[-1].end:e.start]):
            chain.append(e)
        elif len(chain) < 2:
            chain = [e]
    group = [q for q in values if q.kind in ("percent", "money", "count")
             and (not chain or q.start > chain[-1].end)]
    if len(chain) < 2 or len(group) < len(chain):
        return {}
    return {q.start: e for q, e in zip(group[:len(chain)], chain, strict=True)}


def sentence_claims(doc: Document, settings: ClaimSettings) -> list[Claim]:
    """Claims of every sentence in the sections claims may come from."""
    index = _Index(doc)
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
            named = _token_entities(index, main_subject(sent), offset)
            if named:
                last_subject = named[0]
            elif found:
                last_subject = _entity_of(index, found[-1]) or last_subject
    return claims


def _claims_of_sentence(doc, index, nlp_doc, offset, s_start, s_end, last_subject,
                        last_period):
    quantities = [q for q in index.quantities_in(s_start, s_end) if not index.in_citation(q)]
    periods = [(q, period_of(q)) for q in quantities if q.kind in PERIOD_KINDS]
    periods = [(q, p) for q, p in periods if p is not None]
    values = [q for q in quantities if q.kind in VALUE_KINDS + ("number",) and q.unit != "year"
              and (q.value is not None or q.low is not None)
              and (q.kind != "range" or q.unit is not None)]
    claims: list[Claim] = []
    respective = _respectively(doc.text, s_start, s_end, values, index)
    for q in values:
        span = nlp_doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
        if span is None:
            continue
        ctx = read_value(span)
        q = _as_claim_value(q, ctx)
        if q is None or not _claim_worthy(q):
            continue
        same_sentence = claims[-1] if claims else None
        fragment = doc.text[s_start:s_start + 1].islower()
        subject, counterpart = _subject(index, ctx, offset, q, s_start, last_subject,
                                        same_sentence, fragment)
        if respective.get(q.start) is not None:
            subject = respective[q.start]
        confidence = 0.9 if subject is not None and not ctx.anaphoric else 0.7
        if subject is None and index.topic is not None and ctx.verb is not None and (
                not ctx.subject_tokens or ctx.verb.tag_ == "VBN" or _about_an_act(ctx)):
            subject, confidence = index.topic, 0.5  # "25 documents were signed"
        metric, value_kind = metric_for(q.kind, q.unit, ctx.lemmas, ctx.of_object,
                                        ctx.head_lemmas)
        if metric in ("growth", "percent") and respective:
            metric, value_kind = "growth", "change_pct"  # "62% and 113% growth respectively"
        change = value_kind == "change_pct"
        prior = _level_before(claims, q, doc.text, index) if change else None
        period, base, qualifier = _period(doc.text, ctx, periods, q, offset, last_period,
                                          change=change,
                                          prior_period=prior.period if prior else None)
        if value_kind == "share" and ctx.of_object:
            qualifier = f"of {_denominator(ctx.of_object)}"
        if prior is not None:
            # "... hitting USD 31.5 billion in 2023, marking a 30% increase": the growth
            # of the level just stated
            subject = _entity_of(index, prior) or subject
            counterpart = _Ref(prior.counterpart, prior.counterpart_id) \
                if prior.counterpart_id else counterpart
            if metric == "growth":
                metric = prior.metric.replace("_volume", "") + "_growth"
            period = period or prior.period
        if metric == "growth":
            domains = [c.metric for c in claims if c.value_kind == "level" and c.metric in (
                "trade_volume", "exports", "imports", "investment", "gdp")]
            if domains:  # a bare growth among trade figures is trade growth
                metric = domains[0].replace("_volume", "") + "_growth"
        if subject is None:
            continue
        if value_kind == "change_pct" and period and base is None:
            base = previous_year(period)
        lower, upper = bounds(q)
        value = q.value if q.value is not None else q.low
        evidence = {"kind": "sentence", "start": s_start, "end": s_end,
                    "text": doc.text[s_start:s_end], "value_start": q.start,
                    "value_end": q.end, "quote": quote(doc.text, q.start, q.end)}
        predicate = ctx.verb.lemma_.lower() if ctx.verb is not None else None
        claims.append(Claim(
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
            base_period=base, predicate=predicate))
        if period is not None:
            last_period = period
    if periods:
        last_period = periods[-1][1]
    return claims, last_period


def _subject(index: _Index, ctx: ValueContext, offset: int, q: Quantity, s_start: int,
             last_subject: Entity | None, prior: Claim | None, fragment: bool = False
             ) -> tuple[Entity | None, Entity | None]:
    """Who the value is about, and the other party of a bilateral figure.

    In order: names in the value's own noun phrase ("Kazakhstan-Russia trade at USD
    26 billion"), in the subject of its verb, an earlier name a pronoun or a generic
    noun points back to, the subject of the sentence's previous claim ("..., with
    exports totaling USD 78.7 billion"), the first name before the value.
    """
    own = []
    for token in ctx.path[1:]:
        if token.pos_ in ("VERB", "AUX"):
            break
        mods = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
        own.extend(_token_entities(index, mods, offset))
    in_subject = _token_entities(index, ctx.subject_tokens, offset)
    climbed: list[Entity] = []
    if not in_subject and not ctx.anaphoric and ctx.verb is not None and ctx.verb in ctx.path:
        # "China became ...'s partner with bilateral trade hitting USD 31.5 billion":
        # the nearest verb's subject names nothing, the clause above it does
        for token in ctx.path[ctx.path.index(ctx.verb) + 1:]:
            if token.pos_ in ("VERB", "AUX"):
                climbed = _token_entities(index, subject_tokens(token), offset)
                if climbed:
                    break
    path_entities = []
    for token in ctx.path:
        poss = [c for c in token.children if c.dep_ in ("poss", "compound")]
        path_entities.extend(_token_entities(index, poss, offset))
    before = [e for e in index.entities_in(s_start, q.start) if e.label in ("GPE", "ORG")]
    subject = None
    if own:
        subject = own[0]
    elif in_subject:
        subject = in_subject[0]
    elif climbed:
        subject = climbed[0]
    elif fragment and last_subject is not None:
        subject = last_subject  # "... in 2023. accounting for 32% of total exports"
    elif ctx.anaphoric:
        if ctx.generic_label:
            typed = [e for e in before if e.label == ctx.generic_label]
            topical = [e for e in typed if index.topic is not None
                       and e.entity_id == index.topic.entity_id]
            # "the organization" is most likely the one the document is about
            subject = (topical or typed or [None])[-1]
            if subject is None and last_subject is not None and \
                    last_subject.label == ctx.generic_label:
                subject = last_subject
            subject = subject or index.topics.get(ctx.generic_label)
        subject = subject or last_subject
    elif path_entities:
        subject = path_entities[0]
    elif prior is not None and prior.subject_id:
        subject = _entity_of(index, prior)
    elif before:
        subject = before[0]
    others = [e for e in own + in_subject + climbed + path_entities
              if subject is None or e.entity_id != subject.entity_id]
    if not others and ctx.verb is not None:
        clause = clause_tokens(ctx.verb)
        others = [e for e in _token_entities(index, clause, offset)
                  if subject is not None and e.entity_id != subject.entity_id
                  and e.label in ("GPE", "ORG") and e.start < q.start]
    counterpart = others[0] if others and domain_of(ctx.lemmas) == "trade" else None
    return subject, counterpart


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


#: nouns naming an act of the organisation a document is about ("the adoption of 25
#: documents"): their sentences are about the document's topic
ACTS = {"adoption", "signing", "facilitation", "admission", "development", "implementation",
        "approval", "ratification", "conclusion", "launch", "organization", "organisation"}


def _about_an_act(ctx: ValueContext) -> bool:
    return any(t.lemma_.lower() in ACTS for t in ctx.subject_tokens[:4]) or any(
        t.lemma_.lower() in ACTS for t in ctx.path[1:4])


def _denominator(of_object: str) -> str:
    """What a share is of, reduced to compare across documents.

    >>> _denominator("global GDP"), _denominator("the Eurasian landmass")
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


def _entity_of(index: _Index, claim: Claim) -> Entity | None:
    for e in index.entities:
        if e.entity_id == claim.subject_id:
            return e
    return None


def _level_before(claims: list[Claim], q: Quantity, text: str, index: _Index) -> Claim | None:
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
