"""A small registry of stages by name (catalogue-style), with requires/assigns.

A stage is a function ``(doc, settings) -> dict`` whose keys are the ``assigns``
it declared; the runner sets them on the document. Computing and attaching stay apart, as spaCy's
``SpanRuler`` keeps ``match`` apart from ``set_annotations``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class StageInfo:
    name: str
    func: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    settings: str


STAGES: dict[str, StageInfo] = {}


def stage(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (),
          settings: str | None = None) -> Callable:
    """Register a stage function under ``name``.

    ``settings`` names the Config section handed to it (default: ``name``).
    """

    def decorate(func: Callable) -> Callable:
        STAGES[name] = StageInfo(name, func, tuple(requires), assigns, settings or name)
        return func

    return decorate


def get_stage(name: str) -> StageInfo:
    """The stage registered as ``name``; an unknown name lists the known ones."""
    _load_builtin_stages()
    if name not in STAGES:
        known = ", ".join(sorted(STAGES))
        raise ConfigError(f"unknown stage {name!r}; available: {known}", key="pipeline.stages")
    return STAGES[name]


def _load_builtin_stages() -> None:
    from . import claims, clean, entities, ingest, quantities, structure, tables  # noqa: F401
