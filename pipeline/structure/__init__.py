"""Structure: label each paragraph front_matter, abstract, heading, body, caption, table,
references or navigation, and record the heading each paragraph sits under.

Later stages take claims only from body, abstract and table paragraphs, so a reference
title's "USD 35.1 billion" is never a claim. The per-paragraph tests live in :mod:`.rules`;
this module adds what only the order tells: everything before an "Abstract" heading is front
matter, the abstract runs to the next heading, and a "References" heading opens a list that
runs to the end of the document.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..document import Document, Paragraph
from ..registry import stage
from .rules import (
    is_abstract_heading,
    is_caption,
    is_front_matter,
    is_heading,
    is_navigation,
    is_reference,
    is_references_heading,
    is_table,
    plain,
)
from .settings import StructureSettings

__all__ = ["StructureSettings", "find_structure", "classify"]

#: article history after the reference list ("Received 29.11.2024 ... Accepted ...")
_HISTORY = regex.compile(r"^\W*(?:Received|Accepted|Published|Available online)\b", regex.I)

SECTIONS = ("front_matter", "abstract", "body", "heading", "caption", "table", "references",
            "navigation")


def _own_kind(text: str, settings: StructureSettings) -> str:
    """The kind a paragraph has on its own text alone."""
    if is_table(text):
        return "table"
    if is_caption(text):
        return "caption"
    if is_navigation(text, settings.max_navigation_chars):
        return "navigation"
    if is_front_matter(text):
        return "front_matter"
    if is_heading(text, settings.max_heading_words):
        return "heading"
    return "body"


def classify(texts: list[str], settings: StructureSettings = StructureSettings()) -> list[str]:
    """The section of each paragraph of one document, in order.

    >>> classify(["ISSN 1728-6239", "Akbar Bitleuov\\nSorbonne-Kazakhstan Institute",
    ...           "# A title", "#### **Abstract**", "The SCO has emerged.",
    ...           "**Keywords:** SCO", "#### 1. Introduction", "The SCO grew.",
    ...           "#### References", "- 1. Yuan, J. (2023). Forging. https://doi.org/10.1",
    ...           "# JOURNAL RUNNING HEADER", "Received 29.11.2024 Accepted 28.12.2024"])
    ... # doctest: +NORMALIZE_WHITESPACE
    ['front_matter', 'front_matter', 'heading', 'heading', 'abstract', 'front_matter',
     'heading', 'body', 'heading', 'references', 'navigation', 'front_matter']
    >>> classify(["How Kazakhstan's SCO Chairmanship Works", "4 mins read", "The SCO grew."])
    ['heading', 'navigation', 'body']
    """
    kinds = [_own_kind(t, settings) for t in texts]
    abstract = next((i for i, t in enumerate(texts) if is_abstract_heading(t)), None)
    if abstract is not None:
        kinds[abstract] = "heading"
        for i in range(abstract):  # before the abstract: the title heading, else front matter
            if kinds[i] in ("body", "heading") and not texts[i].lstrip().startswith("#"):
                kinds[i] = "front_matter"
        for i in range(abstract + 1, len(texts)):
            if kinds[i] in ("heading", "front_matter"):
                break
            if kinds[i] == "body":
                kinds[i] = "abstract"
    refs = next((i for i, t in enumerate(texts) if is_references_heading(t)), None)
    if refs is not None:
        kinds[refs] = "heading"
        for i in range(refs + 1, len(texts)):
            if kinds[i] == "navigation" or _HISTORY.match(texts[i]):
                kinds[i] = "navigation" if kinds[i] == "navigation" else "front_matter"
            elif kinds[i] == "heading" and not is_reference(texts[i]):
                kinds[i] = "navigation"  # a running header inside the list
            else:
                kinds[i] = "references"
    return kinds


def headings_of(texts: list[str], kinds: list[str]) -> list[str | None]:
    """The text of the heading each paragraph sits under (None before the first)."""
    current: str | None = None
    out = []
    for text, kind in zip(texts, kinds):
        if kind == "heading":
            current = " ".join(plain(text).split())
        out.append(current)
    return out


@stage("structure", requires=("text", "paragraphs"), assigns=("paragraphs",))
def find_structure(doc: Document, settings: StructureSettings) -> dict:
    """Set ``section`` and ``heading`` on every paragraph of ``doc``."""
    texts = [doc.text[p.start:p.end] for p in doc.paragraphs]
    kinds = classify(texts, settings)
    heads = headings_of(texts, kinds)
    paragraphs: list[Paragraph] = [replace(p, section=k, heading=h)
                                   for p, k, h in zip(doc.paragraphs, kinds, heads)]
    return {"paragraphs": paragraphs}
