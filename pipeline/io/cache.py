"""Per-document result cache, keyed by file content, path, config and run environment.

The environment is everything else that decides the records: the tool version, the sha256
of every data file the stages load and the spaCy model (name, version, package), so an
upgrade or an edited lexicon re-extracts instead of serving old records as ``unchanged``.

A cached shard holds every record one document produced, so an unchanged input
costs one file read. Shards are written as documents finish (streaming) and read
back in input order when the outputs are assembled.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson


def cache_key(sha256: str, path: str, doc_id: str, environment: str, config_hash: str) -> str:
    """The key of one input's shard.

    >>> cache_key("ab", "a.txt", "a", "env1", "cfg") == cache_key("ab", "a.txt", "a", "env2", "cfg")
    False
    """
    blob = "\0".join((sha256, path, doc_id, environment, config_hash)).encode()
    return hashlib.sha256(blob).hexdigest()[:32]


def environment_hash(environment: dict[str, Any]) -> str:
    """A short hash of the run environment (a JSON-able dict), key order ignored.

    >>> environment_hash({"a": 1, "b": 2}) == environment_hash({"b": 2, "a": 1})
    True
    """
    return hashlib.sha256(orjson.dumps(environment, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


class Cache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob(".*.tmp"):  # shards a killed run was writing
            stale.unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def has(self, key: str) -> bool:
        return self._path(key).exists()

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            return orjson.loads(self._path(key).read_bytes())
        except (FileNotFoundError, orjson.JSONDecodeError):
            return None

    def put(self, key: str, shard: dict[str, Any]) -> None:
        tmp = self.directory / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(orjson.dumps(shard, option=orjson.OPT_SERIALIZE_NUMPY))
        os.replace(tmp, self._path(key))

    def prune(self, keep: set[str]) -> None:
        """Delete shards of inputs no longer in the corpus (or of an old config)."""
        for path in self.directory.glob("*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
