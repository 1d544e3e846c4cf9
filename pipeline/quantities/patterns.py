"""Read each number in its context: currency, scale, percent, hedge, counted noun, date.

The steps, kept apart so each can be inspected (pdfplumber keeps its intermediates):
identifier spans are masked (:mod:`.identifiers`), the text is tokenized (:mod:`.tokens`),
numbers are grouped (:mod:`.numbers`), lexicon phrases are matched (PhraseMatcher), each
number becomes a :class:`~pipeline.document.Quantity` from its neighbours
(:func:`read_quantity`), and neighbouring quantities are joined into ranges and periods
(:mod:`.ranges`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from ..document import Quantity
from ..numbers import CASE_SENSITIVE_CODES, CURRENCIES, SCALED_CODES, SUBUNITS
from .counts import STOP, count_noun, singular
from .ellipsis import carry_units
from .identifiers import identifier_spans
from .lexicon import APPROX_AFTER, APPROX_BEFORE, MONTHS, PERCENT_WORDS, TIME_UNITS
from .numbers import Number, read_number, scale_after, scan_numbers, skip_space
from .ranges import join_ranges
from .settings import QuantitySettings
from .syntax import ParseView
from .tokens import doc_text, phrase_matcher, tokenize
from .units import measured, read_unit, split_glued_units

#: words after ``a``/``per`` that make a rate (``$2 a share``, ``5% a year``)
RATE_NOUNS = {"annum": "year", "year": "year", "month": "month", "week": "week", "day": "day",
              "hour": "hour", "share": "share", "head": "head", "person": "person",
              "capita": "person", "dozen": "dozen", "barrel": "barrel", "ton": "ton",
              "tonne": "tonne", "unit": "unit", "minute": "minute", "second": "second",
              "night": "night", "kilogram": "kilogram", "kg": "kilogram", "gallon": "gallon",
              "litre": "litre", "liter": "litre", "mile": "mile", "student": "student",
              "household": "household", "family": "family", "seat": "seat", "ticket": "ticket"}
#: capitalised words a number may follow without being a name's number (``Game 2``)
_NOT_NAMES = set(MONTHS) | {"over", "about", "around", "some", "nearly", "almost", "up",
                            "the", "in", "by", "of", "from", "to", "and", "between", "more",
                            "less", "only", "just", "all", "top", "at", "since", "until",
                            "after", "before", "than", "under", "below", "above", "with",
                            "for", "on", "during", "into", "another", "as"}


class Lexicon:
    """Lexicon phrase matches of one doc, indexed by where they end and where they start."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        self.doc = doc
        self.ending: dict[tuple[str, int], int] = {}
        self.starting: dict[tuple[str, int], int] = {}
        for match_id, start, end in phrase_matcher()(doc):
            label = strings[match_id]
            key_end, key_start = (label, end), (label, start)
            self.ending[key_end] = min(start, self.ending.get(key_end, start))
            self.starting[key_start] = max(end, self.starting.get(key_start, end))

    def before(self, label: str, k: int) -> int | None:
        """Start of the longest ``label`` phrase ending right before token ``k``.

        Extra whitespace between the phrase and ``k`` is stepped over.
        """
        while k > 0 and self.doc[k - 1].is_space:
            k -= 1
        return self.ending.get((label, k))

    def after(self, label: str, k: int) -> int | None:
        """End of the longest ``label`` phrase starting at token ``k`` (after any whitespace)."""
        return self.starting.get((label, skip_space(self.doc, k)))


def _currency(doc: Doc, start: int, end: int) -> str | None:
    surface = doc[start:end].text.strip()
    low = surface.lower()
    if low in CASE_SENSITIVE_CODES and not surface.isupper():
        return None
    return CURRENCIES.get(low) or CURRENCIES.get(
        " ".join(t.lower_ for t in doc[start:end] if not t.is_space))


_NOT_RATE = {"earlier", "ago", "before", "later", "after", "prior", "previously", "back"}


def _rate(doc: Doc, j: int) -> tuple[str, int] | None:
    """A ``per``-unit right after an amount: ``a share``, ``per annum``, ``-a-share``.

    ``a year earlier`` is a time reference, not a rate.
    """
    k = j + 1 if j < len(doc) and doc[j].text == "-" else j
    if k + 1 < len(doc) and doc[k].lower_ in ("a", "an", "per"):
        m = k + 2 if doc[k + 1].text == "-" and k + 2 < len(doc) else k + 1
        noun = doc[m].lower_
        if m + 1 < len(doc) and doc[m + 1].lower_ in _NOT_RATE:
            return None
        if noun in RATE_NOUNS:
            return RATE_NOUNS[noun], m + 1
        if doc[k].lower_ == "per" and doc[m].is_alpha and noun not in ("cent", "million"):
            return singular(noun), m + 1
    return None


