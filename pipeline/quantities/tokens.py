"""The tokenizer and phrase matcher the quantity patterns run on (built once per process).

spaCy's blank English tokenizer, with four additions so numbers come apart from what is
glued to them: scale abbreviations after digits (``31.5bn`` → ``31.5`` ``bn``), currency
prefixes such as ``US$``, comparison signs between digits (``20~100``, ``x>10``), and the
Kazakh and Russian case endings hyphenated to numbers (``1%-ы``). No
model is loaded: the quantities stage must stay fast on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..numbers import CURRENCIES, SUBUNITS
from .lexicon import APPROX_AFTER, APPROX_BEFORE, PERCENT_WORDS

T = TypeVar("T")

_SCALE_SUFFIX = (r"(?<=[0-9])(?:bn|mn|mln|bln|tn|trn|tln|mil|k|K|m|M|b|B|G|T|pp|pc|p|bps|"
                 r"USD|EUR|GBP|KZT|RUB|CNY|JPY|CHF|INR|[₡₾元₺₦₱₴₪฿₸₽₹€£¥$])$")
_CURRENCY_PREFIX = (r"(?:US|C|A|AU|HK|NZ|S|NT|R|(?i:usd|cad|nzd|aud|hkd|mex))\$|"
                    r"\$(?:US|A)(?=[0-9])|"
                    r"(?:USD|EUR|GBP|AUD|CAD|INR|KZT|RUB|CNY|JPY|CHF|HKD|RM|PS|Y=)(?=[0-9])")
#: a Kazakh or Russian case ending hyphenated to a number or a percent sign: ``1%-ы``,
#: ``10-20%-ына``, ``5%-ов``, ``2023-жылы`` (the ending is grammar, not a unit)
_CASE_ENDING = r"(?<=[0-9%])-[а-яёәіңғүұқөһА-ЯЁӘІҢҒҮҰҚӨҺ]+$"
_COMPARE_INFIX = r"(?<=[0-9A-Za-z])[~<>≤≥](?=[0-9=])|(?<=[0-9])[–—](?=[0-9])"


@lru_cache(maxsize=1)
def tokenizer_nlp() -> Language:
    """A blank English pipeline whose tokenizer splits numbers from their neighbours.

    >>> [t.text for t in tokenizer_nlp()("US$10bn and 20~100, x>10")]
    ['US$', '10', 'bn', 'and', '20', '~', '100', ',', 'x', '>', '10']
    >>> [t.text for t in tokenizer_nlp()("the 24th summit")]    # ordinals stay whole
    ['the', '24th', 'summit']
    >>> [t.text for t in tokenizer_nlp()("санының 1%-ы мен")]   # a Kazakh case ending
    ['санының', '1', '%', '-ы', 'мен']
    """
    nlp = spacy.blank("en")
    # only the tokenizer runs: the 1,000,000-character guard is for the parser's memory
    nlp.max_length = 10**9
    defaults = nlp.Defaults
    tokenizer = _tokenizer(nlp)
    # each pattern set re-tokenizes every special case (the exceptions list) against the
    # new patterns; with the rules held aside that happens once, when they are put back
    # (spaCy's own ``Tokenizer.from_bytes`` does the same)
    rules = dict(tokenizer.rules)
    tokenizer.rules = {}
    tokenizer.prefix_search = compile_prefix_regex(
        [_CURRENCY_PREFIX, *(defaults.prefixes or ())]).search
    tokenizer.suffix_search = compile_suffix_regex(
        [_SCALE_SUFFIX, _CASE_ENDING, *(defaults.suffixes or ())]).search
    tokenizer.infix_finditer = compile_infix_regex(
        [_COMPARE_INFIX, *(defaults.infixes or ())]).finditer
    tokenizer.rules = rules
    tokenizer.max_cache_size = CACHE_CHUNKS
    return nlp


#: how many distinct chunks :func:`tokenize` has spaCy keep (its default keeps 10,000)
CACHE_CHUNKS = 200_000
#: the chunks (runs of non-space) already put in the tokenizer's cache
_CACHED: set[str] = set()


def tokenize(text: str) -> Doc:
    """``tokenizer_nlp().make_doc(text)``, with the tokenizer's cache filled first.

    spaCy keeps the tokens of each chunk of text between spaces in a cache, but stops
    saving to it for the rest of a text once one chunk hits a special case (``don't``,
    ``a.m.``; spaCy issue #1250), which in a whole document is almost at once, so every
    later chunk went through the affix patterns again. Each chunk not seen before is
    tokenized here alone first, where the cache takes it unless it holds a special case;
    a chunk's tokens do not depend on its neighbours (that is what lets spaCy cache them),
    so the document's tokens are the same, only found in the cache. The text is kept for
    :func:`doc_text`.

    >>> [t.text for t in tokenize("Revenue rose 8.5% to US$10bn, didn't it?")]
    ['Revenue', 'rose', '8.5', '%', 'to', 'US$', '10', 'bn', ',', 'did', "n't", 'it', '?']
    """
    nlp = tokenizer_nlp()
    if len(_CACHED) < CACHE_CHUNKS:
        tokenizer = _tokenizer(nlp)
        for chunk in set(text.split()) - _CACHED:
            tokenizer(chunk)
            _CACHED.add(chunk)
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text          # spaCy's tokens keep the text as it was given
    return doc


class TextMemo(Generic[T]):
    """A test that reads nothing but a token's text, made once per distinct text (by its
    ``ORTH`` id) and read off a Doc's arrays for all its tokens: a Python ``Token`` for each
    token costs more than most such tests. At most ``limit`` texts are kept (then the memo
    starts again), so a long-lived worker's memory does not grow with the corpus.

    >>> is_digit = TextMemo(str.isdigit)
    >>> is_digit(tokenizer_nlp()("rose 8 % to 12"))
    [False, True, False, False, True]
    """

    def __init__(self, decide: Callable[[str], T], limit: int = 200_000) -> None:
        self.decide, self.limit = decide, limit
        self.known: dict[int, T] = {}

    def __call__(self, doc: Doc) -> list[T]:
        if not len(doc):
            return []
        orths = doc.to_array("ORTH").tolist()
        known, strings = self.known, doc.vocab.strings
        if len(known) > self.limit:
            known.clear()
        for orth in orths:
            if orth not in known:
                known[orth] = self.decide(strings[orth])
        return [known[orth] for orth in orths]


def _tokenizer(nlp: Language) -> Tokenizer:
    """The pipeline's rule-based tokenizer (``Language.tokenizer`` may be any callable)."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        raise TypeError(f"expected a spaCy Tokenizer, got {type(nlp.tokenizer).__name__}")
    return nlp.tokenizer


