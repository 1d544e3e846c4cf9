"""The gazetteer as the entities stage reads it: entries by id and by alias."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from ..gazetteer import load_gazetteer
from ..resources import data_path
from .canonical import alias_index
from .settings import EntitySettings

__all__ = ["gazetteer_path", "load_gazetteer", "load_alias_index", "in_scripts"]


def gazetteer_path(settings: EntitySettings) -> Path:
    """The gazetteer file (a name under the models folder, or an absolute path)."""
    return data_path(settings.gazetteer)


@lru_cache(maxsize=4)
def load_alias_index(path: Path) -> dict[str, dict]:
    """Gazetteer entries by alias, built once per process (it took 2 ms per document)."""
    return alias_index(load_gazetteer(path))


def in_scripts(text: str, scripts: tuple[str, ...]) -> bool:
    """Whether most letters of ``text`` are in one of ``scripts`` (or it has none).

    >>> in_scripts("Kazakhstan chaired the SCO", ("Latin",))
    True
    >>> in_scripts("Бұл мақалада көбіне Ресей Федерациясының тәжірибесі", ("Latin",))
    False
    """
    letters = len(regex.findall(r"\p{L}", text))
    if not letters:
        return True
    pattern = "|".join(rf"\p{{Script={s}}}" for s in scripts)
    return len(regex.findall(pattern, text)) >= 0.5 * letters