def _is_year(num: Number, doc: Doc) -> bool:
    text = doc[num.start].text
    return (not num.words and num.scale == 1.0 and num.end - num.start == 1 and len(text) == 4
            and text.isdigit() and 1800 <= int(text) <= 2100)


def _name_number(num: Number, doc: Doc) -> bool:
    """A number that is part of a name (``Game 2``, ``Big 12``, ``iPhone 11``, ``S&P 500``)."""
    if num.start == 0 or (num.words and not doc[num.start].text[:1].isupper()):
        return False
    prev = doc[num.start - 1]
    if prev.is_punct or prev.is_digit or prev.lower_.rstrip(".") in _NOT_NAMES or prev.i == 0 and \
            prev.is_title and not prev.is_upper:
        return False
    if not any(ch.isalpha() for ch in prev.text) or prev.lower_ in STOP:
        return False
    if prev.i > 0 and doc[prev.i - 1].text in (".", "!", "?", "\n", "\n\n"):
        return False                                   # a sentence's first word
    return prev.text[:1].isupper() or any(ch.isupper() for ch in prev.text[1:])


_PRONOUN_BEFORE = {"the", "this", "that", "each", "every", "any", "no", "which", "another",
                   "one", "only", "someone", "anyone", "last", "next", "other", "a"}
_PRONOUN_AFTER = {"you", "they", "we", "i", "he", "she", "it", "that", "which", "who", "is",
                  "was", "does", "did", "can", "could", "would", "will", "should", "another"}


def _pronoun_one(doc: Doc, num: Number) -> bool:
    """``one`` used as a pronoun (``the one you mentioned``, ``each one they lose``)."""
    if num.end - num.start != 1 or doc[num.start].lower_ != "one":
        return False
    before = doc[num.start - 1].lower_ if num.start else ""
    after = doc[num.end].lower_ if num.end < len(doc) else ""
    return before in _PRONOUN_BEFORE or after in _PRONOUN_AFTER


def _compound_noun(doc: Doc, end: int) -> str | None:
    """The noun of a number-noun compound: ``three-point``, ``12-page``, ``four-door``.

    Only whole numbers count things; ``6.0-sigma`` is a measure, left a number.
    """
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or \
            doc[end].whitespace_:
        return None
    word = doc[end + 1]
    if not word.is_alpha or not word.is_lower or word.lower_ in STOP or \
            read_number(word.text) is not None:
        return None
    return singular(word.text)


def _share_of(doc: Doc, num: Number, end: int) -> bool:
    """A spelled or written fraction before ``of``/``the`` names a share of what follows
    (``a quarter of global GDP``, ``half the condos``, ``3/4 of voters``), not a count."""
    if not 0 < num.value < 1 or num.high is not None or end >= len(doc):
        return False
    written = num.words or "/" in num.digits or not num.digits[:1].isdigit()
    return written and doc[end].lower_ in ("of", "the", "its", "their", "all")


def _chars(doc: Doc, num: Number) -> tuple[int, int]:
    """The clean offsets of a number's own tokens."""
    last = doc[num.end - 1]
    return doc[num.start].idx, last.idx + len(last.text)


def _counted(doc: Doc, num: Number, end: int, value: float, parse: ParseView | None
             ) -> tuple[str, int] | None:
    """``(unit, end token)`` of the noun a bare number counts: the parse's reading when the
    parse stage ran (:mod:`.syntax`), else the word-shape reading (:func:`.count_noun`)."""
    if parse is not None and num.decimals == 0 and (value >= 1 or num.scale > 1):
        found = parse.counted(*_chars(doc, num), value)
        if found is not None:
            noun, stop = found
            k = end
            while k < len(doc) and doc[k].idx < stop:
                k += 1
            if k > end:
                return noun, k
    return count_noun(doc, end, value)