@lru_cache(maxsize=1)
def phrase_matcher() -> PhraseMatcher:
    """Multi-word lexicon entries (currencies, hedges, percent words) matched on lower case.

    Labels: ``CUR``, ``SUB``, ``PCT``, ``APPROX``, ``APPROX_AFTER``.

    >>> nlp = tokenizer_nlp()
    >>> doc = nlp("no less than 10 australian dollars")
    >>> sorted((nlp.vocab.strings[m], doc[s:e].text) for m, s, e in phrase_matcher()(doc))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('APPROX', 'less than'), ('APPROX', 'no less than'), ('CUR', 'australian dollars'),
     ('CUR', 'dollars')]
    """
    nlp = tokenizer_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, words in (("CUR", CURRENCIES), ("SUB", SUBUNITS), ("PCT", PERCENT_WORDS),
                         ("APPROX", APPROX_BEFORE), ("APPROX_AFTER", APPROX_AFTER)):
        patterns = list(_tokenizer(nlp).pipe(sorted(words)))
        # a key the tokenizer splits alone but keeps whole in context (``$US113``)
        patterns += [Doc(nlp.vocab, words=[w]) for w in sorted(words) if " " not in w]
        matcher.add(label, patterns)
    return matcher


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access.

    >>> doc_text(tokenizer_nlp()("USD 5 bn"))
    'USD 5 bn'
    """
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]
