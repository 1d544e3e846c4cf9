"""Atomic output: every file is written into a staging folder, then moved into place.

A run that is killed leaves the previous complete outputs: nothing in ``OUT_DIR``
is touched until :meth:`Outputs.commit`. The commit is a small two-phase commit: the
staged files are flushed to disk, a ``.commit`` marker naming the staging folder is written
(atomically), each file is moved in with ``os.replace`` (``manifest.json`` last) and the
marker removed. A kill between the two leaves the marker; :func:`recover`, which every run
calls first, finishes the moves, so the outputs are always one run's complete set.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .jsonl import dumps, loads

#: the JSONL files of the output contract (a run may add the outputs of third-party stages)
JSONL_FILES = ("documents", "entities", "quantities", "tables", "claims", "findings", "errors",
               "facts")


MARKER = ".commit"


def recover(out_dir: Path) -> None:
    """Finish a commit a killed run left half done, and remove the staging folders of runs
    that were killed before their commit."""
    marker = out_dir / MARKER
    if marker.exists():
        staging = out_dir / marker.read_text(encoding="utf-8").strip()
        if staging.parent == out_dir and staging.name.startswith(".staging-"):
            _publish(staging, out_dir)
        marker.unlink(missing_ok=True)
    for stale in out_dir.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in out_dir.glob(".old-tables-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _publish(staging: Path, out_dir: Path) -> None:
    """Move every staged file into ``out_dir`` (the ones already moved are gone from the
    staging folder), ``manifest.json`` last. Safe to run again after a kill."""
    for path in sorted(staging.glob("*.jsonl")):
        os.replace(path, out_dir / path.name)
    if (staging / "tables").exists():
        old_tables = out_dir / "tables"
        trash = out_dir / f".old-tables-{staging.name}"
        if old_tables.exists():
            shutil.rmtree(trash, ignore_errors=True)
            os.replace(old_tables, trash)
        os.replace(staging / "tables", old_tables)
        shutil.rmtree(trash, ignore_errors=True)
    if (staging / "manifest.json").exists():
        os.replace(staging / "manifest.json", out_dir / "manifest.json")


class Outputs:
    """Streams records to staged files; ``commit`` publishes them all."""

    def __init__(self, out_dir: Path, names: tuple[str, ...] = JSONL_FILES) -> None:
        self.out_dir = out_dir
        self.names = tuple(dict.fromkeys((*JSONL_FILES, *names)))
        out_dir.mkdir(parents=True, exist_ok=True)
        recover(out_dir)
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

    def replace(self, name: str, records: Iterable[dict]) -> None:
        """Write ``records`` as the staged file of ``name`` in place of what it held (the
        corpus-wide records of a step that regroups the documents' own, such as facts)."""
        self._files[name].close()
        self._files[name] = open(self.staging / f"{name}.jsonl", "wb")
        self.counts[name] = 0
        for record in records:
            self.write(name, record)

    def commit(self, manifest: dict[str, Any]) -> None:
        for handle in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        (self.staging / "manifest.json").write_bytes(
            orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        marker = self.out_dir / MARKER
        tmp = self.out_dir / f"{MARKER}.{os.getpid()}.tmp"
        tmp.write_text(self.staging.name, encoding="utf-8")
        os.replace(tmp, marker)  # from here on the new outputs win, even after a kill
        _publish(self.staging, self.out_dir)
        marker.unlink()
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        for handle in self._files.values():
            handle.close()
        shutil.rmtree(self.staging, ignore_errors=True)