def read_quantity(doc: Doc, num: Number, lex: Lexicon, settings: QuantitySettings,
                  parse: ParseView | None = None) -> Quantity | None:
    """The quantity a number makes with its neighbours, or ``None`` for a name's number;
    ``parse`` reads counted nouns and names off the dependency parse (:mod:`.syntax`).

    >>> from .tokens import tokenizer_nlp
    >>> nlp = tokenizer_nlp()
    >>> doc = nlp("about $ 14 million")
    >>> [num] = scan_numbers(doc)
    >>> q = read_quantity(doc, num, Lexicon(doc), QuantitySettings())
    >>> q.kind, q.value, q.unit, q.approx, q.scale
    ('money', 14000000.0, 'USD', 'about', 1000000.0)
    >>> doc = nlp("the Big 12 conference")
    >>> read_quantity(doc, scan_numbers(doc)[0], Lexicon(doc), QuantitySettings()) is None
    True
    """
    start, end = num.start, num.end
    if _pronoun_one(doc, num):
        return None
    value, kind, unit, approx = num.value, "number", None, None
    reading = None
    precision = num.precision
    if num.ordinal:
        kind, unit = "ordinal", "ordinal"
    if num.high is not None:
        kind = "range"
    cur_start = lex.before("CUR", start)
    if cur_start is not None and doc[cur_start:start].text.isalpha() and len(
            doc[cur_start:start].text) > 3:
        cur_start = None          # ``dollars 50``: a currency word comes after its amount
    if cur_start is not None and not num.ordinal:
        code = _currency(doc, cur_start, start)
        if code:
            kind, unit, start = "money", code, cur_start
    if kind in ("number", "range") and not num.ordinal:
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            end += 1                # ``12-cent-a-share``
        for label in ("PCT", "SUB", "CUR"):
            stop = lex.after(label, end)
            if stop is None:
                continue
            surface = doc[end:stop].text.lower().strip()
            if label == "PCT" and (surface != "pp" or not doc[end - 1].whitespace_):
                kind, unit, end = "percent", PERCENT_WORDS.get(surface, "percent"), stop
            elif label == "SUB" and (surface != "p" or not doc[end - 1].whitespace_):
                code, factor = SUBUNITS[surface]
                kind, unit, end = "money", code, stop
                value, precision = value * factor, precision * factor
            elif label == "CUR" and stop < len(doc) and not doc[stop - 1].whitespace_ and \
                    doc[stop].text[:1].isdigit():
                continue                 # ``1 $10 bill``: the sign belongs to the next amount
            elif label == "CUR" and (code := _currency(doc, end, stop)):
                kind, unit, end = "money", code, stop
                factor = SCALED_CODES.get(surface, ("", 1.0))[1]
                if factor == 1.0 and (more := scale_after(doc, end)) is not None:
                    factor, end = more, end + 1                # ``75 USD million``
                value, precision = value * factor, precision * factor
            if kind not in ("number", "range"):
                if num.high is not None:
                    kind = "range"
                break
        if kind == "number" and end > num.end:
            end = num.end
    if kind == "number" and not num.ordinal and end < len(doc):
        k = end + 1 if doc[end].text == "-" and not doc[end - 1].whitespace_ else end
        if k < len(doc) and doc[k].lower_ in TIME_UNITS and not (
                _is_year(num, doc) and not doc[k].lower_.endswith("s")):
            kind, unit, end = "duration", TIME_UNITS[doc[k].lower_], k + 1
    if kind in ("number", "range") and unit is None and not num.ordinal and \
            (measure := read_unit(doc, end)) is not None:
        kind = measure.kind if kind == "number" else kind      # ``1,200 km``, ``-35 °C``
        unit, end = measure.unit, measure.end
    if kind == "number" and not num.ordinal and end < len(doc) and doc[end].lower_ in (
            "times", "fold") and num.high is None:
        kind, unit, end = "count", "time", end + 1
    if num.high is not None:
        kind = "range"
    if kind in ("money", "percent", "duration", "count"):
        rate = _rate(doc, end)
        if rate:
            unit, end = f"{unit}/{rate[0]}", rate[1]
    if kind == "number" and start >= 2 and doc[start - 1].lower_ == "of" and (
            pct_start := lex.before("PCT", start - 1)) is not None and (
            pct_start == 0 or not doc[pct_start - 1].like_num):
        kind, unit, start = "percent", "percent", pct_start     # ``per cent of 210``
    approx_start = lex.before("APPROX", start)
    if approx_start is not None:
        approx = APPROX_BEFORE.get(doc[approx_start:start].text.lower().strip(),
                                   APPROX_BEFORE.get(" ".join(
                                       t.lower_ for t in doc[approx_start:start]
                                       if not t.is_space)))
        if approx:
            start = approx_start
    after = lex.after("APPROX_AFTER", end)
    if after is not None and after < len(doc) and doc[after].like_num:
        after = None            # ``5000 or more than 4500``: the hedge belongs to 4500
    if after is not None and approx in (None, "about", "exactly"):     # ``about 500 or more``
        approx, end = APPROX_AFTER.get(doc[end:after].text.lower().strip()), after
    if kind == "range" and unit is None and (noun := count_noun(doc, end, 2.0)) is not None:
        unit, end = noun
    if kind == "number" and _share_of(doc, num, end):
        kind, reading = "fraction", "a share of the noun phrase that follows"
    if kind == "number" and not num.ordinal:
        if _name_number(num, doc) or (parse is not None and not _is_year(num, doc) and (
                parse.name(*_chars(doc, num)) or parse.label(*_chars(doc, num)))):
            return None                       # ``iPhone 11``; a year in a name stays a year
        if _is_year(num, doc) and approx is None:
            kind, unit = "year", None
            reading = "year (a four-digit whole number from 1800 to 2100)"
        elif num.decimals == 0 and value == int(value) and \
                (compound := _compound_noun(doc, end)) is not None:
            kind, unit, end = "count", compound, end + 2    # ``three-point range``
        elif (noun := _counted(doc, num, end, value, parse)) is not None:
            kind, unit, end = "count", noun[0], noun[1]
            if (rate := _rate(doc, end)) is not None:
                unit, end = f"{unit}/{rate[0]}", rate[1]
        elif parse is not None and parse.age(*_chars(doc, num)):
            kind, unit, reading = "duration", "year", "age (set off after a person's name)"
    q_start, q_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if q_end - q_start > settings.max_chars:
        return None
    if kind == "range" and num.high is not None:
        factor = value / num.value if num.value else 1.0
        return measured(Quantity(
            q_start, q_end, doc_text(doc)[q_start:q_end], kind, None,
            num.low * factor if num.low is not None else None, num.high * factor,
            unit=unit, approx=approx, reading="vague plural: the decade it names"))
    return measured(Quantity(q_start, q_end, doc_text(doc)[q_start:q_end], kind, value,
                             unit=unit, scale=num.scale, approx=approx, precision=precision,
                             reading=reading))


