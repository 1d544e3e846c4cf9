"""Quantities: every number in the text, with kind, value, unit, scale and approximation."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from ..document import Document, Quantity
from ..morph.kazakh import STEMS_FILE
from ..registry import Output, stage
from .cyrillic_read import read_paragraph
from .headers import HeaderUnit, header_unit
from .patterns import find_quantities_in
from .regions import cyrillic_regions
from .settings import QuantitySettings
from .syntax import parse_view
from .tokens import phrase_matcher, tokenizer_nlp

__all__ = ["HeaderUnit", "QuantitySettings", "find_quantities", "find_quantities_in",
           "header_unit", "language_at"]


def language_at(doc: Document) -> Callable[[int], str | None]:
    """The language of the paragraph holding a clean offset (as the clean stage tagged it);
    the document's main language where a paragraph has none (too short to tell).

    >>> from ..document import Paragraph
    >>> d = Document.from_text("Prices rose.\\n\\nЦены выросли на 8,5%.")
    >>> d.paragraphs = [Paragraph(0, 12, "en"), Paragraph(14, 35, None)]
    >>> d.languages = ["ru", "en"]
    >>> at = language_at(d)
    >>> at(3), at(20), at(13)
    ('en', 'ru', 'ru')
    """
    paras = sorted(doc.paragraphs, key=lambda p: p.start)
    starts = [p.start for p in paras]
    default = doc.languages[0] if doc.languages else None

    def at(pos: int) -> str | None:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < paras[k].end and paras[k].language:
            return paras[k].language
        return default
    return at


def load_quantities(settings: QuantitySettings) -> None:
    """Build the tokenizer and the phrase matcher once per worker, before any document."""
    tokenizer_nlp()
    phrase_matcher()


@stage("quantities", requires=("text", "paragraphs", "languages"), assigns=("quantities",),
       outputs={"quantities": Output("quantities", ("start", "end", "kind"), with_page=True)},
       data_files=(STEMS_FILE,), setup=load_quantities)
def find_quantities(doc: Document, settings: QuantitySettings) -> dict:
    """Find amounts, percentages, counts, ordinals and years in ``doc.text``; digits read
    as the language of their paragraph writes them (``8,5%``, ``80 000``). Russian and
    Kazakh paragraphs are read by their own rules (:mod:`.cyrillic_read`).

    >>> d = Document.from_text("USD 31.5 billion in 2023")
    >>> [(q.text, q.kind, q.value) for q in find_quantities(d, QuantitySettings())["quantities"]]
    [('USD 31.5 billion', 'money', 31500000000.0), ('2023', 'year', 2023.0)]
    """
    regions = cyrillic_regions(doc)
    found: list[Quantity] = []
    parse = parse_view(doc.nlp_docs) if settings.use_parse else None
    for q in find_quantities_in(doc.text, settings, language_at(doc), parse):
        if regions and any(s <= q.start < e for s, e, _ in regions):
            continue                          # read below, by the rules of its language
        q.section = doc.section_at(q.start)
        found.append(q)
    for start, end, language in regions:
        for q in read_paragraph(doc.text, start, end, language):
            if q.kind == "year" and not settings.years:
                continue
            if q.end - q.start > settings.max_chars:
                continue
            q.section = doc.section_at(q.start)
            found.append(q)
    found.sort(key=lambda q: (q.start, q.end))
    return {"quantities": found}
