"""Atomic output: every file is written into a staging folder, then moved into place.

A run that is killed leaves the previous complete outputs: nothing in ``OUT_DIR``
is touched until :meth:`Outputs.commit`, which replaces each file with
``os.replace`` (atomic on one file system) and ``manifest.json`` last.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .jsonl import dumps, loads

#: the JSONL files of the output contract (a run may add the outputs of third-party stages)
JSONL_FILES = ("documents", "entities", "quantities", "tables", "claims", "findings", "errors")


class Outputs:
    """Streams records to staged files; ``commit`` publishes them all."""

    def __init__(self, out_dir: Path, names: tuple[str, ...] = JSONL_FILES) -> None:
        self.out_dir = out_dir
        self.names = tuple(dict.fromkeys((*JSONL_FILES, *names)))
        out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = out_dir / f".staging-{os.getpid()}"
        shutil.rmtree(self.staging, ignore_errors=True)
        (self.staging / "tables").mkdir(parents=True)
        self._files: dict[str, BinaryIO] = {
            name: open(self.staging / f"{name}.jsonl", "wb") for name in self.names
        }
        self.counts = {name: 0 for name in self.names}

    def write(self, name: str, record: dict) -> None:
        self._files[name].write(dumps(record))
        self.counts[name] += 1

    def write_csv(self, table_id: str, text: str) -> None:
        (self.staging / "tables" / f"{table_id}.csv").write_text(text, encoding="utf-8",
                                                                  newline="")

    def path_of(self, name: str) -> Path:
        """The staged file of ``name`` (flushed), for steps that read back what was written."""
        self._files[name].flush()
        return self.staging / f"{name}.jsonl"

    def rewrite(self, name: str, update: Callable[[dict], dict]) -> None:
        """Stream the staged records of ``name`` through ``update`` (line by line)."""
        source = self.path_of(name)
        self._files[name].close()
        target = source.with_suffix(".rewrite")
        with open(source, "rb") as old, open(target, "wb") as new:
            for line in old:
                if line.strip():
                    new.write(dumps(update(loads(line))))
        os.replace(target, source)
        self._files[name] = open(source, "ab")

    def commit(self, manifest: dict[str, Any]) -> None:
        for handle in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for name in self.names:
            os.replace(self.staging / f"{name}.jsonl", self.out_dir / f"{name}.jsonl")
        old_tables = self.out_dir / "tables"
        trash = self.out_dir / f".old-tables-{os.getpid()}"
        if old_tables.exists():
            os.replace(old_tables, trash)
        os.replace(self.staging / "tables", old_tables)
        shutil.rmtree(trash, ignore_errors=True)
        tmp = self.staging / "manifest.json"
        tmp.write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
                        + b"\n")
        os.replace(tmp, self.out_dir / "manifest.json")
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        for handle in self._files.values():
            handle.close()
        shutil.rmtree(self.staging, ignore_errors=True)