def _skip_tokens(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    """The indices of the tokens that overlap an identifier span.

    Tokens neither overlap nor go back, so their ends rise with their starts: the tokens a
    span touches are found by bisection from the first token ending after it starts, and
    each span costs the tokens it overlaps, not a pass over the text.
    """
    skip: set[int] = set()
    if not spans or not len(doc):
        return skip
    starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()
    ends = [start + length for start, length in zip(starts, lengths, strict=True)]
    for s, e, _ in spans:
        k = bisect_right(ends, s)                    # the first token ending after ``s``
        while k < len(starts) and starts[k] < e:
            if s < ends[k]:
                skip.add(k)
            k += 1
    return skip


def find_quantities_in(text: str, settings: QuantitySettings,
                       language_at: Callable[[int], str | None] | None = None,
                       parse: ParseView | None = None) -> Iterator[Quantity]:
    """All quantities of ``text`` in order; ``language_at`` gives the language of the
    paragraph holding an offset (how its digits read: :func:`.numbers.scan_numbers`), and
    ``parse`` what the dependency parse says of each number (:class:`.syntax.ParseView`).

    >>> for q in find_quantities_in("over $23 trillion, 42% of 3 billion people",
    ...                             QuantitySettings()):
    ...     print(q.text, q.value, q.unit, q.approx)
    over $23 trillion 23000000000000.0 USD over
    42% 42.0 percent None
    3 billion people 3000000000.0 people None
    """
    doc = split_glued_units(tokenize(text))
    if parse is not None:
        parse.copy_tags(doc)
    skip = _skip_tokens(doc, identifier_spans(text))
    lex = Lexicon(doc)
    numbers = scan_numbers(doc, skip, language_at)
    found: list[tuple[Number, Quantity]] = []
    for num in numbers:
        q = read_quantity(doc, num, lex, settings, parse)
        if q is None:
            continue
        if found and q.start < found[-1][1].end:      # read as part of the previous one
            continue
        found.append((num, q))
    quantities = carry_units(join_ranges(doc, found), text)
    if not settings.years:
        quantities = [q for q in quantities if q.kind != "year"]
    quantities.sort(key=lambda q: (q.start, q.end))
    return iter(quantities)


__all__ = ["find_quantities_in", "read_quantity", "singular"]
