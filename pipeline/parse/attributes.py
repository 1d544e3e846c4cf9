"""spaCy's ``attribute_ruler`` with its one-token patterns looked up instead of matched.

The English models' attribute ruler maps each fine-grained tag (and some words with a
tag) to a coarse part of speech and morphology: about 180 patterns, run through spaCy's
``Matcher`` over every token. The Matcher tries every pattern at every token, which made
the ruler cost an eighth of the parse (more than the tagger and the parser together).
Most patterns are one token with exact values (``[{"TAG": "NNS"}]``,
``[{"LOWER": "her", "TAG": "PRP$"}]``); :class:`IndexedAttributeRuler` keeps those in
dicts keyed by the token's values and matches only the rest. Its matches are spaCy's,
in spaCy's order, so the tokens get exactly the attributes they got before (the tests
compare both rulers on the same Docs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product
from operator import itemgetter
from typing import Any

import spacy.attrs as ids  # type: ignore[import-not-found]  # a Cython module
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: pattern keys a one-token pattern may test (spaCy's attribute ids; the values in a
#: Doc's ``to_array`` are string hashes, or 0/1 for flags)
TOKEN_ATTRS = {"ORTH": ids.ORTH, "TEXT": ids.ORTH, "LOWER": ids.LOWER, "NORM": ids.NORM,
               "TAG": ids.TAG, "DEP": ids.DEP, "IS_SPACE": ids.IS_SPACE,
               "IS_PUNCT": ids.IS_PUNCT, "LIKE_NUM": ids.LIKE_NUM}

#: a test on one attribute that is not a lookup: ``(key, "NOT_IN", values)`` or
#: ``(key, "REGEX", compiled pattern)``
Check = tuple[str, str, Any]


@dataclass(frozen=True)
class TokenRule:
    """A one-token Matcher pattern as lookups: the pattern keys it tests for given values
    (``keys``, every combination its ``IN`` lists allow) and the checks left over."""

    names: tuple[str, ...]
    keys: tuple[tuple, ...]
    checks: tuple[Check, ...]


def token_rule(pattern: list[dict[str, Any]]) -> TokenRule | None:
    """The :class:`TokenRule` of a one-token pattern spaCy's Matcher would test with
    exact values, ``IN``, ``NOT_IN`` or ``REGEX`` (as ``re.search``); None for any other.

    >>> token_rule([{"TAG": "NNS"}])
    TokenRule(names=('TAG',), keys=(('NNS',),), checks=())
    >>> token_rule([{"TAG": "IN", "LOWER": {"IN": ["if", "so"]}}]).keys
    (('if', 'IN'), ('so', 'IN'))
    >>> token_rule([{"DEP": {"NOT_IN": ["det"]}}]).checks
    (('DEP', 'NOT_IN', ('det',)),)
    >>> token_rule([{"LOWER": "has"}, {"LOWER": "been"}]) is None  # two tokens
    True
    >>> token_rule([{"LOWER": "a", "OP": "?"}]) is None            # an operator
    True
    """
    if len(pattern) != 1 or not pattern[0]:
        return None
    names: list[str] = []
    values: list[tuple] = []
    checks: list[Check] = []
    for key, value in sorted(pattern[0].items()):
        if key not in TOKEN_ATTRS:
            return None
        name = key
        if isinstance(value, (str, bool)):
            names.append(name)
            values.append((value,))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op == "IN" and isinstance(arg, list):
                names.append(name)
                values.append(tuple(dict.fromkeys(arg)))
            elif op == "NOT_IN" and isinstance(arg, list):
                checks.append((name, op, tuple(arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append((name, op, arg))
            else:
                return None
        else:
            return None
    return TokenRule(tuple(names), tuple(product(*values)), tuple(checks))


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose one-token patterns are dict lookups (see
    :func:`token_rule`) on the rows of the Doc's ``to_array``.

    Every pattern is still added to the ruler's own Matcher, so ``patterns``,
    serialisation and scoring are spaCy's; matching uses the lookups and a second Matcher
    holding only the other patterns.
    """

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._clear_lookups()

    def clear(self) -> None:
        super().clear()
        self._clear_lookups()

    def _clear_lookups(self) -> None:
        self._rest = Matcher(self.vocab, validate=False)
        #: the attribute ids of the ``to_array`` columns the lookups read
        self._columns: list[int | str] = []
        #: per set of columns: their getter, and values -> ``(attr_id, match_id, checks)``
        self._tables: dict[tuple[int, ...], tuple[Any, dict[Any, list]]] = {}

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        attr_id = len(self.attrs)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(attr_id)]
        rest = []
        for pattern in patterns:
            rule = token_rule(pattern)
            if rule is None:
                rest.append(pattern)
                continue
            where = tuple(self._column(n) for n in rule.names)
            getter = itemgetter(*where) if where else (lambda row: ())
            table = self._tables.setdefault(where, (getter, {}))[1]
            checks = tuple(self._check(c) for c in rule.checks)
            for key in rule.keys:
                hashed = tuple(self._hash(v) for v in key)
                table.setdefault(hashed[0] if len(where) == 1 else hashed, []).append(
                    (attr_id, match_id, checks))
        if rest:
            self._rest.add(match_id, rest)

    def _column(self, key: str) -> int:
        if TOKEN_ATTRS[key] not in self._columns:
            self._columns.append(TOKEN_ATTRS[key])
        return self._columns.index(TOKEN_ATTRS[key])

    def _hash(self, value: str | bool) -> int:
        return int(value) if isinstance(value, bool) else self.vocab.strings.add(value)

    def _check(self, check: Check) -> tuple[int, str, Any]:
        key, op, arg = check
        found = frozenset(self._hash(v) for v in arg) if op == "NOT_IN" else re.compile(arg)
        return self._column(key), op, found

    def _passes(self, row: list[int], checks: tuple) -> bool:
        for column, op, arg in checks:
            if op == "NOT_IN":
                if row[column] in arg:
                    return False
            elif not arg.search(self.vocab.strings[row[column]]):  # as the Matcher's REGEX
                return False
        return True

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(attr_id, match_id, start, end)`` sorted, as ``AttributeRuler.match``: the
        Matcher reports a span once per match id, however many of its patterns match."""
        found = {(int(self.vocab.strings[m_id]), m_id, s, e)
                 for m_id, s, e in self._rest(doc, allow_missing=True, as_spans=False)}
        if self._columns and len(doc):
            tables = list(self._tables.values())
            for i, row in enumerate(doc.to_array(self._columns).tolist()):
                for getter, table in tables:
                    for attr_id, match_id, checks in table.get(getter(row), ()):
                        if not checks or self._passes(row, checks):
                            found.add((attr_id, match_id, i, i + 1))
        return sorted(found)


@Language.factory("indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool
                                 ) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace ``nlp``'s attribute ruler ``name`` (if it has one) by an
    :class:`IndexedAttributeRuler` with the same patterns, in the same place."""
    if name not in nlp.pipe_names or isinstance(nlp.get_pipe(name), IndexedAttributeRuler):
        return
    patterns = nlp.get_pipe(name).patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe(name, "indexed_attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]


__all__ = ["IndexedAttributeRuler", "TokenRule", "index_attribute_ruler", "token_rule"]
