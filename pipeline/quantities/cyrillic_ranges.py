"""Ranges and shared units between neighbouring Russian or Kazakh quantities.

- a dash between two numbers: ``7-8 лет``, ``12,5 — 14,5°С``, ``40--50%``, ``үш-төрт``;
- ``от X до Y`` (Russian; ``от часа до двух``: a bare time noun is one of it);
- Kazakh ablative then dative: ``5°С-тан 12°С-қа (дейін)``, ``5-тен 10-ға дейін``;
- a unit written once for two numbers: ``3 х 8 см``, ``1,5 или 1,8 м``,
  ``троих и четверых внуков`` (the first keeps its own span).

Years on both sides make a period (``2015-2016 жылдары``), not a range.
"""

from __future__ import annotations

from ..document import Quantity
from ..morph.kazakh import suffix_chain
from .cyrillic import DASHES, Number, Tok
from .cyrillic_hedges import verb_follows
from .cyrillic_units import TIME_LEMMAS
from .morph import reading
from .units import measured

ABLATIVE = frozenset(("дан", "ден", "тан", "тен", "нан", "нен"))
DATIVE = frozenset(("ға", "ге", "қа", "ке", "на", "не", "а", "е"))
#: words between two numbers that share the second one's unit
SHARED = frozenset(("или", "и", "х", "x", "×", "немесе", "және", "мен", "до"))


def _case_at_end(toks: list[Tok], q: Quantity) -> str | None:
    """The Kazakh case suffix that ends quantity ``q`` (``-тан`` of ``5°С-тан``)."""
    last = next((t for t in reversed(toks) if t.end == q.end), None)
    if last is None or not last.is_cyrillic:
        return None
    chain = suffix_chain(last.low)
    if chain:
        return chain[-1]
    return reading(last.text, "kk").case


def _changes(toks: list[Tok], q: Quantity) -> bool:
    """A verb of change after a Kazakh ``X-тен Y-ге (дейін)``: a change from X to Y
    (``... дейін төмендеді``), two values, not a range."""
    k = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
    if k < len(toks) and toks[k].low in ("дейін", "шейін"):
        k += 1
    return verb_follows(toks, k)


def _between(toks: list[Tok], a: Quantity, b: Quantity) -> list[Tok]:
    """The tokens between two quantities."""
    return [t for t in toks if t.start >= a.end and t.end <= b.start]


def _range(text: str, qa: Quantity, qb: Quantity, start: int | None = None,
           low: float | None = None) -> Quantity:
    s = qa.start if start is None else start
    lo = qa.value if low is None else low
    if lo is not None and qa.unit is None and qb.scale > 1 and qa.scale == 1:
        lo *= qb.scale                                     # ``5-6 млн``
    years = qb.kind == "year" or (qa.kind == "year" and (
        qb.kind in ("year", "number") or qb.unit == "year"))   # ``2010—2015 годы``
    kind = "period" if years else "range"
    return measured(Quantity(s, qb.end, text[s:qb.end], kind, None, lo, qb.value,
                             unit=None if years else qb.unit, scale=qb.scale,
                             approx=(qa.approx if qa.approx != "at_least" else None)
                             or (qb.approx if qb.approx == "about" else None)))


def join(text: str, toks: list[Tok], found: list[tuple[Number, Quantity]], language: str
         ) -> list[Quantity]:
    """The quantities of a paragraph with neighbouring pairs joined into ranges."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        na, qa = found[i]
        if i + 1 < len(found):
            nb, qb = found[i + 1]
            gap = _between(toks, qa, qb)
            words = [t.low for t in gap]
            bare_a = (qa.kind in ("number", "year") and qa.end == toks[na.end - 1].end) \
                or qa.unit == qb.unit          # not ``2010 год — 45 тыс.``: a word ends qa
            if gap and all(t.text in DASHES for t in gap) and len(gap) <= 2 and bare_a and \
                    qa.value is not None and qb.value is not None and \
                    qa.value < qb.value * (qb.scale if qa.scale == 1 and qa.unit is None
                                           else 1):
                out.append(_range(text, qa, qb))
                i += 2
                continue
            if language == "ru" and words == ["до"] and na.start > 0 and \
                    toks[na.start - 1].low == "от" and bare_a and qa.start == toks[na.start].start:
                out.append(_range(text, qa, qb, start=toks[na.start - 1].start))
                i += 2
                continue
            if language == "kk" and not gap and bare_a and \
                    _case_at_end(toks, qa) in ABLATIVE and _case_at_end(toks, qb) in DATIVE \
                    and qa.value is not None and qb.value is not None and \
                    qa.value < qb.value and not _changes(toks, qb):
                out.append(_range(text, qa, qb))
                i += 2
                continue
            if len(words) == 1 and words[0] in SHARED and words[0] != "до" and \
                    qa.kind == "number" and qb.unit and qb.kind in (
                        "physical", "count", "duration", "money", "percent"):
                qa.kind, qa.unit = qb.kind, qb.unit
                qa = measured(qa)
        out.append(qa)
        i += 1
    return _from_time_noun(text, toks, out)


def _from_time_noun(text: str, toks: list[Tok], found: list[Quantity]) -> list[Quantity]:
    """``от часа до двух``: ``от`` + a time noun + ``до`` + a number is a range from one."""
    starts = {t.start: k for k, t in enumerate(toks)}
    out = []
    for q in found:
        k = starts.get(q.start)
        if k is not None and k >= 3 and q.kind == "number" and toks[k - 1].low == "до" and \
                toks[k - 3].low == "от" and toks[k - 2].is_cyrillic:
            lemmas = reading(toks[k - 2].text, "ru").lemmas[:2]
            unit = next((TIME_LEMMAS[m] for m in lemmas if m in TIME_LEMMAS), None)
            if unit is not None and q.value is not None and q.value > 1:
                s = toks[k - 3].start
                out.append(measured(Quantity(s, q.end, text[s:q.end], "range", None, 1.0,
                                             q.value, unit=unit)))
                continue
        out.append(q)
    return out
