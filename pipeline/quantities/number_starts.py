"""Which tokens may start a number: the first test of :func:`.numbers.scan_numbers`,
decided once per distinct token text and read off the doc's arrays, so the scan builds a
spaCy ``Token`` only where a number may start (most tokens are words no number starts
with, and making a Python ``Token`` of each to learn that cost more than reading the
numbers).
"""

from __future__ import annotations

from ..numbers import FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, SIGN_WORDS, UNITS, VAGUE
from .tokens import TextMemo
from .words import VULGAR, plural_ordinal


def is_number_word(tok_lower: str) -> bool:
    """A word that is, or may be part of, a number written out (``six``, ``hundred``,
    ``third``, ``halves``)."""
    return (tok_lower in UNITS or tok_lower in SCALE_WORDS or tok_lower in ORDINAL_WORDS
            or tok_lower in FRACTION_WORDS or plural_ordinal(tok_lower) is not None
            or tok_lower == "firsts")


def _starts_number(text: str, low: str) -> bool:
    """Whether a token written ``text`` (lower case ``low``) passes one of the first tests
    of :func:`.numbers.scan_numbers`: the tests read nothing but the token's own text, so a token
    that passes none is no number's start wherever it stands."""
    return (text in VULGAR or text[:1].isdigit() or (text[:1] in "-−+." and text[1:2].isdigit())
            or text in "-−" or low in SIGN_WORDS or low in VAGUE or low == "half"
            or is_number_word(low) or low in ("a", "an"))


#: :func:`_starts_number` of each token of a Doc, by token index (a token's lower case
#: is its text's, as the tokenizer's ``LOWER`` gives it): ``a rise of 8.5% to sixty`` ->
#: True, False, False, True, False, False, True
may_start = TextMemo(lambda text: _starts_number(text, text.lower()))
