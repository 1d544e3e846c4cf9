"""Gutters and column blocks from word boxes: two-column text, and tables that only look
like it."""

from __future__ import annotations

import pytest

from pipeline.tables.gutters import column_blocks

TEXT = "the water committees hand in their books at the end of the dry season".split()


def _run(x: float, top: float, words: list[str], right: bool = False, width: float = 230,
         justify: bool = False) -> list[dict]:
    """Words set at 6 pt a character with 3 pt spaces, from ``x`` (ending at ``x + width``
    when ``right``; spaced out to fill ``width`` when ``justify``)."""
    space = 3.0
    if justify and len(words) > 1:
        space = (width - 6 * len("".join(words))) / (len(words) - 1)
    out, at = [], x
    for word in words:
        out.append({"text": word, "x0": at, "x1": at + 6 * len(word), "top": top,
                    "bottom": top + 9})
        at += 6 * len(word) + space
    if right:
        shift = x + width - out[-1]["x1"]
        for w in out:
            w["x0"] += shift
            w["x1"] += shift
    return out


def _column_line(x: float, k: int) -> list[dict]:
    """A justified line of a 230 pt column at ``x``, the ``k``-th of the page."""
    return _run(x, 12 * k, TEXT[k % 4:k % 4 + 7], justify=True)


@pytest.mark.issue(14)
def test_two_columns_of_text_have_one_gutter():
    words = [w for k in range(30) for w in _column_line(50, k) + _column_line(300, k)]
    (block,) = column_blocks(words)
    assert [(round(a), round(b)) for a, b in block.columns] == [(50, 280), (300, 530)]
    assert len(block.lines) == 30


@pytest.mark.issue(14)
def test_negative_labels_and_right_aligned_texts_are_no_gutter():
    # a two-column table of words: short labels, long texts set flush right
    words = [w for k in range(30) for w in _run(50, 12 * k, TEXT[k % 5:k % 5 + 3])
             + _run(300, 12 * k, TEXT[k % 3:k % 3 + 4 + k % 4], right=True)]
    assert column_blocks(words) == []


@pytest.mark.issue(14)
def test_a_title_across_the_columns_ends_the_block():
    words = [w for k in range(1, 30) for w in _column_line(50, k) + _column_line(300, k)]
    words += _run(50, 0, TEXT[:12])   # a title running over the gutter
    (block,) = column_blocks(words)
    assert block.top == 12
