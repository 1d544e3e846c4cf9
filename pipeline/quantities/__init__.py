"""Quantities: every number in the text, with kind, value, unit, scale and approximation."""

from __future__ import annotations

from ..document import Document, Quantity
from ..registry import Output, stage
from .headers import HeaderUnit, header_unit
from .patterns import find_quantities_in
from .settings import QuantitySettings
from .tokens import phrase_matcher, tokenizer_nlp

__all__ = ["HeaderUnit", "QuantitySettings", "find_quantities", "find_quantities_in",
           "header_unit"]


def load_quantities(settings: QuantitySettings) -> None:
    """Build the tokenizer and the phrase matcher once per worker, before any document."""
    tokenizer_nlp()
    phrase_matcher()


@stage("quantities", requires=("text",), assigns=("quantities",),
       outputs={"quantities": Output("quantities", ("start", "end", "kind"), with_page=True)},
       setup=load_quantities)
def find_quantities(doc: Document, settings: QuantitySettings) -> dict:
    """Find amounts, percentages, counts, ordinals and years in ``doc.text``.

    >>> d = Document.from_text("USD 31.5 billion in 2023")
    >>> [(q.text, q.kind, q.value) for q in find_quantities(d, QuantitySettings())["quantities"]]
    [('USD 31.5 billion', 'money', 31500000000.0), ('2023', 'year', 2023.0)]
    """
    found: list[Quantity] = []
    for q in find_quantities_in(doc.text, settings):
        q.section = doc.section_at(q.start)
        found.append(q)
    return {"quantities": found}
