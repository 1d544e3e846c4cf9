"""Claims from sentences of languages without a parser here (Russian, Kazakh), read flat.

A sentence's claim needs the same parts as an English one: a value (from the quantities
stage), who it is about (the entities stage's names, linked to the same ids across
scripts), what it measures, when, and whether it is a fact or a plan. With no dependency
parse, the parts are read by position:

- what: the concept word (:mod:`.lexicon`) nearest the value, before it first
  (``товарооборот ... составил 41 млрд``); its key goes through the English
  :func:`.metrics.metric_for`, so the metric names are the English ones;
- who: the sentence's first name is the subject and a second, different one the
  counterpart (``товарооборот Казахстана с Китаем``; ``Қазақстан мен Қытай арасындағы``);
  a sentence with none takes the paragraph's last subject;
- when: the year nearest the value, or the paragraph's last one;
- modality: a forecast, plan or target word anywhere in the sentence.

The records are the English ones (:class:`~pipeline.document.Claim`), with their own
``extractor`` name, so the cross-document checks compare a figure across languages.
"""

from __future__ import annotations

from ..document import Claim, Document, Entity, Quantity, stable_id
from .lexicon import MODALITY_KEYS, word_keys
from .metrics import metric_for
from .periods import period_of, previous_year
from .records import bounds, quote
from .sentences import denominator
from .settings import ClaimSettings
from .subjects import SentenceIndex, is_name

EXTRACTOR = "claims.sentence_flat@0.1"
#: the kinds of value a flat sentence states (bare numbers need a parse to be claims)
VALUE_KINDS = ("money", "percent", "range", "physical")
SUBJECT_LABELS = ("GPE", "ORG")


def flat_claims(doc: Document, settings: ClaimSettings, index: SentenceIndex,
                languages: tuple[str, ...] = ("ru", "kk")) -> list[Claim]:
    """Claims of the sentences of ``doc`` whose paragraph is in one of ``languages``."""
    claims: list[Claim] = []
    for para in doc.paragraphs:
        if para.language not in languages:
            continue
        last_subject: Entity | None = None
        last_period: dict | None = None
        for s_start, s_end in doc.sentences:
            if not (para.start <= s_start < para.end):
                continue
            if doc.section_at(s_start) not in settings.sections or \
                    "\t" in doc.text[s_start:s_end]:
                continue
            found, names, periods = _sentence(doc, index, para.language, s_start, s_end,
                                              last_subject, last_period)
            claims.extend(found)
            last_subject = names[0] if names else last_subject
            last_period = periods[-1][1] if periods else last_period
    return claims


def _sentence(doc: Document, index: SentenceIndex, language: str, s_start: int,
              s_end: int, last_subject: Entity | None, last_period: dict | None
              ) -> tuple[list[Claim], list[Entity], list[tuple[Quantity, dict]]]:
    """The sentence's claims, its names and its periods."""
    text = doc.text[s_start:s_end]
    keys = [(s_start + a, s_start + b, key) for a, b, key in word_keys(text, language)]
    quantities = [q for q in index.quantities_in(s_start, s_end) if not index.in_citation(q)]
    names = _names(index, s_start, s_end, quantities)
    periods = [(q, p) for q in quantities if (p := period_of(q)) is not None]
    values = [q for q in quantities if q.kind in VALUE_KINDS and q.unit != "year"
              and (q.value is not None or q.low is not None)]
    modality = next((k for k in MODALITY_KEYS if any(key == k for _, _, key in keys)),
                    "actual")
    concept = [k for k in keys if k[2] not in MODALITY_KEYS]
    subject = names[0] if names else last_subject
    counterpart = names[1] if len(names) > 1 else None
    claims: list[Claim] = []
    for q in values:
        if subject is None:
            break
        words = _words_for(q, concept)
        metric, value_kind = metric_for(q.kind, q.unit, words, of_object=_share_of(words))
        period = _nearest_period(q, periods) or last_period
        base = previous_year(period) if value_kind == "change_pct" and period else None
        claims.append(_claim(doc, q, s_start, s_end, subject, counterpart, metric,
                             value_kind, period, base, modality, keys, _share_of(words)))
    return claims, names, periods


