"""The domain gazetteer (``gazetteer.jsonl``): one entry per entity, read once per process.

A leaf shared by the ``parse`` stage (its entries become EntityRuler patterns) and the
``entities`` stage (canonical names and ids); rebuilt by ``models/build_gazetteer.py``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import orjson

from .resources import DataFileError

#: the fields every gazetteer entry has
ENTRY_FIELDS = ("id", "canonical", "label", "aliases")


@lru_cache(maxsize=4)
def load_gazetteer(path: Path) -> dict[str, dict]:
    """Entries by id: ``{"id", "canonical", "label", "aliases"}``; a malformed line is a
    :class:`DataFileError` naming the file and the line."""
    entries = {}
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            raise DataFileError(path, f"line {number} is not JSON ({err})") from None
        if not isinstance(entry, dict) or any(k not in entry for k in ENTRY_FIELDS):
            raise DataFileError(path, f"line {number} lacks one of {list(ENTRY_FIELDS)}")
        entries[entry["id"]] = entry
    return entries


def ruler_patterns(gazetteer: dict[str, dict], mode: str) -> list[dict]:
    """EntityRuler patterns of the entries whose ``mode`` is ``override`` or ``fill``.

    >>> entries = {"Q1": {"id": "Q1", "label": "GPE", "aliases": ["Astana", "ASTANA"]}}
    >>> [p["pattern"] for p in ruler_patterns(entries, "override")]
    ['Astana', 'ASTANA']
    """
    return [{"label": e["label"], "pattern": alias, "id": e["id"]}
            for e in gazetteer.values() if e.get("mode", "override") == mode
            for alias in e["aliases"]]
