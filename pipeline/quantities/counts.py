"""What a bare number counts: the head noun after it (``25 strategic documents`` → document).

No tagger is loaded (the stage must be fast on its own), so the noun is read from word
shape: the first plural-looking word among the few words after the number, stopping at
function words and punctuation. Singular heads are accepted only after ``one``/``1``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..numbers import CURRENCIES

IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman",
             "staff": "staff", "personnel": "personnel", "police": "police",
             "cattle": "cattle", "sheep": "sheep", "feet": "foot", "teeth": "tooth",
             "series": "series", "species": "species", "news": "news", "mice": "mouse"}
#: words that end the noun phrase after a number
STOP = set("""
of in on at to for from by with and or but nor the a an is are was were be been being has have
had will would could should may might must can than that which who whom whose as per up down
less most least this these those it its their our his her your my each every such
about over under into onto out off so if then there here when where while after before since
until during between among against through across also only just still even yet not no
percent times time ago later earlier respectively including included you they we i he she
them us me him""".split())
#: plural-looking words that are not plural nouns
NOT_PLURAL = {"its", "this", "is", "was", "has", "does", "us", "as", "plus", "thus",
              "always", "perhaps", "across", "towards", "whereas", "besides", "afterwards",
              "less", "unless", "bonus", "status", "focus", "campus", "census", "gas",
              "analysis", "basis", "crisis", "thesis", "process", "access", "progress",
              "success", "business", "address", "express", "cross", "loss", "class",
              "glass", "mass", "pass", "press", "stress", "yes", "says", "rises", "falls",
              "grows", "increases", "decreases", "remains", "reaches", "makes", "takes",
              "gives", "goes", "comes", "seems", "means", "becomes", "represents",
              "accounts", "amounts", "totals", "stands", "ranks", "sits", "equals", "minus",
              "versus"}


#: the parser's tags of finite verbs: such a word ends the noun phrase after a number
#: (``95 m high and holds``); tokens carry tags only when the parse stage ran
FINITE_VERB_TAGS = ("VBZ", "VBD", "VBP", "MD")

_DETERMINERS = {"the", "my", "its", "his", "her", "their", "our", "your", "these", "those"}


def singular(word: str) -> str:
    """The singular of an English plural noun, lower-cased.

    >>> singular("Documents"), singular("countries"), singular("people"), singular("boxes")
    ('document', 'country', 'people', 'box')
    >>> singular("analysis")          # negative: not a plural, left alone
    'analysis'
    """
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if len(low) > 3 and low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes")):
        return low[:-2]
    if len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def _plural(low: str) -> bool:
    if low in IRREGULAR:
        return True
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))
            and low not in NOT_PLURAL)


def count_noun(doc: Doc, j: int, value: float, max_words: int = 4) -> tuple[str, int] | None:
    """``(unit, end_token)`` of the noun counted by a number that ends at token ``j``.

    >>> from .tokens import tokenizer_nlp
    >>> doc = tokenizer_nlp()("25 strategic documents were signed")
    >>> count_noun(doc, 1, 25.0)
    ('document', 3)
    >>> count_noun(tokenizer_nlp()("1 particular demand"), 1, 1.0)
    ('demand', 3)
    >>> count_noun(tokenizer_nlp()("one of the best wireless speakers"), 1, 1.0)
    ('speaker', 6)
    >>> count_noun(tokenizer_nlp()("460 Kia and Hyundai vehicles were"), 1, 460.0)
    ('vehicle', 5)
    >>> count_noun(tokenizer_nlp()("in 2019 the sales"), 2, 2019.0) is None   # negative
    True
    """
    words: list[int] = []
    k = j
    one_of = value == 1 and k + 1 < len(doc) and doc[k].lower_ == "of"
    if one_of:                                                          # one of the best ...
        k += 2 if doc[k + 1].lower_ in _DETERMINERS else 1
        max_words += 1
    while k < len(doc) and len(words) < max_words:
        tok = doc[k]
        if tok.is_space:
            k += 1
            continue
        if tok.text == "-" and words and k + 1 < len(doc) and doc[k + 1].is_alpha \
                and not tok.whitespace_:
            k += 1
            continue
        if tok.lower_ in ("and", "or", "&") and words and k + 1 < len(doc) and \
                doc[k + 1].is_alpha and doc[k + 1].lower_ not in STOP and \
                not _plural(doc[words[-1]].lower_):
            k += 1                         # ``Kia and Hyundai vehicles``, ``digital and physical``
            continue
        if tok.is_digit and words and doc[words[-1]].text[:1].isupper() and len(tok.text) < 3:
            k += 1                         # ``Model 3 sedans``
            continue
        if tok.lower_ in ("most", "least") and k == j and k + 1 < len(doc) and \
                doc[k + 1].is_alpha and doc[k + 1].lower_ not in STOP:
            k += 1                         # ``the 20 most expensive restaurants``
            continue
        if not tok.is_alpha or tok.lower_ in STOP or (k > j and doc[k - 1].text in ",;:") or (
                tok.is_upper and tok.lower_ in CURRENCIES) or tok.tag_ in FINITE_VERB_TAGS:
            break                          # ``3 USD50 cards``: the code starts an amount
        words.append(k)
        if _plural(tok.lower_):
            return singular(tok.text), k + 1
        k += 1
    if words and value == 1 and len(words) <= 2 and not one_of:
        last = doc[words[-1]]
        if not last.is_upper and not last.lower_.endswith(("ed", "ing", "ly")):
            return last.lower_, words[-1] + 1
    return None
