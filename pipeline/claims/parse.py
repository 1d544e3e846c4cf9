"""Reading a sentence's dependency parse around one value: what governs it, who says it.

Everything here takes spaCy tokens and returns tokens or words; the claim builder
turns them into records. The rules follow the parse rather than word distance, so
"China became Kazakhstan's largest trading partner with bilateral trade hitting USD
31.5 billion" gives subject China (``nsubj`` of the governing verb) and counterpart
Kazakhstan (possessive on the path), not the nearest name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: clause links climbed when a verb has no subject of its own
CLIMB_DEPS = ("advcl", "xcomp", "ccomp", "conj", "pcomp", "acl", "relcl", "prep", "pobj",
              "dobj", "attr", "appos", "npadvmod", "advmod", "amod", "nmod", "compound",
              "nummod", "quantmod", "dep", "oprd", "acomp", "agent")
#: pronouns and generic nouns that refer back to an earlier subject
PRONOUNS = {"it", "its", "this", "they", "their", "which", "that", "these", "those"}
#: generic nouns that stand for an entity named earlier, with the label they stand for
GENERIC_NOUNS = {"organization": "ORG", "organisation": "ORG", "bloc": "ORG", "group": "ORG",
                 "body": "ORG", "grouping": "ORG", "platform": "ORG", "forum": "ORG",
                 "structure": "ORG", "alliance": "ORG", "union": "ORG", "country": "GPE",
                 "state": "GPE", "nation": "GPE", "republic": "GPE", "government": "GPE",
                 "summit": "ORG", "leader": "ORG", "member": "ORG", "chairmanship": "ORG",
                 "presidency": "ORG", "secretariat": "ORG"}
ANAPHORS = PRONOUNS | set(GENERIC_NOUNS)


@dataclass
class ValueContext:
    """What the parse says about one value in its sentence."""

    anchor: Token
    path: list[Token] = field(default_factory=list)  # anchor .. root, the value's ancestors
    verb: Token | None = None  # the verb whose subject states the claim
    subject_tokens: list[Token] = field(default_factory=list)
    anaphoric: bool = False  # the subject is a pronoun or a generic noun
    generic_label: str | None = None  # "the organization" → ORG
    of_object: str = ""  # "of global GDP" → "global GDP"
    lemmas: set[str] = field(default_factory=set)  # words of the value's own clause
    #: the path's nouns nearest first, then the subject's head
    head_lemmas: list[str] = field(default_factory=list)


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _subject_of(verb) -> list:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return list(child.subtree)
    return []


def read_value(span) -> ValueContext:
    """The context of the value ``span`` (a spaCy Span over the quantity's text)."""
    anchor = span.root
    path = _ancestors(anchor)
    ctx = ValueContext(anchor=anchor, path=path)
    for token in path:
        if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in GENERIC_NOUNS \
                and not _subject_of(token):
            # "a platform representing 42% of ...": the noun is the participle's subject
            ctx.verb, ctx.subject_tokens = token, [token.head]
            break
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            subject = _subject_of(token)
            if subject:
                ctx.verb, ctx.subject_tokens = token, subject
                break
            if ctx.verb is None:
                ctx.verb = token
    heads = [t for t in ctx.subject_tokens if t.dep_ in SUBJECT_DEPS or len(
        ctx.subject_tokens) == 1]
    head_words = {t.lemma_.lower() for t in heads}
    # "the government's strategy", "its exports": the owner stands for the subject
    head_words |= {c.lemma_.lower() for t in heads for c in t.children if c.dep_ == "poss"}
    ctx.anaphoric = bool(head_words & ANAPHORS) or (bool(ctx.subject_tokens) and all(
        t.pos_ in ("PRON", "DET") for t in ctx.subject_tokens))
    ctx.generic_label = next((GENERIC_NOUNS[w] for w in sorted(head_words)
                              if w in GENERIC_NOUNS), None)
    ctx.of_object = _of_object(anchor, span)
    clause = [t for t in path if t.i >= 0][: path.index(ctx.verb) + 1 if ctx.verb in path
                                           else len(path)]
    words = set()
    for token in clause:
        words.add(token.lemma_.lower())
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss", "advmod", "aux", "neg",
                              "dobj", "attr"):
                words.add(child.lemma_.lower())
                words.update(t.lemma_.lower() for t in child.subtree if t.dep_ == "compound")
    for token in ctx.subject_tokens:
        words.add(token.lemma_.lower())
    for token in clause:
        # "contributing over $23 trillion to global GDP": the object of to/of/in
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "of", "in", "for"):
                words.update(t.lemma_.lower() for t in child.subtree)
    ctx.lemmas = words
    ctx.head_lemmas = [t.lemma_.lower() for t in clause if t.pos_ in ("NOUN", "PROPN")] + [
        t.lemma_.lower() for t in heads]
    return ctx


def _of_object(anchor, span) -> str:
    """The noun phrase after "of" that a share is a share of.

    "42% of global population" → "global population"; also through a head such as
    "a quarter of global GDP", where the number modifies "quarter".
    """
    candidates = [anchor, anchor.head] if anchor.head is not anchor else [anchor]
    for token in candidates:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end - 1:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    obj = objects[0]
                    words = [t for t in obj.subtree if t.dep_ not in ("prep", "pobj")
                             or t is obj]
                    stop = next((t.i for t in obj.subtree if t.dep_ == "prep"), None)
                    words = [t for t in obj.subtree if stop is None or t.i < stop]
                    return " ".join(t.text for t in words)
    return ""


def subject_tokens(verb) -> list:
    """The subject subtree of ``verb`` (empty when it has none)."""
    return _subject_of(verb)


def main_subject(sent) -> list:
    """The subject tokens of a sentence's root verb (empty when it has none)."""
    return _subject_of(sent.root)


def clause_tokens(verb) -> list:
    """The verb's own clause: its subtree minus nested clauses that have their own subject."""
    if verb is None:
        return []
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp", "relcl", "conj") and _subject_of(child):
            skip.update(t.i for t in child.subtree)
    return [t for t in verb.subtree if t.i not in skip]