def _names(index: SentenceIndex, s_start: int, s_end: int, quantities: list[Quantity]
           ) -> list[Entity]:
    """The sentence's distinct named subjects, in order; a name inside a value is part of
    its currency (``долларов США``, ``АҚШ доллары``), not a party."""
    seen: set[str] = set()
    names: list[Entity] = []
    for e in index.entities_in(s_start, s_end):
        if any(q.start <= e.start and e.end <= q.end for q in quantities):
            continue
        if e.label in SUBJECT_LABELS and e.entity_id and is_name(e) \
                and e.entity_id not in seen:
            seen.add(e.entity_id)
            names.append(e)
    return names


def _words_for(q: Quantity, concept: list[tuple[int, int, str]]) -> set[str]:
    """The concept keys that describe ``q``: the domain word nearest before it (or after,
    when none precedes), plus any change or share word of the sentence.

    >>> q = Quantity(20, 26, "5 млрд", "money", 5e9, unit="USD")
    >>> sorted(_words_for(q, [(0, 5, "export"), (30, 35, "import")]))
    ['export']
    """
    domains = [k for k in concept if k[2] not in ("growth", "share")]
    before = [k for k in domains if k[1] <= q.start]
    after = [k for k in domains if k[0] >= q.end]
    nearest = before[-1:] or after[:1]
    words = {k[2] for k in nearest}
    words |= {k[2] for k in concept if k[2] in ("growth", "share")}
    return words


#: the English noun of a concept key, as an English share names its whole
_WHOLE = {"trade": "trade", "turnover": "trade", "export": "exports", "import": "imports",
          "gdp": "gdp", "investment": "investment", "budget": "budget"}


def _share_of(words: set[str]) -> str:
    """What a share word measures a share of, in the English words :func:`metric_for`
    reads (``доля в товарообороте`` is a share of trade).

    >>> _share_of({"share", "export"}), _share_of({"share"}), _share_of({"export"})
    ('exports', 'total', '')
    """
    if "share" not in words:
        return ""
    return " ".join(sorted(_WHOLE[w] for w in words if w in _WHOLE)) or "total"


def _nearest_period(q: Quantity, periods: list[tuple[Quantity, dict]]) -> dict | None:
    if not periods:
        return None
    return min(periods, key=lambda p: min(abs(p[0].start - q.end), abs(q.start - p[0].end)))[1]


def _claim(doc: Document, q: Quantity, s_start: int, s_end: int, subject: Entity,
           counterpart: Entity | None, metric: str, value_kind: str, period: dict | None,
           base: dict | None, modality: str, keys: list[tuple[int, int, str]],
           of_object: str) -> Claim:
    """The claim record, with the sentence and the value's place as its evidence."""
    lower, upper = bounds(q)
    value = q.value if q.value is not None else q.low
    evidence = {"kind": "sentence", "start": s_start, "end": s_end,
                "text": doc.text[s_start:s_end], "value_start": q.start,
                "value_end": q.end, "quote": quote(doc.text, q.start, q.end)}
    metric_text = " ".join(doc.text[a:b] for a, b, key in keys
                           if key not in MODALITY_KEYS) or None
    return Claim(
        claim_id=stable_id("c", doc.doc_id, q.start, q.end, subject.entity_id, metric,
                           period, value),
        subject=subject.canonical, subject_id=subject.entity_id, metric=metric,
        value=value, unit=q.unit, period=period,
        qualifier=f"of {denominator(of_object)}" if value_kind == "share" else None,
        evidence=evidence,
        extractor=EXTRACTOR, confidence=0.6 if counterpart or metric != "amount" else 0.4,
        scale=q.scale, lower=lower, upper=upper, approx=q.approx, metric_text=metric_text,
        value_kind=value_kind,
        counterpart=counterpart.canonical if counterpart else None,
        counterpart_id=counterpart.entity_id if counterpart else None,
        modality=modality, section=doc.section_at(q.start), base_period=base,
        si_value=q.si_value, si_unit=q.si_unit if q.dimension is not None else None)
