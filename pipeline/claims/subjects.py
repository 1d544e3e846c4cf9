"""Who a sentence's value is about: the entities and quantities of a document by position,
and the subject (and trade counterpart) of a value read from its parse.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..document import Claim, Document, Entity, Quantity
from .metrics import domain_of
from .parse import ValueContext, clause_tokens, subject_tokens
from .periods import citation_spans

SUBJECT_LABELS = ("GPE", "ORG", "PERSON", "LOC")


class SentenceIndex:
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


def is_name(e: Entity) -> bool:
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


def token_entities(index: SentenceIndex, tokens, offset: int) -> list[Entity]:
    found: dict[int, Entity] = {}
    for token in tokens:
        start = offset + token.idx
        for e in index.entities_in(start - 40, start + len(token.text) + 40):
            if e.start <= start < e.end and is_name(e):
                found[e.start] = e
    return [found[k] for k in sorted(found)]


def respectively(text: str, s_start: int, s_end: int, values: list[Quantity],
                  index: SentenceIndex) -> dict[int, Entity]:
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


def subject_of(index: SentenceIndex, ctx: ValueContext, offset: int, q: Quantity, s_start: int,
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
        own.extend(token_entities(index, mods, offset))
    in_subject = token_entities(index, ctx.subject_tokens, offset)
    climbed: list[Entity] = []
    if not in_subject and not ctx.anaphoric and ctx.verb is not None and ctx.verb in ctx.path:
        # "China became ...'s partner with bilateral trade hitting USD 31.5 billion":
        # the nearest verb's subject names nothing, the clause above it does
        for token in ctx.path[ctx.path.index(ctx.verb) + 1:]:
            if token.pos_ in ("VERB", "AUX"):
                climbed = token_entities(index, subject_tokens(token), offset)
                if climbed:
                    break
    path_entities = []
    for token in ctx.path:
        poss = [c for c in token.children if c.dep_ in ("poss", "compound")]
        path_entities.extend(token_entities(index, poss, offset))
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
            candidates = topical or typed
            subject = candidates[-1] if candidates else None
            if subject is None and last_subject is not None and \
                    last_subject.label == ctx.generic_label:
                subject = last_subject
            subject = subject or index.topics.get(ctx.generic_label)
        subject = subject or last_subject
    elif path_entities:
        subject = path_entities[0]
    elif prior is not None and prior.subject_id:
        subject = entity_of(index, prior)
    elif before:
        subject = before[0]
    others = [e for e in own + in_subject + climbed + path_entities
              if subject is None or e.entity_id != subject.entity_id]
    if not others and ctx.verb is not None:
        clause = clause_tokens(ctx.verb)
        others = [e for e in token_entities(index, clause, offset)
                  if subject is not None and e.entity_id != subject.entity_id
                  and e.label in ("GPE", "ORG") and e.start < q.start]
    counterpart = others[0] if others and domain_of(ctx.lemmas) == "trade" else None
    return subject, counterpart


#: nouns naming an act of the organisation a document is about ("the adoption of 25
#: documents"): their sentences are about the document's topic
ACTS = {"adoption", "signing", "facilitation", "admission", "development", "implementation",
        "approval", "ratification", "conclusion", "launch", "organization", "organisation"}


def about_an_act(ctx: ValueContext) -> bool:
    return any(t.lemma_.lower() in ACTS for t in ctx.subject_tokens[:4]) or any(
        t.lemma_.lower() in ACTS for t in ctx.path[1:4])


def entity_of(index: SentenceIndex, claim: Claim) -> Entity | None:
    for e in index.entities:
        if e.entity_id == claim.subject_id:
            return e
    return None
