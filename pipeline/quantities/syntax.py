"""What the dependency parse says a number counts, when the ``parse`` stage ran first.

The word-shape reader (:mod:`.counts`) takes the first plural-looking word after a number;
that fails when the counted noun is singular in form (``three new aircraft``), far away
(``14 first-team players``) or behind a partitive (``12m of its smart meters``). The parse
names the noun directly: a number is the ``nummod`` of the noun it counts, or the head of an
``of`` phrase whose object it counts. The parse stage's Docs (``nlp_docs``) are reused, so
nothing is parsed twice; without them (a quantities-only run) the word-shape reader is
used alone.

The quantities stage tokenizes the text its own way, so the two are joined by character
offsets, never by token index.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

import numpy

from ..numbers import CURRENCIES
from .counts import singular
from .lexicon import MONTHS, TIME_UNITS

#: relations by which a number's token hangs on the noun it counts
COUNTING_DEPS = ("nummod", "quantmod", "compound", "nmod", "amod")
#: how far right (in tokens) the counted noun may stand from the number
MAX_DISTANCE = 6
#: entity labels of names a number can be part of (not amounts, dates or places)
NAME_LABELS = ("PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON")
#: entity labels of places: a number after a place's name is its figure in a list
PLACE_LABELS = ("GPE", "LOC", "NORP")
#: relations by which a label number hangs on the noun before it
LABEL_DEPS = ("nummod", "appos", "compound", "npadvmod", "nmod")


def _hyphenated(token: Any) -> str:
    """The whole hyphenated word a head token ends: ``start-ups`` from ``ups``."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
            not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        i -= 2
    return doc[i:token.i + 1].text


def _countable(noun: Any, value: float) -> bool:
    """A noun a number of ``value`` counts: plural after any number but one, or a singular
    head that is itself the head of its phrase (``9 crew``, ``three new aircraft``); a
    singular that modifies another noun is a compound's modifier (``a 12 page document``).
    Never a time word, read as a duration elsewhere."""
    if noun.pos_ != "NOUN" or noun.is_upper or noun.lower_ in TIME_UNITS:
        return False
    return noun.tag_ == "NNS" or noun.tag_ == "NN" and (value == 1 or noun.dep_ != "compound")


def _clear_between(doc: Any, start: int, stop: int) -> bool:
    """No other amount and no clause break between the number and its noun (``40 of its 900
    million tenge`` counts no tenge)."""
    return not any(t.tag_ == "CD" or t.text[:1].isdigit() or t.is_currency or
                   (t.is_punct and t.text != "-") for t in doc[start:stop])


def counted_noun(span: Any, value: float) -> tuple[str, int] | None:
    """``(singular noun, end offset in the parse doc)`` counted by the number ``span``.

    >>> import spacy
    >>> from .tokens import tokenizer_nlp
    >>> nlp = tokenizer_nlp()
    >>> doc = spacy.tokens.Doc(nlp.vocab, words=["14", "first", "-", "team", "players"],
    ...                        heads=[4, 3, 3, 4, 4], deps=["nummod", "amod", "punct",
    ...                        "compound", "ROOT"], pos=["NUM", "ADJ", "PUNCT", "NOUN", "NOUN"],
    ...                        tags=["CD", "JJ", "HYPH", "NN", "NNS"])
    >>> counted_noun(doc[0:1], 14.0)
    ('player', 23)
    >>> doc = spacy.tokens.Doc(nlp.vocab, words=["5", "died"], heads=[1, 1],
    ...                        deps=["nsubj", "ROOT"], pos=["NUM", "VERB"])
    >>> counted_noun(doc[0:1], 5.0) is None          # negative: a number with no noun
    True
    """
    top, doc = span.root, span.doc
    head = top.head
    if top.dep_ in COUNTING_DEPS and span.end <= head.i <= top.i + MAX_DISTANCE and \
            _countable(head, value) and _clear_between(doc, span.end, head.i):
        first = doc[span.end]
        if value != 1 and head.tag_ == "NN" and first.i < head.i and first.tag_ == "NN" and \
                first.dep_ == "compound" and first.head.i == head.i:
            return singular(first.text), first.idx + len(first.text)    # ``12 page document``
        return singular(_hyphenated(head)), head.idx + len(head.text)
    for prep in top.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.tag_ == "NNS" and _countable(obj, 2.0) and \
                    _clear_between(doc, span.end, obj.i) and obj.i <= top.i + MAX_DISTANCE:
                return singular(_hyphenated(obj)), obj.idx + len(obj.text)
    return None


