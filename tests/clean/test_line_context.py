"""Whether a repaired line starts a sentence is read off the end of the text before it.

The test used to search the whole text before each repaired line with regular
expressions (``\\n\\s*\\n\\s*$`` and ``[.!?…][closers]*\\s*$``), which made a long document of
OCR'd Cyrillic quadratic; it now walks back over the trailing white space and closing
marks only. These tests hold it to the regular-expression definition on generated text.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from pipeline.clean.lookalike import _starts_sentence

_END = regex.compile(r"[.!?…][\"'»”)\]]*\s*$")


def by_definition(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    if not before.strip() or before.endswith("\n\n") or regex.search(r"\n\s*\n\s*$", before):
        return True
    return bool(_END.search(before))


# the characters that matter: sentence ends, closers, every kind of white space (str and
# regex disagree on U+001C..U+001F), and letters
CHARS = st.sampled_from(list("ab.!?…\"'»”)]\n\t \r\x0b\x1c\x1f\x85\xa0\u2028\u3000"))


@given(st.text(CHARS, max_size=16), st.data())
def test_agrees_with_the_regular_expression_definition(text, data):
    start = data.draw(st.integers(0, len(text)))
    assert _starts_sentence(text, start) == by_definition(text, start)


def test_long_texts_agree_at_every_line_start():
    text = ("Бірінші сөйлем.\nекінші жол жалғасады\nжәне бітеді!»\n\n  Жаңа абзац\n"
            "сұрақ па?)\t\nсоңғы") * 50
    starts = [m.start() for m in regex.finditer(r"(?m)^", text)]
    assert [_starts_sentence(text, s) for s in starts] == [by_definition(text, s)
                                                            for s in starts]
    assert sum(_starts_sentence(text, s) for s in starts) > len(starts) // 3
