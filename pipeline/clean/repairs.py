"""The repairs by name, and binding them to the settings once.

:data:`REPAIRS` maps each name straight to its function ``text -> list[Edit]`` (as ftfy
lists its fixers). A repair that takes settings declares them as keyword parameters named
like the fields of :class:`~pipeline.clean.settings.CleanSettings`
(``drop_repeated_blocks(text, min_repeat_chars=60)``); :func:`bind_repairs` fills them in
once per run. A repair that can report spans it left doubtful takes a ``suspects`` list.
Adding a repair is writing one function and naming it here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from ..offsets import Edit
from .dedupe import drop_repeated_blocks
from .hyphenation import join_line_end_hyphens
from .layout import (
    drop_garbage_lines,
    drop_navigation_menus,
    fix_ordinal_quotes,
    join_split_citations,
    unwrap_lines,
)
from .lookalike import Suspect, repair_lookalikes
from .markup import strip_markup
from .mojibake import fix_codec_mojibake, fix_mojibake

Repair = Callable[..., list[Edit]]

REPAIRS: dict[str, Repair] = {f.__name__: f for f in (
    fix_codec_mojibake,
    fix_mojibake,
    repair_lookalikes,
    strip_markup,
    drop_navigation_menus,
    drop_garbage_lines,
    join_split_citations,
    unwrap_lines,
    fix_ordinal_quotes,
    join_line_end_hyphens,
    drop_repeated_blocks,
)}


def unknown_repairs(names: tuple[str, ...] | list[str]) -> list[str]:
    """The names that are not repairs.

    >>> unknown_repairs(["strip_markup", "fix_everything"])
    ['fix_everything']
    """
    return [n for n in names if n not in REPAIRS]


@cache
def _parameters(func: Repair) -> tuple[str, ...]:
    """The parameter names of a repair, read once rather than per document."""
    return tuple(inspect.signature(func).parameters)


def bind_repairs(names: tuple[str, ...] | list[str], settings: Any,
                 suspects: list[Suspect] | None = None
                 ) -> list[tuple[str, Callable[[str], list[Edit]]]]:
    """Each named repair with its settings (and the ``suspects`` list) bound.

    >>> from pipeline.clean.settings import CleanSettings
    >>> [(name, fix.keywords) for name, fix in
    ...  bind_repairs(["drop_repeated_blocks"], CleanSettings(min_repeat_chars=80))]
    [('drop_repeated_blocks', {'min_repeat_chars': 80})]
    """
    bound: list[tuple[str, Callable[[str], list[Edit]]]] = []
    for name in names:
        func = REPAIRS[name]
        params = _parameters(func)
        kwargs: dict[str, Any] = {p: getattr(settings, p) for p in params
                                  if p != "text" and hasattr(settings, p)}
        if "suspects" in params and suspects is not None:
            kwargs["suspects"] = suspects
        bound.append((name, partial(func, **kwargs)))
    return bound