def in_name(span: Any, ents: Sequence[Any] | None = None) -> str | None:
    """The label of the named entity a number is part of (``iPhone 11``, ``the Boeing 787
    Dreamliner``, ``Apollo 13``): a name with a word in it, of a kind that is no amount.
    ``ents`` is ``span.doc.ents`` when the caller keeps it (spaCy rebuilds the tuple from
    every token on each access).

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from .tokens import tokenizer_nlp
    >>> doc = spacy.tokens.Doc(tokenizer_nlp().vocab, words=["the", "iPhone", "11", "sold"])
    >>> doc.ents = [Span(doc, 1, 3, label="PRODUCT")]
    >>> in_name(doc[2:3])
    'PRODUCT'
    """
    for ent in span.doc.ents if ents is None else ents:
        if ent.start <= span.start and span.end <= ent.end:
            if ent.label_ in NAME_LABELS and any(t.is_alpha and not t.like_num for t in ent):
                return str(ent.label_)
            return None
    return None


def is_label(span: Any) -> bool:
    """A number set right after the noun it names (``gate 12``, ``Windows 11``, ``route
    7``): English counts before its noun, so a number the parser hangs on the noun just
    before it is a label, not an amount; after a place's name (``Kyrgyzstan 81`` in a
    ranked list) it is that place's figure.

    >>> import spacy
    >>> from .tokens import tokenizer_nlp
    >>> doc = spacy.tokens.Doc(tokenizer_nlp().vocab, words=["from", "gate", "12"],
    ...                        heads=[0, 0, 1], deps=["ROOT", "pobj", "nummod"],
    ...                        pos=["ADP", "NOUN", "NUM"])
    >>> is_label(doc[2:3])
    True
    """
    top = span.root
    head = top.head
    return top.dep_ in LABEL_DEPS and head.i == span.start - 1 and \
        head.pos_ in ("NOUN", "PROPN") and not head.like_num and \
        head.lower_.rstrip(".") not in MONTHS and head.lower_ not in CURRENCIES and \
        head.ent_type_ not in PLACE_LABELS          # ``Kyrgyzstan 81``: a place's figure


def is_age(span: Any) -> bool:
    """A whole number set off by commas after a person's name is their age in years
    (``Anna Berg, 52, resigned``), as news writes it.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from .tokens import tokenizer_nlp
    >>> doc = spacy.tokens.Doc(tokenizer_nlp().vocab, words=["Berg", ",", "52", ",", "left"],
    ...                        heads=[4, 0, 0, 0, 4], deps=["nsubj", "punct", "appos",
    ...                        "punct", "ROOT"])
    >>> doc.ents = [Span(doc, 0, 1, label="PERSON")]
    >>> is_age(doc[2:3])
    True
    """
    top, doc = span.root, span.doc
    return top.dep_ == "appos" and top.head.ent_type_ == "PERSON" and span.start >= 2 and \
        doc[span.start - 1].text == "," and (span.end == len(doc) or doc[span.end].is_punct) \
        and top.head.i < span.start and top.text.isdigit() and 0 < int(top.text) < 130


