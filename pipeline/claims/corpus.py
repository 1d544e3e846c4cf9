"""The corpus-wide claim steps on disk: claims grouped by key in a temporary SQLite file.

After the map, the run compares every document's claims with every other's
(:func:`~.conflicts.conflicts_in_groups`) and regroups them into facts
(:func:`~.facts.facts_of_group`). Holding every claim of a corpus in memory for that would
make the run's memory grow with the corpus, so :class:`CorpusClaims` keeps them in a
SQLite file (the standard library's ``sqlite3``) indexed by each grouping key and reads one
group at a time, in key order. Only the findings, the statuses of the claims they involve
and the current group are in memory; each claim's fact is looked up on disk.

The results are those of the in-memory functions: SQLite orders text keys by their UTF-8
bytes, which is the order of Python's ``str`` comparison, so groups come in the order of
their keys' ``repr`` as :func:`~.conflicts.cross_document_conflicts` takes them.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import orjson

from ..document import Finding, as_record
from .conflicts import conflict_key, conflicts_in_groups
from .facts import fact_key, facts_of_group

#: claims written to the file per transaction batch
BATCH = 5_000


class CorpusClaims(Mapping[str, str]):
    """Claims of a whole corpus on disk, and (after :meth:`facts`) the fact of each claim:
    a read-only mapping ``claim_id -> fact_id``.

    >>> import tempfile
    >>> c = {"doc_id": "d1", "subject_id": "Q1", "metric": "gdp_share", "unit": "percent",
    ...      "period": {"start": "2024-01-01", "end": "2024-12-31"}, "value": 36.0,
    ...      "lower": 35.5, "upper": 36.5, "claim_id": "a"}
    >>> with tempfile.TemporaryDirectory() as folder, CorpusClaims(folder) as store:
    ...     store.add([c, {**c, "claim_id": "b", "doc_id": "d2", "value": 25.0,
    ...                    "lower": 24.5, "upper": 25.5}])
    ...     findings, status = store.conflicts()
    ...     facts = list(store.facts())
    ...     [f.kind for f in findings], status, len(facts), store["a"] != store["b"]
    (['conflict_across_documents'], {'a': 'disputed', 'b': 'disputed'}, 2, True)
    """

    def __init__(self, folder: Path | str) -> None:
        handle, name = tempfile.mkstemp(prefix="claims-", suffix=".sqlite", dir=folder)
        os.close(handle)
        self.path = Path(name)
        self.db = sqlite3.connect(self.path)
        self.db.executescript("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE claims (fact_key TEXT NOT NULL, conflict_key TEXT, body TEXT);
            CREATE TABLE facts (fact_id TEXT NOT NULL, body TEXT);
            CREATE TABLE fact_of (claim_id TEXT PRIMARY KEY, fact_id TEXT) WITHOUT ROWID;
        """)

    def __enter__(self) -> CorpusClaims:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close and delete the file."""
        self.db.close()
        self.path.unlink(missing_ok=True)

    def add(self, claims: Iterable[dict]) -> None:
        """Store ``claims`` (the fields the checks read) under their grouping keys."""
        # as str: orjson's bytes keep a buffer of about 4 KiB each while a batch is held
        rows = ((repr(fact_key(c)), _repr_or_none(conflict_key(c)), orjson.dumps(c).decode())
                for c in claims)
        while batch := list(itertools.islice(rows, BATCH)):
            self.db.executemany("INSERT INTO claims VALUES (?, ?, ?)", batch)
            self.db.commit()
        self.db.execute("CREATE INDEX by_fact ON claims (fact_key)")
        self.db.execute("CREATE INDEX by_conflict ON claims (conflict_key) "
                        "WHERE conflict_key IS NOT NULL")

    def _groups(self, column: str) -> Iterator[list[dict]]:
        """The stored claims grouped by ``column``, in its order."""
        rows = self.db.execute(f"SELECT {column}, body FROM claims "  # noqa: S608 - ours
                               f"WHERE {column} IS NOT NULL ORDER BY {column}, rowid")
        for _key, group in itertools.groupby(rows, key=lambda row: row[0]):
            yield [orjson.loads(body) for _, body in group]

    def conflicts(self) -> tuple[list[Finding], dict[str, str]]:
        """:func:`~.conflicts.cross_document_conflicts` of the stored claims."""
        return conflicts_in_groups(self._groups("conflict_key"))

    def facts(self) -> Iterator[dict]:
        """The fact records of the stored claims, sorted by ``fact_id``; after this, the
        store maps each claim to its fact."""
        for group in self._groups("fact_key"):
            found = facts_of_group(group)
            self.db.executemany("INSERT INTO facts VALUES (?, ?)",
                                [(f.fact_id, orjson.dumps(as_record(f)).decode()) for f in found])
            self.db.executemany("INSERT OR REPLACE INTO fact_of VALUES (?, ?)",
                                [(c, f.fact_id) for f in found for c in f.claim_ids])
        self.db.commit()
        for (body,) in self.db.execute("SELECT body FROM facts ORDER BY fact_id, rowid"):
            yield orjson.loads(body)

    def __getitem__(self, claim_id: str) -> str:
        row = self.db.execute("SELECT fact_id FROM fact_of WHERE claim_id = ?",
                              (claim_id,)).fetchone()
        if row is None:
            raise KeyError(claim_id)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self.db.execute("SELECT claim_id FROM fact_of"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM fact_of").fetchone()[0]


def _repr_or_none(key: tuple | None) -> str | None:
    return None if key is None else repr(key)


__all__ = ["CorpusClaims"]