class ParseView:
    """The parse stage's Docs looked up by clean offsets: what the parse says of a number.

    Built from the ``(start offset, Doc)`` pairs of ``Document.nlp_docs``; every answer is
    ``None`` where a number falls outside the parsed text.
    """

    def __init__(self, nlp_docs: Sequence[tuple[int, Any]]) -> None:
        self.pairs = sorted(nlp_docs, key=lambda pair: pair[0])
        self.starts = [start for start, _ in self.pairs]
        #: spans already looked up: a number is asked about up to four times
        self._spans: dict[tuple[int, int], tuple[int, Any] | None] = {}
        #: per Doc: its text's length (by its place in ``pairs``) and its entities (by
        #: ``id``; ``pairs`` keeps it alive), each computed once (spaCy rebuilds both from
        #: every token on each access)
        self._lengths: dict[int, int] = {}
        self._ents: dict[int, tuple[Any, ...]] = {}

    def span(self, start: int, end: int) -> tuple[int, Any] | None:
        """``(offset of its Doc, parse Span)`` of the clean offsets ``start:end``."""
        if (start, end) not in self._spans:
            self._spans[start, end] = self._find(start, end)
        return self._spans[start, end]

    def _find(self, start: int, end: int) -> tuple[int, Any] | None:
        k = bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        base, pdoc = self.pairs[k]
        if k not in self._lengths:        # ``len(pdoc.text)``, without a Token for each token
            self._lengths[k] = int(pdoc.to_array(["LENGTH", "SPACY"]).sum()) if len(pdoc) else 0
        if end - base > self._lengths[k]:
            return None
        span = pdoc.char_span(start - base, end - base, alignment_mode="expand")
        return None if span is None or not len(span) else (base, span)

    def _doc_ents(self, pdoc: Any) -> tuple[Any, ...]:
        """``pdoc.ents``, once per Doc of the view (kept by ``id``: ``pairs`` holds it)."""
        if id(pdoc) not in self._ents:
            self._ents[id(pdoc)] = tuple(pdoc.ents)
        return self._ents[id(pdoc)]

    def counted(self, start: int, end: int, value: float) -> tuple[str, int] | None:
        """The counted noun of the number at ``start:end`` and the clean offset it ends at
        (:func:`counted_noun`)."""
        found = self.span(start, end)
        reading = None if found is None else counted_noun(found[1], value)
        return None if reading is None else (reading[0], found[0] + reading[1])  # type: ignore[index]

    def copy_tags(self, doc: Any) -> None:
        """Give each token of the quantities stage's own ``doc`` (over the whole clean
        text) the parser's tag of the token that starts at the same offset, so the
        word-shape readers can tell ``holds`` the verb from a plural noun.

        Read and written as arrays of offsets and tag ids: a Python ``Token`` for each of
        the text's tokens, twice, cost more than the rest of the stage."""
        tags: dict[int, int] = {}
        for base, pdoc in self.pairs:
            if not len(pdoc):
                continue
            offsets, ids = pdoc.to_array(["IDX", "TAG"]).T.tolist()
            # each tag's id in this doc's vocab ("" stays 0, which leaves a token's tag)
            ours = {tag: doc.vocab.strings.add(name) if (name := pdoc.vocab.strings[tag])
                    else 0 for tag in set(ids)}
            tags.update(zip([base + idx for idx in offsets], [ours[tag] for tag in ids],
                            strict=True))
        if not len(doc):
            return
        offsets, ids = doc.to_array(["IDX", "TAG"]).T.tolist()
        new = [tags.get(idx, 0) or tag for idx, tag in zip(offsets, ids, strict=True)]
        if new != ids:
            doc.from_array(["TAG"], numpy.array(new, dtype=numpy.uint64))

    def label(self, start: int, end: int) -> bool:
        """Whether the number at ``start:end`` names the noun before it (:func:`is_label`)."""
        found = self.span(start, end)
        return found is not None and is_label(found[1])

    def age(self, start: int, end: int) -> bool:
        """Whether the number at ``start:end`` is a person's age (:func:`is_age`)."""
        found = self.span(start, end)
        return found is not None and is_age(found[1])

    def name(self, start: int, end: int) -> str | None:
        """The label of the name the number at ``start:end`` is part of (:func:`in_name`)."""
        found = self.span(start, end)
        return None if found is None else in_name(found[1], self._doc_ents(found[1].doc))


def parse_view(nlp_docs: Sequence[tuple[int, Any]]) -> ParseView | None:
    """A :class:`ParseView` of the parse stage's Docs, or ``None`` when nothing was parsed."""
    return ParseView(nlp_docs) if nlp_docs else None
